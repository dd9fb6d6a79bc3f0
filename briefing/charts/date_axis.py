"""The window's date axes, with the same ticks as paper: the year on the first tick and
wherever it changes, months by name, days with their month ('13 May', not '13').

pyqtgraph's own date axis left the year off a range that did not cross a new year and
labelled a few weeks with bare day numbers.
"""
from __future__ import annotations

import math

from PySide6.QtGui import QFont, QFontMetricsF

from .plot_layout import SizedAxis
from .projection_data import day_of, epoch_days
from .ticks import DateTick, date_ticks

_DAY = 86400.0


def label(tick: DateTick) -> str:
    return f"{tick.label} {tick.year}" if tick.year else tick.label


class DateAxis(SizedAxis):
    """A bottom axis over epoch seconds, one label high whether it has ticks or not
    (plot_layout.py)."""

    def __init__(self, **kwargs):
        self._labels: dict[float, str] = {}
        super().__init__(orientation="bottom", **kwargs)

    def tickValues(self, minVal, maxVal, size):
        low, high = sorted((minVal, maxVal))
        if high - low < _DAY or size <= 0:
            return []
        metrics = QFontMetricsF(self.style["tickFont"] or QFont())
        per_second = size / (high - low)

        def fits(ticks) -> bool:
            xs = [epoch_days(t.day) * _DAY * per_second for t in ticks]
            widths = [metrics.horizontalAdvance(label(t)) for t in ticks]
            return all(b - a >= (w + v) / 2 + metrics.height()
                       for a, b, w, v in zip(xs, xs[1:], widths, widths[1:]))

        ticks = date_ticks(day_of(math.ceil(low / _DAY)), day_of(high / _DAY), fits,
                           most=size / metrics.height() + 1)  # a line height apart
        # pyqtgraph drops a label that would stick out of the axis: keep only those that
        # fit, and give the first of them its year.
        kept = [t for t in ticks
                if metrics.horizontalAdvance(label(t)) / 2 <=
                (epoch_days(t.day) * _DAY - low) * per_second <=
                size - metrics.horizontalAdvance(label(t)) / 2]
        if kept and not kept[0].year and len(kept[0].label) > 4:
            kept[0] = DateTick(kept[0].day, kept[0].label, str(kept[0].day.year))
        self._labels = {epoch_days(t.day) * _DAY: label(t) for t in kept}
        values = list(self._labels)
        spacing = (values[1] - values[0]) if len(values) > 1 else high - low
        return [(spacing, values)]

    def tickStrings(self, values, scale, spacing):
        return [self._labels.get(v, "") for v in values]
