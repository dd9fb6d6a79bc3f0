"""Claims read as numbers, the one way the fit and the conflict finder both use.

A claim says "about a third", "nearly 3,000" or "2,000–2,400" as of "early January"; to
compute with it we need a best number, its uncertainty, the interval outside which another
figure contradicts it, and the span of days it may refer to. Qualifiers are turned into
numbers in exactly one table (`QUALIFIERS`), fractions of `strength` into counts with the
strength claim nearest in date, and a killed plus a wounded figure of one source and date
into one casualty figure (a lone killed or wounded figure is not a casualty count).
"""
from __future__ import annotations

import bisect
import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from briefing.domain import Claim, FuzzyDate, Source, figure, rounded
from briefing.domain.wording import fraction_words

from .weights import trust


@dataclass(frozen=True)
class Qualifier:
    """What a qualifier does to a stated number n: the best estimate is `factor` × n, its
    standard deviation `spread` × n, and a figure outside [`low` × n, `high` × n] disagrees."""

    factor: float
    spread: float
    low: float
    high: float


# A bare figure is taken as rounded to about 5 %. "Nearly" means a bit below, "at least" and
# "more than" a bit above, "up to" is a ceiling the truth is usually under.
QUALIFIERS: dict[str | None, Qualifier] = {
    None: Qualifier(1.00, 0.05, 0.95, 1.05),
    "about": Qualifier(1.00, 0.10, 0.90, 1.10),
    "nearly": Qualifier(0.95, 0.05, 0.90, 1.00),
    "at least": Qualifier(1.05, 0.05, 1.00, math.inf),
    "more than": Qualifier(1.05, 0.05, 1.00, math.inf),
    "up to": Qualifier(0.90, 0.10, 0.00, 1.00),
}

# Running totals: they can only grow, so a later, lower figure contradicts an earlier one.
CUMULATIVE_METRICS = frozenset({"killed", "wounded", "casualties", "captured", "missing"})


@dataclass(frozen=True)
class Skipped:
    claim_id: str
    reason: str


class Reading(NamedTuple):
    """One figure as a number (a tuple: a big ledger makes many). `claim_ids` has two ids
    for a combined killed + wounded, whose `claim` is then None."""

    claim_ids: tuple[str, ...]
    subject: str
    metric: str
    source: str
    as_of: str
    first: dt.date
    last: dt.date
    x: float              # midpoint of the date span as a proleptic ordinal (may end in .5)
    x_var: float          # variance of the day meant, uniform over the span (0 for a day)
    value: float
    sd: float
    low: float
    high: float
    trust: float
    base: str | None      # the strength claim a fraction was taken of
    base_value: float | None
    claim: Claim | None

    @property
    def text(self) -> str:
        """The figure as a briefer says it: '3,800', '≈ a third (≈ 3,700)'."""
        if self.claim is None:
            return rounded(self.value)
        return figure(self.claim, self.base_value)


def sources_by_id(sources: Mapping[str, Source] | Iterable[Source]) -> Mapping[str, Source]:
    return sources if isinstance(sources, Mapping) else {s.id: s for s in sources}


def _when(first: dt.date, last: dt.date) -> tuple[dt.date, dt.date, float, float]:
    """(first, last, midpoint ordinal, variance of a day drawn uniformly from the span)."""
    width = (last - first).days + 1
    return first, last, (first.toordinal() + last.toordinal()) / 2.0, (width * width - 1) / 12.0


@lru_cache(maxsize=4096)
def _span(as_of: str, precision: str) -> tuple[dt.date, dt.date, float, float]:
    return _when(*FuzzyDate.parse(as_of, precision).span())


def _stated(claim: Claim, base: Reading | None) -> tuple[float, float, float, float]:
    """(value, sd, low, high) of a claim, `base` being the strength a fraction is of."""
    q = QUALIFIERS[claim.qualifier]
    if claim.fraction is not None:
        f = claim.fraction
        value = f * q.factor * base.value
        sd = math.hypot(q.spread * f * base.value, f * base.sd)
        return value, sd, f * q.low * base.low, f * q.high * base.high
    stated = claim.central()
    lo = claim.low if claim.low is not None else stated
    hi = claim.high if claim.high is not None else stated
    sd = math.hypot(q.spread * stated, (hi - lo) / math.sqrt(12.0))
    return stated * q.factor, sd, lo * q.low, hi * q.high


