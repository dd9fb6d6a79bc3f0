"""Briefing-room mode: stepping through every section, leaving, and the markings."""
import pytest
from PySide6.QtCore import Qt

from briefing.domain.fuzzy_dates import short_date
from briefing.ui.present import SECTIONS


def step(present, qtbot, key, times: int) -> list[str]:
    """The sections seen pressing `key` (a long slide takes a key press per screenful)."""
    seen = [present.section()]
    for _ in range(times):
        qtbot.keyClick(present, key)
        if present.section() != seen[-1]:
            seen.append(present.section())
    return seen


def test_present_steps_forward_and_back_through_every_section(window, qtbot):
    present = window.present(full_screen=False)
    qtbot.waitExposed(present)
    assert step(present, qtbot, Qt.Key_PageDown, 3 * len(SECTIONS)) == list(SECTIONS)
    qtbot.keyClick(present, Qt.Key_Right)  # stays on the last slide
    assert present.section() == "Sources"
    assert step(present, qtbot, Qt.Key_PageUp, 3 * len(SECTIONS)) == list(reversed(SECTIONS))
    qtbot.keyClick(present, Qt.Key_End)
    assert present.section() == "Sources"
    qtbot.keyClick(present, Qt.Key_Home)
    assert present.section() == "Title"


def test_the_assumptions_slide_lists_every_scenarios_premises(window, qtbot):
    present = window.present(full_screen=False)
    present.go(SECTIONS.index("Assumptions"))
    text = present.texts["Assumptions"].toPlainText()
    for p in window.analysis.projections:
        assert p.scenario.name in text
        for premise in p.assumptions:
            assert premise in text
    assert "Russia does not intervene to relieve, withdraw or reinforce the contingent" in text


def test_key_judgments_slide_says_the_likelihood(window, qtbot):
    present = window.present(full_screen=False)
    present.go(SECTIONS.index("Key judgments"))
    text = present.stack.currentWidget().toPlainText()
    assert "is very likely (84%) to be entirely killed or wounded by 15 April 2025" in text
    assert "Confidence:" in text


def test_escape_leaves_present_mode(window, qtbot):
    present = window.present(full_screen=False)
    qtbot.waitExposed(present)
    with qtbot.waitSignal(present.closed):
        qtbot.keyClick(present, Qt.Key_Escape)
    assert window.presenter is None


def test_marking_change_reaches_present_mode(window, qtbot):
    present = window.present(full_screen=False)
    b = window.session.ws.briefing()
    window.session.set_briefing(b.changed(classification="TLP:AMBER"))
    for banner in (present.top, present.bottom, window.top_banner, window.bottom_banner):
        assert banner.text() == "TLP:AMBER"
        assert banner.colours == ("#000000", "#ffc000")


def test_present_mode_follows_edits(window, qtbot):
    present = window.present(full_screen=False)
    window.session.put(window.session.ws.get("scenario", "isw").changed(daily_loss_rate=80.0))
    present.go(SECTIONS.index("Key judgments"))
    assert ("If losses continue at 80 a day (after Institute for the Study of War's ≈ 92, B3)"
            in present.stack.currentWidget().toPlainText())


def shown(present, qtbot, size=(1600, 1000)):
    present.resize(*size)
    qtbot.waitExposed(present)
    return present


def figure_on_screen(present, qtbot, name):
    """A chart slide, shown and laid out at its size on the slide."""
    present.go(SECTIONS.index(name))
    figure = present.figures[name]
    qtbot.waitUntil(lambda: figure.width() > present.width() * 0.9)
    return figure


def fragment_sizes(browser) -> list[tuple[int, str]]:
    """(pixel size, text) of every run of text on a text slide."""
    out = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.text().strip():
                out.append((fragment.charFormat().font().pixelSize(), fragment.text()))
            it += 1
        block = block.next()
    return out


@pytest.mark.parametrize("size,scale", [((1600, 1000), 1.0), ((1280, 800), 0.8)])
def test_every_slide_reads_from_the_back_of_the_room(window, qtbot, assert_readable, size,
                                                     scale):
    present = shown(window.present(full_screen=False), qtbot, size)
    for name, slide in present.texts.items():
        sizes = fragment_sizes(slide)
        assert sizes, name
        small = [(px, text) for px, text in sizes if px < round(28 * scale)]
        assert small == [], name
    for name in present.figures:
        assert_readable(figure_on_screen(present, qtbot, name).laid_out(), 20 * scale)


def test_the_timeline_slide_drops_empty_lanes(window, qtbot):
    present = shown(window.present(full_screen=False), qtbot)
    texts = [t.text for t in figure_on_screen(present, qtbot, "Timeline").laid_out().texts()]
    assert "deployment" in texts and "statement" in texts
    assert "diplomatic" not in texts and "other" not in texts


def test_the_casualties_plot_has_a_legend_and_its_own_range(window, qtbot):
    present = shown(window.present(full_screen=False), qtbot)
    figure = figure_on_screen(present, qtbot, "Projection")
    texts = [t.text for t in figure.laid_out().texts()]
    for source in ("Volodymyr Zelenskyy, President of Ukraine",
                   "South Korea National Intelligence Service"):
        assert source in texts
    first, last = figure.figure.losses_days
    assert last - first < 120     # January's figures and the fits from early December


def test_scenarios_on_the_same_line_stay_distinguishable(window, qtbot):
    isw = window.session.ws.get("scenario", "isw")
    window.session.put(isw.changed(id="isw-again", name="ISW again"))
    present = shown(window.present(full_screen=False), qtbot)
    figure = figure_on_screen(present, qtbot, "Projection")
    lines = {line.id: line for line in figure.figure.lines}
    assert lines["isw"].dash != lines["isw-again"].dash
    assert lines["isw"].colour != lines["isw-again"].colour
    said = short_date(lines["isw"].depletion)
    labels = [t for t in figure.laid_out().texts() if t.text == said]
    assert len(labels) == 2


def test_slides_are_built_once_and_fed_new_data(window, qtbot):
    present = shown(window.present(full_screen=False), qtbot)
    slides = [present.stack.widget(i) for i in range(present.stack.count())]
    before = present.figures["Projection"].figure
    window.session.put(window.session.ws.get("scenario", "isw").changed(
        daily_loss_rate=40.0, daily_loss_rate_range=None))
    assert [present.stack.widget(i) for i in range(present.stack.count())] == slides
    after = present.figures["Projection"].figure
    assert after is not before
    isw = {line.id: line for line in after.lines}["isw"]
    assert isw.depletion > {line.id: line for line in before.lines}["isw"].depletion


def test_a_long_slide_is_shown_a_screenful_at_a_time(window, qtbot):
    isw = window.session.ws.get("scenario", "isw")
    for i in range(5):
        window.session.put(isw.changed(id=f"isw-{i}", name=f"ISW variant {i}",
                                       daily_loss_rate=60.0 + 10 * i,
                                       daily_loss_rate_range=None))
    present = shown(window.present(full_screen=False), qtbot, (1280, 800))
    present.go(SECTIONS.index("Key judgments"))
    assert "(1/" in present.footer.text()
    seen = set()
    while present.section() == "Key judgments":
        seen.add(present.texts["Key judgments"].verticalScrollBar().value())
        qtbot.keyClick(present, Qt.Key_PageDown)
    assert len(seen) >= 2
    assert present.section() == SECTIONS[SECTIONS.index("Key judgments") + 1]
    qtbot.keyClick(present, Qt.Key_PageUp)
    assert present.section() == "Key judgments"
    assert present.texts["Key judgments"].verticalScrollBar().value() > 0
