"""Window fixtures: a MainWindow over a fresh copy of the seed, closed by pytest-qt."""
import pytest

from briefing.ui import analysis_runner
from briefing.ui.main_window import MainWindow
from briefing.ui.session import Session


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
