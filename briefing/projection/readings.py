"""A claim read as a number: best estimate, uncertainty, the interval outside which another
figure contradicts it, and the span of days it may refer to.

A claim says "about a third", "nearly 3,000" or "2,000–2,400" as of "early January". Qualifiers
turn into numbers in exactly one table (`QUALIFIERS`); the README's "What a projection means"
states the same table. Which strength figure a fraction is taken of is the evidence model's
choice (`evidence.py`), not made here.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from briefing.domain import Claim, FuzzyDate, figure, rounded
from briefing.domain.wording import FractionBase


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

MIN_SD = 1.0  # no figure is known to better than one person


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
    base: FractionBase | None   # what a fraction was taken of
    claim: Claim | None

    @property
    def text(self) -> str:
        """The figure as a briefer says it: '3,800', '≈ a third (≈ 3,700 of 11,000, …)'."""
        if self.claim is None:
            return rounded(self.value)
        return figure(self.claim, self.base)


class Unpaired(NamedTuple):
    """A killed or wounded figure with no partner of the same source and date: skipped by
    the fit. Worded only when shown (a big ledger has tens of thousands, few ever shown)."""

    claim_id: str
    reading: "Reading"

    @property
    def reason(self) -> str:
        r = self.reading
        other = "wounded" if r.metric == "killed" else "killed"
        return (f"{r.metric} {r.text} has no {other} figure of the same source and date to "
                "make a casualty count")


def span_stats(first: dt.date, last: dt.date) -> tuple[dt.date, dt.date, float, float]:
    """(first, last, midpoint ordinal, variance of a day drawn uniformly from the span)."""
    width = (last - first).days + 1
    return first, last, (first.toordinal() + last.toordinal()) / 2.0, (width * width - 1) / 12.0


@lru_cache(maxsize=1 << 16)   # every (date, precision) of a big ledger: ~5,500 in 3 years
def date_stats(day: str, precision: str) -> tuple[dt.date, dt.date, float, float]:
    return span_stats(*FuzzyDate.parse(day, precision).span())


def stated(claim: Claim, base: Reading | None) -> tuple[float, float, float, float]:
    """(value, sd, low, high) of a claim, `base` being the strength a fraction is of."""
    q = QUALIFIERS[claim.qualifier]
    if claim.fraction is not None:
        f = claim.fraction
        value = f * q.factor * base.value
        sd = math.hypot(q.spread * f * base.value, f * base.sd)
        return value, sd, f * q.low * base.low, f * q.high * base.high
    central = claim.central()
    lo = claim.low if claim.low is not None else central
    hi = claim.high if claim.high is not None else central
    sd = math.hypot(q.spread * central, (hi - lo) / math.sqrt(12.0))
    return central * q.factor, sd, lo * q.low, hi * q.high


def read(claim: Claim, trust: float, base: Reading | None = None,
         base_source: str = "") -> Reading:
    """`claim` as a Reading; a fraction needs the strength `base` it is of (named, for
    showing, by `base_source`)."""
    value, sd, low, high = stated(claim, base)
    shown = None if base is None else FractionBase(base.claim_ids[0], value, base.value,
                                                   base_source)
    first, last, x, x_var = date_stats(claim.as_of, claim.date_precision)
    return _new_reading(((claim.id,), claim.subject, claim.metric, claim.source, claim.as_of,
                         first, last, x, x_var, value, MIN_SD if MIN_SD > sd else sd,
                         low, high, trust, shown, claim))


_new_reading = Reading._make   # a big ledger makes 100,000: skip the keyword-aware __new__


def combined(killed: Reading, wounded: Reading) -> Reading:
    """A killed and a wounded figure of one source and date as one casualty figure."""
    return Reading(killed.claim_ids + wounded.claim_ids, killed.subject, "casualties",
                   killed.source, killed.as_of,
                   *span_stats(min(killed.first, wounded.first), max(killed.last, wounded.last)),
                   killed.value + wounded.value, math.hypot(killed.sd, wounded.sd),
                   killed.low + wounded.low, killed.high + wounded.high,
                   min(killed.trust, wounded.trust), killed.base or wounded.base, None)
