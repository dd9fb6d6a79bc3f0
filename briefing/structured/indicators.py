"""Indicators (signposts) evaluated against the claims, as the evidence model reads them.

An indicator "casualties ≥ 5,000 by 15 February 2025" is met when an included claim of its
subject and metric, whose `as_of` date is on or before `by`, has a best estimate that
satisfies `op value`. The best estimate is the one the fit uses (README: Reading a claim as
a number): "nearly half" of 11,000 is 0.95 × 5,500 = 5,225, "more than 6,000" is 6,300.
For `casualties`, a killed and a wounded figure of one source and date count as one
casualty figure, as in the fit.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefing.domain import Hypothesis, Indicator, long_date, number, parse_iso
from briefing.projection import Evidence, Reading

_OP_WORDS = {">=": "≥", "<=": "≤"}


@dataclass(frozen=True)
class IndicatorResult:
    hypothesis: str
    indicator: Indicator
    met: bool
    claims: tuple[str, ...]          # the claims that met it, oldest first
    met_on: dt.date | None           # the earliest as-of date among them
    latest: Reading | None           # the latest figure it was checked against

    @property
    def condition(self) -> str:
        """'casualties ≥ 5,000 by 15 February 2025'."""
        i = self.indicator
        return (f"{i.metric.replace('_', ' ')} {_OP_WORDS[i.op]} {number(i.value)} by "
                f"{long_date(parse_iso(i.by))}")

    @property
    def status(self) -> str:
        """'met on 29 Jan 2025 by syrskyi-half' / 'not met (latest: 3,800 on 6 Jan 2025)'."""
        if self.met:
            return f"met on {long_date(self.met_on)} by {', '.join(self.claims)}"
        if self.latest is None:
            return "not met (no claim of that subject and metric by then)"
        return (f"not met (latest: {self.latest.text} on "
                f"{long_date(parse_iso(self.latest.as_of))})")


def evaluate(hypothesis: Hypothesis, evidence: Evidence) -> list[IndicatorResult]:
    return [_evaluate(hypothesis.id, i, evidence) for i in hypothesis.indicators]


def _evaluate(hypothesis_id: str, indicator: Indicator, evidence: Evidence) -> IndicatorResult:
    candidates = sorted((r for r in _figures(indicator, evidence) if r.as_of <= indicator.by),
                        key=lambda r: (r.as_of, r.claim_ids))
    hits = [r for r in candidates if _holds(r.value, indicator)]
    claims = tuple(dict.fromkeys(c for r in hits for c in r.claim_ids))
    met_on = parse_iso(hits[0].as_of) if hits else None
    return IndicatorResult(hypothesis_id, indicator, bool(hits), claims, met_on,
                           candidates[-1] if candidates else None)


def _figures(indicator: Indicator, evidence: Evidence) -> list[Reading]:
    if indicator.metric == "casualties":
        return list(evidence.series(indicator.subject).points)
    return evidence.readings_of(indicator.subject, indicator.metric)


def _holds(value: float, indicator: Indicator) -> bool:
    return value >= indicator.value if indicator.op == ">=" else value <= indicator.value
