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
from operator import itemgetter

import numpy as np

from briefing.domain import Claim

FIELDS = tuple(Claim.__dataclass_fields__)   # the order of a row's values


def codes(values: list) -> tuple[np.ndarray, list]:
    """Each value's code and the distinct values in order of first appearance."""
    seen: dict = {}
    found = np.fromiter((seen.setdefault(v, len(seen)) for v in values), np.int64, len(values))
    return found, list(seen)


class ClaimTable:
    """`rows`: the claims' values in FIELDS order; `make(row)` turns one into a Claim."""

    def __init__(self, rows: list[tuple], make: Callable[[tuple], Claim],
                 made: Iterable[Claim] = ()):
        self.rows, self._make = rows, make
        self._made: dict[int, Claim] = dict(enumerate(made))
        column = {name: list(map(itemgetter(j), rows)) if rows else []
                  for j, name in enumerate(FIELDS)}
        self.ids: list[str] = column["id"]
        self.index = {claim_id: k for k, claim_id in enumerate(self.ids)}
        self.subject, self.subjects = codes(column["subject"])
        self.metric, self.metrics = codes(column["metric"])
        self.source, self.sources = codes(column["source"])
        self.qualifier, self.qualifiers = codes(column["qualifier"])
        self.precision, self.precisions = codes(column["date_precision"])
        self.as_of: list[str] = column["as_of"]
        self.day, self.days = codes(self.as_of)
        self.credibility = np.array(column["credibility"], dtype=np.int64)
        self.include = np.array(column["include_in_projection"], dtype=bool)
        self.value, self.low, self.high, self.fraction = (
            np.array(column[name], dtype=float) for name in ("value", "low", "high", "fraction"))
        self.fraction_of: list[str | None] = column["fraction_of"]
        self.base_claim: list[str | None] = column["base_claim"]

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
            found = self._made[k] = self._make(self.rows[k])
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
