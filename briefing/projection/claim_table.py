"""The claims an analysis reads, as columns: one row per claim in the analyst's order, the
columns the evidence model computes with as numpy arrays, and a `Claim` made only for the
rows someone asks about (the detail pane, a worded conflict, a judgment's sources).

A 100,000-claim briefing read as objects cost more than the whole analysis after it
(building and validating a dataclass per row); read as one SELECT into columns it is a few
array operations. The columns are what the store returned at one moment, so a Claim made
from them later has the figures the analysis saw; the texts it never computes with (quote,
document, note) are read for the Claims made, through `texts`, when they are made — from
the window's own workspace once the worker's connection that read the columns is closed.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

import numpy as np

from briefing.domain import Claim

FIELDS = tuple(Claim.__dataclass_fields__)   # the order of a row's values


def codes(values) -> tuple[np.ndarray, list]:
    """Each value's code and the distinct values in order of first appearance."""
    distinct = list(dict.fromkeys(values))
    code = {v: k for k, v in enumerate(distinct)}
    return np.fromiter(map(code.__getitem__, values), np.int64, len(values)), distinct


def first_seen(found: np.ndarray, names) -> tuple[np.ndarray, list]:
    """Codes into `names` renumbered as `codes` numbers the values they stand for."""
    present = np.flatnonzero(np.bincount(found, minlength=len(names)))
    present = present[np.argsort([np.argmax(found == c) for c in present.tolist()])]
    renumber = np.zeros(len(names), np.int64)
    renumber[present] = np.arange(len(present))
    return renumber[found], [names[c] for c in present.tolist()]


def analyst_order(seq: np.ndarray, ids) -> np.ndarray | None:
    """The permutation that puts rows in the analyst's order (by seq, then id), or None when
    they are in it already (as a store's rows usually are)."""
    if np.all(seq[1:] > seq[:-1]):
        return None
    order = np.argsort(seq, kind="stable")
    if np.any(seq[order][1:] == seq[order][:-1]):
        order = np.array(sorted(range(len(seq)), key=lambda k: (seq[k], ids[k])), np.int64)
    return order


NAN = float("nan")


def _taken(values, order: np.ndarray | None):
    """A column's values in `order` (None: as they are)."""
    if order is None:
        return values
    if isinstance(values, np.ndarray):
        return values[order]
    return tuple(values[k] for k in order.tolist())


def _floats(values, n: int) -> np.ndarray:
    """A number column as floats, NaN for None (a store's read may be an array already)."""
    if isinstance(values, np.ndarray):
        return values.astype(float, copy=False)
    return np.fromiter((NAN if v is None else v for v in values), float, n)


_CODED = ("subject", "metric", "source", "qualifier", "date_precision", "as_of")

_NUMBERS = ("value", "low", "high", "fraction")


