"""Merging repeats: one proposal per fact.

Headlines, datelines and bullet summaries restate the body's figures ("Junta lost 1,200
soldiers" above "more than 1,200 junta soldiers had been killed"), and a wire story repeats a
figure when it quotes a second source. Two mentions are one fact when they give the same
figure with compatible sources and dates; a summary line restating a body figure merges
into the body's, whatever verb the headline used, because the body says who and when.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.domain import FuzzyDate

from .attribution import PUBLICATION
from .source_names import specificity
from .readings import LOSS_METRICS, Reading


@dataclass
class Candidate:
    """A claim (as a dict of Claim fields) before ids are given, and where it came from."""

    claim: dict
    sentence: object          # extract._Sentence
    reading: Reading
    date_explicit: bool
    order: int
    extra: dict = field(default_factory=dict)

    @property
    def summary(self) -> bool:
        return self.sentence.s.is_summary


def _key(c: Candidate) -> tuple:
    return (c.claim["metric"], c.reading.quantity.key(), c.claim["include_in_projection"])


def _dates_agree(a: Candidate, b: Candidate) -> bool:
    if not a.date_explicit or not b.date_explicit:
        return True
    fa = FuzzyDate.parse(a.claim["as_of"], a.claim["date_precision"])
    fb = FuzzyDate.parse(b.claim["as_of"], b.claim["date_precision"])
    return fa.overlaps(fb)


def _sources_agree(a: Candidate, b: Candidate) -> bool:
    sa, sb = a.claim["source"], b.claim["source"]
    if sa == sb or a.summary or b.summary:
        return True
    if PUBLICATION in (sa, sb):
        return True  # the article restating a figure it attributes elsewhere
    words = lambda s: {w.lower().rstrip("s") for w in re.findall(r"\w+", s) if len(w) > 3}
    return bool(words(sa) & words(sb))


def _richness(c: Candidate) -> tuple:
    return (not c.summary, specificity(c.claim["source"]) + c.date_explicit, c.date_explicit)


def _kin(a: str, b: str) -> bool:
    """Metrics one figure may carry in a headline and in the body: the same, or a loss and
    the general "casualties" ("lost 1,200" / "1,200 killed"), or a loss and the day's loss
    rate it restates ("ліквідували 1 230" over "за минулу добу ліквідували 1 230") -- not
    killed and wounded."""
    return a == b or bool({"casualties", "loss_rate"} & {a, b}) \
        and {a, b} <= set(LOSS_METRICS) | {"loss_rate"}


def _same_fact(k: Candidate, c: Candidate) -> bool:
    if k.summary != c.summary and k.reading.quantity.key() == c.reading.quantity.key() \
            and k.reading.quantity.value is not None and k.reading.quantity.value >= 10 \
            and _kin(k.claim["metric"], c.claim["metric"]):
        return True  # a headline's "lost 1,200" over the body's "1,200 ... killed"
    summary = k.summary or c.summary
    return _key(k) == _key(c) and (summary or _dates_agree(k, c) and not _two_armies(k, c)) \
        and _sources_agree(k, c)


def _two_armies(a: Candidate, b: Candidate) -> bool:
    """Two body mentions of one number, hedged apart, about two armies named as Korean copy
    names them ("러시아군은 10만 명을 훨씬 넘는 병력이 죽거나 다쳤다 … 우크라이나군도 … 약
    10만 명의 사상자"): each side's own toll, two facts; a restatement keeps its hedge."""
    sa, sb = a.claim.get("subject") or "", b.claim.get("subject") or ""
    return sa != sb and sa.endswith("군") and sb.endswith("군") \
        and a.claim.get("qualifier") != b.claim.get("qualifier")


def dedupe(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per fact, the richest of its mentions (body over summary, a named
    source and a written date over none)."""
    kept: list[Candidate] = []
    by_figure: dict[tuple, list[int]] = {}  # only mentions of the same figure can be one fact
    for c in candidates:
        slots = by_figure.setdefault(c.reading.quantity.key(), [])
        for i in slots:
            k = kept[i]
            if _same_fact(k, c):
                if _richness(c) > _richness(k):
                    kept[i] = c
                break
        else:
            slots.append(len(kept))
            kept.append(c)
    bounds = {(k.claim["metric"], bound) for k in kept if not k.summary
              and k.reading.quantity.is_range
              for bound in (k.reading.quantity.low, k.reading.quantity.high)}
    return [c for c in kept if not _restates_bound(c, bounds)]


def _restates_bound(c: Candidate, bounds: set[tuple]) -> bool:
    """A summary's "up to 1,000" restating the body's "between 850 and 1,000"."""
    value = c.reading.quantity.value
    return c.summary and value is not None and (c.claim["metric"], value) in bounds
