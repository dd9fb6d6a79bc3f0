"""Briefing-room mode: stepping through every section, leaving, and the markings."""
from PySide6.QtCore import Qt

from briefing.ui.present import SECTIONS


def test_present_steps_forward_and_back_through_every_section(window, qtbot):
    present = window.present(full_screen=False)
    qtbot.waitExposed(present)
    seen = [present.section()]
    for _ in range(len(SECTIONS) - 1):
        qtbot.keyClick(present, Qt.Key_PageDown)
        seen.append(present.section())
    assert seen == list(SECTIONS)
    qtbot.keyClick(present, Qt.Key_Right)  # stays on the last slide
    assert present.section() == "Sources"
    for expected in reversed(SECTIONS[:-1]):
        qtbot.keyClick(present, Qt.Key_PageUp)
        assert present.section() == expected
    qtbot.keyClick(present, Qt.Key_End)
    assert present.section() == "Sources"
    qtbot.keyClick(present, Qt.Key_Home)
    assert present.section() == "Title"


def test_key_judgments_slide_says_the_likelihood(window, qtbot):
    present = window.present(full_screen=False)
    present.go(SECTIONS.index("Key judgments"))
    text = present.stack.currentWidget().toPlainText()
    assert "to be depleted by 30 April 2025" in text
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
    assert "At 80 a day" in present.stack.currentWidget().toPlainText()
