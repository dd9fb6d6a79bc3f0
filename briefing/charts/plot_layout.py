"""Plots laid out before they paint, so that a new figure is painted once.

pyqtgraph sizes an axis by the labels it measured at its last paint, and places its items
(the view box's transform) at the start of a paint: a figure whose labels are wider or
narrower than the last ones resized an axis during the paint, the plots were laid out again
and painted again — four or five paints of 20–30 ms for one new figure at 100,000 claims,
the plots jumping sideways between them, while the analysis worker waited for the
interpreter (bench_open.py --stalls). Measured the way that paint measures them
(`AxisItem.generateDrawSpecs`: the text's bounding rectangle, its height × 0.8), an axis's
room is known as soon as its range is (`SizedAxis`); `lay_out_now` does the layout and
the placing ahead of the paint.
"""
from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

_HEIGHT_SHARE = 0.8  # pyqtgraph's own allowance: "boundingRect is usually just a bit too large"


def _rect(metrics: QFontMetricsF, text: str) -> QRectF:
    return metrics.boundingRect(QRectF(0, 0, 100, 100), Qt.AlignmentFlag.AlignCenter, text)


def label_height(font: QFont | None) -> int:
    """The height pyqtgraph gives a one-line tick label in `font`."""
    return math.ceil(_rect(QFontMetricsF(font or QFont()), "0123456789 Jan").height()
                     * _HEIGHT_SHARE)


def labels_width(font: QFont | None, labels) -> int:
    """The width pyqtgraph gives the widest of `labels` in `font` (0 for none)."""
    metrics = QFontMetricsF(font or QFont())
    return math.ceil(max((_rect(metrics, text).width() for text in set(labels) if text),
                         default=0))


class SizedAxis(pg.AxisItem):
    """An axis that never resizes itself while painting (`autoExpandTextSpace` off): it is
    resized when its range, length, ticks or font change — a bottom axis one label high
    whatever its ticks (none, before the first figure), a left or right one as wide as the
    labels it will draw."""

    _sized = False  # not until pyqtgraph's own __init__ is done (it sets a style)
    _given: list[str] | None = None  # the labels of ticks given (`setTicks`), if any
    _measured: tuple | None = None   # (font, labels) the room was last measured for

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setStyle(autoExpandTextSpace=False)
        self._sized = True
        self._fit_labels()

    def setStyle(self, **kwargs):
        super().setStyle(**kwargs)
        if "tickFont" in kwargs and self._sized:
            self._fit_labels()

    def setTicks(self, ticks):
        super().setTicks(ticks)
        self._given = None if ticks is None else [text for level in ticks for _, text in level]
        self._fit_labels()

    def setRange(self, mn, mx):
        super().setRange(mn, mx)
        if self._sized and self.orientation in ("left", "right"):
            self._fit_labels()

    def resizeEvent(self, ev=None):
        super().resizeEvent(ev)
        if self._sized and self.orientation in ("left", "right") and self.label is not None:
            self._fit_labels()

    def _fit_labels(self) -> None:
        font = self.style["tickFont"]
        if self.orientation in ("left", "right"):
            if self.geometry().height() <= 0:
                return  # not laid out yet: fitted when it is (resizeEvent)
            labels = (font, tuple(self._labels_to_draw()))
            if labels == self._measured:
                return  # the same labels: the same room
            self._measured = labels
            key, room = "tickTextWidth", labels_width(*labels)
        else:
            key, room = "tickTextHeight", label_height(font)
        if room != self.style[key]:
            self.setStyle(**{key: room})

    def _labels_to_draw(self) -> list[str]:
        """The ticks' labels given, or else every label the axis would draw at its range
        and length (each level it draws text for)."""
        if self._given is not None:
            return self._given
        low, high = sorted(self.range)
        levels = self.tickValues(low, high, self.geometry().height())
        return [text for spacing, values in levels[:self.style["maxTextLevel"] + 1]
                for text in self.tickStrings(values, self.autoSIPrefixScale * self.scale,
                                             spacing)]


def lay_out_now(widget, view) -> None:
    """Lay out `widget` (a view and what is around it) and place the items of its
    pyqtgraph `view` now, not at the start of the next paint (which then asks for another
    paint)."""
    widget.layout().activate()
    view.centralWidget.layout.activate()
    view.scene().prepareForPaint()