class ClaimTable:
    """`columns`: each field's values (FIELDS), in the analyst's order or with a "seq"
    column to put them in it; `packed` and `layout`: the few-valued fields packed into one
    integer per row, as the store reads them (`store/claim_read.py`), in the same order as
    `columns`. `make(row)` turns a row's values in FIELDS order into a Claim.

    Every column the analysis computes with is a numpy array (codes into a list of the
    distinct values, for the few-valued ones), not row tuples or lists: the garbage
    collector does not walk arrays, and the rows of 100,000 claims cost a collection after
    the analysis about as long as computing their readings took. The texts, read only to
    make a Claim, stay the tuples of strings they came in, which the collector stops
    tracking the first time it sees them; those the store leaves out (`texts`) are read
    for the Claims being made."""

    def __init__(self, columns: Mapping[str, Sequence], make: Callable[[tuple], Claim],
                 made: Iterable[Claim] = (), packed: Sequence[int] = (), layout: tuple = (),
                 texts: Callable[[list[str]], Mapping[str, Mapping]] | None = None):
        self._make = make
        self._made: dict[int, Claim] = dict(enumerate(made))
        n = len(columns["id"])
        order = (analyst_order(np.array(columns["seq"], np.int64), columns["id"])
                 if "seq" in columns and n > 1 else None)
        column = {name: _taken(values, order) for name, values in columns.items()}
        coded = {name: codes(column[name]) for name in _CODED if name in column}
        numbers = {name: _floats(column[name], n) for name in _NUMBERS}
        if layout:
            bits = np.asarray(packed, dtype=np.int64)
            if order is not None:
                bits = bits[order]
            for p in layout:
                found = (bits >> p.shift) & ((1 << p.bits) - 1)
                if p.names is None:
                    column[p.field] = found
                elif p.field in _CODED:
                    coded[p.field] = first_seen(found, p.names)
                else:
                    column[p.field] = np.array(p.names, dtype=object)[found]
        self.index = dict(zip(column["id"], range(n)))
        self.subject, self.subjects = coded["subject"]
        self.metric, self.metrics = coded["metric"]
        self.source, self.sources = coded["source"]
        self.qualifier, self.qualifiers = coded["qualifier"]
        self.precision, self.precisions = coded["date_precision"]
        self.day, self.days = coded["as_of"]
        self.credibility = np.array(column["credibility"], dtype=np.int64)
        self.include = np.array(column["include_in_projection"], dtype=bool)
        self.value, self.low, self.high, self.fraction = (numbers[name] for name in _NUMBERS)
        objects = {name: np.fromiter(column[name], dtype=object, count=n)
                   for name in ("id", "fraction_of", "base_claim")}
        self.ids: np.ndarray = objects["id"]
        self._texts = _Texts(self.ids, texts)
        self.fraction_of: np.ndarray = objects["fraction_of"]
        self.base_claim: np.ndarray = objects["base_claim"]
        # How to get each field's values back for one row, and for many, in FIELDS order.
        self._fields: list[Callable[[int], object]] = []
        self._columns: list[Callable[[np.ndarray], list]] = []
        for name in FIELDS:
            if name in coded:
                found, names = coded[name]
                self._fields.append(lambda k, c=found, v=names: v[c[k]])
                self._columns.append(lambda rows, c=found, v=names:
                                     [v[i] for i in c[rows].tolist()])
            elif name in _NUMBERS:
                self._fields.append(lambda k, a=numbers[name]:
                                    None if a[k] != a[k] else float(a[k]))
                self._columns.append(lambda rows, a=numbers[name]:
                                     [None if x != x else x for x in a[rows].tolist()])
            elif name == "credibility":
                self._fields.append(lambda k, a=self.credibility: int(a[k]))
                self._columns.append(lambda rows, a=self.credibility: a[rows].tolist())
            elif name == "include_in_projection":
                self._fields.append(lambda k, a=self.include: bool(a[k]))
                self._columns.append(lambda rows, a=self.include: a[rows].tolist())
            elif name in objects:
                self._fields.append(objects[name].__getitem__)
                self._columns.append(lambda rows, a=objects[name]: a[rows].tolist())
            elif name not in column:   # a text the store left out: read for the Claim
                self._fields.append(lambda k, t=self._texts, f=name: t.of(k)[f])
                self._columns.append(lambda rows, t=self._texts, f=name:
                                     [t.of(k)[f] for k in rows.tolist()])
            else:   # texts, only ever read for a Claim: kept as the tuple they came in
                text = tuple(column[name])
                self._fields.append(text.__getitem__)
                self._columns.append(lambda rows, t=text: [t[k] for k in rows.tolist()])

    @classmethod
    def of_claims(cls, claims: Iterable[Claim]) -> "ClaimTable":
        """A table over Claim objects a caller already has (tests, an import's preview)."""
        claims = list(claims)
        return cls({name: [getattr(c, name) for c in claims] for name in FIELDS},
                   lambda row: Claim(*row), claims)

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def texts(self):
        """Claim ids → each one's texts the store left out of the columns (its quote,
        document and note), as field → value; read only when a Claim is made. Set it to
        another workspace's reader when the connection that read the columns is closed (an
        analysis made on a worker thread, shown in the window)."""
        return self._texts.reader

    @texts.setter
    def texts(self, reader) -> None:
        self._texts.reader = reader

    def claim(self, k: int) -> Claim:
        found = self._made.get(k)
        if found is None:
            found = self._made[k] = self._make(tuple(get(k) for get in self._fields))
            self._texts.forget()
        return found

    def make_claims(self, rows: np.ndarray) -> None:
        """Make the Claims of these rows, column by column, for a caller about to ask for
        each (a casualty series of thousands of figures: a third of the time row by row)."""
        rows = np.array([k for k in dict.fromkeys(rows.tolist()) if k not in self._made],
                        np.int64)
        if len(rows):
            self._texts.read(rows.tolist())
            values = zip(*(get(rows) for get in self._columns))
            self._made.update(zip(rows.tolist(), map(self._make, values)))
            self._texts.forget()

    def rows_of(self, metric: str, subject: str | None = None) -> np.ndarray:
        """The rows of one metric (and subject), in the analyst's order."""
        if metric not in self.metrics or (subject is not None and subject not in self.subjects):
            return np.zeros(0, np.int64)
        hit = self.metric == self.metrics.index(metric)
        if subject is not None:
            hit &= self.subject == self.subjects.index(subject)
        return np.flatnonzero(hit)


class _Texts:
    """The texts of the Claims being made, read through `reader` in one batch and
    forgotten once they are made. A claim no longer stored (deleted since the analysis
    read it) shows an empty quote until the next analysis, which no longer has it."""
    GONE = {"quote": "", "document": None, "note": None}

    def __init__(self, ids: np.ndarray, reader):
        self.ids, self.reader, self._read = ids, reader, {}

    def read(self, rows: list[int]) -> None:
        wanted = [k for k in rows if k not in self._read]
        if wanted and self.reader is not None:
            found = self.reader([self.ids[k] for k in wanted])
            self._read.update((k, found.get(self.ids[k], self.GONE)) for k in wanted)

    def of(self, k: int) -> Mapping:
        if k not in self._read:
            self.read([k])
        return self._read[k]

    def forget(self) -> None:
        self._read.clear()


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
