"""The evidence model: one reading of a briefing's claims that every consumer shares.

Built once per analysis from the claims (as columns: `claim_table.py`, every reading computed
for all claims at once: `reading_columns.py`) and sources. The fit, the conflict finder, the
confidence sentence, the ledger's fraction figures, the observed-casualties chart and the
pack all read it, so they cannot disagree about what a claim means (before it existed, the
chart pooled every force while the fit used one, and the ledger's "nearly half" was not the
number the fit used).

What it decides, in one place each:
- a fraction's base: the claim's own `base_claim` when set; else the strength claim of the
  same subject (included in projection, not itself a fraction) nearest in date (the span
  midpoints), the more trusted one on a tie. Never another subject's: a fraction with no
  strength figure of its own subject is skipped with the reason.
- a killed and a wounded figure of one source, subject and date are one casualty figure.
- the casualty series of a subject: its included `casualties` figures and killed + wounded
  pairs, in date order, and the included claims it cannot use, each with the reason.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

import numpy as np

from briefing.domain import Claim, Source
from briefing.domain.wording import FractionBase, fraction_words, source_label

from .claim_table import Claims, ClaimTable
from .reading_columns import Bases, ReadingColumns, Readings
from .stable_order import stable_order
from .readings import Reading, Skipped, Unpaired
from .weights import trust

_CASUALTY_PARTS = ("killed", "wounded", "casualties")


def sources_by_id(sources: Mapping[str, Source] | Iterable[Source]) -> Mapping[str, Source]:
    return sources if isinstance(sources, Mapping) else {s.id: s for s in sources}


class SourceNames:
    """Source id → the name a sentence gives it, cached. Conflicts word their pairs with it
    rather than through the Evidence, so the two hold no reference cycle and an old analysis
    is freed the moment the window lets it go (not at the next garbage collection)."""

    def __init__(self, sources: Mapping[str, Source]):
        self._sources, self._names = sources, {}

    def __call__(self, source_id: str) -> str:
        if source_id not in self._names:
            self._names[source_id] = source_label(self._sources.get(source_id), source_id)
        return self._names[source_id]


@dataclass(frozen=True)
class Series:
    """The casualty figures a fit of one subject may use, and the claims it cannot."""

    subject: str
    points: tuple[Reading, ...]
    skipped: tuple[Skipped, ...]


class SeriesColumns(NamedTuple):
    """A subject's series as arrays in the fit's order (what the conflict finder fits a
    stated rate against, without making a Reading per figure)."""

    claim_ids: list[tuple[str, ...]]
    x: np.ndarray
    x_var: np.ndarray
    value: np.ndarray
    sd: np.ndarray
    trust: np.ndarray


class Evidence:
    """`claims`: a ClaimTable (one read of the store) or Claim objects."""

    def __init__(self, claims: ClaimTable | Iterable[Claim],
                 sources: Mapping[str, Source] | Iterable[Source]):
        self.sources = sources_by_id(sources)
        self.table = claims if isinstance(claims, ClaimTable) else ClaimTable.of_claims(claims)
        self.claims: Mapping[str, Claim] = Claims(self.table)
        self.names = SourceNames(self.sources)
        self._trusts: dict[tuple[str, int], float] = {}
        self._series: dict[str, Series] = {}
        self._some_conflicts: dict[frozenset[str], object] = {}
        self.columns = ReadingColumns(self.table, self._trust, self.names)
        self.readings: Mapping[str, Reading] = Readings(self.columns)
        self.bases: Mapping[str, FractionBase] = Bases(self.columns)
        self.unreadable: dict[str, str] = self._read_fractions()

    # ---- what the claims say ------------------------------------------------------------
    def _trust(self, source_id: str, credibility: int) -> float:
        key = (source_id, credibility)
        found = self._trusts.get(key)
        if found is None:
            s = self.sources.get(source_id)
            found = self._trusts[key] = trust(s.reliability if s else None, credibility)
        return found

    def trust(self, claim: Claim) -> float:
        return self._trust(claim.source, claim.credibility)

    def name(self, source_id: str) -> str:
        """The source as a sentence names it ('Institute for the Study of War')."""
        return self.names(source_id)

    def grade(self, claim: Claim) -> str:
        s = self.sources.get(claim.source)
        return f"{s.reliability if s else 'F'}{claim.credibility}"

    @cached_property
    def subjects(self) -> tuple[str, ...]:
        return tuple(sorted(self.table.subjects))

    def claims_of(self, metrics, subject: str | None = None,
                  limit: int | None = None) -> list[Claim]:
        """The first `limit` claims of these metrics (and subject), in the analyst's order,
        made without making the others (what a cite menu offers)."""
        t = self.table
        hit = np.isin(t.metric, [t.metrics.index(m) for m in metrics if m in t.metrics])
        if subject is not None:
            hit &= t.subject == (t.subjects.index(subject) if subject in t.subjects else -1)
        rows = np.flatnonzero(hit)[:limit]
        t.make_claims(rows)   # their texts read at once, not a statement a claim
        return [t.claim(k) for k in rows.tolist()]

    def readings_of(self, subject: str, metric: str, included: bool = True) -> list[Reading]:
        """The readings of one subject's figures of one metric (only those included in
        projection, by default), in the analyst's order."""
        rows = self.table.rows_of(metric, subject)
        keep = self.columns.readable[rows]
        if included:
            keep &= self.table.include[rows]
        return [self.columns.reading(k) for k in rows[keep].tolist()]

    # ---- fraction bases -----------------------------------------------------------------
    def _read_fractions(self) -> dict[str, str]:
        """Read every fraction with its base; claim id → why, for those that have none."""
        t, cols = self.table, self.columns
        fractions = np.flatnonzero(~np.isnan(t.fraction)).tolist()
        if not fractions:
            return {}
        strengths = self._strengths()
        unreadable = {}
        for k in fractions:
            base, why = self._base(k, strengths)
            if base is None:
                unreadable[t.ids[k]] = why
            else:
                cols.read_fraction(k, base)
        return unreadable

    def _strengths(self) -> dict[int, tuple[list[float], list[int]]]:
        """Included strength figures (rows) by subject, sorted by date then trust."""
        t, cols = self.table, self.columns
        rows = t.rows_of("strength")
        rows = rows[np.isnan(t.fraction[rows]) & t.include[rows]]
        out: dict[int, tuple[list[float], list[int]]] = {}
        if not len(rows):
            return out
        subject, x, trusted = t.subject[rows], cols.x[rows], cols.trust[rows]
        order = np.lexsort((-trusted, x, subject))
        rows, subject = rows[order], subject[order]
        bounds = np.flatnonzero(np.diff(subject)) + 1
        for group in np.split(np.arange(len(rows)), bounds):
            members = rows[group]
            out[int(subject[group[0]])] = (cols.x[members].tolist(), members.tolist())
        return out

    def _base(self, k: int, strengths) -> tuple[int | None, str]:
        t, cols = self.table, self.columns
        words = fraction_words(float(t.fraction[k]))
        if t.fraction_of[k] != "strength":
            return None, (f"{words} of {t.fraction_of[k]} cannot be turned into a number (only "
                          "fractions of strength can)")
        named = t.base_claim[k]
        if named is not None:
            b = t.index.get(named)
            if b is None:
                return None, f"its base claim {named!r} is not in the briefing"
            metric = t.metrics[t.metric[b]]
            if metric != "strength" or not np.isnan(t.fraction[b]):
                return None, f"its base claim {named} is not a strength figure ({metric})"
            return b, ""
        found = strengths.get(int(t.subject[k]))
        if found is None:
            return None, f"no strength figure of {t.subjects[t.subject[k]]} to take {words} of"
        xs, rows = found
        x = float(cols.x[k])
        i = bisect.bisect_left(xs, x)
        near = [rows[j] for j in (i - 1, i) if 0 <= j < len(rows)]
        return min(near, key=lambda b: (abs(float(cols.x[b]) - x), -float(cols.trust[b]))), ""

    # ---- the casualty series ------------------------------------------------------------
    @cached_property
    def _casualty_rows(self) -> dict[int, np.ndarray]:
        """Subject code → its killed, wounded and casualties rows, in the analyst's order."""
        t = self.table
        parts = [t.metrics.index(m) for m in _CASUALTY_PARTS if m in t.metrics]
        rows = np.flatnonzero(np.isin(t.metric, parts))
        subject = t.subject[rows]
        order = stable_order(subject, len(t.subjects))
        codes, starts = np.unique(subject[order], return_index=True)
        return dict(zip(codes.tolist(), np.split(rows[order], starts[1:])))

    def _series_rows(self, subject: str) -> tuple[np.ndarray, np.ndarray, np.ndarray,
                                                  np.ndarray, np.ndarray]:
        """(single casualty rows, killed and wounded rows paired, lone rows, every row) of
        a subject's included, readable casualty figures; every row in the analyst's order."""
        t, cols = self.table, self.columns
        code = t.subjects.index(subject) if subject in t.subjects else -1
        rows = self._casualty_rows.get(code, np.zeros(0, np.int64))
        usable = rows[t.include[rows] & cols.readable[rows]]
        single = usable[t.metric[usable] == (t.metrics.index("casualties")
                                             if "casualties" in t.metrics else -1)]
        k, w, lone = cols.pairs(usable[~np.isin(usable, single)])
        return single, k, w, lone, rows

    def series(self, subject: str) -> Series:
        """The subject's usable casualty figures (cached: the fit, its diagnostics and the
        chart ask for the same series)."""
        if subject not in self._series:
            self._series[subject] = self._build_series(subject)
        return self._series[subject]

    def _build_series(self, subject: str) -> Series:
        t, cols = self.table, self.columns
        single, k, w, lone, rows = self._series_rows(subject)
        skipped = [Skipped(t.ids[i], "excluded from projection") for i in rows.tolist()
                   if not t.include[i]]
        skipped += [Skipped(t.ids[i], self.unreadable[t.ids[i]]) for i in rows.tolist()
                    if t.include[i] and t.ids[i] in self.unreadable]
        t.make_claims(np.concatenate([single, k, w, lone]))
        unpaired = [Unpaired(t.ids[i], cols.reading(i)) for i in lone.tolist()]
        points = sorted([cols.reading(i) for i in single.tolist()]
                        + [cols.pair(a, b) for a, b in zip(k.tolist(), w.tolist())],
                        key=lambda r: (r.x, r.claim_ids))
        return Series(subject, tuple(points), tuple(skipped + unpaired))

    def series_columns(self, subject: str) -> SeriesColumns:
        """The subject's usable casualty figures as arrays, in the order of `series`."""
        t, cols = self.table, self.columns
        single, k, w, _, _ = self._series_rows(subject)
        both = cols.pair_columns(k, w)
        ids = [(t.ids[i],) for i in single.tolist()] + [
            (t.ids[a], t.ids[b]) for a, b in zip(k.tolist(), w.tolist())]
        x = np.concatenate([cols.x[single], both["x"]])
        xs = x.tolist()
        order = np.array(sorted(range(len(ids)), key=lambda i: (xs[i], ids[i])), np.int64)
        column = {name: np.concatenate([getattr(cols, name)[single], both[name]])[order]
                  for name in ("x_var", "value", "sd", "trust")}
        return SeriesColumns([ids[i] for i in order.tolist()], x[order], **column)

    @cached_property
    def conflicts(self):
        """Every conflicting pair (conflicts.Conflicts), found once per evidence model."""
        from .conflicts import find_conflicts
        return find_conflicts(self)

    def conflicts_among(self, claim_ids) -> list:
        """The conflicts whose every claim is in `claim_ids` (what a confidence judgment
        weighs). From every pair when they were found already (an analysis); otherwise only
        the subjects of those claims are searched (`briefing project` needs no more), which
        finds the same pairs: every rule compares figures of one subject."""
        wanted = set(claim_ids)
        if "conflicts" in self.__dict__:
            return self.conflicts.among(wanted)
        subjects = frozenset(self.claims[i].subject for i in wanted if i in self.claims)
        if subjects not in self._some_conflicts:
            from .conflicts import find_conflicts
            self._some_conflicts[subjects] = find_conflicts(self, subjects=subjects)
        return self._some_conflicts[subjects].among(wanted)
