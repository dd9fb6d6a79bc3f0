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
    day `start[i]` (start[0] = 0 holds those dated on or before the anchor). With sampled
    counts, `total[i]` is one value per sample."""

    start: np.ndarray  # int64, strictly increasing, start[0] == 0
    total: np.ndarray  # float64 (k,) or (k, samples): cumulative count from start[i] on

    @classmethod
    def of(cls, reinforcements: Iterable[Reinforcement], anchor: dt.date, horizon: int,
           counts: list[np.ndarray] | None = None) -> "Steps":
        """`counts`: per-sample counts of each reinforcement, instead of its `count`."""
        reinforcements = list(reinforcements)
        counts = counts if counts is not None else [float(r.count) for r in reinforcements]
        by_day: dict[int, object] = {0: 0.0}
        for r, count in zip(reinforcements, counts):
            day = max((parse_iso(r.date) - anchor).days, 0)
            if day <= horizon:
                by_day[day] = by_day.get(day, 0.0) + count
        days = sorted(by_day)
        rows = np.broadcast_arrays(*(np.asarray(by_day[d], dtype=np.float64) for d in days))
        return cls(np.array(days, dtype=np.int64), np.cumsum(np.array(rows), axis=0))

    def at(self, days: np.ndarray) -> np.ndarray:
        """Cumulative reinforcements counted on each day offset (one row per day)."""
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
    make the answer exactly the day-stepped one. Where the rate is ≤ 0, R never falls: such
    a sample is depleted on the stretch's first day if it already is, else not in it.
    """
    strength, losses, rate = np.broadcast_arrays(*(np.asarray(a, dtype=np.float64)
                                                   for a in (strength, losses, rate)))
    out = np.full(strength.shape, np.inf)
    ends = np.append(steps.start[1:] - 1, horizon)
    falling = rate > 0
    with np.errstate(all="ignore"):
        for start, end, added in zip(steps.start.tolist(), ends.tolist(), steps.total):
            left = standing(strength, added, losses)
            day = np.fmin(np.fmax(np.ceil((left - threshold) / rate), start), end + 1)
            day -= (day > start) & (left - rate * (day - 1) <= threshold)
            day += (day <= end) & (left - rate * day > threshold)
            flat = np.where(left - rate * start <= threshold, float(start), np.inf)
            day = np.where(falling, day, flat)
            np.copyto(out, day, where=np.isinf(out) & (day <= end))
    return out
