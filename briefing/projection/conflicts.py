"""Claims that cannot both be true: the ledger keeps every figure and shows the dispute.

Figures are compared as the evidence model reads them (fractions as the counts they convert
to; a killed + wounded pair also as one casualty figure), within one subject and metric:

- **Running totals** (killed, wounded, casualties, captured, missing) only grow. Two figures
  whose intervals (stated low–high widened by the qualifier: a bare figure ±5 %, "about"
  ±10 %, "nearly" 90–100 %, "at least"/"more than" open above, "up to" open below) do not
  overlap conflict when the higher one cannot be the later one: it is dated on the same span
  (same date and precision: the same moment), or its span ends on or before the lower one's
  begins, at most `FALL_WINDOW_DAYS` before (further apart, differences in what each source
  counts outweigh the contradiction). A coarse "at least 2,000 in April" may be later than
  "900 on 1 April", so the two agree.
- **Strength**: a force has one size at a time, and "about 11,000" is still the source's
  11,000, so strength figures are compared without qualifier widening, with a tolerance of
  5 % of the smaller. Overlapping spans that differ beyond it conflict; so does a figure
  higher than the last earlier one when no reinforcements are reported between them.
- **Loss rates**: a stated rate conflicts with the subject's casualty series when it lies
  outside the 90 % interval (± 1.645 standard errors) of the rate fitted to that series. The
  conflict is the rate claim's (`second` is empty; the series' claims are in `series`): a
  casualty figure is not in dispute because a stated rate disagrees with all of them.
- Any other metric: overlapping spans whose intervals do not overlap.

The pairs are found with numpy, one subject and metric at a time (a dense 100,000-claim
ledger has hundreds of thousands of them), and kept as index arrays: a `Conflict` is made,
and worded, only when someone asks for it.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

import numpy as np

from briefing.domain import Claim, Source

from .evidence import Evidence
from .fit import fit_series
from .readings import CUMULATIVE_METRICS, Reading

FALL_WINDOW_DAYS = 31
STRENGTH_TOLERANCE = 0.05
RATE_Z = 1.645  # two-sided 90 %

_AGAINST, _FELL, _GREW = 0, 1, 2   # why a pair conflicts: same time / fell later / grew later


class _Side(NamedTuple):
    """The non-claim side of a comparison (a fitted rate), already worded."""
    text: str


@dataclass(frozen=True)
class Conflict:
    subject: str
    metric: str
    first: tuple[str, ...]    # claim ids of the earlier figure (two for killed + wounded)
    second: tuple[str, ...]
    apart: float | None       # difference relative to the smaller best number
    _words: tuple = field(repr=False, compare=False)  # (side a, side b, name a, name b, why)
    series: tuple[str, ...] = ()  # a stated rate's: the casualty claims the fit it fails used

    @property
    def claim_ids(self) -> tuple[str, ...]:
        return self.first + self.second

    @property
    def reason(self) -> str:
        """'Zelenskyy 3,800 vs NIS 3,000 (27% apart), reported 4 days later: …'."""
        a, b, name_a, name_b, why = self._words
        pct = f"{self.apart * 100:.0f}% apart" if self.apart is not None else "one is zero"
        right = f"{name_b} {b.text}" if name_b else b.text
        return f"{name_a} {a.text} vs {right} ({pct}){why}"


@dataclass(frozen=True)
class _Block:
    """The conflicting pairs of one subject and metric, as indexes into its readings."""
    readings: list[Reading]
    a: np.ndarray
    b: np.ndarray
    why: np.ndarray
    gap: np.ndarray


class Conflicts:
    """Every conflicting pair, ordered by subject, metric and date; a sequence of Conflict
    objects made on demand."""

    def __init__(self, evidence: Evidence, parts: list):
        self._evidence = evidence
        self._parts = parts                  # _Block or list[Conflict], in order
        sizes = [len(p.a) if isinstance(p, _Block) else len(p) for p in parts]
        self._starts = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
        self._made: dict[int, Conflict] = {}   # the pairs asked for so far, worded once

    def __len__(self) -> int:
        return int(self._starts[-1])

    def __bool__(self) -> bool:
        return len(self) > 0

    def __iter__(self):
        for part in self._parts:
            if isinstance(part, _Block):
                for k in range(len(part.a)):
                    yield self._make(part, k)
            else:
                yield from part

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        if index not in self._made:
            p = int(np.searchsorted(self._starts, index, side="right")) - 1
            part, k = self._parts[p], index - int(self._starts[p])
            self._made[index] = self._make(part, k) if isinstance(part, _Block) else part[k]
        return self._made[index]

    def index(self) -> None:
        """Build the per-claim index now (the first lookup would otherwise)."""
        self._positions

    @cached_property
    def _positions(self) -> dict[str, list[int]]:
        """Claim id → the positions of the pairs it is in (one pass, no wording)."""
        out: dict[str, list[int]] = defaultdict(list)
        for position, first, second in self.claim_sides():
            for claim_id in first + second:
                out[claim_id].append(position)
        return out

    def of_claim(self, claim_id: str) -> Conflict | None:
        """The first conflict a claim is in."""
        found = self._positions.get(claim_id)
        return self[found[0]] if found else None

    def others_of(self, claim_id: str) -> list[str]:
        """The claims a claim conflicts with, in order."""
        out: list[str] = []
        for position in self._positions.get(claim_id, ()):
            c = self[position]
            side, other = (c.first, c.second) if claim_id in c.first else (c.second, c.first)
            out += [b for b in other if b not in out]
        return out

    def among(self, claim_ids) -> list[Conflict]:
        """The conflicts whose every claim is in `claim_ids`."""
        wanted = set(claim_ids)
        positions = sorted({p for i in wanted for p in self._positions.get(i, ())})
        return [c for c in (self[p] for p in positions) if set(c.claim_ids) <= wanted]

    def claim_sides(self):
        """(position, first claim ids, second claim ids) of every pair, without wording."""
        position = 0
        for part in self._parts:
            if isinstance(part, _Block):
                ids = [r.claim_ids for r in part.readings]
                for a, b in zip(part.a.tolist(), part.b.tolist()):
                    yield position, ids[a], ids[b]
                    position += 1
            else:
                for c in part:
                    yield position, c.first, c.second
                    position += 1

    def _make(self, part: _Block, k: int) -> Conflict:
        a, b = part.readings[int(part.a[k])], part.readings[int(part.b[k])]
        why, gap = int(part.why[k]), int(part.gap[k])
        s = "s" if gap != 1 else ""
        words = ("" if why == _AGAINST else
                 f", reported {gap} day{s} later: a running total cannot fall" if why == _FELL
                 else f", reported {gap} day{s} later with no reinforcements reported between")
        return _conflict(a, b, self._evidence, words)


def find_conflicts(claims: Iterable[Claim] | Evidence,
                   sources: Mapping[str, Source] | Iterable[Source] = ()) -> Conflicts:
    """Every conflicting pair, ordered by subject, metric and date."""
    evidence = claims if isinstance(claims, Evidence) else Evidence(claims, sources)
    groups: dict[tuple[str, str], list[Reading]] = defaultdict(list)
    for r in evidence.all_readings():
        groups[(r.subject, r.metric)].append(r)
    parts: list = []
    for (subject, metric), group in sorted(groups.items()):
        group.sort(key=lambda r: (r.first, r.last, r.claim_ids))
        cols = _Columns(group)
        blocks = [_sweep(cols, metric)]
        if metric == "strength":
            blocks.append(_growth(cols, _Columns(groups.get((subject, "reinforcements"), []))))
        for a, b, why, gap in blocks:
            if len(a):
                parts.append(_Block(group, a, b, why, gap))
        if metric == "loss_rate":
            rate = _against_series(group, evidence)
            if rate:
                parts.append(rate)
    return Conflicts(evidence, parts)


class _Columns:
    """A group's readings as arrays (day ordinals, intervals, stated strength intervals)."""

    def __init__(self, group: list[Reading]):
        self.first = np.array([r.first.toordinal() for r in group], dtype=np.int64)
        self.last = np.array([r.last.toordinal() for r in group], dtype=np.int64)
        self.low = np.array([r.low for r in group], dtype=float)
        self.high = np.array([r.high for r in group], dtype=float)
        self.value = np.array([r.value for r in group], dtype=float)
        stated = [_stated(r) for r in group]
        self.s_low = np.array([s[0] for s in stated], dtype=float)
        self.s_high = np.array([s[1] for s in stated], dtype=float)


