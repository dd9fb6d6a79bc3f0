"""How the probability of depletion grows with the date it is judged by: the Monte Carlo's
cumulative share of samples depleted, with the analyst's judgment date marked.

It shows the analyst how the ICD 203 word depends on the date chosen ("likely by 15 April"
is "very likely by 1 May"). The curve comes ready-made from the projection
(`Projection.quantile_days`); this widget only draws it.
"""
from __future__ import annotations

import datetime as dt

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from . import theme
from .timeline import epoch

_DAY = 86400.0


class ProbabilityCurve(QWidget):
    def __init__(self, parent=None, style: theme.ChartStyle = theme.SCREEN):
        super().__init__(parent)
        self.setObjectName("probabilityCurve")
        colours = style.colours()
        self.view = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.view.setBackground(colours["background"])
        self.view.setAccessibleName("Probability of depletion by date")
        self.view.setMenuEnabled(False)
        self.view.setMouseEnabled(False, False)
        self.view.hideButtons()
        plot = self.view.getPlotItem()
        style.apply_axes(plot)
        plot.showGrid(x=True, y=True, alpha=0.15)
        plot.setLabel("left", "% depleted by", color=colours["muted"])
        plot.setYRange(0, 100, padding=0.02)
        self.curve = plot.plot(pen=pg.mkPen(colours["foreground"], width=2))
        self.judged = pg.InfiniteLine(angle=90, pen=pg.mkPen("#c8102e", style=Qt.DashLine))
        self.point = pg.ScatterPlotItem(size=9, brush="#c8102e", pen=None)
        plot.addItem(self.judged)
        plot.addItem(self.point)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def dispose(self) -> None:
        theme.dispose_scene(self.view)

    def set_curve(self, anchor: dt.date | None, days: np.ndarray | None,
                  levels: tuple[float, ...], judged: dt.date | None = None,
                  probability: float | None = None) -> None:
        """`days[i]`: the depletion day (offset from `anchor`; inf = never) by which
        `levels[i]` of the samples are depleted. Nothing is drawn without a projection."""
        finite = np.isfinite(days) if days is not None else np.array([], dtype=bool)
        if anchor is None or not finite.any():
            self.curve.setData([], [])
            self.judged.setVisible(False)
            self.point.setData([], [])
            return
        x = epoch(anchor) + days[finite] * _DAY
        y = np.asarray(levels)[finite] * 100
        self.curve.setData(np.concatenate([[x[0] - 7 * _DAY], x]), np.concatenate([[0], y]))
        self.judged.setVisible(judged is not None)
        if judged is not None:
            self.judged.setValue(epoch(judged))
            self.point.setData([epoch(judged)], [probability * 100])
        else:
            self.point.setData([], [])
        self.view.setXRange(x[0] - 7 * _DAY, x[-1] + 7 * _DAY, padding=0)
