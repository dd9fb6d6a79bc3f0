"""Key judgments as ICD 203 asks: each says its premise and what "depleted" counts; the
likelihood and the confidence are separate sentences; nothing is said as 0 % or 100 %.

Confidence is a statement about the evidence a scenario actually uses (its cited claims,
its fitted claims and their fraction bases), never about the rest of the ledger:

- high: at least two independent sources rated A or B, and their claims do not conflict;
- moderate: at least two independent sources rated A–C, or one rated A or B;
- low: anything less (a single fair source, only D–F sources, or no claims at all);
- a claim derived from another claim the scenario uses (`derived_from`) is not independent
  agreement: its source counts only through claims of its own;
- any conflict among the claims used caps it at moderate, and a conflict of more than 50 %
  lowers it one step further; one figure carrying half or more of a fit's weight caps it at
  moderate (the assumed start of losses is an assumption, not a figure, and does not count);
- a linear scenario's uncited rate or strength is an assumption: confidence is low; a
  fitted scenario's uncited strength caps it at moderate.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.domain import Claim, figure, likelihood_words, long_date, number
from briefing.domain.vocabulary import RELIABILITY

from .conflicts import spread as conflict_spread

LEVELS = ("low", "moderate", "high")
_COUNT = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_NOUN_WORDS = ("almost no chance", "roughly even chance")
_QUALIFIER_WORDS = {None: "", "about": "about ", "nearly": "nearly ", "at least": "at least ",
                    "more than": "more than ", "up to": "up to "}
DOMINANT_SHARE = 0.5


@dataclass(frozen=True)
class Confidence:
    level: str      # low | moderate | high
    sentence: str   # "Confidence: moderate — two usually reliable sources differ by 27%."


def the(who: str, capital: bool = False) -> str:
    text = who if who.lower().startswith("the ") else f"the {who}"
    return text[0].upper() + text[1:] if capital else text


def percent(p: float) -> str:
    """A probability as said: never 0 % or 100 % ('<1%', '>99%')."""
    if p < 0.01:
        return "<1%"
    if p > 0.99:
        return ">99%"
    return f"{min(max(round(p * 100), 1), 99)}%"


def outcome(threshold: float) -> str:
    """What depletion means, as an infinitive: it counts the killed and the wounded."""
    if threshold == 0:
        return "be entirely killed or wounded"
    return f"be reduced to {number(threshold)} or fewer not yet killed or wounded"


def quoted_rate(rate: float, claim: Claim | None, name: str, grade: str) -> str:
    """'about 92 a day (Institute for the Study of War, B3)'."""
    if claim is None:
        return f"{number(rate)} a day (an assumed rate; no claim is cited)"
    if claim.central() is not None and abs(claim.central() - rate) < 0.5:
        return f"{_QUALIFIER_WORDS[claim.qualifier]}{number(rate)} a day ({name}, {grade})"
    return f"{number(rate)} a day (after {name}'s {figure(claim)}, {grade})"


def premise(rate_words: str, reinforcements: str) -> str:
    """'If losses continue at about 92 a day (ISW, B3) and no reinforcements arrive'."""
    return f"If losses continue at {rate_words} and {reinforcements}"


@dataclass(frozen=True)
class Outlook:
    """What the sentences are worded from: the central and percentile dates, the horizon,
    and the probability by the analyst's judgment date (if there is one)."""

    who: str
    threshold: float
    horizon_days: int
    horizon_end: dt.date
    uncertain: bool
    depletion: dt.date | None = None       # the deterministic date (no uncertainty)
    p10: dt.date | None = None
    p50: dt.date | None = None
    p90: dt.date | None = None
    judgment_date: dt.date | None = None
    probability: float | None = None


def judgment_sentences(premise_text: str, o: Outlook) -> list[str]:
    """The key-judgment sentences, premise first (the confidence sentence is separate)."""
    who, inf = the(o.who), outcome(o.threshold)
    horizon = f"{long_date(o.horizon_end)}, the end of the {o.horizon_days}-day horizon"
    if not o.uncertain:
        said = (f"{premise_text}, {who} would {inf} on {long_date(o.depletion)}."
                if o.depletion else f"{premise_text}, {who} would not {inf} by {horizon}.")
        if o.judgment_date is None:
            return [said]
        return [said, f"No uncertainty ranges are set, so no probability is stated for "
                      f"{long_date(o.judgment_date)}."]
    if o.judgment_date is not None:
        words = likelihood_words(o.probability)
        by = long_date(o.judgment_date)
        if words in _NOUN_WORDS:
            first = (f"{premise_text}, there is {words} ({percent(o.probability)}) that "
                     f"{who} will {inf} by {by}.")
        else:
            first = f"{premise_text}, {who} is {words} ({percent(o.probability)}) to {inf} by {by}."
        return [first, _central(o, horizon)]
    if o.p50 is None:
        tail = f" (10% chance by {long_date(o.p10)})" if o.p10 else ""
        return [f"{premise_text}, {who} would most likely not {inf} by {horizon}{tail}."]
    return [f"{premise_text}, {who} would most likely {inf} around {long_date(o.p50)} "
            f"({_range(o)})."]


