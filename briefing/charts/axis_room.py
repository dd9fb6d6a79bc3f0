"""Room for an axis's tick labels, worked out when its range or length changes, before it
paints.

pyqtgraph sizes an axis by the labels it measured at its last paint: a figure whose labels
are wider or narrower than the last ones resizes the axis during the paint, the plots are
laid out again, and painted again — four or five paints of 20–30 ms for one new figure at
100,000 claims, the plots jumping sideways between them, while the analysis worker waited
for the interpreter (bench_open.py --stalls). Measured the way that paint measures them
(`AxisItem.generateDrawSpecs`: the text's bounding rectangle, its height × 0.8), the room
is known as soon as the range is, so a new figure is laid out once and painted once.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

_HEIGHT_SHARE = 0.8  # pyqtgraph's own allowance: "boundingRect is usually just a bit too large"


def _rect(font: QFont | None, text: str) -> QRectF:
    return QFontMetricsF(font or QFont()).boundingRect(
        QRectF(0, 0, 100, 100), Qt.AlignmentFlag.AlignCenter, text)


def label_height(font: QFont | None) -> int:
    """The height pyqtgraph gives a one-line tick label in `font`."""
    return math.ceil(_rect(font, "0123456789 Jan").height() * _HEIGHT_SHARE)


def labels_width(font: QFont | None, labels) -> int:
    """The width pyqtgraph gives the widest of `labels` in `font` (0 for none)."""
    return math.ceil(max((_rect(font, text).width() for text in labels if text), default=0))


class SizedLabels:
    """An `AxisItem` mixin: a bottom axis one label high whatever its ticks (none, before
    the first figure), a left axis as wide as the labels of its range at its length. The
    axis no longer resizes itself while painting (`autoExpandTextSpace` off); it is resized
    here when its range, length or font changes."""

    _sized = False  # not until pyqtgraph's own __init__ is done (it may set a style)

    def size_labels(self) -> None:
        """Call at the end of `__init__`."""
        self.setStyle(autoExpandTextSpace=False)
        self._sized = True
        self._fit_labels()

    def setStyle(self, **kwargs):
        super().setStyle(**kwargs)
        if "tickFont" in kwargs and self._sized:
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
            key, room = "tickTextWidth", labels_width(font, self._range_labels())
        else:
            key, room = "tickTextHeight", label_height(font)
        if room != self.style[key]:
            self.setStyle(**{key: room})

    def _range_labels(self) -> list[str]:
        """Every label the axis would draw at its range and length (each level it draws
        text for)."""
        low, high = sorted(self.range)
        length = self.geometry().height()
        levels = self.tickValues(low, high, length)[:self.style["maxTextLevel"] + 1]
        return [text for spacing, values in levels
                for text in self.tickStrings(values, self.autoSIPrefixScale * self.scale,
                                             spacing)]
