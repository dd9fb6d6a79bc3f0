"""Colours and fonts shared by the views, following the OS light or dark palette."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# Colour-blind-safe categorical palette (Okabe–Ito), one colour per lane or source.
CATEGORICAL = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
               "#999999")


def is_dark() -> bool:
    app = QApplication.instance()
    if app is None:
        return False
    return app.palette().color(QPalette.Window).lightness() < 128


def chart_colours() -> dict[str, str]:
    """Background, foreground and grid colours for pyqtgraph plots."""
    if is_dark():
        return {"background": "#1e1f22", "foreground": "#d8d8d8", "muted": "#8a8a8a"}
    return {"background": "#ffffff", "foreground": "#202124", "muted": "#6b6b6b"}


def colour(i: int) -> QColor:
    return QColor(CATEGORICAL[i % len(CATEGORICAL)])