def _stated(r: Reading) -> tuple[float, float]:
    """A strength figure's own interval: its range, or the number itself."""
    c = r.claim
    if c is None or c.fraction is not None:
        return r.value, r.value
    central = c.central()
    return (c.low if c.low is not None else central), (c.high if c.high is not None else central)


_EMPTY = (np.zeros(0, np.int64),) * 4


def _sweep(c: _Columns, metric: str):
    """Pairs i < j whose spans start within FALL_WINDOW_DAYS of i's end (readings sorted by
    start), judged by the metric's rule: (first, second, why, gap) arrays."""
    n = len(c.first)
    if n < 2:
        return _EMPTY
    ends = np.searchsorted(c.first, c.last + FALL_WINDOW_DAYS, side="right")
    counts = np.maximum(ends - np.arange(n) - 1, 0)
    i = np.repeat(np.arange(n), counts)
    j = i + 1 + np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    overlap = (c.first[j] <= c.last[i]) & (c.first[i] <= c.last[j])
    zero = np.zeros(len(i), np.int64)
    if metric == "strength":
        hit = overlap & _apart(c, i, j)
        return i[hit], j[hit], zero[hit], zero[hit]
    disjoint = ~((c.high[i] >= c.low[j]) & (c.high[j] >= c.low[i]))
    if metric not in CUMULATIVE_METRICS:
        hit = overlap & disjoint
        return i[hit], j[hit], zero[hit], zero[hit]
    i_higher = c.low[i] > c.high[j]
    higher, lower = np.where(i_higher, i, j), np.where(i_higher, j, i)
    same = (c.first[i] == c.first[j]) & (c.last[i] == c.last[j])
    fell = ~same & (c.last[higher] <= c.first[lower])
    hit = disjoint & (same | fell)
    first, second = np.where(fell, higher, i), np.where(fell, lower, j)
    gap = np.where(fell, c.first[lower] - c.last[higher], 0)
    return first[hit], second[hit], np.where(fell, _FELL, _AGAINST)[hit], gap[hit]


