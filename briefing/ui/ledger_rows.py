"""The ledger's rows as columns of numpy arrays, sorted and filtered without Qt.

A `QSortFilterProxyModel` over a Python model took 16 s to sort 100k rows here; sorting the
arrays with numpy takes tens of milliseconds. The Qt model only maps a view row to a
position through `order` and formats the few cells on screen.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

import numpy as np

from ..domain import Claim, FuzzyDate, claim_field_names
from ..domain.vocabulary import RELIABILITY

# The quote comes before the subject (usually the same force on every row), so it is on
# screen and readable beside the projection at 1280 pixels.
COLUMNS = ("date", "figure", "metric", "source", "grade", "quote", "subject",
           "include_in_projection", "conflict")
HEADERS = ("Date", "Figure", "Metric", "Source", "Grade", "Quote", "Subject", "In proj.",
           "Conflict")

# Columns of a few distinct values: SQLite hands each cell over as a string of its own
# (100,000 copies of twenty subjects), about 6 MB a column at 100,000 claims; the rows keep
# one object per distinct value instead.
_REPEATED = ("source", "subject", "metric", "as_of", "date_precision", "qualifier",
             "source_name")
_SHARE_PART = 10_000  # values made one at a time (_share)

_SPAN_CACHE: dict[tuple[str, str], np.datetime64] = {}
_RELIABILITY_RANK = {letter: i for i, letter in enumerate(RELIABILITY)}


def span_start(as_of: str, precision: str) -> np.datetime64:
    key = (as_of, precision)
    if key not in _SPAN_CACHE:
        _SPAN_CACHE[key] = np.datetime64(FuzzyDate.parse(as_of, precision).span()[0], "D")
    return _SPAN_CACHE[key]


@dataclass
class LedgerFilter:
    text: str = ""
    source: str | None = None
    metric: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    reliabilities: frozenset[str] = frozenset()  # empty: any
    max_credibility: int = 6

    def active(self) -> bool:
        return self != LedgerFilter()


@dataclass
class LedgerRows:
    """Every claim of the briefing (one entry per claim, in file order) plus the current
    view `order`. `bases` turns fraction claims into numbers; `conflicts` maps a claim id
    to the first conflict it is in (anything with `first`, `second` and `reason`), and
    `pairs(ids)` numbers each claim's first conflict for every row at once (claims of one
    conflict alike, -1 for none: Conflicts.first_pairs), to group and sort
    by without making every Conflict."""

    cols: dict[str, np.ndarray] = field(default_factory=dict)
    order: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    bases: dict = field(default_factory=dict)   # claim id → domain FractionBase
    conflicts: dict = field(default_factory=dict)
    pairs: object = None     # claim ids → first-conflict numbers; None: no conflicts
    sort_key: tuple[str, bool] = ("date", False)
    filter: LedgerFilter = field(default_factory=LedgerFilter)
    group_conflicts: bool = False
    index: dict[str, int] = field(default_factory=dict)      # claim id → position
    fractions: list[int] = field(default_factory=list)       # positions of fraction claims
    remaining: int = 0  # claims of the briefing not read yet (rows of a first page)

    @classmethod
    def from_columns(cls, cols: dict[str, np.ndarray], bases=None,
                     conflicts=None, pairs=None) -> "LedgerRows":
        """Rows over `Workspace.claim_columns()` (the arrays are taken over, not copied)."""
        rows = cls(bases=bases or {}, conflicts=conflicts or {}, pairs=pairs)
        rows.cols = dict(cols)
        for name in _REPEATED:
            if name in rows.cols:
                _share(rows.cols[name])
        rows._derive()
        rows.refresh()
        return rows

    def __len__(self) -> int:
        return len(self.order)

    @property
    def total(self) -> int:
        return len(self.cols.get("id", ()))

    @property
    def complete(self) -> bool:
        """Whether these are all the briefing's claims, not the first page of them."""
        return not self.remaining

    def _derive(self, positions=None) -> None:
        """Sort columns for every row, or only for `positions` (after a patch). The text
        search column is built on the first text filter, not at load."""
        c = self.cols
        if positions is None:
            n = len(c["id"])
            c["start"] = np.zeros(n, "datetime64[D]")
            c["number"] = np.zeros(n, dtype=float)
            c.pop("haystack", None)
            self._reindex()
            positions = range(n)
        pos = np.fromiter(positions, dtype=np.int64)
        c["start"][pos] = [span_start(c["as_of"][i], c["date_precision"][i]) for i in pos]
        c["number"][pos] = self._numbers(pos)
        if "haystack" in c:
            for i in pos:
                c["haystack"][i] = self._text(i)

    def _reindex(self) -> None:
        """Claim id → position, and where the fraction claims are (rows came or went)."""
        c = self.cols
        self.index = {cid: i for i, cid in enumerate(c["id"])}
        self.fractions = [i for i, v in enumerate(c["fraction"]) if v is not None and v == v]

    def _text(self, i: int) -> str:
        c = self.cols
        return " ".join(str(c[k][i] or "") for k in (
            "subject", "quote", "source_name", "source", "note", "metric")).casefold()

    def search_text(self) -> np.ndarray:
        """Each row's searchable text, casefolded (built on first use)."""
        if "haystack" not in self.cols:
            self.cols["haystack"] = np.array([self._text(i) for i in range(self.total)],
                                             dtype=object)
        return self.cols["haystack"]

    def patch(self, frame: dict[str, np.ndarray], removed: set[str],
              bases: dict, conflicts: dict) -> None:
        """Bring a few rows up to date without re-reading every claim: `frame` holds the
        changed or added claims (claim_columns(ids)), `removed` the deleted ids; fraction
        claims are re-derived too, since an edited strength claim moves their numbers."""
        c = self.cols
        if removed:
            keep = ~np.isin(c["id"], list(removed))
            for name in c:
                c[name] = c[name][keep]
            self._reindex()
        fresh = [cid for cid in frame["id"] if cid not in self.index]
        if fresh:
            grow = len(fresh)
            for name, values in c.items():
                c[name] = np.concatenate([values, np.zeros(grow, values.dtype)
                                          if values.dtype != object else np.empty(grow, object)])
            base = len(self.index)
            c["id"][base:] = fresh
            self._reindex()
        touched = []
        for k, cid in enumerate(frame["id"]):
            pos = self.index[cid]
            for name, values in frame.items():
                c[name][pos] = values[k]
            touched.append(pos)
        if fresh:
            self._reindex()  # new rows' fractions are known only now
        self._derive(touched)
        self.set_analysis(bases, conflicts, self.pairs)
        self.refresh()   # rows came, went or changed: the order and the filter may move

    def set_analysis(self, bases: dict, conflicts: dict, pairs=None) -> None:
        """New fraction bases and conflict labels: re-derive the fraction claims' numbers,
        and re-sort only if the order depends on them (a new sort of 100,000 rows is a
        frame's worth of the window's thread)."""
        self.bases, self.conflicts, self.pairs = bases, conflicts, pairs
        self.cols.pop("conflict_pair", None)
        self._derive(self.fractions)
        if self.group_conflicts or self.sort_key[0] in ("figure", "conflict"):
            self.refresh()

    def changes_row_count(self, frame, removed: set[str]) -> bool:
        """Whether a patch adds or removes rows (a model reset rather than a relayout)."""
        return bool(removed & self.index.keys()) or any(cid not in self.index
                                                       for cid in frame["id"])

    def _numbers(self, pos: np.ndarray) -> np.ndarray:
        """The sortable figure of the rows at `pos`: the value, else a range's midpoint,
        else a fraction of its base (NaN when there is none)."""
        c = self.cols

        def floats(name: str) -> np.ndarray:
            return np.array([np.nan if v is None else v for v in c[name][pos]], dtype=float)

        value, low, high = (floats(k) for k in ("value", "low", "high"))
        counted = np.array([b.count if (b := self.bases.get(cid)) else np.nan
                            for cid in c["id"][pos]], dtype=float)
        return np.where(~np.isnan(value), value,
                        np.where(~np.isnan(low) & ~np.isnan(high), (low + high) / 2, counted))

    # ---- reading one row ----------------------------------------------------------------
    def position(self, row: int) -> int:
        return int(self.order[row])

    def row_of(self, claim_id: str) -> int | None:
        pos = self.index.get(claim_id)
        if pos is None:
            return None
        hits = np.flatnonzero(self.order == pos)
        return int(hits[0]) if len(hits) else None

    def value(self, pos: int, name: str):
        return _none(self.cols[name][pos])

    def claim(self, pos: int) -> Claim:
        values = {k: _none(self.cols[k][pos]) for k in claim_field_names()}
        values["include_in_projection"] = bool(values["include_in_projection"])
        values["credibility"] = int(values["credibility"])
        return Claim(**values)

    # ---- sorting and filtering ----------------------------------------------------------
    def set_sort(self, column: str, descending: bool) -> None:
        self.sort_key = (column, descending)
        self.refresh()

    def set_filter(self, flt: LedgerFilter) -> None:
        self.filter = flt
        self.refresh()

    def refresh(self) -> None:
        keep = np.flatnonzero(self._mask())
        keys = self._sort_keys(keep)
        self.order = keep[np.lexsort(keys)] if len(keep) else keep

    def _sort_keys(self, keep: np.ndarray) -> tuple:
        column, descending = self.sort_key
        c = self.cols
        if column == "date":
            primary = c["start"][keep].astype(np.int64)
        elif column == "figure":
            primary = np.nan_to_num(c["number"][keep], nan=-1.0)
        elif column == "source":
            primary = _codes(c["source_name"][keep])
        elif column == "grade":  # Admiralty order: A1 first, then by source, then claim
            letters = np.array([_RELIABILITY_RANK.get(r, 9) for r in c["reliability"][keep]])
            primary = letters * 10 + c["credibility"][keep].astype(np.int64)
        elif column == "include_in_projection":
            primary = c["include_in_projection"][keep].astype(np.int64)
        elif column == "conflict":
            primary = self._conflict_pairs()[keep]   # the claims of one conflict together
        else:
            primary = _codes(c[column][keep])
        if descending:
            primary = -primary
        keys = [keep, primary]  # np.lexsort: last key is primary; `keep` keeps it stable
        if self.group_conflicts:   # each conflict's claims together, the rest after
            pairs = self._conflict_pairs()[keep]
            keys.append(np.where(pairs < 0, np.iinfo(np.int64).max, pairs))
        return tuple(keys)

    def _conflict_pairs(self) -> np.ndarray:
        """Each row's first-conflict number (-1: none), worked out on first use."""
        c = self.cols
        if "conflict_pair" not in c:
            c["conflict_pair"] = (self.pairs(c["id"]) if self.pairs is not None
                                  else np.full(self.total, -1, np.int64))
        return c["conflict_pair"]

    def _mask(self) -> np.ndarray:
        c, f = self.cols, self.filter
        mask = np.ones(self.total, dtype=bool)
        if f.text:
            needle = f.text.casefold()
            mask &= np.fromiter((needle in h for h in self.search_text()), bool, self.total)
        if f.source:
            mask &= c["source"] == f.source
        if f.metric:
            mask &= c["metric"] == f.metric
        if f.date_from:
            mask &= c["start"] >= np.datetime64(f.date_from, "D")
        if f.date_to:
            mask &= c["start"] <= np.datetime64(f.date_to, "D")
        if f.reliabilities:
            mask &= np.isin(c["reliability"], list(f.reliabilities))
        if f.max_credibility < 6:
            mask &= c["credibility"].astype(np.int64) <= f.max_credibility
        return mask


