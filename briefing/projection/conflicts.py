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

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

import numpy as np

from briefing.domain import Claim, Source

from .conflict_index import ClaimIndex
from .conflict_pairs import AGAINST, FELL, FALL_WINDOW_DAYS, STRENGTH_TOLERANCE, Columns, growth, sweep
from .evidence import Evidence
from .fit import fit_series
from .readings import Reading

__all__ = ["Conflict", "Conflicts", "FALL_WINDOW_DAYS", "RATE_Z", "STRENGTH_TOLERANCE",
           "find_conflicts"]

RATE_Z = 1.645  # two-sided 90 %


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

    def __init__(self, evidence: Evidence, readings: list[Reading], a: np.ndarray,
                 b: np.ndarray, why: np.ndarray, gap: np.ndarray, rates: dict[int, Conflict]):
        # Not the Evidence itself, which caches this object: no cycle keeps either alive.
        self._claims, self._names, self._readings = evidence.claims, evidence.names, readings
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
        return ClaimIndex(self._claims, self._readings, self._a, self._b)

    def of_claim(self, claim_id: str) -> Conflict | None:
        """The first conflict a claim is in."""
        found = self._index.positions(claim_id)
        return self[int(found[0])] if len(found) else None

    def others_of(self, claim_id: str) -> list[str]:
        """The claims a claim conflicts with, in order."""
        out: dict[str, None] = {}
        readings = self._readings
        for p in self._index.positions(claim_id).tolist():
            first = readings[self._a[p]].claim_ids
            second = readings[self._b[p]].claim_ids if self._b[p] >= 0 else ()
            out.update(dict.fromkeys(second if claim_id in first else first))
        return list(out)

    def among(self, claim_ids) -> list[Conflict]:
        """The conflicts whose every claim is in `claim_ids`."""
        return [self[p] for p in self._index.among(claim_ids).tolist()]

    def _make(self, p: int) -> Conflict:
        if p in self._rates:
            return self._rates[p]
        a, b = self._readings[self._a[p]], self._readings[self._b[p]]
        why, gap = int(self._why[p]), int(self._gap[p])
        s = "s" if gap != 1 else ""
        words = ("" if why == AGAINST else
                 f", reported {gap} day{s} later: a running total cannot fall" if why == FELL
                 else f", reported {gap} day{s} later with no reinforcements reported between")
        return _conflict(a, b, self._names, words)


def find_conflicts(claims: Iterable[Claim] | Evidence,
                   sources: Mapping[str, Source] | Iterable[Source] = (),
                   subjects: frozenset[str] | None = None) -> Conflicts:
    """Every conflicting pair (of `subjects` only, when given), ordered by subject, metric
    and date (and, within one subject and metric, by the earlier reading's span and claim
    ids, then the later's)."""
    evidence = claims if isinstance(claims, Evidence) else Evidence(claims, sources)
    readings = evidence.all_readings(subjects)
    groups = _Groups(readings)
    a, b, why, gap, rates = [], [], [], [], {}
    found = 0
    for subject, metric in groups.keys:
        members = groups.members[(subject, metric)]
        cols = groups.columns(members, metric)
        blocks = [sweep(cols, metric)]
        if metric == "strength":
            extra = groups.members.get((subject, "reinforcements"))
            blocks.append(growth(cols, None if extra is None else groups.columns(extra, "")))
        for first, second, reason, days in blocks:
            a.append(members[first]), b.append(members[second])
            why.append(reason), gap.append(days)
            found += len(first)
        if metric == "loss_rate":
            for k, conflict in _against_series([readings[m] for m in members], evidence):
                rates[found] = conflict
                a.append(members[[k]]), b.append(np.full(1, -1)), why.append([0]), gap.append([0])
                found += 1
    cat = (lambda arrays: np.concatenate(arrays).astype(np.int64) if arrays
           else np.zeros(0, np.int64))
    return Conflicts(evidence, readings, cat(a), cat(b), cat(why), cat(gap), rates)


class _Groups:
    """Every reading's columns, built once, and its members' indexes per (subject, metric),
    each group sorted by (first day, last day, claim ids) as the sweeps expect."""

    def __init__(self, readings: list[Reading]):
        self.readings = readings
        n = len(readings)
        columns = dict(zip(Reading._fields, zip(*readings))) if n else {}
        pairs = list(zip(columns.get("subject", ()), columns.get("metric", ())))
        self.keys = sorted(set(pairs))
        code = {k: g for g, k in enumerate(self.keys)}
        group = np.fromiter(map(code.__getitem__, pairs), np.int64, n)
        self.first = np.fromiter(map(dt.date.toordinal, columns.get("first", ())), np.int64, n)
        self.last = np.fromiter(map(dt.date.toordinal, columns.get("last", ())), np.int64, n)
        self.low, self.high, self.value = (np.array(columns.get(name, ()), dtype=float)
                                           for name in ("low", "high", "value"))
        ids = columns.get("claim_ids", ())
        rank = np.empty(n, np.int64)
        rank[sorted(range(n), key=ids.__getitem__)] = np.arange(n)
        order = np.lexsort((rank, self.last, self.first, group))
        bounds = np.searchsorted(group[order], np.arange(len(self.keys) + 1))
        self.members = {k: order[bounds[g]:bounds[g + 1]] for g, k in enumerate(self.keys)}

    def columns(self, m: np.ndarray, metric: str) -> Columns:
        stated = ([_stated(self.readings[k]) for k in m.tolist()] if metric == "strength"
                  else None)
        s_low, s_high = ((np.array([s[0] for s in stated], dtype=float),
                          np.array([s[1] for s in stated], dtype=float)) if stated is not None
                         else (None, None))
        return Columns(self.first[m], self.last[m], self.low[m], self.high[m], self.value[m],
                       s_low, s_high)


def _stated(r: Reading) -> tuple[float, float]:
    """A strength figure's own interval: its range, or the number itself."""
    c = r.claim
    if c is None or c.fraction is not None:
        return r.value, r.value
    central = c.central()
    return (c.low if c.low is not None else central), (c.high if c.high is not None else central)


def _against_series(rates: list[Reading], evidence: Evidence) -> list[tuple[int, Conflict]]:
    """(index in `rates`, conflict) of each stated rate outside the fitted rate's range."""
    series = evidence.series(rates[0].subject)
    fit = fit_series(series.points, series.skipped)
    if fit.rate is None:
        return []
    low, high = fit.rate - RATE_Z * fit.rate_se, fit.rate + RATE_Z * fit.rate_se
    side = _Side(f"{fit.rate_text} fitted to {len(fit.points)} casualty figures")
    used = fit.claims_used
    out = []
    for k, r in enumerate(rates):
        if r.high >= low and r.low <= high:
            continue
        smaller = min(r.value, abs(fit.rate))
        apart = abs(r.value - fit.rate) / smaller if smaller > 0 else None
        out.append((k, Conflict(r.subject, "loss_rate", r.claim_ids, (), apart,
                                (r, side, evidence.name(r.source), "",
                                 ": outside the fitted rate's 90% range"), used)))
    return out


def _conflict(a: Reading, b: Reading, name, why: str) -> Conflict:
    smaller = min(a.value, b.value)
    apart = abs(a.value - b.value) / smaller if smaller > 0 else None
    return Conflict(a.subject, a.metric, a.claim_ids, b.claim_ids, apart,
                    (a, b, name(a.source), name(b.source), why))
