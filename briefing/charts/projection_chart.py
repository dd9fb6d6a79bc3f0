"""The window's interactive projection chart: remaining strength per scenario with its
P10–P90 band, and below it the reported cumulative casualties with the fitted line.

It draws the same `ProjectionFigure` as the pack and present mode (colours by id, a dash of
its own for a line that lies on another's), with pyqtgraph for hover, click and zoom. The
legend sits above the plots, outside the data, and names each scenario's depletion date, so
no date label can cover a curve or another label at any window size. Plot items are made
once per scenario and fed with `setData`. The casualty points of every source are one
`MarkerArray`, each source's in its colour; hovering and clicking find the nearest point
from the arrays (a pyqtgraph item per source, fifty at 100,000 claims, cost a tenth of a
second or more of the window's thread to make, bound and paint).
"""
from __future__ import annotations

import html
from functools import partial

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from . import theme
from ..domain import number
from ..domain.fuzzy_dates import short_date
from .date_axis import DateAxis
from .figure_style import TODAY
from .marker_array import MarkerArray
from .plain_text import tooltip
from .plot_layout import SizedAxis, lay_out_now
from .projection_data import ProjectionFigure, ScenarioLine, epoch_days
from .ticks import number_label

_DAY = 86400.0
HOLD_MS = 500  # a figure shown in steps paints at the latest this long after its first
_NEAR_PX = 7   # a point is under the mouse this close to its centre
_PEN_STYLES = {"solid": Qt.SolidLine, "dash": Qt.DashLine, "dot": Qt.DotLine,
               "dashdot": Qt.DashDotLine}


_SWATCH = {"solid": "━━", "dash": "╸ ╸", "dot": "┅┅", "dashdot": "━ ·"}


def legend_html(fig: ProjectionFigure) -> str:
    """The legend above the plots, outside the data: each scenario with the date its line
    reaches the threshold (the ×), then the sources of the casualty figures. Names are
    escaped (QLabel guesses rich text)."""
    def entry(colour: str, mark: str, text: str) -> str:
        return (f"<span style='color:{colour}'><b>{mark}</b></span>&nbsp;"
                f"{html.escape(text)}")
    scenarios = [entry(line.colour, _SWATCH[line.dash], line.name + (
        f" {short_date(line.depletion)}" if line.depletion else " (not depleted)"))
        for line in fig.lines] + [html.escape(text) for text in fig.undrawn]
    lines = ["Personnel remaining, × depleted: " + " &nbsp; ".join(scenarios)]
    sources = [entry(p.colour, "●", p.name) for p in fig.points]
    sources += [entry(f.colour, "╸ ╸", f"{number(round(f.rate))} a day: {f.name}")
                for f in fig.fits]
    if any(f.start is not None for f in fig.fits):
        sources.append(entry("gray", "◇", "assumed zero losses"))
    if sources:
        lines.append("<small>Casualty figures: " + " &nbsp; ".join(sources) + "</small>")
    return "<br>".join(lines)