def _share(values: np.ndarray) -> None:
    """Equal values of an object column made one object (in place), `_SHARE_PART` values at
    a time: each part's values it replaces are let go of in one call that holds the
    interpreter, and the whole of 100,000 claims' column at once held it 20–40 ms while the
    window's thread waited (the opening work runs this on a worker)."""
    one: dict = {}
    for start in range(0, len(values), _SHARE_PART):
        part = values[start:start + _SHARE_PART]
        part[:] = [one.setdefault(v, v) for v in part.tolist()]


def _none(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return value


def _codes(values: np.ndarray) -> np.ndarray:
    """Rank of each string in sorted order, for lexsort (object arrays do not lexsort).
    A column of few distinct strings (subjects, sources: a few dozen over 100,000 rows) has
    each folded and ranked once — folding every cell took most of a sort by subject."""
    if not len(values):
        return np.zeros(0, dtype=np.int64)
    listed = values.tolist()
    distinct = list(dict.fromkeys(listed))
    few = len(distinct) * 4 <= len(listed)
    folded = np.array([("" if v is None else str(v)).casefold()
                       for v in (distinct if few else listed)], dtype=str)
    ranks = np.unique(folded, return_inverse=True)[1]
    if not few:
        return ranks.astype(np.int64)
    rank_of = dict(zip(distinct, ranks.tolist()))
    return np.fromiter(map(rank_of.__getitem__, listed), np.int64, len(listed))
