"""The loss rate a fitted scenario takes from the claims (kind `fitted`; README: projections).

A weighted least-squares line through cumulative casualties against time. Each usable claim
is a point at the midpoint of its date span; its variance is the figure's own (qualifier and
range width, `evidence.py`) plus the span's width carried through the slope ("effective
variance": one refit with the first slope, which moves it little), divided by the claim's
Admiralty weight (`weights.py`). The weights are therefore inverse variances: the standard
errors come from them, inflated by the scatter about the line when the claims disagree more
than their stated uncertainty allows (never deflated: agreeing claims do not make a figure
more precise than its sources say).

The anchor is the latest used claim's date: the projection starts from the most recent
evidence, as a linear scenario's anchor does. The line is kept as its level at the weighted
mean date (`mean_level`) plus the slope; those two estimates are uncorrelated, so the Monte
Carlo samples them independently and still gets the right spread at the anchor.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from briefing.domain import Claim, Source, long_date

from .evidence import Reading, Skipped, combine_killed_wounded, read_claims

_CASUALTY_PARTS = ("killed", "wounded", "casualties")


class FitPoint(NamedTuple):
    """One point of the fit: a casualties claim or a killed + wounded pair."""

    reading: Reading
    weight: float       # inverse effective variance used in the fit
    residual: float     # value minus the fitted line at x

    claim_ids = property(lambda self: self.reading.claim_ids)
    x = property(lambda self: self.reading.x, doc="proleptic ordinal of the span's midpoint")
    value = property(lambda self: self.reading.value, doc="cumulative casualties")
    sd = property(lambda self: self.reading.sd, doc="the figure's own standard deviation")
    base = property(lambda self: self.reading.base, doc="strength claim of a fraction")
    text = property(lambda self: self.reading.text)

    @property
    def day(self) -> dt.date:
        return dt.date.fromordinal(int(np.floor(self.x + 0.5)))


@dataclass(frozen=True)
class Fit:
    """A fitted line, or (`rate` None) the `explanation` of why there is none."""

    rate: float | None = None
    rate_se: float | None = None
    anchor_date: dt.date | None = None
    anchor_losses: float | None = None
    anchor_losses_se: float | None = None
    mean_offset: float | None = None   # weighted mean date minus anchor, days (<= 0.5)
    mean_level: float | None = None    # fitted casualties at the weighted mean date
    mean_level_se: float | None = None
    points: tuple[FitPoint, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    explanation: str | None = None

    @property
    def ok(self) -> bool:
        return self.rate is not None

    @property
    def claims_used(self) -> tuple[str, ...]:
        return tuple(i for p in self.points for i in p.claim_ids)

    @property
    def bases(self) -> tuple[str, ...]:
        """The strength claims that fractions were converted with."""
        return tuple(dict.fromkeys(p.base for p in self.points if p.base is not None))

    @property
    def residuals(self) -> dict[str, float]:
        return {i: p.residual for p in self.points for i in p.claim_ids}


def usable_points(claims: Iterable[Claim], sources: Mapping[str, Source],
                  subject: str | None) -> tuple[list[Reading], list[Skipped]]:
    """The casualty readings a fit may use, and the in-scope claims it cannot."""
    claims = [c for c in claims if subject is None or c.subject == subject]
    skipped = [Skipped(c.id, "excluded from projection") for c in claims
               if c.metric in _CASUALTY_PARTS and not c.include_in_projection]
    wanted = [c for c in claims if c.metric in _CASUALTY_PARTS and c.include_in_projection]
    strengths = [c for c in claims if c.metric == "strength" and c.include_in_projection]
    readings, unreadable = read_claims(wanted, sources, strengths)
    combined, lone = combine_killed_wounded(readings)
    points = [r for r in readings if r.metric == "casualties"] + combined
    points.sort(key=lambda r: (r.x, r.claim_ids))
    return points, skipped + unreadable + lone


def fit_losses(claims: Iterable[Claim], sources: Mapping[str, Source],
               subject: str | None = None) -> Fit:
    """Fit cumulative casualties of `subject` (None: every subject) against time."""
    return fit_readings(*usable_points(claims, sources, subject))


def fit_readings(readings: list[Reading], skipped: list[Skipped]) -> Fit:
    """The fit of readings `usable_points` chose (for callers that also plot them)."""
    skipped = tuple(skipped)
    if len(readings) < 2:
        return Fit(skipped=skipped, explanation=(
            f"A loss rate needs at least two usable casualty figures; found {len(readings)}."))
    x = np.array([r.x for r in readings])
    if np.all(x == x[0]):
        day = long_date(dt.date.fromordinal(int(np.floor(x[0] + 0.5))))
        return Fit(skipped=skipped, explanation=(
            f"All {len(readings)} usable casualty figures are dated {day}; a loss rate needs "
            "figures from at least two dates."))
    y = np.array([r.value for r in readings])
    y_var = np.array([r.sd for r in readings]) ** 2
    x_var = np.array([r.x_var for r in readings])
    grade = np.array([r.trust for r in readings])
    anchor = int(np.floor(x.max() + 0.5))
    xs = x - anchor

    slope = _line(xs, y, grade / y_var)[1]
    w = grade / (y_var + slope * slope * x_var)
    mean_x, slope, level = _line(xs, y, w)
    if slope <= 0:
        return Fit(skipped=skipped, explanation=(
            f"The usable casualty figures do not grow over time (fitted slope "
            f"{slope:.1f} a day), so no loss rate follows from them."))

    resid = y - (level + slope * (xs - mean_x))
    sxx = float(np.sum(w * (xs - mean_x) ** 2))
    n = len(readings)
    scale = max(1.0, float(np.sum(w * resid * resid)) / (n - 2)) if n > 2 else 1.0
    rate_se = float(np.sqrt(scale / sxx))
    level_se = float(np.sqrt(scale / np.sum(w)))
    anchor_losses = level - slope * mean_x
    anchor_se = float(np.hypot(level_se, mean_x * rate_se))
    points = tuple(map(FitPoint, readings, w.tolist(), resid.tolist()))
    return Fit(rate=float(slope), rate_se=rate_se,
               anchor_date=dt.date.fromordinal(anchor),
               anchor_losses=float(anchor_losses), anchor_losses_se=anchor_se,
               mean_offset=float(mean_x), mean_level=float(level), mean_level_se=level_se,
               points=points, skipped=skipped)


def _line(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[float, float, float]:
    """Weighted mean x, slope, and level at the weighted mean x."""
    sw = w.sum()
    mx = float(w @ x / sw)
    my = float(w @ y / sw)
    dx = x - mx
    sxx = float(w @ (dx * dx))
    return mx, (float(w @ (dx * (y - my))) / sxx if sxx > 0 else 0.0), my
