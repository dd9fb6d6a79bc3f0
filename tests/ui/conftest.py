"""Window fixtures: a MainWindow over a fresh copy of the seed, closed by pytest-qt."""
import pytest

from briefing.ui.main_window import MainWindow
from briefing.ui.session import Session


@pytest.fixture
def window(qtbot, seeded):
    win = MainWindow(Session(seeded))
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    return win