def _apart(c: _Columns, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Strength figures further apart than the tolerance."""
    gap = np.maximum(c.s_low[j] - c.s_high[i], c.s_low[i] - c.s_high[j])
    return gap > STRENGTH_TOLERANCE * np.minimum(c.value[i], c.value[j])


def _growth(c: _Columns, reinforcements: _Columns):
    """Each strength figure against the last one that ended before it began: higher with no
    reinforcements reported in between (a span that reaches from the earlier figure's end to
    the later one's start) is a conflict."""
    n = len(c.first)
    if n < 2:
        return _EMPTY
    by_end = np.lexsort((c.first, c.last))
    ends = c.last[by_end]
    prior = np.searchsorted(ends, c.first, side="left") - 1
    b = np.flatnonzero(prior >= 0)
    a = by_end[prior[b]]
    if len(reinforcements.first):
        order = np.argsort(reinforcements.first, kind="stable")
        starts, reach = reinforcements.first[order], np.maximum.accumulate(
            reinforcements.last[order])
        k = np.searchsorted(starts, c.first[b], side="right") - 1
        covered = (k >= 0) & (reach[np.maximum(k, 0)] >= c.last[a])
    else:
        covered = np.zeros(len(b), dtype=bool)
    hit = (c.value[b] > c.value[a]) & ~covered & _apart(c, a, b)
    return a[hit], b[hit], np.full(hit.sum(), _GREW), (c.first[b] - c.last[a])[hit]


def _against_series(rates: list[Reading], evidence: Evidence) -> list[Conflict]:
    series = evidence.series(rates[0].subject)
    fit = fit_series(series.points, series.skipped)
    if fit.rate is None:
        return []
    low, high = fit.rate - RATE_Z * fit.rate_se, fit.rate + RATE_Z * fit.rate_se
    side = _Side(f"{fit.rate_text} fitted to {len(fit.points)} casualty figures")
    used = fit.claims_used
    out = []
    for r in rates:
        if r.high >= low and r.low <= high:
            continue
        smaller = min(r.value, abs(fit.rate))
        apart = abs(r.value - fit.rate) / smaller if smaller > 0 else None
        out.append(Conflict(r.subject, "loss_rate", r.claim_ids, (), apart,
                            (r, side, evidence.name(r.source), "",
                             ": outside the fitted rate's 90% range"), used))
    return out


def _conflict(a: Reading, b: Reading, evidence: Evidence, why: str) -> Conflict:
    smaller = min(a.value, b.value)
    apart = abs(a.value - b.value) / smaller if smaller > 0 else None
    return Conflict(a.subject, a.metric, a.claim_ids, b.claim_ids, apart,
                    (a, b, evidence.name(a.source), evidence.name(b.source), why))
