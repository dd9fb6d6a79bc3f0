"""Monte Carlo over a scenario's uncertainty (README: projections), vectorised over the samples.

Each range is sampled uniformly (strength, anchor losses, rate of a linear scenario, and each
reinforcement's `count_range`). A fitted line's rate is sampled normally from its standard
error with nothing redrawn: a sample whose rate is ≤ 0 never depletes, so the share of such
samples shows up honestly as "beyond the horizon" (the fit is undetermined, and nothing is
sampled, when that share would exceed 10 %). Its level at the weighted mean date is sampled
normally too (uncorrelated with the rate there, see `fit.py`), giving each sample its own
anchor losses, never below 0. A fitted scenario's stored `anchor_losses_range` and
`daily_loss_rate_range` are not used: the fit's errors replace them. Depletion days come from
`linear.depletion_days` in closed form. Percentiles are nearest-rank ("inverted CDF"): each
reported day is one sample's actual day, and a sample that never depletes within the horizon
ranks above every day.

The band of remaining strength is computed exactly on a grid of days — 17 days dense near
the anchor (d = horizon · (i/16)², i = 0..16), each reinforcement's day and the day before
it, and the P10/P50/P90 depletion days — and interpolated between. So the band's median line
meets the threshold on the median depletion day: for straight lines, "half the samples are
depleted by day D" and "the median remaining strength on day D is at the threshold" are the
same statement — for every sample count, since every draw is used: the band is ranked a few
grid days at a time, so memory stays under BAND_CHUNK values, never horizon × samples.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from briefing.domain import Reinforcement

from .fit import Fit
from .linear import Steps

PERCENTILES = (0.10, 0.50, 0.90)
BAND_GRID_POINTS = 17
BAND_CHUNK = 4_000_000  # grid days × samples ranked at once (see band())
MAX_SAMPLES = 1_000_000


@dataclass(frozen=True)
class Uncertainty:
    """What varies between samples: uniform ranges, and/or a fitted line."""

    strength_range: tuple[float, float] | None = None
    losses_range: tuple[float, float] | None = None
    rate_range: tuple[float, float] | None = None
    fit: Fit | None = None
    reinforcements: tuple[Reinforcement, ...] = ()

    @property
    def present(self) -> bool:
        return self.fit is not None or any(
            r is not None for r in (self.strength_range, self.losses_range, self.rate_range)) \
            or any(r.count_range is not None for r in self.reinforcements)


@dataclass(frozen=True)
class Draws:
    """Per-sample strength, anchor losses, rate and reinforcement steps."""

    strength: np.ndarray
    losses: np.ndarray
    rate: np.ndarray
    steps: Steps


@dataclass(frozen=True)
class Band:
    """P10/P50/P90 of remaining strength for every day offset 0..horizon (chart arrays)."""

    days: np.ndarray   # int64 day offsets from the anchor
    p10: np.ndarray
    p50: np.ndarray
    p90: np.ndarray
    grid: np.ndarray   # the day offsets where the percentiles were taken exactly


def sample(u: Uncertainty, strength: float, losses: float, rate: float, steps: Steps,
           samples: int, seed: int, anchor, horizon: int) -> Draws:
    """Draws in a fixed order, so a seed repeats."""
    rng = np.random.default_rng(seed)

    def uniform(rng_range, point):
        if rng_range is None:
            return np.full(samples, float(point))
        return rng.uniform(rng_range[0], rng_range[1], samples)

    s = uniform(u.strength_range, strength)
    if u.fit is None:
        l, r = uniform(u.losses_range, losses), uniform(u.rate_range, rate)
    else:
        f = u.fit
        r = rng.normal(f.rate, f.rate_se, samples)
        level = rng.normal(f.mean_level, f.mean_level_se, samples)
        l = np.maximum(level - r * f.mean_offset, 0.0)
    if any(x.count_range is not None for x in u.reinforcements):
        counts = [uniform(x.count_range, x.count) for x in u.reinforcements]
        steps = Steps.of(u.reinforcements, anchor, horizon, counts)
    return Draws(s, l, r, steps)


def _ranks(n: int, percentiles=PERCENTILES) -> list[int]:
    return [max(int(np.ceil(p * n)) - 1, 0) for p in percentiles]


def percentile_days(days: np.ndarray, percentiles=PERCENTILES) -> list[float]:
    """Nearest-rank percentiles of the depletion days (inf: beyond the horizon)."""
    kth = _ranks(days.size, percentiles)
    return np.partition(days, kth)[kth].tolist()


def ranked_days(ordered: np.ndarray, percentiles=PERCENTILES) -> list[float]:
    """`percentile_days` of days already sorted (one sort serves every percentile)."""
    return ordered[_ranks(ordered.size, percentiles)].tolist()


QUANTILES = tuple(i / 100 for i in range(1, 100))


def band(d: Draws, horizon: int, exact_days=()) -> Band:
    """The chart's P10–P50–P90 band over every draw, so its median line crosses the threshold
    on the median date the judgment names (a subset of the draws crossed it up to 2.5 % of the
    horizon early). Grid days are ranked a chunk at a time to bound memory at 1,000,000
    samples. `exact_days` are added to the grid."""
    n = d.strength.size
    start = d.strength - d.losses
    quadratic = np.round(horizon * np.linspace(0.0, 1.0, BAND_GRID_POINTS) ** 2)
    steps = d.steps.start[1:]
    extra = [x for x in exact_days if 0 <= x <= horizon]
    grid = np.unique(np.concatenate([quadratic, steps - 1, steps, extra]).clip(0, horizon))
    grid_days = grid.astype(np.int64)
    kth = _ranks(n)
    rows = max(1, BAND_CHUNK // n)
    at_grid = np.empty((grid.size, len(kth)))
    for first in range(0, grid.size, rows):
        chunk = slice(first, first + rows)
        added = d.steps.at(grid_days[chunk])
        added = added if added.ndim == 2 else added[:, None]
        values = start[None, :] + added - d.rate[None, :] * grid[chunk, None]
        at_grid[chunk] = np.partition(values, kth, axis=1)[:, kth]
    days = np.arange(horizon + 1)
    p10, p50, p90 = (np.interp(days, grid, at_grid[:, j]) for j in range(3))
    return Band(days, p10, p50, p90, grid_days)
