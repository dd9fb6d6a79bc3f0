"""Starting the window, and rendering it off screen for `briefing screenshot`."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from ..workspace import Workspace, resources_dir
from .main_window import MainWindow
from .session import Session


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, with bundled fonts registered so output does not depend on the
    workstation's fonts."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName("Briefing")
        QCoreApplication.setApplicationName("Briefing")
        app = QApplication(argv or [sys.argv[0]])
        app.setStyle("Fusion")
        register_fonts()
        icon = resources_dir() / "icons" / "briefing.svg"
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))
    return app


def register_fonts() -> list[str]:
    families = []
    folder = resources_dir() / "fonts"
    for font in sorted(folder.glob("*.[ot]tf")) if folder.is_dir() else []:
        font_id = QFontDatabase.addApplicationFont(str(font))
        families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families


def open_window(workspace: Workspace) -> MainWindow:
    application()
    return MainWindow(Session(workspace))


def run(workspace: Workspace) -> int:
    app = application()
    window = MainWindow(Session(workspace))
    window.show()
    return app.exec()


def screenshot(workspace: Workspace, target: Path, size: tuple[int, int], view: str) -> None:
    """Render the window (or present mode) off screen into a PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
    window = MainWindow(Session(workspace))
    window.resize(*size)
    window.show()
    widget = window
    if view == "present":
        widget = window.present()
        widget.resize(*size)
    for _ in range(5):
        app.processEvents()
    if not widget.grab().save(str(target), "PNG"):
        raise OSError(f"{target}: could not write the PNG")
    window.close()
