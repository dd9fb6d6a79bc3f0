"""What the projection chart shows, as plain numbers: the one reading of an analysis that
the window's interactive chart, present mode, the pack and every exported image draw.

Pure Python and numpy. Days are float days since 1970-01-01 ("epoch days"), so a date, a
fuzzy date's midpoint (x.5) and an axis position are one number. Colours come from the
scenario's or source's id (`palette.identity_colours`), and a scenario whose line lies on
an earlier one's gets a dash of its own, so two identical scenarios stay two lines.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..domain.fuzzy_dates import FuzzyDate, short_date
from .palette import identity_colours
from .scene import DASHES

EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
BAND_POINTS = 250
OVERLAP_SHARE = 0.005   # lines closer than this share of the value axis are "on each other"


def epoch_days(day: dt.date) -> float:
    return float(day.toordinal() - EPOCH_ORDINAL)


def day_of(days: float) -> dt.date:
    return dt.date.fromordinal(int(np.floor(days)) + EPOCH_ORDINAL)


@dataclass(frozen=True)
class ScenarioLine:
    id: str
    name: str
    colour: str
    dash: str
    days: np.ndarray                  # epoch days of `remaining`
    remaining: np.ndarray
    band: tuple[np.ndarray, np.ndarray, np.ndarray] | None   # days, P10, P90
    depletion: dt.date | None
    threshold: float

    @property
    def legend(self) -> str:
        if self.depletion is not None:
            return f"{self.name} — depleted {short_date(self.depletion)}"
        return f"{self.name} — not depleted within its horizon"


@dataclass(frozen=True)
class SourcePoints:
    id: str
    name: str
    colour: str
    days: np.ndarray
    values: np.ndarray
    sd: np.ndarray
    claim_ids: np.ndarray             # object: each point's (first) claim id
    readings: tuple                   # the Readings, worded only when a tip is shown

    def tip(self, k: int) -> str:
        return f"{self.readings[k].text} casualties, {self.name}"


@dataclass(frozen=True)
class FitLine:
    """A fitted scenario's line through the casualty figures, in its scenario's colour, and
    where it assumes casualties were zero (`start`, epoch days; None without one)."""
    id: str
    name: str
    colour: str
    days: np.ndarray
    values: np.ndarray
    rate: float
    start: float | None


@dataclass(frozen=True)
class Marker:
    """A dated vertical line: 'as of', 'today'."""
    day: dt.date
    label: str
    role: str                         # "today" (drawn red) or "muted"


@dataclass(frozen=True)
class ProjectionFigure:
    lines: tuple[ScenarioLine, ...]
    undrawn: tuple[str, ...]          # scenarios without numbers, as legend lines
    points: tuple[SourcePoints, ...]
    fits: tuple[FitLine, ...]
    threshold: float | None           # drawn when every scenario shares it
    markers: tuple[Marker, ...]
    strength_days: tuple[float, float] | None
    strength_values: tuple[float, float]
    losses_days: tuple[float, float] | None
    losses_values: tuple[float, float]

    @property
    def empty(self) -> bool:
        return not self.lines and not self.points


def projection_figure(projections: Sequence, observed, sources: Mapping, as_of: str | None,
                      scenario_ids: Sequence[str] | None = None,
                      today: dt.date | None = None) -> ProjectionFigure:
    """The figure of `projections` (all or some of the briefing's scenarios).
    `scenario_ids`: every scenario id of the briefing in file order, so colours do not
    depend on which scenarios are drawn; `sources`: id → Source, in file order."""
    ids = list(scenario_ids) if scenario_ids is not None else [p.scenario.id for p in projections]
    colours = identity_colours(ids + [p.scenario.id for p in projections])
    drawn = [p for p in projections if p.central is not None and p.anchor_date is not None]
    strength_days, strength_values = _strength_frame(drawn, observed)
    lines = _lines(drawn, colours, strength_days, strength_values)
    undrawn = tuple(f"{p.scenario.name} — no projection" for p in projections
                    if p.central is None or p.anchor_date is None)
    points = _points(observed, sources)
    fits = _fit_lines(observed, {p.scenario.id: p.scenario.name for p in projections},
                      colours)
    thresholds = {p.scenario.threshold for p in drawn}
    markers = [Marker(as_of_day, f"as of {short_date(as_of_day)}", "muted")
               for as_of_day in ([dt.date.fromisoformat(as_of)] if as_of else [])]
    markers += _losses_starts(drawn)
    markers.append(Marker(today or dt.date.today(), "today", "today"))
    losses_days, losses_values = _losses_frame(points, fits)
    return ProjectionFigure(tuple(lines), undrawn, points, fits,
                            thresholds.pop() if len(thresholds) == 1 else None,
                            tuple(markers), strength_days, strength_values, losses_days,
                            losses_values)


def _losses_starts(drawn) -> list[Marker]:
    """Where a fitted scenario assumes casualties were still zero (its `losses_start`), one
    line per distinct day."""
    out: dict[dt.date, Marker] = {}
    for p in drawn:
        start = p.scenario.losses_start
        if start is not None and p.scenario.kind == "fitted":
            when = FuzzyDate.parse(start.date, start.precision)
            out.setdefault(when.day, Marker(when.day, f"losses start ({when.label()})",
                                            "muted"))
    return list(out.values())


def _strength_frame(drawn, observed):
    """From the first evidence to a little past the last P90 depletion, strength from the
    threshold up: a 730-day horizon would otherwise bury the story."""
    if not drawn:
        return None, (0.0, 1.0)
    starts = [epoch_days(p.anchor_date) for p in drawn]
    starts += [pt.x - EPOCH_ORDINAL for pt in observed.readings]
    starts += [pt.x - EPOCH_ORDINAL for line in observed.lines for pt in line.fit.points]
    ends = [epoch_days(d) for p in drawn for d in (p.central_date, p.depletion_date, p.p90) if d]
    ends = ends or [epoch_days(p.horizon_end) for p in drawn]
    top = max(float(np.max(p.band.p90)) if p.band is not None else float(np.max(p.central))
              for p in drawn)
    top = max(top, 1.0)
    bottom = min(min(p.scenario.threshold for p in drawn), 0.0)
    return (min(starts) - 14, max(ends) + 45), (bottom - 0.04 * top, top * 1.06)


def _lines(drawn, colours, frame_days, frame_values) -> list[ScenarioLine]:
    lines: list[ScenarioLine] = []
    tolerance = OVERLAP_SHARE * (frame_values[1] - frame_values[0])
    for p in drawn:
        days = epoch_days(p.anchor_date) + np.arange(len(p.remaining), dtype=float)
        band = None
        if p.band is not None:
            n = len(p.band.days)
            step = max(1, -(-n // BAND_POINTS))
            keep = np.unique(np.append(np.arange(0, n, step), n - 1))
            band = (epoch_days(p.anchor_date) + p.band.days[keep].astype(float),
                    p.band.p10[keep], p.band.p90[keep])
        hidden_by = sum(_on_each_other(days, p.central, other, frame_days, tolerance)
                        for other in lines)
        lines.append(ScenarioLine(p.scenario.id, p.scenario.name, colours[p.scenario.id],
                                  DASHES[hidden_by % len(DASHES)], days, p.central, band,
                                  p.central_date, p.scenario.threshold))
    return lines


def _on_each_other(days, values, other: ScenarioLine, frame_days, tolerance) -> bool:
    """True when two curves differ by less than `tolerance` wherever both are in view."""
    lo = max(days[0], other.days[0], frame_days[0])
    hi = min(days[-1], other.days[-1], frame_days[1])
    if hi < lo:
        return False
    mine = values[int(lo - days[0]):int(hi - days[0]) + 1]
    theirs = other.remaining[int(lo - other.days[0]):int(hi - other.days[0]) + 1]
    n = min(len(mine), len(theirs))
    return n > 0 and float(np.max(np.abs(mine[:n] - theirs[:n]))) <= tolerance


def _points(observed, sources: Mapping) -> tuple[SourcePoints, ...]:
    """Casualty figures grouped by source, each keeping its claim id for click and tip."""
    readings = list(observed.readings)
    keys = list(dict.fromkeys(r.source for r in readings))
    code = {source: k for k, source in enumerate(keys)}
    which = np.fromiter((code[r.source] for r in readings), np.int64, len(readings))
    x = np.fromiter((r.x for r in readings), float, len(readings)) - EPOCH_ORDINAL
    y = np.fromiter((r.value for r in readings), float, len(readings))
    sd = np.fromiter((r.sd for r in readings), float, len(readings))
    ids = np.array([r.claim_ids[0] for r in readings], dtype=object)
    colours = identity_colours(list(sources) + keys)
    out = []
    for k, source in enumerate(keys):
        here = np.flatnonzero(which == k)
        out.append(SourcePoints(source, sources[source].name if source in sources else source,
                                colours[source], x[here], y[here], sd[here], ids[here],
                                tuple(readings[i] for i in here)))
    return tuple(out)


def _fit_lines(observed, names: Mapping[str, str], colours) -> tuple[FitLine, ...]:
    """Each determined fit's line from its first point (the zero of its start of losses,
    if any) to a month past its last."""
    out = []
    for line in observed.lines:
        fit = line.fit
        xs = [pt.x - EPOCH_ORDINAL for pt in fit.points]
        days = np.array([min(xs), max(xs) + 30.0])
        values = fit.anchor_losses + fit.rate * (days - epoch_days(fit.anchor_date))
        zero = next((pt.x - EPOCH_ORDINAL for pt in fit.points if pt.reading is None), None)
        out.append(FitLine(line.scenario_id, names.get(line.scenario_id, line.scenario_id),
                           colours[line.scenario_id], days, values, float(fit.rate), zero))
    return tuple(out)


def _losses_frame(points, fits):
    """The casualty panel's own range, fitted to its figures (not to the projection's
    horizon, where the figures sat in the first tenth)."""
    days = np.concatenate([p.days for p in points] + [f.days for f in fits]) \
        if points or fits else np.zeros(0)
    if not len(days):
        return None, (0.0, 1.0)
    pad = max((days.max() - days.min()) * 0.05, 5.0)
    tops = [float(np.max(p.values + p.sd)) for p in points]
    tops += [float(np.max(f.values)) for f in fits]
    return (float(days.min() - pad), float(days.max() + pad)), (0.0, max(tops) * 1.12 or 1.0)
