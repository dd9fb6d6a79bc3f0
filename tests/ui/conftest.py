"""Window fixtures: a MainWindow over a fresh copy of the seed, closed by pytest-qt."""
import pytest

from briefing.ui import analysis_runner
from briefing.ui.main_window import MainWindow
from briefing.ui.session import Session


@pytest.fixture(autouse=True)
def inline_analyses(monkeypatch):
    """The seed's analysis runs inline in a window test whatever else the machine is doing:
    a window decides from the last analysis's time (30 ms budget), and a cold or contended
    one took 27-47 ms here, sending the next to the worker while the test read the old
    result. The test of the worker sets a slow last analysis explicitly."""
    monkeypatch.setattr("briefing.ui.analysis_runner.INLINE_BUDGET_S", 0.5)


@pytest.fixture
def window(qtbot, seeded, monkeypatch):
    """Analyses run inline whatever the machine's load (tests read them right after an
    edit); the worker-thread path has tests of its own."""
    monkeypatch.setattr(analysis_runner, "INLINE_BUDGET_S", 10.0)
    win = MainWindow(Session(seeded))
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    return win
