"""Projection chart export to PNG and SVG: the requested size, a readable axis, the marking."""
import re
import shutil
import subprocess
import xml.dom.minidom
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtSvg import QSvgRenderer

from briefing.cli import main

BAKHMUT = Path(__file__).parents[1] / "fixtures" / "bakhmut.json"
COUNT = re.compile(r"\d{1,3}(,\d{3})+")
needs_rsvg = pytest.mark.skipif(shutil.which("rsvg-convert") is None,
                                reason="needs rsvg-convert (librsvg2-bin)")


def export(db, target, *extra) -> None:
    assert main(["--db", str(db), "export", str(target), *extra]) == 0


def svg_texts(path) -> list[str]:
    doc = xml.dom.minidom.parse(str(path))
    return ["".join(n.data for n in t.childNodes if n.nodeType == n.TEXT_NODE).strip()
            for t in doc.getElementsByTagName("text")]


def test_png_chart_export(qapp, seeded, tmp_path):
    target = tmp_path / "chart.png"
    export(seeded.path, target)
    image = QImage(str(target))
    assert image.width() == 1600 and image.height() == 900


@needs_rsvg
@pytest.mark.parametrize("size", [None, (1000, 600)])
def test_svg_draws_in_rsvg_at_the_requested_size(qapp, seeded, tmp_path, size):
    target = tmp_path / "chart.svg"
    export(seeded.path, target, *(["--size", f"{size[0]}x{size[1]}"] if size else []))
    width, height = size or (1600, 900)
    png = tmp_path / "chart.png"
    subprocess.run(["rsvg-convert", str(target), "-o", str(png)], check=True,
                   capture_output=True)
    image = QImage(str(png))
    assert (image.width(), image.height()) == (width, height)
    root = xml.dom.minidom.parse(str(target)).documentElement
    assert (root.getAttribute("width"), root.getAttribute("height")) == (str(width), str(height))


def test_svg_says_counts_and_years_and_keeps_its_data_in_view(qapp, seeded, tmp_path):
    target = tmp_path / "chart.svg"
    export(seeded.path, target)
    texts = svg_texts(target)
    counts = [int(t.replace(",", "")) for t in texts if COUNT.fullmatch(t)]
    assert len([c for c in counts if c >= 1000]) >= 3, texts
    assert "2025" in texts
    assert "UNCLASSIFIED" in texts and "Remaining strength by scenario" in texts
    renderer = QSvgRenderer(str(target))
    assert renderer.isValid() and renderer.viewBox().size().toTuple() == (1600, 900)
    points = " ".join(p.getAttribute("points") for p in
                      xml.dom.minidom.parse(str(target)).getElementsByTagName("polyline"))
    numbers = [float(v) for v in re.findall(r"-?[\d.]+", points)]
    assert len(numbers) > 100 and min(numbers) >= 0 and max(numbers) <= 1600


@pytest.mark.parametrize("marking,colour", [("UNCLASSIFIED", "#007a33"),
                                            ("SECRET//REL TO USA, FVEY", "#c8102e")])
def test_png_carries_the_marking_banner_top_and_bottom(qapp, tmp_path, marking, colour):
    db = tmp_path / "b.briefing"
    assert main(["--db", str(db), "import", str(BAKHMUT)]) == 0
    if marking == "UNCLASSIFIED":
        from briefing.workspace import Workspace
        ws = Workspace.open(db)
        ws.set_briefing(ws.briefing().changed(classification=marking))
        ws.close()
    target = tmp_path / "chart.png"
    export(db, target)
    image = QImage(str(target))
    for x, y in ((4, 3), (image.width() - 5, 3), (4, image.height() - 4),
                 (image.width() - 5, image.height() - 4)):
        assert image.pixelColor(x, y) == QColor(colour), (x, y)
    assert image.pixelColor(4, image.height() // 2) != QColor(colour)


def test_size_is_for_charts_only(qapp, seeded, tmp_path, capsys):
    assert main(["--db", str(seeded.path), "export", str(tmp_path / "p.pdf"),
                 "--size", "800x600"]) == 2
    assert "--size is for .png and .svg charts" in capsys.readouterr().err


def test_unknown_scenario_for_a_chart_is_a_usage_error(qapp, seeded, tmp_path, capsys):
    assert main(["--db", str(seeded.path), "export", str(tmp_path / "c.png"),
                 "--scenario", "nope"]) == 2
    assert "no scenario 'nope'" in capsys.readouterr().err
