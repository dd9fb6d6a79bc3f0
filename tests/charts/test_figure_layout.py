"""The painted figures as laid out for each target: what they say and where their texts sit.

The scene is read before it is painted, so these tests see exactly the tick labels, titles,
legends and labels of an exported chart, a pack figure or a slide.
"""
import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.domain.fuzzy_dates import short_date
from PySide6.QtGui import QImage

from briefing.charts.figure_style import FigureStyle
from briefing.charts.painting import QtMeasure
from briefing.charts.projection_data import day_of, projection_figure
from briefing.charts.projection_layout import lay_out_projection
from briefing.charts.scene import Box, Rect, Scene
from briefing.charts.timeline_layout import lay_out_timeline
from briefing.interchange import read_package
from briefing.report.figures import chart_scene, projection_of, timeline_of
from briefing.report.sections import Content
from briefing.workspace import Workspace
from briefing.workspace.analysis import analyse

FOUR = Path(__file__).parents[1] / "fixtures" / "four_scenarios.json"
COUNT = re.compile(r"\d{1,3}(,\d{3})+")


def measure_at(dpi: float) -> QtMeasure:
    image = QImage(16, 16, QImage.Format_ARGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    return QtMeasure(image)


def content_of(ws) -> Content:
    return Content.read(ws, analyse(ws, samples=500))


@pytest.fixture
def four(tmp_path):
    ws = Workspace.open(tmp_path / "four.briefing")
    ws.import_package(read_package(FOUR))
    yield ws
    ws.close()


def chart_texts(scene: Scene) -> list:
    """Every text but the banners' (which span the whole width)."""
    return [t for t in scene.texts() if t.box.w < scene.width]


def projection_scene(content, box: Box, style: FigureStyle, measure) -> Scene:
    scene = Scene(box.right, box.bottom)
    lay_out_projection(scene, box, projection_of(content), style, measure)
    return scene


@pytest.mark.parametrize("size", [(1600, 900), (800, 450), (1280, 1024)])
def test_exported_chart_says_numbers_years_titles_and_carries_both_banners(qapp, seeded, size):
    content = content_of(seeded)
    scene = chart_scene(content, *size, measure_at(96))
    texts = [t.text for t in chart_texts(scene)]
    counts = [int(t.replace(",", "")) for t in texts if COUNT.fullmatch(t)]
    assert len([c for c in counts if c >= 1000]) >= 3, texts
    first, last = (day_of(d) for d in projection_of(content).strength_days)
    assert any(re.fullmatch(r"(19|20)\d\d", t) for t in texts)  # the first tick's year
    for year in range(first.year + 1, last.year + 1):  # and every new year in view
        assert str(year) in texts, year
    for title in ("Personnel remaining", "Casualties (personnel)", "Date",
                  "Remaining strength by scenario", "Cumulative casualties reported"):
        assert title in texts
    assert "ISW straight line — depleted 5 Apr 2025" in texts   # the Monte Carlo median
    banners = [i for i in scene.items if isinstance(i, Rect) and i.box.w == size[0]]
    assert [b.box.y for b in banners] == [0, size[1] - banners[1].box.h]
    assert {b.colour for b in banners} == {"#007a33"}
    assert [t.text for t in scene.texts() if t.box.w == size[0]] == ["UNCLASSIFIED"] * 2


@pytest.mark.parametrize("target", ["image", "small image", "paper", "slide", "small slide"])
def test_no_text_overlaps_another_or_leaves_the_figure(qapp, seeded, four, target,
                                                       assert_readable):
    for ws in (seeded, four):
        content = content_of(ws)
        if target in ("image", "small image"):
            size = (1600, 900) if target == "image" else (800, 450)
            scene = chart_scene(content, *size, measure_at(96))
            assert_readable(scene, 11)
            continue
        if target == "paper":
            style, measure, box = FigureStyle.paper(300), measure_at(300), Box(0, 0, 2148, 1760)
        else:
            scale = 1.0 if target == "slide" else 0.8
            style, measure = FigureStyle.present(scale), measure_at(96)
            box = Box(22, 11, 1556 * scale, 820 * scale)
        assert_readable(projection_scene(content, box, style, measure), style.text_px)
        timeline = Scene(box.right, box.bottom)
        lay_out_timeline(timeline, box, timeline_of(content), style, measure)
        assert_readable(timeline, style.text_px)


def test_identical_scenarios_are_two_lines_with_two_labels(qapp, four):
    fig = projection_of(content_of(four))
    first, copy = (next(line for line in fig.lines if line.id == sid)
                   for sid in ("gs-rate", "gs-rate-copy"))
    assert (first.remaining == copy.remaining).all()
    assert first.dash == "solid" and copy.dash != "solid"
    assert first.colour != copy.colour
    scene = chart_scene(content_of(four), 1600, 900, measure_at(96))
    labels = [t for t in chart_texts(scene) if t.text == short_date(first.depletion)]
    assert {t.colour for t in labels} == {first.colour, copy.colour}


def test_a_scenario_without_numbers_is_named_not_drawn(qapp, four):
    fig = projection_of(content_of(four))
    assert "Fitted to casualty claims — no projection" in fig.undrawn
    assert "fitted" not in {line.id for line in fig.lines}


def test_today_near_the_right_edge_keeps_its_whole_label(qapp, seeded):
    content = content_of(seeded)
    frame_end = projection_of(content).strength_days[1]
    a = content.analysis
    fig = projection_figure(a.projections, a.observed, content.sources, content.briefing.as_of,
                            today=day_of(frame_end - 2))
    scene = Scene(1600, 900)
    lay_out_projection(scene, Box(10, 10, 1580, 880), fig, FigureStyle.image(1600, 900),
                       measure_at(96))
    label = next(t for t in scene.texts() if t.text == "today")
    assert label.box.right <= 1590 and label.box.x < 1590


def test_the_casualties_panel_spans_its_figures_not_the_horizon(qapp, seeded):
    fig = projection_of(content_of(seeded))
    days = [d for p in fig.points for d in p.days]
    first, last = fig.losses_days
    assert first < min(days) and last > max(days)
    # the figures span January 2025, with the fits from their zero at the first clash
    # (early December) to a month past the last figure; the horizon is two years
    assert last - first < 120
    assert fig.strength_days[1] - fig.strength_days[0] > 1.5 * (last - first)


def test_the_timeline_for_paper_names_only_lanes_with_events_and_labels_them(qapp, seeded):
    content = content_of(seeded)
    scene = Scene(2148, 900)
    lay_out_timeline(scene, Box(0, 0, 2148, 900), timeline_of(content), FigureStyle.paper(300),
                     measure_at(300))
    texts = [t.text for t in scene.texts()]
    assert [t for t in texts if t in ("deployment", "combat", "casualty-report", "statement",
                                      "diplomatic", "other")] == [
        "deployment", "combat", "casualty-report", "statement"]
    unlabelled = [e.title for e in content.events if not any(t.startswith(e.title)
                                                              for t in texts)]
    if unlabelled:  # left out for space only, and then said
        assert f"{len(unlabelled)} of {len(content.events)} event labels left out for space" \
            in texts
    assert len(unlabelled) <= 1
    assert not any("Lanes by" in t or "Fit all" in t for t in texts)


def test_names_are_drawn_as_plain_text(qapp, seeded):
    scenario = seeded.get("scenario", "isw")
    seeded.put(replace(scenario, name="<img src='file:///etc/passwd'>"))
    texts = [t.text for t in chart_texts(chart_scene(content_of(seeded), 1600, 900,
                                                     measure_at(96)))]
    assert "<img src='file:///etc/passwd'> — depleted 5 Apr 2025" in texts


def test_exports_use_the_window_colours_whatever_is_drawn(qapp, seeded):
    content = content_of(seeded)
    everything = {line.id: line.colour for line in projection_of(content).lines}
    only_fitted = projection_of(content, "fitted").lines
    assert [line.colour for line in only_fitted] == [everything["fitted"]]
    assert dt.date(2025, 4, 5) in {line.depletion for line in projection_of(content).lines}
