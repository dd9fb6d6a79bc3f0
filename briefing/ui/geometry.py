"""Keeping a window on the screen it opens on, and its first layout.

A fixed 1600 × 1000 window put the right side and the bottom classification banner off a
1366 × 768 screen; a size restored from a larger monitor did the same after the monitor
changed. Both the first size and every restored or shown geometry are fitted to the
screen's available area (the desktop minus task bars).
"""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QDockWidget, QTabBar, QWidget

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


def proportion_docks(desk, docks: dict, projection_split) -> None:
    """The first layout, in proportions of the desk (not pixels): the timeline a good
    quarter of the left column's height, the right column 45 % of the width, and in it the
    projection (chart over key judgments) 70 % of the height, detail and scenarios the
    rest — room for each at 1280 × 800 as at 1600 × 1000."""
    w, h = desk.width(), desk.height()
    desk.resizeDocks([docks["timeline"]], [int(h * 0.28)], Qt.Vertical)
    desk.resizeDocks([docks["projection"]], [int(w * 0.45)], Qt.Horizontal)
    desk.resizeDocks([docks["projection"], docks["detail"]], [int(h * 0.7), int(h * 0.3)],
                     Qt.Vertical)
    projection_split.setSizes([int(h * 0.7 * 0.66), int(h * 0.7 * 0.34)])


def hide_stray_tab_bars(desk) -> int:
    """Hide the tab bars Qt made for an intermediate layout and left visible; returns how
    many. Qt 6.11 does this when docks are tabified before the window first shows (every
    tabify after the first): a bar of dock titles drawn over the timeline. A tab bar Qt
    uses sits right under the dock it switches (tabs at the bottom); the others are stale."""
    shown = [d.geometry() for d in desk.findChildren(QDockWidget)
             if d.isVisible() and desk.tabifiedDockWidgets(d)]
    hidden = 0
    for bar in desk.findChildren(QTabBar, options=Qt.FindDirectChildrenOnly):
        g = bar.geometry()
        if bar.isVisible() and not any(abs(g.top() - d.bottom() - 1) <= 2
                                       and abs(g.left() - d.left()) <= 2 for d in shown):
            bar.hide()
            hidden += 1
    return hidden
