"""How the recorded judgments turned out: the Brier score and a calibration table.

The Brier score of a set of judgments is the mean of (stated probability − outcome)², the
outcome 1 when the force was depleted by the judgment date and 0 when it was not: 0 is a
perfect record, 0.25 what "roughly even chance" every time scores, 1 the worst. Only
resolved judgments with a probability are scored; a judgment without a judgment date states
a most-likely date and a range, not a probability, and is recorded but never scored.

Calibration: for each ICD 203 band the analyst used, how often what was judged came true —
of ten "likely" (55–80 %) judgments, about six to eight should have.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from briefing.domain import Assessment, Resolution
from briefing.domain.wording import LIKELIHOOD_BANDS, likelihood_words
from briefing.projection.judgments import percent


@dataclass(frozen=True)
class Scored:
    assessment: str
    scenario: str
    who: str               # the analyst who made the judgment
    probability: float
    outcome: int           # 1 yes, 0 no

    @property
    def brier(self) -> float:
        return (self.probability - self.outcome) ** 2


@dataclass(frozen=True)
class Band:
    words: str
    low: float
    high: float
    judgments: int
    stated: float          # the mean probability stated
    came_true: float       # the share resolved yes


@dataclass(frozen=True)
class Scores:
    scored: tuple[Scored, ...]
    without_probability: int      # recorded judgments that cannot be scored
    unresolved: int               # judgments with a probability still waiting for an outcome

    @property
    def brier(self) -> float | None:
        return _mean(s.brier for s in self.scored)

    def by_analyst(self) -> list[tuple[str, float, int]]:
        """(who, Brier score, judgments scored), by name."""
        names = sorted({s.who for s in self.scored})
        return [(who, _mean(s.brier for s in self.scored if s.who == who),
                 sum(1 for s in self.scored if s.who == who)) for who in names]

    def calibration(self) -> list[Band]:
        out = []
        for words, low, high in LIKELIHOOD_BANDS:
            these = [s for s in self.scored if likelihood_words(s.probability) == words]
            if these:
                out.append(Band(words, low, high, len(these),
                                _mean(s.probability for s in these),
                                _mean(s.outcome for s in these)))
        return out

    @property
    def notes(self) -> list[str]:
        """What the score leaves out, said plainly."""
        out = []
        if self.without_probability:
            n = self.without_probability
            out.append(f"{n} recorded judgment{'s' if n != 1 else ''} without a probability "
                       "(no judgment date) cannot be scored.")
        if self.unresolved:
            n = self.unresolved
            out.append(f"{n} judgment{'s' if n != 1 else ''} with a probability "
                       f"{'are' if n != 1 else 'is'} not resolved yet.")
        return out


def _mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return sum(values) / len(values) if values else None


def scores(assessments: Iterable[Assessment], resolutions: Iterable[Resolution]) -> Scores:
    outcome = {(r.assessment, r.scenario): r.outcome for r in resolutions}
    scored, without, unresolved = [], 0, 0
    for a in assessments:
        for j in a.judgments:
            p = j.get("probability")
            if p is None:
                without += 1
            elif (a.id, j.get("id")) not in outcome:
                unresolved += 1
            else:
                scored.append(Scored(a.id, j.get("id"), a.who, float(p),
                                     1 if outcome[(a.id, j.get("id"))] == "yes" else 0))
    return Scores(tuple(scored), without, unresolved)


def scores_json(s: Scores) -> dict:
    """`briefing scores --json` (reference.md §7)."""
    def r(x):
        return None if x is None else round(x, 4)
    return {"brier": r(s.brier), "scored": len(s.scored),
            "analysts": [{"who": who, "brier": r(b), "scored": n}
                         for who, b, n in s.by_analyst()],
            "calibration": [{"band": b.words, "range": [b.low, b.high],
                             "judgments": b.judgments, "stated": r(b.stated),
                             "came_true": r(b.came_true)} for b in s.calibration()],
            "judgments": [{"assessment": x.assessment, "scenario": x.scenario, "who": x.who,
                           "probability": x.probability, "outcome": "yes" if x.outcome else "no",
                           "brier": r(x.brier)} for x in s.scored],
            "without_probability": s.without_probability, "unresolved": s.unresolved,
            "notes": s.notes}


def band_words(b: Band) -> str:
    """'very likely (80–95%): 2 judged, 88% stated on average, 50% came true'."""
    return (f"{b.words} ({round(b.low * 100)}–{round(b.high * 100)}%): {b.judgments} "
            f"judged, {percent(b.stated)} stated on average, {round(b.came_true * 100)}% "
            "came true")
