"""The window's interactive timeline: events in lanes (by category or by source), fuzzy
dates drawn as spans, and a dashed line on each day an indicator of a competing hypothesis
was met.

Lanes, spans and colours come from `TimelineFigure`, as for the painted timeline of the pack
and present mode; only lanes that hold an event are shown, the first at the top. Bars come
from one `BarGraphItem` and markers from two `MarkerArray`s per lane, fed with arrays, so
20,000 events stay a few items. Labels are drawn only when few events are in view (level of
detail). Hover and click are resolved against the arrays, not per-item callbacks.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ..domain import figure
from . import theme
from .date_axis import DateAxis
from .marker_array import MarkerArray
from .timeline_data import MARK_COLOUR, Mark, TimelineFigure, timeline_figure
from .plain_text import tooltip
from .plot_layout import SizedAxis, lay_out_now

MAX_LABELS = 60
_DAY = 86400.0
_BAR_HEIGHT = 0.55


def epoch(day: dt.date) -> float:
    return (day - dt.date(1970, 1, 1)).days * _DAY


class _Bars(pg.BarGraphItem):
    """A lane's bars, whose shape is their bounding rectangle: Qt asks every item under the
    mouse for its shape at each hover and click, and pyqtgraph's is a path of every bar,
    built in Python at the first ask after each change (70 ms for 20,000 events). The
    timeline finds the event under the mouse from its arrays (`event_at`) instead."""

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.boundingRect())
        return path


class _LaneItems:
    """One lane's bars and markers, each item with one brush, fed with arrays (markers per
    point cost a brush each, 7 s for 20,000 events, and pyqtgraph's own scatter item still
    a quarter of a second: marker_array.py)."""

    def __init__(self, plot, style: theme.ChartStyle):
        outline = pg.mkPen(style.colours()["foreground"], width=1)
        self.bars = _Bars(x0=[], x1=[], y0=[], y1=[], pen=None)
        self.fuzzy = MarkerArray("o", 9, outline)
        self.exact = MarkerArray("d", 9, outline)
        for item in (self.bars, self.fuzzy, self.exact):
            plot.addItem(item)

    def show(self, colour: str, x0, x1, y, fuzzy, here) -> None:
        self.bars.setOpts(brush=colour)
        self.fuzzy.setBrush(colour)
        self.exact.setBrush(colour)
        mid = (x0 + x1) / 2
        self.bars.setOpts(x0=x0[here], x1=x1[here], y0=y[here] - _BAR_HEIGHT / 2,
                          y1=y[here] + _BAR_HEIGHT / 2)
        self.fuzzy.setData(mid[here & fuzzy], y[here & fuzzy])
        self.exact.setData(mid[here & ~fuzzy], y[here & ~fuzzy])


class TimelineView(QWidget):
    eventSelected = Signal(str, list)  # event id, its claim ids

    def __init__(self, parent=None, style: theme.ChartStyle = theme.SCREEN):
        super().__init__(parent)
        self.style = style
        self.setObjectName("timeline")
        self.lanes_by = "category"
        self._events, self._claims, self._sources = [], {}, {}
        self.figure: TimelineFigure | None = None
        colours = style.colours()
        self.plot = pg.PlotWidget(background=colours["background"],
                                  axisItems={"bottom": DateAxis(),
                                             "left": SizedAxis("left")})
        self.plot.setAccessibleName("Timeline of events")
        self.plot.setFocusPolicy(Qt.StrongFocus)
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=True, y=False, alpha=0.15)
        style.apply_axes(self.plot.getPlotItem())
        self.plot.getViewBox().setMouseEnabled(x=True, y=False)
        self._lane_items: list[_LaneItems] = []
        self.highlight = pg.ScatterPlotItem(pxMode=True, size=16, symbol="o",
                                            pen=pg.mkPen("#c8102e", width=2), brush=None)
        self.plot.addItem(self.highlight)
        self._labels: list[pg.TextItem] = []
        self.marks: tuple[Mark, ...] = ()
        self._mark_items: list = []
        self.plot.sigXRangeChanged.connect(self._update_labels)
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.plot.scene().sigMouseClicked.connect(self._click)

        self.lane_box = QComboBox(accessibleName="Timeline lanes")
        self.lane_box.addItem("Lanes by category", "category")
        self.lane_box.addItem("Lanes by source", "source")
        self.lane_box.currentIndexChanged.connect(
            lambda: self.set_lanes(self.lane_box.currentData()))
        fit = QToolButton(text="Fit all", toolTip="Show every event (Home)")
        fit.clicked.connect(self.fit_all)
        self.status = QLabel()
        self.controls = QWidget()
        bar = QHBoxLayout(self.controls)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.lane_box)
        bar.addWidget(fit)
        bar.addStretch(1)
        bar.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.controls)
        layout.addWidget(self.plot, 1)

    def dispose(self) -> None:
        """Call before the widget is destroyed (see theme.dispose_scene)."""
        self._labels = []
        self._mark_items = []
        theme.dispose_scene(self.plot)

    # ---- data ---------------------------------------------------------------------------
    @property
    def events(self) -> list:
        """The events shown (as last given to `set_data`)."""
        return self._events

    def set_data(self, events, claims, sources: dict, prepared: TimelineFigure | None = None
                 ) -> None:
        """Redraw from freshly read events; the visible range is kept unless it was empty.
        `claims` needs only `.get(id)`: it is asked for the few claims of labelled or hovered
        events, so the window can look them up lazily instead of reading every claim.
        `prepared`: these events' `timeline_figure` in the current lanes, if a worker thread
        has made it (at 20,000 events it takes half a second)."""
        first = not self._events
        self._events, self._claims, self._sources = events, claims, sources
        self._rebuild(None if prepared is None else replace(prepared, claims=claims))
        if first or not events:
            self.fit_all()
        lay_out_now(self, self.plot)  # painted once, not again at once (plot_layout.py)

    def set_marks(self, marks) -> None:
        """The met indicators (timeline_data.indicator_marks), each a dashed line on its day
        with its signpost named at the top; hovering the line says which claims met it."""
        self.marks = tuple(marks)
        self._place_marks()

    def _place_marks(self) -> None:
        for item in self._mark_items:
            self.plot.removeItem(item)
        self._mark_items = []
        n = len(self.marks)
        self.status.setText(f"{len(self._events):,} events" + (
            f" · {n} indicator{'s' if n != 1 else ''} met" if n else ""))
        pen = pg.mkPen(MARK_COLOUR, width=2, style=Qt.DashLine)
        days = self.figure.day_range if self.figure else None
        middle = (days[0] + days[1]) / 2 if days else 0.0
        for mark in self.marks:
            x = mark.day * _DAY
            line = pg.InfiniteLine(pos=x, angle=90, movable=False, pen=pen)
            line.setToolTip(tooltip(mark.detail, f"Met by {', '.join(mark.claims)}",
                                    title=mark.label))
            # Under the lowest lane's bars, on the side of the line that has room.
            label = pg.TextItem(mark.label, color=MARK_COLOUR,
                                anchor=(1.0 if mark.day > middle else 0.0, 1.0))
            label.setFont(self.style.font())
            label.setPos(x, -0.7)
            for item in (line, label):
                self.plot.addItem(item)
                self._mark_items.append(item)

    def set_lanes(self, by: str) -> None:
        self.lanes_by = by
        self._rebuild()

    def _rebuild(self, prepared: TimelineFigure | None = None) -> None:
        self.figure = fig = prepared or timeline_figure(self._events, self._claims,
                                                        self._sources, self.lanes_by)
        lanes = len(fig.lanes)
        self.x0, self.x1 = fig.start * _DAY, fig.end * _DAY
        self.y = (lanes - 1 - fig.lane).astype(float)  # the first lane at the top
        while len(self._lane_items) < lanes:
            self._lane_items.append(_LaneItems(self.plot, self.style))
        for lane, items in enumerate(self._lane_items):
            colour = fig.colours[lane] if lane < lanes else "#000000"
            items.show(colour, self.x0, self.x1, self.y, fig.fuzzy, fig.lane == lane)
        self.plot.getAxis("left").setTicks([[(lanes - 1 - i, name)
                                             for i, name in enumerate(fig.lanes)]])
        self.plot.setYRange(-0.7, max(lanes, 1) - 0.3, padding=0)
        self.plot.getViewBox().setLimits(yMin=-1, yMax=max(lanes, 1))
        self._place_marks()
        self._update_labels()

    def fit_all(self) -> None:
        """Every event in view; with none, the last half year (a date axis, not numbers)."""
        if len(self._events):
            pad = max((self.x1.max() - self.x0.min()) * 0.04, 7 * _DAY)
            self.plot.setXRange(self.x0.min() - pad, self.x1.max() + pad, padding=0)
        else:
            today = epoch(dt.date.today())
            self.plot.setXRange(today - 182 * _DAY, today + 14 * _DAY, padding=0)

    # ---- level of detail ----------------------------------------------------------------
    def claims_changed(self, claim_ids) -> None:
        """Claims changed but events did not: relabel only if a casualty report shows one."""
        changed = set(claim_ids)
        if any(e.category == "casualty-report" and changed.intersection(e.claims)
               for e in self._events):
            self._update_labels()

    def _update_labels(self, *_):
        for label in self._labels:
            self.plot.removeItem(label)
        self._labels = []
        if not len(self._events):
            return
        lo, hi = self.plot.getViewBox().viewRange()[0]
        visible = np.flatnonzero((self.x1 >= lo) & (self.x0 <= hi))
        if len(visible) > MAX_LABELS:
            return
        colour = self.style.colours()["foreground"]
        px = self.plot.getViewBox().viewPixelSize()[0]
        free_from: dict[float, float] = {}  # lane → x where the last label ends
        for i in visible[np.argsort(self.x0[visible], kind="stable")]:
            text = self.figure.label(int(i))
            x = max(self.x0[i], lo)
            if x < free_from.get(self.y[i], -np.inf):
                continue  # would overlap the previous label in this lane; hover shows it
            free_from[self.y[i]] = x + (len(text) * 0.75 * self.style.font_pt + 12) * px
            label = pg.TextItem(text, color=colour, anchor=(0, 1.1))
            label.setFont(self.style.font())
            label.setPos(x, self.y[i])
            self.plot.addItem(label)
            self._labels.append(label)

    # ---- hover and click ----------------------------------------------------------------
    def event_at(self, scene_pos) -> int | None:
        if not len(self._events) or not self.plot.sceneBoundingRect().contains(scene_pos):
            return None
        point = self.plot.getViewBox().mapSceneToView(scene_pos)
        px = self.plot.getViewBox().viewPixelSize()[0]
        near = (np.abs(self.y - point.y()) <= _BAR_HEIGHT / 2 + 0.1) & \
               (self.x0 - 5 * px <= point.x()) & (self.x1 + 5 * px >= point.x())
        hits = np.flatnonzero(near)
        if not len(hits):
            return None
        centres = (self.x0[hits] + self.x1[hits]) / 2
        return int(hits[np.argmin(np.abs(centres - point.x()))])

    def _hover(self, scene_pos):
        i = self.event_at(scene_pos)
        self.plot.setToolTip(self.tooltip(self._events[i]) if i is not None else "")

    def tooltip(self, event) -> str:
        lines = [f"{event.when.label()} ({event.date_precision})"]
        if event.end_date:
            lines[-1] += f" – {event.end_date}"
        for cid in event.claims:
            c = self._claims.get(cid)
            if c:
                s = self._sources.get(c.source)
                grade = f"{s.reliability if s else 'F'}{c.credibility}"
                lines.append(f"{figure(c)} {c.metric.replace('_', ' ')} — "
                             f"{s.name if s else c.source} [{grade}]")
        for sid in event.sources:
            if sid in self._sources and not event.claims:
                lines.append(f"{self._sources[sid].name} [{self._sources[sid].reliability}]")
        return tooltip(*lines, title=event.title)

    def _click(self, ev):
        i = self.event_at(ev.scenePos())
        if i is None:
            return
        self.select_event(self._events[i].id)

    def select_event(self, event_id: str) -> None:
        for i, event in enumerate(self._events):
            if event.id == event_id:
                self.highlight.setData(x=[(self.x0[i] + self.x1[i]) / 2], y=[self.y[i]])
                self.eventSelected.emit(event.id, list(event.claims))
                return

    # ---- keyboard -----------------------------------------------------------------------
    def keyPressEvent(self, ev):
        vb = self.plot.getViewBox()
        (lo, hi), _ = vb.viewRange()
        width = hi - lo
        key = ev.key()
        if key in (Qt.Key_Plus, Qt.Key_Equal):
            vb.setXRange(lo + width * 0.2, hi - width * 0.2, padding=0)
        elif key == Qt.Key_Minus:
            vb.setXRange(lo - width * 0.25, hi + width * 0.25, padding=0)
        elif key == Qt.Key_Left:
            vb.setXRange(lo - width * 0.1, hi - width * 0.1, padding=0)
        elif key == Qt.Key_Right:
            vb.setXRange(lo + width * 0.1, hi + width * 0.1, padding=0)
        elif key == Qt.Key_Home:
            self.fit_all()
        else:
            super().keyPressEvent(ev)
