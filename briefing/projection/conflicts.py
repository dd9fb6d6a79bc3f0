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

A dense 100,000-claim ledger has hundreds of thousands of pairs, so they are found with numpy
over columns built once for every reading (`conflict_pairs.py`) and kept as index arrays
into the readings; a claim's pairs are looked up through an index (`conflict_index.py`), and
a `Conflict` is made, and worded, only when someone asks for it.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

import numpy as np

from briefing.domain import Claim, Source, rounded

from .conflict_index import ClaimIndex
from .conflict_pairs import AGAINST, FELL, FALL_WINDOW_DAYS, STRENGTH_TOLERANCE, Columns, growth, sweep
from .evidence import Evidence
from .fit import fitted_rate
from .reading_columns import ReadingColumns
from .readings import Reading

__all__ = ["Conflict", "Conflicts", "FALL_WINDOW_DAYS", "RATE_Z", "STRENGTH_TOLERANCE",
           "find_conflicts"]

RATE_Z = 1.645  # two-sided 90 %


class _Side(NamedTuple):
    """The non-claim side of a comparison (a fitted rate), already worded."""
    text: str


class _Fitted(NamedTuple):
    """The rate fitted to a subject's casualty series that its stated rates are checked
    against: what a rate's Conflict is worded with (made when asked, like any other)."""
    rate: float
    side: _Side
    series: tuple[str, ...]   # the claims the fit used


@dataclass(frozen=True)
class Conflict:
    subject: str
    metric: str
    first: tuple[str, ...]    # claim ids of the earlier figure (two for killed + wounded)
    second: tuple[str, ...]
    apart: float | None       # difference relative to the smaller best number
    # () -> (side a, side b, name a, name b, why): the readings are made when it is worded.
    _words: Callable[[], tuple] = field(repr=False, compare=False)
    series: tuple[str, ...] = ()  # a stated rate's: the casualty claims the fit it fails used

    @property
    def claim_ids(self) -> tuple[str, ...]:
        return self.first + self.second

    @property
    def reason(self) -> str:
        """'Zelenskyy 3,800 vs NIS 3,000 (27% apart), reported 4 days later: …'."""
        a, b, name_a, name_b, why = self._words()
        pct = ("one is zero" if self.apart is None else f"{spread(self.apart)} apart"
               if self.apart <= 1 else f"one {1 + self.apart:.3g} times the other")
        right = f"{name_b} {b.text}" if name_b else b.text
        return f"{name_a} {a.text} vs {right} ({pct}){why}"


def spread(apart: float) -> str:
    """A difference relative to the smaller figure as an analyst says it: '27%' up to double,
    then 'a factor of 112' (a stated rate against a flat series is no '11119%')."""
    return f"{apart * 100:.0f}%" if apart <= 1 else f"a factor of {1 + apart:.3g}"


class Conflicts:
    """Every conflicting pair, ordered by subject, metric and date; a sequence of Conflict
    objects made on demand. Pair p compares readings `a[p]` and `b[p]` (-1: a stated rate
    against its fitted series, whose Conflict is made when found: there are few)."""

    def __init__(self, evidence: Evidence, readings: "_AllReadings", a: np.ndarray,
                 b: np.ndarray, why: np.ndarray, gap: np.ndarray, rates: dict[int, _Fitted]):
        # Not the Evidence itself, which caches this object: no cycle keeps either alive.
        self._ids, self._names, self._readings = evidence.table.index, evidence.names, readings
        self._a, self._b, self._why, self._gap, self._rates = a, b, why, gap, rates
        self._made: dict[int, Conflict] = {}   # the pairs asked for so far, worded once

    def __len__(self) -> int:
        return len(self._a)

    def __bool__(self) -> bool:
        return len(self) > 0

    def __iter__(self):
        for p in range(len(self)):
            yield self._made.get(p) or self._make(p)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        if index not in self._made:
            self._made[index] = self._make(index)
        return self._made[index]

    def index(self) -> None:
        """Build the per-claim index now (the first lookup would otherwise)."""
        self._index

    @cached_property
    def _index(self) -> ClaimIndex:
        return ClaimIndex(self._ids, self._readings.one, self._readings.two, self._a, self._b)

    def of_claim(self, claim_id: str) -> Conflict | None:
        """The first conflict a claim is in."""
        found = self._index.positions(claim_id)
        return self[int(found[0])] if len(found) else None

    def others_of(self, claim_id: str) -> list[str]:
        """The claims a claim conflicts with, in order."""
        ids = self._readings.id_list
        return [ids[k] for k in self._index.others(claim_id)]

    def first_pairs(self, claim_ids: Sequence[str]) -> np.ndarray:
        """For each claim, the position of the conflict shown beside it (`of_claim`), NONE
        when it is in none: claims with one number share one conflict, and the numbers follow
        the conflicts' order. Made for views that order every claim by its conflict (the
        ledger's Group conflicts and Conflict sort), which asking `of_claim` claim by claim
        would make a Conflict for each: 3 s for 100,000 claims."""
        return self._index.first_pairs(claim_ids)

    def flagged_claims(self) -> list[str]:
        """The claims in any conflict, in the order the conflicts name them (each where it
        is first named), without making a Conflict: the pack's claims table."""
        ids = self._readings.id_list
        return [ids[k] for k in self._index.named_in_order().tolist()]

    def among(self, claim_ids) -> list[Conflict]:
        """The conflicts whose every claim is in `claim_ids`."""
        return [self[p] for p in self._index.among(claim_ids).tolist()]

    def _make(self, p: int) -> Conflict:
        a = int(self._a[p])
        if p in self._rates:
            return _rate_conflict(self._readings, a, self._rates[p], self._names)
        why, gap = int(self._why[p]), int(self._gap[p])
        s = "s" if gap != 1 else ""
        words = ("" if why == AGAINST else
                 f", reported {gap} day{s} later: a running total cannot fall" if why == FELL
                 else f", reported {gap} day{s} later with no reinforcements reported between")
        return _conflict(self._readings, a, int(self._b[p]), self._names, words)


