"""The numpy sweeps that find conflicting pairs among the readings of one subject and metric
(the rules are stated in `conflicts.py`).

The readings come as columns (`Columns`, sliced from arrays built once for every reading), so
no per-reading Python runs here; each sweep returns index arrays (first, second, why, gap)
into its group, in a fixed order (by the earlier reading, then the later).
"""
from __future__ import annotations

import numpy as np

from .readings import CUMULATIVE_METRICS

FALL_WINDOW_DAYS = 31
STRENGTH_TOLERANCE = 0.05

AGAINST, FELL, GREW = 0, 1, 2   # why a pair conflicts: same time / fell later / grew later

EMPTY = (np.zeros(0, np.int64),) * 4


class Columns:
    """A group's readings as arrays: day ordinals of each span, intervals, best numbers, and
    (for strength) the stated interval compared without qualifier widening."""

    def __init__(self, first, last, low, high, value, s_low=None, s_high=None):
        self.first, self.last, self.low, self.high, self.value = first, last, low, high, value
        self.s_low, self.s_high = s_low, s_high


def sweep(c: Columns, metric: str):
    """Pairs i < j whose spans overlap — or, for a running total, start within
    FALL_WINDOW_DAYS of i's end (readings sorted by start) — judged by the metric's rule:
    (first, second, why, gap) arrays. Each test narrows the pairs the next one looks at."""
    n = len(c.first)
    if n < 2:
        return EMPTY
    cumulative = metric in CUMULATIVE_METRICS
    reach = c.last + FALL_WINDOW_DAYS if cumulative else c.last
    ends = np.searchsorted(c.first, reach, side="right")
    counts = np.maximum(ends - np.arange(n) - 1, 0)
    i = np.repeat(np.arange(n), counts)
    j = i + 1 + np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    if metric == "strength":
        i, j = _narrowed(i, j, c.first[i] <= c.last[j])
        i, j = _narrowed(i, j, _apart(c, i, j))
        zero = np.zeros(len(i), np.int64)
        return i, j, zero, zero
    i, j = _narrowed(i, j, ~((c.high[i] >= c.low[j]) & (c.high[j] >= c.low[i])))  # disjoint
    if not cumulative:
        i, j = _narrowed(i, j, c.first[i] <= c.last[j])
        zero = np.zeros(len(i), np.int64)
        return i, j, zero, zero
    i_higher = c.low[i] > c.high[j]
    higher, lower = np.where(i_higher, i, j), np.where(i_higher, j, i)
    same = (c.first[i] == c.first[j]) & (c.last[i] == c.last[j])
    fell = ~same & (c.last[higher] <= c.first[lower])
    hit = same | fell
    first, second = np.where(fell, higher, i), np.where(fell, lower, j)
    gap = np.where(fell, c.first[lower] - c.last[higher], 0)
    return first[hit], second[hit], np.where(fell, FELL, AGAINST)[hit], gap[hit]


def _narrowed(i: np.ndarray, j: np.ndarray, keep: np.ndarray):
    return i[keep], j[keep]


def _apart(c: Columns, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Strength figures further apart than the tolerance."""
    gap = np.maximum(c.s_low[j] - c.s_high[i], c.s_low[i] - c.s_high[j])
    return gap > STRENGTH_TOLERANCE * np.minimum(c.value[i], c.value[j])


def growth(c: Columns, reinforcements: Columns | None):
    """Each strength figure against the last one that ended before it began: higher with no
    reinforcements reported in between (a span that reaches from the earlier figure's end to
    the later one's start) is a conflict."""
    n = len(c.first)
    if n < 2:
        return EMPTY
    by_end = np.lexsort((c.first, c.last))
    ends = c.last[by_end]
    prior = np.searchsorted(ends, c.first, side="left") - 1
    b = np.flatnonzero(prior >= 0)
    a = by_end[prior[b]]
    if reinforcements is not None and len(reinforcements.first):
        order = np.argsort(reinforcements.first, kind="stable")
        starts, reach = reinforcements.first[order], np.maximum.accumulate(
            reinforcements.last[order])
        k = np.searchsorted(starts, c.first[b], side="right") - 1
        covered = (k >= 0) & (reach[np.maximum(k, 0)] >= c.last[a])
    else:
        covered = np.zeros(len(b), dtype=bool)
    hit = (c.value[b] > c.value[a]) & ~covered & _apart(c, a, b)
    return a[hit], b[hit], np.full(hit.sum(), GREW), (c.first[b] - c.last[a])[hit]
