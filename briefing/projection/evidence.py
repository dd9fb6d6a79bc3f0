"""The evidence model: one reading of a briefing's claims that every consumer shares.

Built once per analysis from the claims and sources. The fit, the conflict finder, the
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
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from briefing.domain import Claim, Source
from briefing.domain.wording import fraction_words, source_label

from .readings import Reading, Skipped, Unpaired, combined, date_stats, read
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


class _Strengths(NamedTuple):
    by_subject: dict[str, tuple[list[float], list[Reading]]]
    read: dict[str, Reading]     # claim id → its reading, made once


@dataclass(frozen=True)
class Series:
    """The casualty figures a fit of one subject may use, and the claims it cannot."""

    subject: str
    points: tuple[Reading, ...]
    skipped: tuple[Skipped, ...]


class Evidence:
    def __init__(self, claims: Iterable[Claim],
                 sources: Mapping[str, Source] | Iterable[Source]):
        self.sources = sources_by_id(sources)
        self.claims: dict[str, Claim] = {c.id: c for c in claims}
        self.readings: dict[str, Reading] = {}
        self.unreadable: dict[str, str] = {}
        self._series: dict[str, Series] = {}
        self.names = SourceNames(self.sources)
        self._casualty_claims: dict[str, list[Claim]] = defaultdict(list)
        self._trusts: dict[tuple[str, int], float] = {}
        self._some_conflicts: dict[frozenset[str], object] = {}
        for c in self.claims.values():
            if c.metric in _CASUALTY_PARTS:
                self._casualty_claims[c.subject].append(c)
        strengths = self._strengths()
        readings = self.readings
        for c in self.claims.values():
            if c.fraction is None:
                readings[c.id] = strengths.read.get(c.id) or self._read(c)
                continue
            base, why = self._base(c, strengths.by_subject)
            if base is None:
                self.unreadable[c.id] = why
            else:
                readings[c.id] = read(c, self.trust(c), base, self.name(base.source))

    # ---- what the claims say ------------------------------------------------------------
    def trust(self, claim: Claim) -> float:
        key = (claim.source, claim.credibility)
        found = self._trusts.get(key)
        if found is None:
            s = self.sources.get(claim.source)
            found = self._trusts[key] = trust(s.reliability if s else None, claim.credibility)
        return found

    def name(self, source_id: str) -> str:
        """The source as a sentence names it ('Institute for the Study of War')."""
        return self.names(source_id)

    def grade(self, claim: Claim) -> str:
        s = self.sources.get(claim.source)
        return f"{s.reliability if s else 'F'}{claim.credibility}"

    @cached_property
    def bases(self) -> dict:
        """Fraction claim id → the FractionBase it was read with (the ledger shows it; made
        once: scenarios ask for it per cited parameter)."""
        return {i: r.base for i, r in self.readings.items() if r.base is not None}

    @cached_property
    def subjects(self) -> tuple[str, ...]:
        return tuple(sorted({c.subject for c in self.claims.values()}))

    def _read(self, claim: Claim) -> Reading:
        return read(claim, self.trust(claim))

    # ---- fraction bases -----------------------------------------------------------------
    def _strengths(self) -> "_Strengths":
        """Included strength figures by subject, sorted by date then trust, to pick from."""
        groups: dict[str, list[Reading]] = defaultdict(list)
        for c in self.claims.values():
            if c.metric == "strength" and c.fraction is None and c.include_in_projection:
                groups[c.subject].append(self._read(c))
        out = {}
        for subject, rs in groups.items():
            rs.sort(key=lambda r: (r.x, -r.trust))
            out[subject] = ([r.x for r in rs], rs)
        return _Strengths(out, {r.claim_ids[0]: r for rs in groups.values() for r in rs})

    def _base(self, c: Claim, strengths) -> tuple[Reading | None, str]:
        words = fraction_words(c.fraction)
        if c.fraction_of != "strength":
            return None, (f"{words} of {c.fraction_of} cannot be turned into a number (only "
                          "fractions of strength can)")
        if c.base_claim is not None:
            base = self.claims.get(c.base_claim)
            if base is None:
                return None, f"its base claim {c.base_claim!r} is not in the briefing"
            if base.metric != "strength" or base.fraction is not None:
                return None, (f"its base claim {base.id} is not a strength figure "
                              f"({base.metric})")
            return self._read(base), ""
        found = strengths.get(c.subject)
        if found is None:
            return None, f"no strength figure of {c.subject} to take {words} of"
        xs, rs = found
        x = date_stats(c.as_of, c.date_precision)[2]
        i = bisect.bisect_left(xs, x)
        near = [rs[j] for j in (i - 1, i) if 0 <= j < len(rs)]
        return min(near, key=lambda r: (abs(r.x - x), -r.trust)), ""

    # ---- the casualty series ------------------------------------------------------------
    def series(self, subject: str) -> Series:
        """The subject's usable casualty figures (cached: the fit, its diagnostics and the
        chart ask for the same series)."""
        if subject not in self._series:
            self._series[subject] = self._build_series(subject)
        return self._series[subject]

    def _build_series(self, subject: str) -> Series:
        claims = self._casualty_claims.get(subject, [])
        skipped = [Skipped(c.id, "excluded from projection") for c in claims
                   if not c.include_in_projection]
        wanted = [c for c in claims if c.include_in_projection]
        skipped += [Skipped(c.id, self.unreadable[c.id]) for c in wanted
                    if c.id in self.unreadable]
        readings = [self.readings[c.id] for c in wanted if c.id in self.readings]
        pairs, lone = pair_killed_wounded(readings)
        points = sorted([r for r in readings if r.metric == "casualties"] + pairs,
                        key=lambda r: (r.x, r.claim_ids))
        return Series(subject, tuple(points), tuple(skipped + lone))

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

    def all_readings(self, subjects: frozenset[str] | None = None) -> list[Reading]:
        """Every claim's reading plus every killed + wounded pair (what conflicts compare),
        of `subjects` only when given."""
        readings = list(self.readings.values())
        if subjects is not None:
            readings = [r for r in readings if r.subject in subjects]
        return readings + pair_killed_wounded(readings)[0]


def pair_killed_wounded(readings: Iterable[Reading]) -> tuple[list[Reading], list[Unpaired]]:
    """Killed + wounded of one source, subject and date as one `casualties` reading; the
    figures that find no partner are returned as skipped."""
    groups: dict[tuple[str, str, str], tuple[list[Reading], list[Reading]]] = {}
    for r in readings:
        if r.metric == "killed" or r.metric == "wounded":
            key = (r.subject, r.source, r.as_of)
            found = groups.get(key)
            if found is None:
                found = groups[key] = ([], [])
            found[r.metric == "wounded"].append(r)
    pairs: list[Reading] = []
    skipped: list[Unpaired] = []
    for killed, wounded in groups.values():
        pairs += [combined(k, w) for k, w in zip(killed, wounded)]
        paired = min(len(killed), len(wounded))
        skipped += [Unpaired(r.claim_ids[0], r) for r in killed[paired:] + wounded[paired:]]
    return pairs, skipped
