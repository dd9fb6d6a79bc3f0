"""Projection charts: remaining strength per scenario with its P10–P90 band, and below it the
observed cumulative casualties with the fitted line.

Plot items are made once per scenario and fed with `setData` afterwards (pyqtgraph's fast
path); only a scenario that appears or disappears adds or removes items.
"""
from __future__ import annotations

import datetime as dt

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from . import theme
from .plain_text import esc, tooltip
from .timeline import epoch

_DAY = 86400.0
BAND_POINTS = 250


def _seconds(dates64: np.ndarray) -> np.ndarray:
    return dates64.astype("datetime64[s]").astype(np.int64).astype(float)


def _ordinal_seconds(x: float) -> float:
    """A proleptic ordinal (may end in .5) as epoch seconds."""
    return (x - dt.date(1970, 1, 1).toordinal()) * _DAY


class _ScenarioItems:
    def __init__(self, plot: pg.PlotItem, colour):
        c = pg.mkColor(colour)
        self.curve = plot.plot(pen=pg.mkPen(c, width=2.5))
        edge = pg.mkPen(c.lighter(130), width=1, style=Qt.DashLine)
        self.low = plot.plot(pen=edge)
        self.high = plot.plot(pen=edge)
        band = pg.mkColor(colour)
        band.setAlpha(50)
        self.fill = pg.FillBetweenItem(self.low, self.high, brush=band)
        plot.addItem(self.fill)
        self.marker = pg.ScatterPlotItem(size=12, symbol="x", pen=pg.mkPen(c, width=3))
        plot.addItem(self.marker)
        self.label = pg.TextItem(color=c, anchor=(0.5, 1.2))
        plot.addItem(self.label)
        self.items = [self.curve, self.low, self.high, self.fill, self.marker, self.label]

    def remove(self, plot: pg.PlotItem) -> None:
        for item in self.items:
            plot.removeItem(item)