class CountAxis(SizedAxis):
    """Counts with thousands separators ('12,000'), never '1.2e4'; as wide as its range's
    labels before it paints (plot_layout.py)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):
        return [number_label(v * scale, spacing * scale) for v in values]


class _ScenarioItems:
    def __init__(self, plot: pg.PlotItem):
        self.curve = plot.plot()
        self.low, self.high = plot.plot(), plot.plot()
        self.fill = pg.FillBetweenItem(self.low, self.high)
        plot.addItem(self.fill)
        self.marker = pg.ScatterPlotItem(size=12, symbol="x")
        plot.addItem(self.marker)
        self.items = [self.curve, self.low, self.high, self.fill, self.marker]

    def show(self, line: ScenarioLine) -> None:
        colour = pg.mkColor(line.colour)
        self.curve.setPen(pg.mkPen(colour, width=2.5, style=_PEN_STYLES[line.dash]))
        self.curve.setData(line.days * _DAY, line.remaining)
        edge = pg.mkPen(colour.lighter(130), width=1, style=Qt.DashLine)
        band = pg.mkColor(line.colour)
        band.setAlpha(50)
        for item in (self.low, self.high, self.fill):
            item.setVisible(line.band is not None)
        if line.band is not None:
            days, p10, p90 = line.band
            self.low.setPen(edge)
            self.high.setPen(edge)
            self.low.setData(days * _DAY, p10)
            self.high.setData(days * _DAY, p90)
            self.fill.setBrush(band)
        self.marker.setPen(pg.mkPen(colour, width=3))
        if line.depletion is not None:
            self.marker.setData([epoch_days(line.depletion) * _DAY], [line.threshold])
        else:
            self.marker.setData([], [])

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
        self.figure: ProjectionFigure | None = None
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground(colours["background"])
        self.view.setAccessibleName("Projection charts")
        self.legend = QLabel()
        self.legend.setObjectName("projectionLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.RichText)  # every name in it is escaped (legend_html)
        self.legend.setContentsMargins(6, 2, 6, 0)
        self.strength = self._plot(0, "Remaining")
        self.losses = self._plot(1, "Casualties")
        self._axes_shown = True
        self._show_axes(False)  # until the first figure: no numbers of nothing
        self.view.ci.layout.setRowStretchFactor(0, 3)
        self.view.ci.layout.setRowStretchFactor(1, 2)
        self.threshold = pg.InfiniteLine(angle=0, pen=pg.mkPen(colours["muted"], style=Qt.DotLine))
        self.today = pg.InfiniteLine(angle=90, pen=pg.mkPen(TODAY, style=Qt.DashLine),
                                     label="today", labelOpts={"position": 0.92, "color": TODAY})
        self.as_of = pg.InfiniteLine(angle=90, pen=pg.mkPen(colours["muted"], style=Qt.DashLine),
                                     label="as of", labelOpts={"position": 0.92,
                                                               "color": colours["muted"]})
        for line in (self.threshold, self.today, self.as_of):
            self.strength.addItem(line, ignoreBounds=True)
        # Error bars as one line item with connect="pairs": pyqtgraph's ErrorBarItem crashed
        # the interpreter at exit here (PySide6 6.11, pyqtgraph 0.14).
        self.error_bars = pg.PlotDataItem(pen=pg.mkPen(colours["muted"]), connect="pairs")
        self._fits: dict[str, tuple] = {}   # fitted scenario id → (line, zero marker)
        self.losses.addItem(self.error_bars)
        self.points = MarkerArray("o", 11, None)  # every source's, in its source's fill
        self.losses.addItem(self.points)
        self._scenarios: dict[str, _ScenarioItems] = {}
        self._xy = np.zeros((2, 0))              # every casualty point (epoch s, value) …
        self._ids = np.zeros(0, dtype=object)    # … its claim id …
        self._group = np.zeros(0, dtype=np.int64)  # … and its source in figure.points
        self._held = QTimer(self)   # repaints a figure whose last steps were dropped
        self._held.setSingleShot(True)
        self._held.setInterval(HOLD_MS)
        self._held.timeout.connect(self._release_paint)
        self.view.scene().sigMouseMoved.connect(self._hover)
        self.view.scene().sigMouseClicked.connect(self._click)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)

    def _plot(self, row: int, title: str) -> pg.PlotItem:
        plot = self.view.addPlot(row=row, col=0, axisItems={
            "bottom": DateAxis(), "left": CountAxis("left")})
        self.style.apply_axes(plot)
        plot.setLabel("left", title, color=self.style.colours()["muted"],
                      size=f"{self.style.font_pt}pt")
        plot.showGrid(x=True, y=True, alpha=0.15)
        plot.setMenuEnabled(False)
        return plot

    def dispose(self) -> None:
        """Call before the widget is destroyed (see theme.dispose_scene). The held repaint
        is stopped first: fired after the scene was cleared, it laid out a deleted layout."""
        self._held.stop()
        self._scenarios.clear()
        theme.dispose_scene(self.view)

    # ---- data ---------------------------------------------------------------------------
    def set_figure(self, fig: ProjectionFigure) -> None:
        for step in self.figure_steps(fig):
            step()

    def figure_steps(self, fig: ProjectionFigure) -> list:
        """`set_figure` in parts, to run one per turn of the event loop (ui/stages.py): the
        frame (ranges, lines, legend), each scenario's curve and band, the casualty points.
        Together they took the window's thread 0.1–0.5 s at the first figure of 100,000
        claims. Until the last has run, `figure` is the one before, and the chart shows it:
        it is painted once, complete (painted after every step, each step's turn took
        8–40 ms more at 100,000 claims), or HOLD_MS after the first step if the steps left
        were dropped."""
        return [partial(self._first_step, fig),
                *(partial(self._scenario, line) for line in fig.lines),
                partial(self._last_step, fig)]

    def _first_step(self, fig: ProjectionFigure) -> None:
        self.setUpdatesEnabled(False)
        self._held.start()
        self._frame(fig)

    def _last_step(self, fig: ProjectionFigure) -> None:
        self._draw_observed(fig)
        self._release_paint()

    def _release_paint(self) -> None:
        self._held.stop()
        if self.view.isHidden():
            return  # disposed (theme.dispose_scene hides the view and clears its scene)
        lay_out_now(self, self.view)  # the legend and the plots: painted once (plot_layout.py)
        self.setUpdatesEnabled(True)

    def _show_axes(self, shown: bool) -> None:
        """The axes of both plots. An empty chart has none: their numbers would be of
        nothing, and painting them was a third of a big briefing's first paint."""
        if shown != self._axes_shown:
            self._axes_shown = shown
            for plot in (self.strength, self.losses):
                for name in ("left", "bottom"):
                    plot.showAxis(name, shown)

    def _frame(self, fig: ProjectionFigure) -> None:
        self._show_axes(True)
        wanted = {line.id for line in fig.lines}
        for sid in [sid for sid in self._scenarios if sid not in wanted]:
            self._scenarios.pop(sid).remove(self.strength)
        self.threshold.setVisible(fig.threshold is not None)
        if fig.threshold is not None:
            self.threshold.setValue(fig.threshold)
        self._markers(fig)
        self._sync_legends(fig)
        if fig.strength_days is not None:
            self.strength.setXRange(*(d * _DAY for d in fig.strength_days), padding=0)
            self.strength.setYRange(*fig.strength_values, padding=0)
        if fig.losses_days is not None:
            self.losses.setXRange(*(d * _DAY for d in fig.losses_days), padding=0)
            self.losses.setYRange(*fig.losses_values, padding=0)

    def _scenario(self, line: ScenarioLine) -> None:
        if line.id not in self._scenarios:
            self._scenarios[line.id] = _ScenarioItems(self.strength)
        self._scenarios[line.id].show(line)

    def _markers(self, fig: ProjectionFigure) -> None:
        """'as of' and 'today' where they fall inside the frame (a line off the edge left
        its label cut to a red 't')."""
        for line, role in ((self.as_of, "muted"), (self.today, "today")):
            marker = next((m for m in fig.markers if m.role == role), None)
            day = epoch_days(marker.day) if marker else None
            shown = day is not None and fig.strength_days is not None and \
                fig.strength_days[0] <= day <= fig.strength_days[1]
            line.setVisible(shown)
            if shown:
                line.setValue(day * _DAY)

    def _sync_legends(self, fig: ProjectionFigure) -> None:
        text = legend_html(fig)
        if text != self.legend.text():
            self.legend.setText(text)

    def _draw_observed(self, fig: ProjectionFigure) -> None:
        """Casualty figures as points coloured by source, each keeping its claim id, and the
        fitted line when there is one."""
        self.figure = fig  # what the arrays below answer hover and click from
        x = np.concatenate([p.days for p in fig.points]) * _DAY if fig.points else np.zeros(0)
        y = np.concatenate([p.values for p in fig.points]) if fig.points else np.zeros(0)
        sd = np.concatenate([p.sd for p in fig.points]) if fig.points else np.zeros(0)
        group = np.repeat(np.arange(len(fig.points)), [len(p.days) for p in fig.points])
        self.points.setData(x, y, group, [p.colour for p in fig.points])
        self._group = group
        self._xy = np.vstack([x, y])
        self._ids = (np.concatenate([p.claim_ids for p in fig.points]) if fig.points
                     else np.zeros(0, dtype=object))
        self.error_bars.setData(np.repeat(x, 2), np.column_stack([y - sd, y + sd]).ravel())
        self._draw_fits(fig)

    def _draw_fits(self, fig: ProjectionFigure) -> None:
        """Each fitted scenario's line in its colour, and its assumed start of losses (◇)."""
        wanted = {f.id: f for f in fig.fits}
        for sid in list(self._fits):
            if sid not in wanted:
                for item in self._fits.pop(sid):
                    self.losses.removeItem(item)
        for sid, f in wanted.items():
            if sid not in self._fits:
                line = self.losses.plot()
                zero = pg.ScatterPlotItem(size=11, symbol="d", brush=None)
                self.losses.addItem(zero)
                self._fits[sid] = (line, zero)
            line, zero = self._fits[sid]
            colour = pg.mkColor(f.colour)
            line.setPen(pg.mkPen(colour, width=1.5, style=Qt.DashLine))
            line.setData(f.days * _DAY, f.values)
            zero.setPen(pg.mkPen(colour, width=2))
            zero.setData([f.start * _DAY] if f.start is not None else [],
                         [0.0] if f.start is not None else [])

    def point_at(self, scene_pos) -> str | None:
        """The claim of the casualty point under a scene position (the nearest within a
        few pixels), or None."""
        box = self.losses.getViewBox()
        if not len(self._ids) or not box.sceneBoundingRect().contains(scene_pos):
            return None
        at = box.mapSceneToView(scene_pos)
        pw, ph = box.viewPixelSize()
        if not pw or not ph:
            return None
        dist = np.hypot((self._xy[0] - at.x()) / pw, (self._xy[1] - at.y()) / ph)
        k = int(np.argmin(dist))
        return str(self._ids[k]) if dist[k] <= _NEAR_PX else None

    def point_tip(self, claim_id: str) -> str:
        """The tip of a claim's casualty point (its last, if it has several), found in the
        arrays when asked: a dictionary of every point's claim took the window's thread
        tens of milliseconds at each figure of 100,000 claims."""
        hits = np.flatnonzero(self._ids == claim_id)
        if not len(hits):
            return ""
        at = int(hits[-1])
        group = int(self._group[at])
        first = int(np.searchsorted(self._group, group))  # the source's first point
        return tooltip(self.figure.points[group].tip(at - first))   # names are free text

    def _hover(self, scene_pos) -> None:
        claim_id = self.point_at(scene_pos)
        self.view.setToolTip(self.point_tip(claim_id) if claim_id is not None else "")

    def _click(self, ev) -> None:
        claim_id = self.point_at(ev.scenePos())
        if claim_id is not None:
            self.claimClicked.emit(claim_id)
