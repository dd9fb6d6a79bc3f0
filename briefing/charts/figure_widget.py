"""A widget that paints a figure (present mode's timeline and projection slides).

Made once and fed new data with `set_figure`; it lays the figure out again only when the
data or its size changes, with the same layout and painter as the pack and exports.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from .figure_style import FigureStyle
from .painting import QtMeasure, paint_scene
from .scene import Box, Scene

Layout = Callable[[Scene, Box, object, FigureStyle, QtMeasure], None]


class FigureWidget(QWidget):
    def __init__(self, lay_out: Layout, parent=None):
        super().__init__(parent)
        self._lay_out = lay_out
        self.figure = None
        self._style = FigureStyle.present(1.0)
        self.scene: Scene | None = None      # the last layout, kept for repaints and tests
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def set_figure(self, figure) -> None:
        self.figure = figure
        self.scene = None
        self.update()

    def set_style(self, style: FigureStyle) -> None:
        if style != self._style:
            self._style = style
            self.scene = None
            self.update()

    def resizeEvent(self, event) -> None:
        self.scene = None
        super().resizeEvent(event)

    def laid_out(self) -> Scene:
        if self.scene is None:
            scene = Scene(self.width(), self.height(), self._style.colours.background)
            if self.figure is not None:
                margin = self._style.text_px
                box = Box(margin, margin * 0.5, self.width() - 2 * margin,
                          self.height() - 1.5 * margin)
                self._lay_out(scene, box, self.figure, self._style, QtMeasure(self))
            self.scene = scene
        return self.scene

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        try:
            paint_scene(painter, self.laid_out())
        finally:
            painter.end()
