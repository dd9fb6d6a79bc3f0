"""The claims an analysis reads, as columns: one row per claim in the analyst's order, the
columns the evidence model computes with as numpy arrays, and a `Claim` made only for the
rows someone asks about (the detail pane, a worded conflict, a judgment's sources).

A 100,000-claim briefing read as objects cost more than the whole analysis after it
(building and validating a dataclass per row); read as one SELECT into columns it is a few
array operations. The table is what the store returned at one moment, so a Claim made from
it later says what the analysis saw, even after its connection is closed.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping

import numpy as np

from briefing.domain import Claim

FIELDS = tuple(Claim.__dataclass_fields__)   # the order of a row's values


def codes(values: list) -> tuple[np.ndarray, list]:
    """Each value's code and the distinct values in order of first appearance."""
    distinct = list(dict.fromkeys(values))
    code = {v: k for k, v in enumerate(distinct)}
    return np.fromiter(map(code.__getitem__, values), np.int64, len(values)), distinct


_CODED = ("subject", "metric", "source", "qualifier", "date_precision", "as_of")

_NUMBERS = ("value", "low", "high", "fraction")


class ClaimTable:
    """`rows`: the claims' values in FIELDS order; `make(row)` turns one into a Claim.

    Every column is kept as a numpy array (codes into a list of the distinct values, for the
    few-valued ones), not as row tuples or lists: the garbage collector does not walk
    arrays, and the rows of 100,000 claims cost a collection after the analysis about as
    long as computing their readings took."""

    def __init__(self, rows: list[tuple], make: Callable[[tuple], Claim],
                 made: Iterable[Claim] = ()):
        self._make = make
        self._made: dict[int, Claim] = dict(enumerate(made))
        n = len(rows)
        column = dict(zip(FIELDS, zip(*rows))) if rows else {name: () for name in FIELDS}
        self.index = dict(zip(column["id"], range(n)))
        coded = {name: codes(column[name]) for name in _CODED}
        self.subject, self.subjects = coded["subject"]
        self.metric, self.metrics = coded["metric"]
        self.source, self.sources = coded["source"]
        self.qualifier, self.qualifiers = coded["qualifier"]
        self.precision, self.precisions = coded["date_precision"]
        self.day, self.days = coded["as_of"]
        self.credibility = np.array(column["credibility"], dtype=np.int64)
        self.include = np.array(column["include_in_projection"], dtype=bool)
        self.value, self.low, self.high, self.fraction = (
            np.array(column[name], dtype=float) for name in _NUMBERS)
        objects = {name: np.fromiter(column[name], dtype=object, count=n) for name in FIELDS
                   if name not in _CODED and name not in _NUMBERS
                   and name not in ("credibility", "include_in_projection")}
        self.ids: np.ndarray = objects["id"]
        self.fraction_of: np.ndarray = objects["fraction_of"]
        self.base_claim: np.ndarray = objects["base_claim"]
        # How to get each field's value back for one row, in FIELDS order.
        self._fields: list[Callable[[int], object]] = []
        for name in FIELDS:
            if name in coded:
                found, names = coded[name]
                self._fields.append(lambda k, c=found, v=names: v[c[k]])
            elif name in _NUMBERS:
                self._fields.append(lambda k, a=getattr(self, name):
                                    None if a[k] != a[k] else float(a[k]))
            elif name == "credibility":
                self._fields.append(lambda k, a=self.credibility: int(a[k]))
            elif name == "include_in_projection":
                self._fields.append(lambda k, a=self.include: bool(a[k]))
            else:
                self._fields.append(objects[name].__getitem__)

    @classmethod
    def of_claims(cls, claims: Iterable[Claim]) -> "ClaimTable":
        """A table over Claim objects a caller already has (tests, an import's preview)."""
        claims = list(claims)
        return cls([tuple(getattr(c, name) for name in FIELDS) for c in claims],
                   lambda row: Claim(*row), claims)

    def __len__(self) -> int:
        return len(self.ids)

    def claim(self, k: int) -> Claim:
        found = self._made.get(k)
        if found is None:
            found = self._made[k] = self._make(tuple(get(k) for get in self._fields))
        return found

    def rows_of(self, metric: str, subject: str | None = None) -> np.ndarray:
        """The rows of one metric (and subject), in the analyst's order."""
        if metric not in self.metrics or (subject is not None and subject not in self.subjects):
            return np.zeros(0, np.int64)
        hit = self.metric == self.metrics.index(metric)
        if subject is not None:
            hit &= self.subject == self.subjects.index(subject)
        return np.flatnonzero(hit)


class Claims(Mapping):
    """Claim id → Claim over a table, in the analyst's order, each made when first asked."""

    def __init__(self, table: ClaimTable):
        self._table = table

    def __getitem__(self, claim_id: str) -> Claim:
        return self._table.claim(self._table.index[claim_id])

    def __contains__(self, claim_id) -> bool:
        return claim_id in self._table.index

    def __iter__(self) -> Iterator[str]:
        return iter(self._table.ids)

    def __len__(self) -> int:
        return len(self._table)