def find_conflicts(claims: Iterable[Claim] | Evidence,
                   sources: Mapping[str, Source] | Iterable[Source] = (),
                   subjects: frozenset[str] | None = None) -> Conflicts:
    """Every conflicting pair (of `subjects` only, when given), ordered by subject, metric
    and date (and, within one subject and metric, by the earlier reading's span and claim
    ids, then the later's)."""
    evidence = claims if isinstance(claims, Evidence) else Evidence(claims, sources)
    readings = _AllReadings(evidence.columns, subjects)
    groups = readings.groups()
    a, b, why, gap, rates = [], [], [], [], {}
    found = 0
    for subject, metric in sorted(groups):
        members = groups[(subject, metric)]
        cols = readings.columns(members, metric == "strength")
        blocks = [sweep(cols, metric)]
        if metric == "strength":
            extra = groups.get((subject, "reinforcements"))
            blocks.append(growth(cols, None if extra is None else readings.columns(extra)))
        for first, second, reason, days in blocks:
            a.append(members[first]), b.append(members[second])
            why.append(reason), gap.append(days)
            found += len(first)
        if metric == "loss_rate":
            ks, fitted = _against_series(members, readings, evidence, subject)
            rates.update(dict.fromkeys(range(found, found + len(ks)), fitted))
            a.append(members[ks]), b.append(np.full(len(ks), -1))
            why.append(np.zeros(len(ks), np.int64)), gap.append(np.zeros(len(ks), np.int64))
            found += len(ks)
    cat = (lambda arrays: np.concatenate(arrays).astype(np.int64) if arrays
           else np.zeros(0, np.int64))
    return Conflicts(evidence, readings, cat(a), cat(b), cat(why), cat(gap), rates)


