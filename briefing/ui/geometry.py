"""Keeping a window on the screen it opens on.

A fixed 1600 × 1000 window put the right side and the bottom classification banner off a
1366 × 768 screen; a size restored from a larger monitor did the same after the monitor
changed. Both the first size and every restored or shown geometry are fitted to the
screen's available area (the desktop minus task bars).
"""
from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

PREFERRED = (1600, 1000)
FRAME_ALLOWANCE = (16, 48)   # a title bar and borders, before the window manager says


def fit_to_screen(window: QWidget, screen) -> None:
    """The preferred size, or the screen's available area if that is smaller, centred."""
    if screen is None:
        window.resize(*PREFERRED)
        return
    area = screen.availableGeometry()
    w = min(PREFERRED[0], area.width() - FRAME_ALLOWANCE[0])
    h = min(PREFERRED[1], area.height() - FRAME_ALLOWANCE[1])
    window.resize(max(w, 1), max(h, 1))
    window.move(area.x() + (area.width() - w) // 2, area.y() + (area.height() - h) // 4)


def clamp_to_screen(window: QWidget, screen) -> None:
    """Shrink and move the window so its frame lies inside the available area."""
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    area = screen.availableGeometry()
    geometry = window.geometry()
    if window.isVisible():
        frame = window.frameGeometry()
        extra_w, extra_h = frame.width() - geometry.width(), frame.height() - geometry.height()
    else:  # no frame until shown: allow for one
        extra_w, extra_h = FRAME_ALLOWANCE
        frame = geometry.adjusted(0, 0, extra_w, extra_h)
    w = min(frame.width(), area.width())
    h = min(frame.height(), area.height())
    if (w, h) != (frame.width(), frame.height()):
        window.resize(max(w - extra_w, 1), max(h - extra_h, 1))
    target = QRect(frame.x(), frame.y(), w, h)
    x = min(max(target.x(), area.x()), area.right() + 1 - w)
    y = min(max(target.y(), area.y()), area.bottom() + 1 - h)
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
