"""The loss rate a fitted scenario takes from the claims (README: What a projection means, kind `fitted`), with
the diagnostics an analyst needs to see what the rate rests on.

The rule, step by step (the README states the same, so the numbers can be redone by hand):

1. Each usable casualty figure of the subject (`evidence.Series`) is a point at the midpoint
   x of its date span, value y, standard deviation σ (qualifier spread and range width,
   `readings.py`, at least 1), span variance v = (width² − 1) / 12 days² and grade weight g
   (`weights.py`). `losses_start`, when the scenario assumes one, adds the point y = 0 at its
   span midpoint with σ = 1, its span variance and g = 1: that no one was lost before the
   fighting began is not in doubt, only its date.
2. Days are counted from the anchor a = the latest claim's x rounded half up to a whole day.
3. A first weighted least-squares line with weights g / σ² gives a slope b₀; the weights
   are then g / (σ² + b₀² v) ("effective variance": a date known only to a week is worth
   less the steeper the line) and the line is fitted once more: slope b, level ȳ at the
   weighted mean day t̄.
4. With n points and χ² = Σ w (y − line)², the scale is s = max(1, χ² / (n − 2)) for n > 2,
   else 1 — claims that disagree more than their stated uncertainty widen the errors; claims
   that agree never narrow them. se(b) = √(s / Σ w (t − t̄)²), se(ȳ) = √(s / Σ w).
5. Anchor losses = ȳ − b t̄. The Monte Carlo samples b and ȳ independently (they are
   uncorrelated at t̄) and sets each sample's anchor losses to max(ȳ − b t̄, 0).

The fit is **undetermined** — no date, no percentiles, no probability — when it has no claim,
fewer than two distinct dates, a slope ≤ 0, or b < 1.2816 · se(b) (more than a 10% chance
that the true rate is ≤ 0).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import NamedTuple

import numpy as np

from briefing.domain import LossesStart, long_date, rounded

from .readings import MIN_SD, Reading, Skipped, date_stats

Z_90 = 1.2816  # one-sided: P(Z > 1.2816) = 10 %
LOSSES_START = "losses_start"  # the id the zero point carries in diagnostics


class FitPoint(NamedTuple):
    """One point of the fit: a casualty figure (or killed + wounded pair), or the zero of
    `losses_start` (reading None)."""

    reading: Reading | None
    x: float            # proleptic ordinal of the span's midpoint
    x_var: float
    value: float        # cumulative casualties
    sd: float
    trust: float
    weight: float = 0.0         # the effective inverse variance used in the fit
    residual: float = 0.0       # value minus the fitted line at x
    share: float = 0.0          # weight / total weight
    rate_without: float | None = None  # the slope fitted without this point

    @property
    def id(self) -> str:
        return self.reading.claim_ids[0] if self.reading else LOSSES_START

    @property
    def claim_ids(self) -> tuple[str, ...]:
        return self.reading.claim_ids if self.reading else ()

    @property
    def base(self):
        return self.reading.base if self.reading else None

    @property
    def text(self) -> str:
        return self.reading.text if self.reading else "0"

    @property
    def day(self) -> dt.date:
        return dt.date.fromordinal(int(np.floor(self.x + 0.5)))


@dataclass(frozen=True)
class Fit:
    """A fitted line with its diagnostics; `status` 'undetermined' with a `reason` when the
    claims do not determine a positive rate (the line's numbers are kept where they exist,
    for the diagnostics, but nothing may be projected from them)."""

    status: str = "undetermined"
    reason: str | None = None
    rate: float | None = None
    rate_se: float | None = None
    anchor_date: dt.date | None = None
    anchor_losses: float | None = None
    anchor_losses_se: float | None = None
    mean_offset: float | None = None   # weighted mean day minus the anchor
    mean_level: float | None = None    # fitted casualties at the weighted mean day
    mean_level_se: float | None = None
    points: tuple[FitPoint, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    losses_start: LossesStart | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def claims_used(self) -> tuple[str, ...]:
        return tuple(i for p in self.points for i in p.claim_ids)

    @property
    def bases(self) -> tuple[str, ...]:
        """The strength claims that fractions were converted with."""
        return tuple(dict.fromkeys(p.base.claim_id for p in self.points if p.base))

    @property
    def residuals(self) -> dict[str, float]:
        return {i: p.residual for p in self.points for i in p.claim_ids}

    @property
    def dominant(self) -> FitPoint | None:
        """The point carrying the largest share of the weight."""
        return max(self.points, key=lambda p: p.share) if self.points and self.rate else None

    @property
    def rate_text(self) -> str:
        """'81 ± 12 a day'."""
        return f"{rounded(self.rate)} ± {rounded(self.rate_se)} a day"


def fit_series(readings: tuple[Reading, ...] | list[Reading], skipped=(),
               losses_start: LossesStart | None = None) -> Fit:
    """Fit cumulative casualties against time (rules in the module doc)."""
    points = [FitPoint(r, r.x, r.x_var, r.value, r.sd, r.trust) for r in readings]
    if losses_start is not None:
        _, _, x, x_var = date_stats(losses_start.date, losses_start.precision)
        points.append(FitPoint(None, x, x_var, 0.0, MIN_SD, 1.0))
    points.sort(key=lambda p: (p.x, p.id))
    base = Fit(skipped=tuple(skipped), losses_start=losses_start)
    claims = [p for p in points if p.reading is not None]
    if not claims:
        return replace(base, reason="there are no usable casualty figures")
    if len({p.x for p in points}) < 2:
        day = long_date(points[0].day)
        return replace(base, points=tuple(points), reason=(
            f"{'all ' if len(points) != 1 else ''}{len(points)} usable casualty "
            f"figure{'s are' if len(points) != 1 else ' is'} dated {day}; a rate needs "
            "figures from at least two dates"))
    anchor = int(np.floor(max(p.x for p in claims) + 0.5))
    line = _solve(*(np.array(v) for v in zip(*[(p.x - anchor, p.value, p.sd, p.x_var, p.trust)
                                                for p in points])))
    without = _slopes_without(points, line, anchor)
    total = float(np.sum(line.w))
    points = [p._replace(weight=w, residual=r, share=w / total, rate_without=o)
              for p, w, r, o in zip(points, line.w.tolist(), line.resid.tolist(), without)]
    fit = replace(base, rate=line.slope, rate_se=line.slope_se,
                  anchor_date=dt.date.fromordinal(anchor),
                  anchor_losses=line.level - line.slope * line.mean_t,
                  anchor_losses_se=float(np.hypot(line.level_se, line.mean_t * line.slope_se)),
                  mean_offset=line.mean_t, mean_level=line.level,
                  mean_level_se=line.level_se, points=tuple(points))
    if line.slope <= 0:
        return replace(fit, reason=("the casualty figures do not grow over time (fitted "
                                    f"{fit.rate_text})"))
    if line.slope < Z_90 * line.slope_se:
        return replace(fit, reason=(f"the claims do not determine the loss rate ({fit.rate_text}"
                                    ": more than a 10% chance that it is zero or less)"))
    return replace(fit, status="ok")


def fit_losses(claims, sources, subject: str | None = None,
               losses_start: LossesStart | None = None) -> Fit:
    """Fit one subject's casualty claims (the only subject when None) — for callers that
    have claims, not an evidence model."""
    from .evidence import Evidence
    ev = Evidence(claims, sources)
    subject = subject or (ev.subjects[0] if len(ev.subjects) == 1 else None)
    if subject is None:
        return Fit(losses_start=losses_start, reason="the claims are about several forces; "
                                                     "name the one to fit")
    series = ev.series(subject)
    return fit_series(series.points, series.skipped, losses_start)


class _Line(NamedTuple):
    slope: float
    slope_se: float
    mean_t: float
    level: float
    level_se: float
    w: np.ndarray
    resid: np.ndarray


def _solve(t: np.ndarray, y: np.ndarray, sd: np.ndarray, x_var: np.ndarray,
           g: np.ndarray) -> _Line:
    """The two-pass weighted line through points at days `t` from the anchor."""
    sd2 = sd ** 2
    first = _weighted_line(t, y, g / sd2)[1]
    w = g / (sd2 + first * first * x_var)
    mean_t, slope, level = _weighted_line(t, y, w)
    resid = y - (level + slope * (t - mean_t))
    n = len(t)
    scale = max(1.0, float(np.sum(w * resid * resid)) / (n - 2)) if n > 2 else 1.0
    sxx = float(np.sum(w * (t - mean_t) ** 2))
    return _Line(slope, float(np.sqrt(scale / sxx)), mean_t, level,
                 float(np.sqrt(scale / np.sum(w))), w, resid)


def fitted_rate(x: np.ndarray, x_var: np.ndarray, value: np.ndarray, sd: np.ndarray,
                trust: np.ndarray) -> tuple[float, float] | None:
    """(rate, its standard error) that `fit_series` fits to these casualty figures (in its
    order, no assumed start of losses), or None when it fits none: the conflict finder
    checks every stated rate against it without making a Reading per figure."""
    if not len(x) or len(np.unique(x)) < 2:
        return None
    anchor = int(np.floor(float(x.max()) + 0.5))
    line = _solve(x - anchor, value, sd, x_var, trust)
    return line.slope, line.slope_se


EXACT_WITHOUT_LIMIT = 1000  # up to this many points, "rate without" is a full refit


def _slopes_without(points: list[FitPoint], line: _Line, anchor: int) -> list[float | None]:
    """For each point, the slope fitted without it: both passes of the fit redone on the
    others (all at once, as n × n weight matrices). Beyond EXACT_WITHOUT_LIMIT points the
    line through the others keeps the weights the full fit gave them (closed form, linear in
    n): one point among a thousand moves the effective variances negligibly. None where what
    is left has no claim or fewer than two dates."""
    t = np.array([p.x for p in points]) - anchor
    y = np.array([p.value for p in points])
    n = len(points)
    if n <= EXACT_WITHOUT_LIMIT:
        sd2 = np.array([p.sd for p in points]) ** 2
        x_var = np.array([p.x_var for p in points])
        g = np.array([p.trust for p in points])
        others = 1.0 - np.eye(n)
        first = _row_slopes(others * (g / sd2), t, y)
        weights = others * g / (sd2 + (first * first)[:, None] * x_var)
        slopes = _row_slopes(weights, t, y)
    else:
        slopes = _row_slopes(line.w[None, :], t, y, leave_out=True)
    is_claim = np.array([p.reading is not None for p in points])
    claims_left = is_claim.sum() - is_claim
    dates: dict[float, int] = {}
    for p in points:
        dates[p.x] = dates.get(p.x, 0) + 1
    dates_left = np.array([len(dates) - (dates[p.x] == 1) for p in points])
    ok = (claims_left > 0) & (dates_left >= 2) & np.isfinite(slopes)
    return [float(v) if good else None for v, good in zip(slopes, ok)]


def _row_slopes(w: np.ndarray, t: np.ndarray, y: np.ndarray,
                leave_out: bool = False) -> np.ndarray:
    """The weighted least-squares slope for each row of weights `w` (or, `leave_out`, for
    one row of weights with each point in turn removed)."""
    if leave_out:
        w = w[0]
        sums = [np.sum(w * v) - w * v for v in (np.ones_like(t), t, y, t * t, t * y)]
    else:
        sums = [w @ v for v in (np.ones_like(t), t, y, t * t, t * y)]
    sw, st, sy, stt, sty = sums
    with np.errstate(divide="ignore", invalid="ignore"):
        spread = sw * stt - st * st
        return np.where(spread > 1e-9 * np.abs(sw * stt), (sw * sty - st * sy) / spread, np.nan)


def _weighted_line(t: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[float, float, float]:
    """Weighted mean t, slope, and level at the weighted mean t."""
    sw = w.sum()
    mt = float(w @ t / sw)
    my = float(w @ y / sw)
    dt_ = t - mt
    sxx = float(w @ (dt_ * dt_))
    return mt, (float(w @ (dt_ * (y - my))) / sxx if sxx > 0 else 0.0), my
