"""Key judgments as ICD 203 asks: likelihood and confidence in separate sentences.

Likelihood is the Monte Carlo probability said in the standard's words (`likelihood_words`)
with the percentage. Confidence is a statement about the evidence, not the arithmetic:

- high: at least two sources rated A or B, and their claims do not conflict;
- moderate: at least two sources rated A–C, or one rated A or B;
- low: anything less (a single fair source, only D–F sources, or no claims at all);
- any conflict among the claims caps it at moderate, and a conflict of more than 50 %
  lowers it one step further.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefing.domain import Claim, Source, likelihood_words, long_date, number
from briefing.domain.vocabulary import RELIABILITY

from .conflicts import find_conflicts

LEVELS = ("low", "moderate", "high")
_COUNT = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_NOUN_WORDS = ("almost no chance", "roughly even chance")


@dataclass(frozen=True)
class Confidence:
    level: str      # low | moderate | high
    sentence: str   # "Confidence: moderate — two usually reliable sources differ by 27%."


def _the(who: str, capital: bool = False) -> str:
    text = who if who.lower().startswith("the ") else f"the {who}"
    return text[0].upper() + text[1:] if capital else text


def _percent(p: float) -> str:
    if 0 < p < 0.005:
        return "<1%"
    if 0.995 <= p < 1:
        return ">99%"
    return f"{p * 100:.0f}%"


def _reaches(threshold: float) -> tuple[str, str]:
    """(finite verb, infinitive) for reaching the threshold."""
    if threshold == 0:
        return "is depleted", "be depleted"
    return f"falls to {number(threshold)}", f"fall to {number(threshold)}"


def likelihood_sentence(who: str, p: float, by: dt.date, basis: str,
                        threshold: float = 0) -> str:
    """"The DPRK contingent, Kursk is very likely (86%) to be depleted by 30 April 2025 at
    the current loss rate." `basis` ends the sentence ("at the current loss rate")."""
    words = likelihood_words(p)
    verb, infinitive = _reaches(threshold)
    if words in _NOUN_WORDS:
        return (f"There is {words} ({_percent(p)}) that {_the(who)} {verb} by "
                f"{long_date(by)} {basis}.")
    return (f"{_the(who, True)} is {words} ({_percent(p)}) to {infinitive} by "
            f"{long_date(by)} {basis}.")


def deterministic_sentence(who: str, rate_text: str, depletion: dt.date | None,
                           horizon_end: dt.date, threshold: float = 0) -> str:
    """"At 92 a day the DPRK contingent, Kursk is depleted on 6 April 2025." """
    verb = _reaches(threshold)[0]
    if depletion is None:
        negated = verb.replace("is ", "is not ", 1) if verb.startswith("is ") else \
            f"does not {verb.replace('falls', 'fall', 1)}"
        return (f"At {rate_text} a day {_the(who)} {negated} by {long_date(horizon_end)}, "
                "the end of the horizon.")
    return f"At {rate_text} a day {_the(who)} {verb} on {long_date(depletion)}."


def confidence(claims: Sequence[Claim], sources: Mapping[str, Source], who: str) -> Confidence:
    """How far the evidence behind a judgment can be trusted (rules in the module doc)."""
    if not claims:
        return Confidence("low", f"Confidence: low — no claims on {_the(who)} support the "
                                 "scenario's figures.")
    rated = {c.source: (sources[c.source].reliability if c.source in sources else "F")
             for c in claims}
    grades = sorted(rated.values())
    strong = sum(g in "AB" for g in grades)
    fair = sum(g in "ABC" for g in grades)
    level = 2 if strong >= 2 else 1 if fair >= 2 or strong >= 1 else 0
    conflicts = find_conflicts(claims, sources)
    aparts = [c.apart for c in conflicts if c.apart is not None]
    if conflicts:
        level = min(level, 1)
        if aparts and max(aparts) > 0.5:
            level = max(level - 1, 0)
    words = [_reliability(g) for g in grades]
    n = len(grades)
    if n == 1:
        who_said = f"a single {words[0]} source"
    elif words[0] == words[-1]:
        who_said = f"{_count(n)} {words[0]} sources"
    else:
        who_said = f"{_count(n)} sources, {words[0]} to {words[-1]},"
    if conflicts:
        spread = f"{max(aparts) * 100:.0f}%" if aparts else "a figure of zero"
        up_to = "up to " if len(aparts) > 1 else ""
        said = f" whose figures differ by {up_to}{spread}" if n == 1 else \
            f" differ by {up_to}{spread}"
    else:
        said = "" if n == 1 else " agree"
    return Confidence(LEVELS[level], f"Confidence: {LEVELS[level]} — {who_said}{said}.")


def _reliability(grade: str) -> str:
    return "unrated" if grade == "F" else RELIABILITY[grade]


def _count(n: int) -> str:
    return _COUNT[n] if n < len(_COUNT) else str(n)
