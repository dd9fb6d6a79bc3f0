"""The linear model (README: projections), day by day and in closed form.

    R(d) = initial_strength + (reinforcements dated on or before anchor + d)
           - anchor_losses - daily_loss_rate * d,      d = 0, 1, ..., horizon_days

and the depletion day is the smallest d with R(d) <= threshold. `remaining()` is the one
place that evaluates R; the per-day curve and the closed form both call it, so the closed
form (used for every Monte Carlo sample at once) agrees with the day-stepped definition to
the last bit, not just to rounding.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from briefing.domain import Reinforcement, parse_iso


@dataclass(frozen=True)
class Steps:
    """Reinforcements as a step function of the day offset: `total[i]` men have arrived by
    day `start[i]` (start[0] = 0 holds those dated on or before the anchor)."""

    start: np.ndarray  # int64, strictly increasing, start[0] == 0
    total: np.ndarray  # float64, cumulative count from start[i] on

    @classmethod
    def of(cls, reinforcements: Iterable[Reinforcement], anchor: dt.date,
           horizon: int) -> "Steps":
        by_day: dict[int, float] = {0: 0.0}
        for r in reinforcements:
            day = max((parse_iso(r.date) - anchor).days, 0)
            if day <= horizon:
                by_day[day] = by_day.get(day, 0.0) + float(r.count)
        days = sorted(by_day)
        return cls(np.array(days, dtype=np.int64),
                   np.cumsum([by_day[d] for d in days], dtype=np.float64))

    def at(self, days: np.ndarray) -> np.ndarray:
        """Cumulative reinforcements counted on each day offset."""
        return self.total[np.searchsorted(self.start, days, side="right") - 1]


def standing(strength, reinforced, losses):
    """S + C - L, the part of R that does not depend on the day."""
    return strength + reinforced - losses


def remaining(strength, reinforced, losses, rate, day):
    """R on `day`, always evaluated as standing - rate * day (the closed form relies on it)."""
    return standing(strength, reinforced, losses) - rate * day


def curve(strength: float, losses: float, rate: float, steps: Steps,
          horizon: int) -> np.ndarray:
    """R(d) for every d in 0..horizon."""
    days = np.arange(horizon + 1, dtype=np.float64)
    return remaining(strength, steps.at(days.astype(np.int64)), losses, rate, days)


def first_at_or_below(values: np.ndarray, threshold: float) -> int | None:
    """Index of the first value <= threshold, or None."""
    hit = values <= threshold
    i = int(np.argmax(hit))
    return i if hit[i] else None


def depletion_days(strength, losses, rate, steps: Steps, threshold: float,
                   horizon: int) -> np.ndarray:
    """Depletion day of each sample (float; inf where R stays above the threshold through
    the horizon), without stepping through the days.

    Between two reinforcement dates R falls in a straight line, so the first day at or
    below the threshold in that stretch is ceil((S + C - L - T) / rate), clamped to the
    stretch. Division can land one day off when the quotient is within rounding of a whole
    number; one step back and one step forward, each checked as `remaining()` computes R,
    make the answer exactly the day-stepped one. A rate of 0 gives inf or nan, which the
    clamp (fmax/fmin ignore nan) turns into "the stretch's first day if already depleted".
    """
    strength, losses, rate = np.broadcast_arrays(*(np.asarray(a, dtype=np.float64)
                                                   for a in (strength, losses, rate)))
    out = np.full(strength.shape, np.inf)
    ends = np.append(steps.start[1:] - 1, horizon)
    with np.errstate(all="ignore"):
        for start, end, added in zip(steps.start.tolist(), ends.tolist(),
                                     steps.total.tolist()):
            left = standing(strength, added, losses)
            day = np.fmin(np.fmax(np.ceil((left - threshold) / rate), start), end + 1)
            day -= (day > start) & (left - rate * (day - 1) <= threshold)
            day += (day <= end) & (left - rate * day > threshold)
            np.copyto(out, day, where=np.isinf(out) & (day <= end))
    return out
