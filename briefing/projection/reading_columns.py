"""Every claim's reading as columns: the numbers `readings.read` gives one claim (best
estimate, uncertainty, interval, date span, trust), computed for all claims at once, with a
`Reading` made only for the claims someone looks at.

Each number goes through the same floating-point operations in the same order as `read`
(`math.hypot`, which numpy's does not match to the last bit), so a column and the Reading
made from it agree exactly with what `read` says of the claim. Which strength figure a
fraction is taken of is the evidence model's choice (`evidence.py`); it hands the base here.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping

import numpy as np

from briefing.domain.wording import FractionBase

from .claim_table import ClaimTable
from .readings import MIN_SD, QUALIFIERS, Reading, _new_reading, combined, date_stats

_ROOT_12 = math.sqrt(12.0)


def _hypot(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.array(list(map(math.hypot, a.tolist(), b.tolist())), dtype=float)


class ReadingColumns:
    """The readings of a table's claims; `readable[k]` is False for a fraction with no base
    (its reason is the evidence model's) until `read_fraction` is given one."""

    def __init__(self, table: ClaimTable, trust: Callable[[str, int], float],
                 name: Callable[[str], str]):
        self.table, self._name = table, name
        n = len(table)
        span = table.day * max(len(table.precisions), 1) + table.precision
        spans, at = np.unique(span, return_inverse=True)
        stats = [date_stats(table.days[s // len(table.precisions)],
                            table.precisions[s % len(table.precisions)]) for s in spans.tolist()]
        self._span_of, self._spans = at.reshape(-1), stats
        self.first = np.array([s[0].toordinal() for s in stats], np.int64)[self._span_of]
        self.last = np.array([s[1].toordinal() for s in stats], np.int64)[self._span_of]
        self.x = np.array([s[2] for s in stats], dtype=float)[self._span_of]
        self.x_var = np.array([s[3] for s in stats], dtype=float)[self._span_of]
        graded = table.source * 16 + table.credibility
        grades, at = np.unique(graded, return_inverse=True)
        self.trust = np.array([trust(table.sources[g // 16], g % 16) for g in grades.tolist()],
                              dtype=float)[at.reshape(-1)] if n else np.zeros(0)
        q = [QUALIFIERS[name] for name in table.qualifiers]
        factor, spread, q_low, q_high = (np.array([getattr(x, f) for x in q] or [0.0],
                                                  dtype=float)[table.qualifier]
                                         for f in ("factor", "spread", "low", "high"))
        self.readable = np.isnan(table.fraction)
        with np.errstate(invalid="ignore"):
            central = np.where(np.isnan(table.value), (table.low + table.high) / 2.0,
                               table.value)
            lo = np.where(np.isnan(table.low), central, table.low)
            hi = np.where(np.isnan(table.high), central, table.high)
            sd = _hypot(spread * central, (hi - lo) / _ROOT_12) if n else np.zeros(0)
            self.value, self.low, self.high = central * factor, lo * q_low, hi * q_high
        self.sd = np.where(MIN_SD > sd, MIN_SD, sd)
        # A strength figure's own interval (its range, or the number), compared without
        # qualifier widening; a fraction's is its count.
        self.stated_low, self.stated_high = lo, hi
        self.base = np.full(n, -1, np.int64)
        self._base_name: dict[int, str] = {}
        self._made: dict[int, Reading] = {}
        self._bases: dict[int, FractionBase] = {}

    def read_fraction(self, k: int, b: int) -> None:
        """Read fraction claim `k` as a share of the strength figure in row `b` (`stated`)."""
        t = self.table
        f = float(t.fraction[k])
        q = QUALIFIERS[t.qualifiers[t.qualifier[k]]]
        value, sd = float(self.value[b]), float(self.sd[b])
        count = f * q.factor * value
        spread = math.hypot(q.spread * f * value, f * sd)
        self.value[k], self.sd[k] = count, MIN_SD if MIN_SD > spread else spread
        self.low[k] = f * q.low * float(self.low[b])
        self.high[k] = f * q.high * float(self.high[b])
        self.stated_low[k] = self.stated_high[k] = count
        self.base[k], self.readable[k] = b, True
        self._base_name[k] = self._name(t.sources[t.source[b]])

    def fraction_base(self, k: int) -> FractionBase | None:
        b = int(self.base[k])
        if b < 0:
            return None
        found = self._bases.get(k)
        if found is None:
            found = self._bases[k] = FractionBase(self.table.ids[b], float(self.value[k]),
                                                  float(self.value[b]), self._base_name[k])
        return found

    def reading(self, k: int) -> Reading:
        """Row `k`'s Reading (made once; the row must be readable)."""
        found = self._made.get(k)
        if found is None:
            t = self.table
            first, last, x, x_var = self._spans[self._span_of[k]]
            found = self._made[k] = _new_reading((
                (t.ids[k],), t.subjects[t.subject[k]], t.metrics[t.metric[k]],
                t.sources[t.source[k]], t.days[t.day[k]], first, last, x, x_var,
                float(self.value[k]), float(self.sd[k]), float(self.low[k]),
                float(self.high[k]), float(self.trust[k]), self.fraction_base(k),
                t.claim(k)))
        return found

    def pair(self, k: int, w: int) -> Reading:
        """A killed (row `k`) and a wounded figure (row `w`) as one casualty Reading."""
        return combined(self.reading(k), self.reading(w))

    def pair_columns(self, k: np.ndarray, w: np.ndarray) -> dict[str, np.ndarray]:
        """The columns of killed + wounded pairs, as `combined` computes each."""
        first, last = np.minimum(self.first[k], self.first[w]), np.maximum(self.last[k],
                                                                            self.last[w])
        width = last - first + 1
        value = self.value[k] + self.value[w]
        return {"first": first, "last": last, "x": (first + last) / 2.0,
                "x_var": (width * width - 1) / 12.0, "value": value,
                "sd": _hypot(self.sd[k], self.sd[w]), "low": self.low[k] + self.low[w],
                "high": self.high[k] + self.high[w],
                "trust": np.minimum(self.trust[k], self.trust[w]),
                "stated_low": value, "stated_high": value}

    def pairs(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Killed and wounded `rows` (in the analyst's order) of one subject, source and date
        paired, the n-th killed with the n-th wounded: (killed rows, wounded rows, rows left
        without a partner), pairs and the rest ordered by their group's first row."""
        t = self.table
        rows = np.asarray(rows, np.int64)
        if not len(rows):
            return rows, rows, rows
        key = (t.subject[rows] * (len(t.sources) + 1) + t.source[rows]) * (len(t.days) + 1) \
            + t.day[rows]
        _, first, group = np.unique(key, return_index=True, return_inverse=True)
        group = np.argsort(np.argsort(first, kind="stable"), kind="stable")[group.reshape(-1)]
        wounded = (t.metric[rows] != (t.metrics.index("killed") if "killed" in t.metrics
                                      else -1)).astype(np.int64)
        side = group * 2 + wounded                  # a group's killed, then its wounded
        order = np.argsort(side, kind="stable")
        starts = np.searchsorted(side[order], side[order], side="left")
        nth = np.empty(len(rows), np.int64)
        nth[order] = np.arange(len(rows)) - starts
        sizes = np.bincount(side, minlength=2 * (group.max() + 1)).reshape(-1, 2)
        partners = sizes.min(axis=1)[group]
        paired = nth < partners
        k, w = paired & (wounded == 0), paired & (wounded == 1)
        by_k = np.lexsort((nth[k], group[k]))
        by_w = np.lexsort((nth[w], group[w]))
        lone = ~paired
        by_lone = np.lexsort((nth[lone], wounded[lone], group[lone]))
        return rows[k][by_k], rows[w][by_w], rows[lone][by_lone]


class Readings(Mapping):
    """Claim id → Reading of every readable claim, in the analyst's order, made on demand."""

    def __init__(self, columns: ReadingColumns):
        self._columns = columns

    def __getitem__(self, claim_id: str) -> Reading:
        k = self._columns.table.index[claim_id]
        if not self._columns.readable[k]:
            raise KeyError(claim_id)
        return self._columns.reading(k)

    def __contains__(self, claim_id) -> bool:
        k = self._columns.table.index.get(claim_id)
        return k is not None and bool(self._columns.readable[k])

    def __iter__(self) -> Iterator[str]:
        ids = self._columns.table.ids
        return (ids[k] for k in np.flatnonzero(self._columns.readable).tolist())

    def __len__(self) -> int:
        return int(np.count_nonzero(self._columns.readable))


class Bases(Mapping):
    """Fraction claim id → the FractionBase it was read with, made on demand (once)."""

    def __init__(self, columns: ReadingColumns):
        self._columns = columns

    def get(self, claim_id, default=None):
        k = self._columns.table.index.get(claim_id)
        found = None if k is None else self._columns.fraction_base(k)
        return default if found is None else found

    def __getitem__(self, claim_id: str) -> FractionBase:
        found = self.get(claim_id)
        if found is None:
            raise KeyError(claim_id)
        return found

    def __contains__(self, claim_id) -> bool:
        k = self._columns.table.index.get(claim_id)
        return k is not None and self._columns.base[k] >= 0

    def __iter__(self) -> Iterator[str]:
        ids = self._columns.table.ids
        return (ids[k] for k in np.flatnonzero(self._columns.base >= 0).tolist())

    def __len__(self) -> int:
        return int(np.count_nonzero(self._columns.base >= 0))
