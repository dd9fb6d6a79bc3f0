"""The window on the screens analysts have: it fits, and its views have room to be read."""
import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen

from briefing.report.sections import Content
from briefing.ui.ledger_rows import COLUMNS
from briefing.ui.main_window import MainWindow
from briefing.ui.session import Session
from briefing.workspace import Workspace

from window_helpers import cell

LAPTOP = QRect(0, 0, 1366, 728)  # a 1366 × 768 screen less a 40-pixel task bar


@pytest.fixture
def screen(monkeypatch):
    """Pretend the screen's available area is `set(rect)` (the offscreen one is 800 × 800)."""
    class Screen:
        def set(self, rect: QRect) -> None:
            monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(rect))
    return Screen()


def opened(qtbot, path, size=None) -> MainWindow:
    """A window as it first opens (on the screen it finds, or at `size` as a screenshot)."""
    window = MainWindow(Session(Workspace.open(path)), restore=size is None)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)  # the docks are proportioned once the layout has run
    return window


def test_the_first_window_fits_a_small_screen(qtbot, seeded, screen):
    screen.set(LAPTOP)
    window = opened(qtbot, seeded.path)
    assert LAPTOP.contains(window.frameGeometry())
    bottom = window.bottom_banner.mapTo(window, window.bottom_banner.rect().bottomRight())
    assert window.rect().contains(bottom)


def test_a_window_restored_from_a_bigger_screen_is_fitted_to_this_one(qtbot, seeded, screen):
    screen.set(QRect(0, 0, 2560, 1400))
    first = opened(qtbot, seeded.path)
    first.setGeometry(600, 300, 1900, 1050)
    first.close()
    screen.set(LAPTOP)
    second = opened(qtbot, seeded.path)
    assert LAPTOP.contains(second.frameGeometry())


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_charts_judgments_and_detail_have_room_on_a_laptop(qtbot, seeded, size):
    window = opened(qtbot, seeded.path, size)
    chart = window.chart
    assert window.docks["projection"].width() >= size[0] * 0.4
    assert chart.view.height() >= 200
    assert window.judgments.parentWidget().height() >= 120
    assert window.detail.height() >= 150
    assert not chart.legend.geometry().intersects(chart.view.geometry())  # outside the data
    assert "ISW straight line 5 Apr 2025" in chart.legend.text()    # the median


def test_the_ledger_shows_the_grade_and_a_readable_quote(qtbot, seeded):
    window = opened(qtbot, seeded.path, (1280, 800))
    model, header = window.model, window.ledger.table.horizontalHeader()
    assert model.data(cell(window, "nis-killed", "grade")) == "B2"
    assert model.data(cell(window, "nis-killed", "source")) == \
        "South Korea National Intelligence Service"
    quote = window.session.ws.get("claim", "officials-third").quote
    assert model.data(cell(window, "officials-third", "quote")) == " ".join(quote.split())
    column = COLUMNS.index("quote")
    viewport = window.ledger.table.viewport().width()
    assert header.sectionViewportPosition(column) + header.sectionSize(column) <= viewport + 1
    assert header.sectionSize(column) >= 160


def test_editing_the_grade_changes_the_claims_credibility_only(window):
    assert window.model.setData(cell(window, "nis-killed", "grade"), "B3")
    assert window.session.ws.get("claim", "nis-killed").credibility == 3
    assert not window.model.setData(cell(window, "nis-killed", "grade"), "A1")
    assert "the letter 'A' is the source's reliability (B)" in window.last_message
    assert window.session.ws.get("claim", "nis-killed").credibility == 3


def test_conflict_shading_has_a_key(window):
    key = window.ledger.conflict_key
    assert key.isVisible() and key.text() == "in conflict"
    assert "disagrees" in key.toolTip()


def test_colours_follow_the_scenario_not_its_place_in_the_list(window):
    def colours():
        return {sid: items.curve.opts["pen"].color().name()
                for sid, items in window.chart._scenarios.items()}
    before = colours()
    window.session.delete("scenario", "isw")
    fitted = window.session.ws.get("scenario", "fitted")
    window.session.put(fitted.changed(id="second-fit", name="Second fit",
                                      initial_strength=13_000,
                                      initial_strength_range=None))
    after = colours()
    assert after["fitted"] == before["fitted"]
    assert after["second-fit"] != after["fitted"]
    from briefing.report.figures import projection_of  # the painted figures' reading
    content = Content.read(window.session.ws, window.analysis)
    assert {line.id: line.colour.lower() for line in projection_of(content).lines} == after


def test_chart_legend_names_are_plain_text(window):
    source = window.session.ws.get("source", "zelenskyy")
    window.session.put(source.changed(name="<img src='file:///etc/passwd'>"))
    assert "&lt;img src=&#x27;file:///etc/passwd&#x27;&gt;" in window.chart.legend.text()


def test_a_casualty_point_says_its_figure_and_source(window):
    assert window.chart.point_tip("zelenskyy-3800") == \
        "<qt>3,800 casualties, Volodymyr Zelenskyy, President of Ukraine</qt>"