class ProjectionChart(QWidget):
    claimClicked = Signal(str)

    def __init__(self, parent=None, style: theme.ChartStyle = theme.SCREEN):
        super().__init__(parent)
        self.setObjectName("projectionChart")
        self.style = style
        colours = style.colours()
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground(colours["background"])
        self.view.setAccessibleName("Projection charts")
        self.strength = self.view.addPlot(
            row=0, col=0, axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.losses = self.view.addPlot(
            row=1, col=0, axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.view.ci.layout.setRowStretchFactor(0, 3)
        self.view.ci.layout.setRowStretchFactor(1, 2)
        self.losses.setXLink(self.strength)
        for plot, title in ((self.strength, "Remaining strength"),
                            (self.losses, "Cumulative casualties (observed, fitted)")):
            plot.setTitle(title, color=colours["foreground"], size=f"{style.font_pt + 1}pt")
            style.apply_axes(plot)
            plot.showGrid(x=True, y=True, alpha=0.15)
            plot.setMenuEnabled(False)
        self.legend = self.strength.addLegend(offset=(-10, 10))
        self.threshold = pg.InfiniteLine(angle=0, pen=pg.mkPen(colours["muted"], style=Qt.DotLine),
                                         label="threshold", labelOpts={"position": 0.05,
                                                                       "color": colours["muted"]})
        self.today = pg.InfiniteLine(angle=90, pen=pg.mkPen("#c8102e", style=Qt.DashLine),
                                     label="today", labelOpts={"position": 0.95,
                                                               "color": "#c8102e"})
        self.as_of = pg.InfiniteLine(angle=90, pen=pg.mkPen(colours["muted"], style=Qt.DashLine),
                                     label="as of", labelOpts={"position": 0.9,
                                                               "color": colours["muted"]})
        for line in (self.threshold, self.today, self.as_of):
            self.strength.addItem(line, ignoreBounds=True)
        self._points: dict[str, pg.ScatterPlotItem] = {}  # per source: one brush each
        # Error bars as one line item with connect="pairs": pyqtgraph's ErrorBarItem crashed
        # the interpreter at exit here (PySide6 6.11, pyqtgraph 0.14).
        self.error_bars = pg.PlotDataItem(pen=pg.mkPen(colours["muted"]), connect="pairs")
        self.fit_line = self.losses.plot(pen=pg.mkPen(colours["foreground"], width=1.5,
                                                      style=Qt.DashLine), name="fitted")
        self.losses.addItem(self.error_bars)
        self._scenarios: dict[str, _ScenarioItems] = {}
        self._legend_entries: list[tuple[str, str]] = []
        self._tips: dict[int, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def dispose(self) -> None:
        """Call before the widget is destroyed (see theme.dispose_scene)."""
        self._scenarios.clear()
        theme.dispose_scene(self.view)

    # ---- data ---------------------------------------------------------------------------
    def set_data(self, projections, observed, sources: dict, as_of: str | None,
                 today: dt.date | None = None) -> None:
        self._sync_items([p.scenario for p in projections])
        self._sync_legend(projections)
        for p in projections:
            self._draw_scenario(self._scenarios[p.scenario.id], p)
        thresholds = {p.scenario.threshold for p in projections}
        self.threshold.setVisible(len(thresholds) == 1)
        if len(thresholds) == 1:
            self.threshold.setValue(thresholds.pop())
        self.today.setValue(epoch(today or dt.date.today()))
        self.as_of.setVisible(bool(as_of))
        if as_of:
            self.as_of.setValue(epoch(dt.date.fromisoformat(as_of)))
        self._draw_observed(observed, sources)
        self._frame(projections, observed)

    def _frame(self, projections, observed) -> None:
        """Show from the first evidence to a little past the last P90 depletion, strength
        from the threshold up: a 730-day horizon would otherwise bury the story."""
        drawn = [p for p in projections if p.remaining is not None]
        if not drawn:
            return
        starts = [p.anchor_date for p in drawn]
        starts += [dt.date.fromordinal(int(pt.x)) for pt in observed.readings]
        ends = [d for p in drawn for d in (p.depletion_date, p.p90) if d]
        ends = ends or [p.horizon_end for p in drawn]
        x0 = epoch(min(starts)) - 14 * _DAY
        x1 = epoch(max(ends)) + 45 * _DAY
        top = max(float(np.max(p.band.p90)) if p.band is not None else float(np.max(p.remaining))
                  for p in drawn)
        bottom = min(min(p.scenario.threshold for p in drawn), 0.0)
        self.strength.setXRange(x0, x1, padding=0)
        self.strength.setYRange(bottom - 0.04 * top, top * 1.06, padding=0)
        values = [pt.value + pt.sd for pt in observed.readings]
        if values:
            self.losses.setYRange(0, max(values) * 1.15, padding=0)

    def _sync_legend(self, projections) -> None:
        entries = [(p.scenario.id, p.scenario.name) for p in projections
                   if p.remaining is not None]
        if entries == self._legend_entries:
            return
        self._legend_entries = entries
        self.legend.clear()
        for sid, name in entries:
            self.legend.addItem(self._scenarios[sid].curve, esc(name))  # legend is HTML

    def _sync_items(self, scenarios) -> None:
        wanted = [s.id for s in scenarios]
        for sid in list(self._scenarios):
            if sid not in wanted:
                self._scenarios.pop(sid).remove(self.strength)
        for i, s in enumerate(scenarios):
            if s.id not in self._scenarios:
                self._scenarios[s.id] = _ScenarioItems(self.strength, theme.colour(i))

    def _draw_scenario(self, items: _ScenarioItems, p) -> None:
        if p.remaining is None:
            for item in items.items:
                item.setVisible(False)
            return
        for item in items.items:
            item.setVisible(True)
        x = _seconds(p.dates)
        items.curve.setData(x, p.remaining)
        has_band = p.band is not None
        for item in (items.low, items.high, items.fill):
            item.setVisible(has_band)
        if has_band:
            # The filled band is the costliest item to redraw: ~250 points look the same as
            # one per day (the exact curve, steps included, is drawn on top of it).
            step = max(1, -(-len(p.band.days) // BAND_POINTS))
            keep = np.unique(np.append(np.arange(0, len(p.band.days), step),
                                       len(p.band.days) - 1))
            bx = _seconds(np.datetime64(p.anchor_date, "D") + p.band.days[keep])
            items.low.setData(bx, p.band.p10[keep])
            items.high.setData(bx, p.band.p90[keep])
        if p.depletion_date:
            at = epoch(p.depletion_date)
            items.marker.setData([at], [p.scenario.threshold])
            items.label.setText(p.depletion_date.strftime("%-d %b %Y"))
            items.label.setPos(at, p.scenario.threshold)
        else:
            items.marker.setData([], [])
            items.label.setText("")

    def _draw_observed(self, observed, sources: dict) -> None:
        """Casualty figures as points coloured by source, each keeping its claim id, and the
        fitted line when there is one."""
        fit = observed.fit
        points = list(observed.readings)
        who = [pt.source for pt in points]
        x = np.array([_ordinal_seconds(pt.x) for pt in points])
        y = np.array([pt.value for pt in points])
        self._tips = {pt.claim_ids[0]: tooltip(f"{pt.text} casualties, {sources[w].name}"
                                               if w in sources else pt.text)
                      for pt, w in zip(points, who)}
        by_source = np.array(who, dtype=object)
        ids = np.array([pt.claim_ids[0] for pt in points], dtype=object)
        for i, source in enumerate(sorted(set(who) | set(self._points))):
            here = by_source == source
            self._source_points(source, i).setData(x=x[here], y=y[here], data=ids[here])
        sd = np.array([pt.sd for pt in points])
        self.error_bars.setData(np.repeat(x, 2), np.column_stack([y - sd, y + sd]).ravel())
        if fit is not None and fit.ok and len(points):
            xs = np.array([x.min(), x.max() + 30 * _DAY])
            anchor = epoch(fit.anchor_date)
            self.fit_line.setData(xs, fit.anchor_losses + fit.rate * (xs - anchor) / _DAY)
        else:
            self.fit_line.setData([], [])

    def _source_points(self, source: str, i: int) -> pg.ScatterPlotItem:
        """The scatter item of one source's points (pyqtgraph builds a brush per point when
        one item's points differ in colour: 2 s for 30,000 points)."""
        if source not in self._points:
            item = pg.ScatterPlotItem(size=11, hoverable=True, tip=self._point_tip,
                                      brush=theme.colour(i), pen=None)
            item.sigClicked.connect(self._clicked)
            self.losses.addItem(item)
            self._points[source] = item
        return self._points[source]

    def _point_tip(self, x, y, data):
        return self._tips.get(data, "")

    def _clicked(self, _item, points, *_):
        if len(points):
            self.claimClicked.emit(points[0].data())