def _reading(claim: Claim, grade: float, base: Reading | None) -> Reading:
    value, sd, low, high = _stated(claim, base)
    return Reading((claim.id,), claim.subject, claim.metric, claim.source, claim.as_of,
                   *_span(claim.as_of, claim.date_precision), value, max(sd, 1.0), low, high,
                   grade, *((base.claim_ids[0], base.value) if base else (None, None)), claim)


class _Strengths:
    """Strength figures by subject and date, to turn "a third" into a count: the figure
    nearest in date on the same subject, else the nearest on any subject."""

    def __init__(self, readings: Iterable[Reading]):
        groups: dict[str | None, list[Reading]] = defaultdict(list)
        for r in readings:
            groups[r.subject].append(r)
            groups[None].append(r)
        self._groups = {}
        for key, rs in groups.items():
            rs.sort(key=lambda r: (r.x, -r.trust))
            self._groups[key] = ([r.x for r in rs], rs)

    def nearest(self, subject: str, x: float) -> Reading | None:
        found = self._groups.get(subject) or self._groups.get(None)
        if found is None:
            return None
        xs, rs = found
        i = bisect.bisect_left(xs, x)
        near = [rs[j] for j in (i - 1, i) if 0 <= j < len(rs)]
        return min(near, key=lambda r: (abs(r.x - x), -r.trust))


def read_claims(claims: Iterable[Claim], sources: Mapping[str, Source],
                strength_claims: Iterable[Claim]) -> tuple[list[Reading], list[Skipped]]:
    """Every claim as a number; fractions are converted against `strength_claims`. A fraction
    that cannot be converted is skipped with the reason."""
    def grade(c: Claim) -> float:
        s = sources.get(c.source)
        return trust(s.reliability if s else None, c.credibility)

    strengths = _Strengths(_reading(c, grade(c), None) for c in strength_claims
                           if c.metric == "strength" and c.fraction is None)
    readings: list[Reading] = []
    skipped: list[Skipped] = []
    for c in claims:
        base = None
        if c.fraction is not None:
            words = fraction_words(c.fraction)
            if c.fraction_of != "strength":
                skipped.append(Skipped(c.id, f"{words} of {c.fraction_of} cannot be turned into "
                                             "a number (only fractions of strength can)"))
                continue
            base = strengths.nearest(c.subject, _span(c.as_of, c.date_precision)[2])
            if base is None:
                skipped.append(Skipped(c.id, f"no strength figure to take {words} of"))
                continue
        readings.append(_reading(c, grade(c), base))
    return readings, skipped


def combine_killed_wounded(readings: Iterable[Reading]) -> tuple[list[Reading], list[Skipped]]:
    """Killed + wounded of one source, subject and date as one `casualties` reading; the
    figures that find no partner are returned as skipped."""
    groups: dict[tuple[str, str, str], dict[str, list[Reading]]] = defaultdict(
        lambda: {"killed": [], "wounded": []})
    for r in readings:
        if r.metric in ("killed", "wounded"):
            groups[(r.subject, r.source, r.as_of)][r.metric].append(r)
    combined: list[Reading] = []
    skipped: list[Skipped] = []
    for parts in groups.values():
        killed, wounded = parts["killed"], parts["wounded"]
        for k, w in zip(killed, wounded):
            combined.append(Reading(
                k.claim_ids + w.claim_ids, k.subject, "casualties", k.source, k.as_of,
                *_when(min(k.first, w.first), max(k.last, w.last)), k.value + w.value,
                math.hypot(k.sd, w.sd), k.low + w.low, k.high + w.high, min(k.trust, w.trust),
                k.base or w.base, None, None))
        paired = min(len(killed), len(wounded))
        for r in killed[paired:] + wounded[paired:]:
            other = "wounded" if r.metric == "killed" else "killed"
            skipped.append(Skipped(r.claim_ids[0], f"{r.metric} {r.text} has no {other} figure "
                                                   "of the same source and date to make a "
                                                   "casualty count"))
    return combined, skipped
