"""Starting the window, and rendering it off screen for `briefing screenshot`."""
from __future__ import annotations

from pathlib import Path

from ..charts.qt_app import ensure_app
from ..report.figures import write_widget_png
from ..workspace import Workspace
from .main_window import MainWindow
from .session import Session


def run(workspace: Workspace) -> int:
    app = ensure_app()
    window = MainWindow(Session(workspace))
    window.show()
    return app.exec()


def screenshot(workspace: Workspace, target: Path, size: tuple[int, int], view: str) -> None:
    """Render the window (or present mode) off screen into a PNG."""
    app = ensure_app(headless=True)
    window = MainWindow(Session(workspace), restore=False)
    window.resize(*size)
    window.show()
    widget = window
    if view == "present":
        widget = window.present(full_screen=False)
        widget.resize(*size)
    for _ in range(5):
        app.processEvents()
    window.finish_opening()  # the whole briefing and its analysis, not a first page
    for _ in range(5):
        app.processEvents()
    window.desk.statusBar().clearMessage()  # "Backup saved: …" is about this run, not the view
    try:
        write_widget_png(widget, target)
    finally:
        widget.close()
        window.close()
