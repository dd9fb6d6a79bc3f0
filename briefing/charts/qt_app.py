"""The one QApplication, made on demand by the window, the exporters and the tests.

Bundled fonts are registered here so the window and every exported page render the same on
any workstation: DejaVu Sans for Latin and Cyrillic, NanumGothic as its fallback for Hangul.
"""
from __future__ import annotations

import gc
import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsView

from ..workspace import resources_dir
from .theme import dispose_scene

UI_FAMILY = "DejaVu Sans"
HANGUL_FAMILY = "NanumGothic"


_fonts: list[str] = []


def ensure_app(headless: bool = False) -> QApplication:
    """The QApplication (made here if nobody made one yet), with the bundled fonts
    registered exactly once whoever made it."""
    app = QApplication.instance()
    if app is not None:
        if not _fonts:
            _fonts.extend(register_fonts())
        return app
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QCoreApplication.setOrganizationName("Briefing")
    QCoreApplication.setApplicationName("Briefing")
    app = QApplication([sys.argv[0]])
    app.setDesktopFileName("org.briefing.Briefing")  # Wayland: icon and menu entry
    app.setStyle("Fusion")
    if app.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        app.setPalette(dark_palette())
    _fonts.extend(register_fonts())
    if UI_FAMILY in _fonts:
        font = QFont(UI_FAMILY, 10)
        app.setFont(font)
    icon = resources_dir() / "icons" / "briefing.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def dark_palette() -> QPalette:
    """Fusion's colours for a dark desktop (Fusion alone stays light)."""
    palette = QPalette()
    for role, colour in ((QPalette.Window, "#202124"), (QPalette.WindowText, "#e8eaed"),
                         (QPalette.Base, "#17181a"), (QPalette.AlternateBase, "#24262a"),
                         (QPalette.Text, "#e8eaed"), (QPalette.Button, "#2b2d31"),
                         (QPalette.ButtonText, "#e8eaed"), (QPalette.Highlight, "#3d6fb4"),
                         (QPalette.HighlightedText, "#ffffff"), (QPalette.ToolTipBase, "#2b2d31"),
                         (QPalette.ToolTipText, "#e8eaed"), (QPalette.PlaceholderText, "#8a8d91")):
        palette.setColor(role, QColor(colour))
    return palette


def register_fonts() -> list[str]:
    """Register every bundled font; returns the families now available."""
    families: list[str] = []
    folder = resources_dir() / "fonts"
    for font in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    if HANGUL_FAMILY in families:
        QFont.insertSubstitution(UI_FAMILY, HANGUL_FAMILY)
    return families


def shutdown() -> None:
    """Dispose of every chart, then the widgets, before the interpreter exits (see
    theme.dispose_scene). The console script and the test session call this last."""
    app = QApplication.instance()
    if app is None:
        return
    for widget in app.allWidgets():
        if isinstance(widget, QGraphicsView):
            dispose_scene(widget)
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    gc.collect()
