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
    """`symbol` as pyqtgraph names them ('o', 'd', …), `size` in screen pixels. Its points
    share one fill, or take theirs from a few (`setData(..., group=, brushes=)`): the
    projection chart's casualty points of fifty sources are one item, not fifty — each item
    pyqtgraph adds, bounds and paints on its own, which at the chart's first figure took a
    tenth of a second of the window's thread."""

    def __init__(self, symbol: str, size: float, pen, brush=None):
        super().__init__()
        self.symbol, self.size = symbol, size
        self.pen = pg.mkPen(pen)
        self.brushes = [pg.mkBrush(brush)]
        self.x = self.y = np.zeros(0)
        self.group: np.ndarray | None = None  # each point's index in `brushes`; None: 0
        self._bounds: tuple | None = None
        self._pixmaps: dict[int, QPixmap] = {}
        self._fragments = internals.PrimitiveArray(QPainter.PixmapFragment, 10)

    # ---- data ---------------------------------------------------------------------------
    def setData(self, x, y, group=None, brushes=None) -> None:
        """Points at `x`, `y`; with `group`, point i is filled with `brushes[group[i]]`, and
        the groups are painted in order, each over the ones before (as items added one after
        another)."""
        self.x, self.y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        self.group = None if group is None else np.asarray(group, dtype=np.int64)
        if brushes is not None:
            self._set_brushes(brushes)
        self._bounds = None
        self.prepareGeometryChange()
        self.informViewBoundsChanged()
        self.update()

    def setBrush(self, brush) -> None:
        self._set_brushes([brush])

    def _set_brushes(self, brushes) -> None:
        brushes = [pg.mkBrush(b) for b in brushes]
        if brushes != self.brushes:
            self.brushes, self._pixmaps = brushes, {}
            self.update()

    def __len__(self) -> int:
        return len(self.x)

    # ---- geometry (what ViewBox asks of a data item) --------------------------------------
    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange=None):
        if not len(self.x):
            return None, None
        if self._bounds is None:  # asked several times a paint: once per data
            self._bounds = ((self.x.min(), self.x.max()), (self.y.min(), self.y.max()))
        return self._bounds[ax]

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
        xy = fn.clip_array(fn.transformCoordinates(painter.transform(),
                                                   np.vstack([self.x, self.y])), -_FAR, _FAR)
        view = painter.viewport()
        pad = self.pixelPadding()
        shown = ((xy[0] >= view.left() - pad) & (xy[0] <= view.right() + pad)
                 & (xy[1] >= view.top() - pad) & (xy[1] <= view.bottom() + pad))
        if not shown.any():
            return
        if self.group is None:
            self._draw(painter, xy[:, shown], self._symbol(0, dpr))
            return
        group = self.group[shown]
        xy = xy[:, shown]
        for g in range(len(self.brushes)):
            here = group == g
            if here.any():
                self._draw(painter, xy[:, here], self._symbol(g, dpr))

    def _draw(self, painter, xy, pixmap: QPixmap) -> None:
        """Draw `pixmap` centred on each (device) point of `xy` in one call."""
        dpr = pixmap.devicePixelRatio()
        self._fragments.resize(xy.shape[1])
        frags = self._fragments.ndarray()
        frags[:, 0:2] = xy.T                                # the centre of each target
        frags[:, 2:6] = [0, 0, pixmap.width(), pixmap.height()]   # the whole symbol
        frags[:, 6:10] = [1 / dpr, 1 / dpr, 0.0, 1.0]     # scale, rotation, opacity
        painter.resetTransform()
        painter.drawPixmapFragments(*self._fragments.drawargs(), pixmap)

    def _symbol(self, g: int, dpr: float) -> QPixmap:
        """The symbol in fill `g`, drawn once (again when the fills or the screen's pixel
        ratio change)."""
        pixmap = self._pixmaps.get(g)
        if pixmap is None or pixmap.devicePixelRatio() != dpr:
            side = math.ceil(dpr * (self.size + max(math.ceil(self.pen.widthF()), 1)))
            image = QImage(side, side, QImage.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(dpr)
            image.fill(Qt.transparent)
            p = QPainter(image)
            try:
                p.setRenderHint(QPainter.Antialiasing)
                p.translate(side / dpr / 2, side / dpr / 2)
                drawSymbol(p, self.symbol, self.size, self.pen, self.brushes[g])
            finally:
                p.end()
            pixmap = self._pixmaps[g] = QPixmap.fromImage(image)
        return pixmap