def _central(o: Outlook, horizon: str) -> str:
    if o.p50 is None:
        tail = f"; 10% chance by {long_date(o.p10)}" if o.p10 else ""
        return f"Most likely not by {horizon}{tail}."
    return f"Most likely around {long_date(o.p50)}; {_range(o)}."


def _range(o: Outlook) -> str:
    low = long_date(o.p10) if o.p10 else long_date(o.p50)
    high = long_date(o.p90) if o.p90 else f"beyond {long_date(o.horizon_end)}"
    return f"80% range {low} to {high}"


def undetermined_sentence(who: str, reason: str) -> str:
    return f"No depletion date for {the(who)}: {reason}."


@dataclass(frozen=True)
class Basis:
    """What a confidence judgment looks at: the claims used (with the evidence model's names,
    grades and conflicts), the premises that are assumptions, and a dominant fit point."""

    used: Sequence[Claim]
    evidence: object                  # evidence.Evidence
    assumed: tuple[str, ...] = ()     # "the rate", "the strength"
    assumed_caps: str = "low"         # what an assumption caps the level at
    dominant: tuple[str, float] | None = None   # (what, share of the fit's weight)


def confidence(b: Basis) -> Confidence:
    """How far the evidence behind a judgment can be trusted (rules in the module doc)."""
    if not b.used:
        what = " and ".join(b.assumed) or "the figures"
        verb = "are" if " and " in what else "is"
        return Confidence("low", f"Confidence: low — {what} {verb} assumptions, not "
                                 "sourced figures.")
    ev = b.evidence
    used_ids = {c.id for c in b.used}
    dependent = [c for c in b.used if set(c.derived_from) & used_ids]
    independent = [c for c in b.used if c not in dependent]
    rated = {c.source: (ev.sources[c.source].reliability if c.source in ev.sources else "F")
             for c in independent}
    grades = sorted(rated.values())
    strong = sum(g in "AB" for g in grades)
    fair = sum(g in "ABC" for g in grades)
    level = 2 if strong >= 2 else 1 if fair >= 2 or strong >= 1 else 0
    conflicts = ev.conflicts_among(used_ids)
    aparts = [c.apart for c in conflicts if c.apart is not None]
    if conflicts:
        level = min(level, 1)
        if aparts and max(aparts) > 0.5:
            level = max(level - 1, 0)
    notes = [_derived_note(c, used_ids, ev) for c in dependent]
    if b.dominant and b.dominant[1] >= DOMINANT_SHARE:
        level = min(level, 1)
        notes.append(f"{b.dominant[0]} carries {b.dominant[1] * 100:.0f}% of the fit's weight")
    if b.assumed:
        level = min(level, LEVELS.index(b.assumed_caps))
        what = " and ".join(b.assumed)
        notes.append(f"{what} {'are' if ' and ' in what else 'is'} "
                     f"{'assumptions' if ' and ' in what else 'an assumption'}")
    said = _who_said(grades, conflicts, aparts)
    tail = "".join(f"; {n}" for n in notes)
    return Confidence(LEVELS[level], f"Confidence: {LEVELS[level]} — {said}{tail}.")


def _who_said(grades: list[str], conflicts, aparts) -> str:
    words = [_reliability(g) for g in grades]
    n = len(grades)
    if n == 0:
        return "no independent source"
    if n == 1:
        who_said = f"a single {words[0]} source"
    elif words[0] == words[-1]:
        who_said = f"{_count(n)} {words[0]} sources"
    else:
        who_said = f"{_count(n)} sources, {words[0]} to {words[-1]},"
    if conflicts:
        spread = conflict_spread(max(aparts)) if aparts else "a figure of zero"
        up_to = "up to " if len(aparts) > 1 else ""
        return who_said + (f" whose figures differ by {up_to}{spread}" if n == 1
                           else f" differ by {up_to}{spread}")
    return who_said + ("" if n == 1 else " agree")


def _derived_note(claim: Claim, used_ids: set[str], ev) -> str:
    parents = [ev.claims[i] for i in claim.derived_from if i in used_ids and i in ev.claims]
    origin = " and ".join(f"{ev.name(p.source)}'s {figure(p)}" for p in parents)
    return (f"{ev.name(claim.source)}'s {figure(claim)} is derived from {origin}, not "
            "independent of it")


def _reliability(grade: str) -> str:
    return "unrated" if grade == "F" else RELIABILITY[grade]


def _count(n: int) -> str:
    return _COUNT[n] if n < len(_COUNT) else str(n)
