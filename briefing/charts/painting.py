"""Painting a laid-out `Scene` with a QPainter, on any device: a PDF page (QPdfWriter or a
printer), an SVG file (QSvgGenerator), a PNG (QImage) or a widget.

Why paint rather than grab the pyqtgraph widgets: a grab is a raster (the pack held two
JPEGs), pyqtgraph's SVG exporter fails on Qt 6.11+ and its output put data at coordinates
near 2e12 that renderers drop; widgets also lay out for a screen (ten-pixel labels, controls
in the picture). Painted primitives are vectors in PDF and SVG, sharp in PNG, and sized for
the target. Text is always drawn with `drawText` from plain strings: never rich text.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath,
                           QPaintDevice, QPen, QPolygonF)

from .qt_app import UI_FAMILY
from .scene import Area, Line, Markers, Rect, Scene, Segments, Text

_PEN_STYLES = {"solid": Qt.SolidLine, "dash": Qt.DashLine, "dot": Qt.DotLine,
               "dashdot": Qt.DashDotLine}
_ALIGN = {"left": Qt.AlignLeft, "centre": Qt.AlignHCenter, "right": Qt.AlignRight}


def font_for(px: float, bold: bool, device: QPaintDevice) -> QFont:
    """A font `px` device pixels high on `device`, without ligatures (text copied out of a
    PDF must read "officials", not "o\ufb03cials")."""
    font = QFont(UI_FAMILY)
    font.setPointSizeF(max(px, 1.0) * 72.0 / device.logicalDpiY())
    font.setBold(bold)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


class QtMeasure:
    """Text extents on the device the scene will be painted on (layout and painting must
    agree to the pixel, so measure where you paint)."""

    def __init__(self, device: QPaintDevice):
        self.device = device
        self._metrics: dict[tuple[float, bool], QFontMetricsF] = {}

    def __call__(self, text: str, px: float, bold: bool = False) -> tuple[float, float]:
        key = (round(px, 2), bold)
        if key not in self._metrics:
            self._metrics[key] = QFontMetricsF(font_for(px, bold, self.device), self.device)
        metrics = self._metrics[key]
        return metrics.horizontalAdvance(text), metrics.height()


def paint_scene(painter: QPainter, scene: Scene, x: float = 0.0, y: float = 0.0) -> None:
    painter.save()
    try:
        painter.translate(x, y)
        if scene.background:
            painter.fillRect(QRectF(0, 0, scene.width, scene.height), QColor(scene.background))
        paint_items(painter, scene.items)
    finally:
        painter.restore()


def paint_items(painter: QPainter, items) -> None:
    painter.save()
    try:
        painter.setRenderHint(QPainter.Antialiasing, True)
        painter.setRenderHint(QPainter.TextAntialiasing, True)
        for item in items:
            _PAINTERS[type(item)](painter, item)
    finally:
        painter.restore()


def _colour(hex_colour: str, alpha: float = 1.0) -> QColor:
    colour = QColor(hex_colour)
    colour.setAlphaF(alpha)
    return colour


def _pen(colour: str, width: float, dash: str = "solid") -> QPen:
    pen = QPen(_colour(colour), width, _PEN_STYLES[dash])
    pen.setCapStyle(Qt.FlatCap if dash != "solid" else Qt.RoundCap)
    pen.setJoinStyle(Qt.RoundJoin)
    return pen


def _polygon(points) -> QPolygonF:
    return QPolygonF([QPointF(float(px), float(py)) for px, py in points])


def _line(painter: QPainter, item: Line) -> None:
    painter.setPen(_pen(item.colour, item.width, item.dash))
    painter.setBrush(Qt.NoBrush)
    painter.drawPolyline(_polygon(item.points))


def _area(painter: QPainter, item: Area) -> None:
    painter.setPen(Qt.NoPen)
    painter.setBrush(QBrush(_colour(item.colour, item.alpha)))
    painter.drawPolygon(_polygon(item.points))


def _rect(painter: QPainter, item: Rect) -> None:
    b = item.box
    painter.fillRect(QRectF(b.x, b.y, b.w, b.h), _colour(item.colour, item.alpha))


def _segments(painter: QPainter, item: Segments) -> None:
    painter.setPen(_pen(item.colour, item.width))
    path = QPainterPath()
    for x0, y0, x1, y1 in item.coords:
        path.moveTo(float(x0), float(y0))
        path.lineTo(float(x1), float(y1))
    painter.drawPath(path)


def _markers(painter: QPainter, item: Markers) -> None:
    r = item.size / 2
    if item.shape == "cross":
        painter.setPen(_pen(item.colour, max(item.size / 4, 1.0)))
        path = QPainterPath()
        for x, y in item.points:
            path.moveTo(x - r, y - r)
            path.lineTo(x + r, y + r)
            path.moveTo(x - r, y + r)
            path.lineTo(x + r, y - r)
        painter.drawPath(path)
        return
    painter.setPen(_pen(item.outline, max(item.size / 8, 0.5)) if item.outline else Qt.NoPen)
    painter.setBrush(QBrush(_colour(item.colour)))
    path = QPainterPath()
    for x, y in item.points:
        if item.shape == "diamond":
            path.addPolygon(_polygon([(x, y - r), (x + r, y), (x, y + r), (x - r, y)]))
            path.closeSubpath()
        else:
            path.addEllipse(QPointF(float(x), float(y)), r, r)
    painter.drawPath(path)


def _text(painter: QPainter, item: Text) -> None:
    b = item.box
    if item.halo:
        painter.fillRect(QRectF(b.x - 1, b.y, b.w + 2, b.h), _colour(item.halo, 0.85))
    painter.setFont(font_for(item.px, item.bold, painter.device()))
    painter.setPen(_colour(item.colour))
    flags = _ALIGN[item.align] | Qt.AlignVCenter | Qt.TextSingleLine | Qt.TextDontClip
    if not item.rotated:
        painter.drawText(QRectF(b.x, b.y, b.w, b.h), flags, item.text)
        return
    painter.save()
    painter.translate(b.x + b.w / 2, b.y + b.h / 2)
    painter.rotate(-90)
    painter.drawText(QRectF(-b.h / 2, -b.w / 2, b.h, b.w), flags, item.text)
    painter.restore()


_PAINTERS = {Line: _line, Area: _area, Rect: _rect, Segments: _segments, Markers: _markers,
             Text: _text}
