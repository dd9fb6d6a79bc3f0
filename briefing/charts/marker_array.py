"""Many markers of one symbol, size, outline and fill, painted straight from two arrays.

pyqtgraph's `ScatterPlotItem` keeps a record per point and looks each one's symbol up in
its atlas in Python when the data is set: 20,000 timeline events took a quarter of a
second of the window's thread on every redraw. One style for all the item's points needs
none of that: the symbol is rendered once, and each paint maps the points in view to the
screen with numpy and draws them in one `drawPixmapFragments` call (as ScatterPlotItem
itself paints, through pyqtgraph's array of fragments: PySide6 takes only a C array there).
Hover and click are the caller's: it holds the arrays.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from pyqtgraph import functions as fn
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from pyqtgraph.Qt import internals
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap

_FAR = 2.0 ** 30  # Qt misdraws coordinates beyond this


class MarkerArray(pg.GraphicsObject):
    """`symbol` as pyqtgraph names them ('o', 'd', …), `size` in screen pixels."""

    def __init__(self, symbol: str, size: float, pen, brush=None):
        super().__init__()
        self.symbol, self.size = symbol, size
        self.pen, self.brush = pg.mkPen(pen), pg.mkBrush(brush)
        self.x = self.y = np.zeros(0)
        self._pixmap = None
        self._fragments = internals.PrimitiveArray(QPainter.PixmapFragment, 10)

    # ---- data ---------------------------------------------------------------------------
    def setData(self, x, y) -> None:
        self.x, self.y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        self.prepareGeometryChange()
        self.informViewBoundsChanged()
        self.update()

    def setBrush(self, brush) -> None:
        brush = pg.mkBrush(brush)
        if brush != self.brush:
            self.brush, self._pixmap = brush, None
            self.update()

    def __len__(self) -> int:
        return len(self.x)

    # ---- geometry (what ViewBox asks of a data item) --------------------------------------
    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange=None):
        values = self.x if ax == 0 else self.y
        return (None, None) if not len(values) else (values.min(), values.max())

    def pixelPadding(self) -> float:
        return self.size / 2 + self.pen.widthF()

    def boundingRect(self) -> QRectF:
        if not len(self.x):
            return QRectF()
        x0, x1 = self.dataBounds(0)
        y0, y1 = self.dataBounds(1)
        px, py = self.pixelVectors()
        pad_x = 0.0 if px is None else px.length() * self.pixelPadding()
        pad_y = 0.0 if py is None else py.length() * self.pixelPadding()
        return QRectF(x0 - pad_x, y0 - pad_y, x1 - x0 + 2 * pad_x, y1 - y0 + 2 * pad_y)

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()  # the padding is in pixels: the bounds move with zoom
        super().viewTransformChanged()

    # ---- painting -----------------------------------------------------------------------
    def paint(self, painter, option, widget=None) -> None:
        if not len(self.x):
            return
        dpr = widget.devicePixelRatioF() if widget is not None else 1.0
        pixmap = self._symbol(dpr)
        xy = fn.clip_array(fn.transformCoordinates(painter.transform(),
                                                   np.vstack([self.x, self.y])), -_FAR, _FAR)
        view = painter.viewport()
        pad = self.pixelPadding()
        shown = ((xy[0] >= view.left() - pad) & (xy[0] <= view.right() + pad)
                 & (xy[1] >= view.top() - pad) & (xy[1] <= view.bottom() + pad))
        n = int(shown.sum())
        if not n:
            return
        self._fragments.resize(n)
        frags = self._fragments.ndarray()
        frags[:, 0:2] = xy[:, shown].T                      # the centre of each target
        frags[:, 2:6] = [0, 0, pixmap.width(), pixmap.height()]   # the whole symbol
        frags[:, 6:10] = [1 / dpr, 1 / dpr, 0.0, 1.0]     # scale, rotation, opacity
        painter.resetTransform()
        painter.drawPixmapFragments(*self._fragments.drawargs(), pixmap)

    def _symbol(self, dpr: float) -> QPixmap:
        """The symbol, drawn once (again when the fill or the screen's pixel ratio
        changes)."""
        if self._pixmap is None or self._pixmap.devicePixelRatio() != dpr:
            side = math.ceil(dpr * (self.size + max(math.ceil(self.pen.widthF()), 1)))
            image = QImage(side, side, QImage.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(dpr)
            image.fill(Qt.transparent)
            p = QPainter(image)
            try:
                p.setRenderHint(QPainter.Antialiasing)
                p.translate(side / dpr / 2, side / dpr / 2)
                drawSymbol(p, self.symbol, self.size, self.pen, self.brush)
            finally:
                p.end()
            self._pixmap = QPixmap.fromImage(image)
        return self._pixmap