class _AllReadings:
    """What the rules compare, as columns: every readable claim's reading (of `subjects`
    only, when given), in the analyst's order, then every killed + wounded pair. Reading r
    stands for claim row `one[r]` and, for a pair, `two[r]` (else -1); a Reading is made
    only for the pairs that are worded."""

    _NAMES = ("first", "last", "low", "high", "value", "stated_low", "stated_high")

    def __init__(self, columns: ReadingColumns, subjects: frozenset[str] | None):
        t, self._columns = columns.table, columns
        keep = columns.readable.copy()
        if subjects is not None:
            keep &= np.isin(t.subject, [t.subjects.index(s) for s in subjects
                                        if s in t.subjects])
        rows = np.flatnonzero(keep)
        parts = [t.metrics.index(m) for m in ("killed", "wounded") if m in t.metrics]
        k, w, _ = columns.pairs(rows[np.isin(t.metric[rows], parts)])
        self.one = np.concatenate([rows, k])
        self.two = np.concatenate([np.full(len(rows), -1, np.int64), w])
        both = columns.pair_columns(k, w)
        for name in self._NAMES:
            setattr(self, name, np.concatenate([getattr(columns, name)[rows], both[name]]))
        self.subject = t.subject[self.one]
        metrics = t.metrics + ["casualties"]
        self.metric = np.concatenate([t.metric[rows], np.full(len(k), metrics.index(
            "casualties"), np.int64)])
        self._metrics = metrics

    def __len__(self) -> int:
        return len(self.one)

    @property
    def ids(self) -> np.ndarray:
        """Claim row → id."""
        return self._columns.table.ids

    def claim_ids(self, r: int) -> tuple[str, ...]:
        ids, one, two = self.id_list, self._one, self._two
        return (ids[one[r]],) if two[r] < 0 else (ids[one[r]], ids[two[r]])

    @cached_property
    def id_list(self) -> list[str]:
        """Claim row → id as a list (and `one`, `two` below): the look-ups of ledger rows
        index them one item at a time, which a list does several times faster."""
        return self.ids.tolist()

    @cached_property
    def _one(self) -> list[int]:
        return self.one.tolist()

    @cached_property
    def _two(self) -> list[int]:
        return self.two.tolist()

    def subject_of(self, r: int) -> str:
        return self._columns.table.subjects[self.subject[r]]

    def metric_of(self, r: int) -> str:
        return self._metrics[self.metric[r]]

    def reading(self, r: int) -> Reading:
        two = int(self.two[r])
        one = int(self.one[r])
        return self._columns.reading(one) if two < 0 else self._columns.pair(one, two)

    def groups(self) -> dict[tuple[str, str], np.ndarray]:
        """(subject, metric) → its readings, sorted by (first day, last day, claim ids) as
        the sweeps expect."""
        t = self._columns.table
        n = len(self)
        if not n:
            return {}
        rank = np.empty(len(t), np.int64)
        rank[np.argsort(t.ids, kind="stable")] = np.arange(len(t))
        second = np.where(self.two < 0, -1, rank[np.maximum(self.two, 0)])
        group = self.subject * len(self._metrics) + self.metric
        order = np.lexsort((second, rank[self.one], self.last, self.first, group))
        keys, starts = np.unique(group[order], return_index=True)
        bounds = list(starts.tolist()) + [n]
        width = len(self._metrics)
        return {(t.subjects[g // width], self._metrics[g % width]): order[bounds[i]:bounds[i + 1]]
                for i, g in enumerate(keys.tolist())}

    def columns(self, m: np.ndarray, stated: bool = False) -> Columns:
        return Columns(self.first[m], self.last[m], self.low[m], self.high[m], self.value[m],
                       self.stated_low[m] if stated else None,
                       self.stated_high[m] if stated else None)


def _against_series(members: np.ndarray, readings: _AllReadings, evidence: Evidence,
                    subject: str) -> tuple[np.ndarray, _Fitted | None]:
    """The indexes in `members` of the stated rates outside the range of the rate fitted
    to the subject's casualty series, and that fit."""
    series = evidence.series_columns(subject)
    fitted = fitted_rate(series.x, series.x_var, series.value, series.sd, series.trust)
    if fitted is None:
        return np.zeros(0, np.int64), None
    rate, rate_se = fitted
    low, high = rate - RATE_Z * rate_se, rate + RATE_Z * rate_se
    side = _Side(f"{rounded(rate)} ± {rounded(rate_se)} a day fitted to {len(series.x)} "
                 "casualty figures")
    used = tuple(i for ids in series.claim_ids for i in ids)
    outside = ~((readings.high[members] >= low) & (readings.low[members] <= high))
    return np.flatnonzero(outside), _Fitted(rate, side, used)


def _rate_conflict(readings: _AllReadings, r: int, fitted: _Fitted, name) -> Conflict:
    value = float(readings.value[r])
    smaller = min(value, abs(fitted.rate))
    apart = abs(value - fitted.rate) / smaller if smaller > 0 else None

    def words():
        reading = readings.reading(r)
        return (reading, fitted.side, name(reading.source), "",
                ": outside the fitted rate's 90% range")
    return Conflict(readings.subject_of(r), "loss_rate", readings.claim_ids(r), (), apart,
                    words, fitted.series)


def _conflict(readings: _AllReadings, a: int, b: int, name, why: str) -> Conflict:
    """Readings `a` and `b` in conflict (compared by their best numbers; worded when asked)."""
    value_a, value_b = float(readings.value[a]), float(readings.value[b])
    smaller = min(value_a, value_b)
    apart = abs(value_a - value_b) / smaller if smaller > 0 else None

    def words():
        first, second = readings.reading(a), readings.reading(b)
        return first, second, name(first.source), name(second.source), why
    return Conflict(readings.subject_of(a), readings.metric_of(a), readings.claim_ids(a),
                    readings.claim_ids(b), apart, words)
