"""Analysis of Competing Hypotheses: the matrix's scores, its leader and what it rests on.

After Heuer, as PARC's ACH weighted it: a hypothesis is judged by the evidence against it,
not for it, so its score is its weighted **inconsistency** — the sum over the claims rated
against it of the claim's grade weight (the fit's: reliability × credibility,
projection/weights.py) × 1 for `I`, 2 for `II`. The **leader** has the lowest score; when
two or more share it, none leads and they are named as tied.

A claim's **diagnosticity** is how far apart its ratings push the hypotheses: its weight ×
(the most inconsistency points it gives any hypothesis − the fewest it gives any), unrated
counting as none. A claim consistent with every hypothesis — or inconsistent with every one
alike — moves no hypothesis against another: diagnosticity 0, the rows the matrix dims. C
against CC is 0 too: consistency does not score (Heuer: evidence consistent with several
hypotheses proves little).

The **sensitivity** claims are those whose removal alone changes the leader: what the
conclusion hangs on ("if ISW's ≈ 92 is wrong, H2 leads").
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from briefing.domain import Hypothesis, Rating
from briefing.domain.vocabulary import INCONSISTENCY_POINTS
from briefing.projection import Evidence

from .indicators import IndicatorResult, evaluate

_PLACES = 9   # scores are compared rounded: 0.48 + 0.16 must equal 0.64


@dataclass(frozen=True)
class Score:
    hypothesis: Hypothesis
    inconsistency: float
    rank: int             # 1 = least inconsistent; tied scores share a rank

    @property
    def id(self) -> str:
        return self.hypothesis.id


@dataclass(frozen=True)
class Sensitivity:
    claim_id: str
    leader: str | None                # who leads without the claim (None: a tie)
    tied: tuple[str, ...]             # who ties without it
    sentence: str


@dataclass(frozen=True)
class Matrix:
    hypotheses: tuple[Hypothesis, ...]
    ratings: dict[tuple[str, str], str]      # (hypothesis id, claim id) → CC … II
    weights: dict[str, float]                # rated claim id → its grade weight
    scores: tuple[Score, ...]                # in the hypotheses' order
    leader: str | None
    tied: tuple[str, ...]                    # sharing the lowest score when none leads
    diagnosticity: dict[str, float]          # every rated claim, most diagnostic first
    sensitivity: tuple[Sensitivity, ...]
    indicators: tuple[IndicatorResult, ...]

    def rating(self, hypothesis_id: str, claim_id: str) -> str | None:
        return self.ratings.get((hypothesis_id, claim_id))

    def score_of(self, hypothesis_id: str) -> Score | None:
        return next((s for s in self.scores if s.id == hypothesis_id), None)

    def title(self, hypothesis_id: str) -> str:
        found = next((h for h in self.hypotheses if h.id == hypothesis_id), None)
        return found.title if found else hypothesis_id

    @property
    def leader_words(self) -> str:
        """'“Attrition continues” leads (0.36 against 0.48 and 1.76)', or who ties."""
        if not self.hypotheses:
            return "No hypotheses."
        if self.leader is None:
            low = min(s.inconsistency for s in self.scores)
            return f"No hypothesis leads: {_names(self, self.tied)} tie at {_score(low)}."
        lead = self.score_of(self.leader)
        others = [s for s in self.scores if s.id != self.leader]
        against = (" against " + _listed([_score(s.inconsistency) for s in others])
                   if others else "")
        return f"“{lead.hypothesis.title}” leads (inconsistency {_score(lead.inconsistency)}" \
               f"{against})."


def score(hypotheses: Sequence[Hypothesis], ratings: Iterable[Rating],
          evidence: Evidence) -> Matrix:
    """The matrix of `hypotheses` × the claims of `evidence`, scored from `ratings` (a
    rating of a claim the evidence does not hold is ignored). The points and weights are
    arrays, so a rescore after each rating stays quick at 100,000 rated claims
    (tests/bench/bench_structured.py)."""
    hypotheses = tuple(hypotheses)
    ids = [h.id for h in hypotheses]
    column = {h: k for k, h in enumerate(ids)}
    cells = {(r.hypothesis, r.claim): r.rating for r in ratings
             if r.hypothesis in column and r.claim in evidence.claims}
    order = evidence.table.index   # claim id → its place in the analyst's order
    rated = sorted({c for _, c in cells}, key=order.__getitem__)
    row = {c: i for i, c in enumerate(rated)}
    points = np.zeros((len(rated), len(ids)))
    for (h, c), rating in cells.items():
        points[row[c], column[h]] = INCONSISTENCY_POINTS[rating]
    w = np.array([evidence.trust(evidence.claims[c]) for c in rated], dtype=float)
    totals = w @ points
    leader, tied = _leader(dict(zip(ids, totals.tolist())))
    spread = w * (points.max(axis=1) - points.min(axis=1)) if rated else w
    ranked = np.argsort(-np.round(spread, _PLACES), kind="stable")
    diagnosticity = {rated[i]: float(spread[i]) for i in ranked}
    sensitivity = []
    # Only a claim that moves the hypotheses apart can, removed, change who leads.
    movers = np.flatnonzero(spread > 0)
    without = np.round(totals[None, :] - w[movers, None] * points[movers], _PLACES)
    at_low = without == without.min(axis=1, initial=np.inf)[:, None]
    now_low = np.array([h == leader or h in tied for h in ids], dtype=bool)
    for k in np.flatnonzero((at_low != now_low[None, :]).any(axis=1)):
        lowest = tuple(ids[j] for j in np.flatnonzero(at_low[k]))
        other, other_tied = (lowest[0], ()) if len(lowest) == 1 else (None, lowest)
        c = rated[movers[k]]
        sensitivity.append(Sensitivity(c, other, other_tied,
                                       _sentence(c, other, other_tied, hypotheses, evidence)))
    by_id = dict(zip(ids, totals.tolist()))
    ranks = _ranks(by_id)
    scores = tuple(Score(h, by_id[h.id], ranks[h.id]) for h in hypotheses)
    indicators = tuple(r for h in hypotheses for r in evaluate(h, evidence))
    return Matrix(hypotheses, cells, dict(zip(rated, w.tolist())), scores, leader, tied,
                  diagnosticity, tuple(sensitivity), indicators)


def _leader(totals: dict[str, float]) -> tuple[str | None, tuple[str, ...]]:
    if not totals:
        return None, ()
    low = min(round(t, _PLACES) for t in totals.values())
    at_low = tuple(h for h, t in totals.items() if round(t, _PLACES) == low)
    return (at_low[0], ()) if len(at_low) == 1 else (None, at_low)


def _ranks(totals: dict[str, float]) -> dict[str, int]:
    rounded = {h: round(t, _PLACES) for h, t in totals.items()}
    return {h: 1 + sum(1 for other in rounded.values() if other < t)
            for h, t in rounded.items()}


def _sentence(claim_id: str, leader, tied, hypotheses, evidence: Evidence) -> str:
    claim = evidence.claims[claim_id]
    reading = evidence.readings.get(claim_id)
    shown = reading.text if reading is not None else claim_id
    who = f"{evidence.name(claim.source)}'s {shown} {claim.metric.replace('_', ' ')}"
    titles = {h.id: h.title for h in hypotheses}
    if leader is not None:
        outcome = f"“{titles[leader]}” leads"
    else:
        outcome = " and ".join(f"“{titles[h]}”" for h in tied) + " tie"
    return f"If {who} ({claim_id}) is wrong, {outcome}."


def _score(x: float) -> str:
    return f"{x:.2f}"


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _names(matrix: Matrix, ids) -> str:
    return _listed([f"“{matrix.title(i)}”" for i in ids])


def ach_json(matrix: Matrix) -> dict:
    """`briefing ach --json` (reference.md §7)."""
    return {"hypotheses": [{"id": s.id, "title": s.hypothesis.title,
                            "inconsistency": round(s.inconsistency, 4), "rank": s.rank}
                           for s in matrix.scores],
            "leader": matrix.leader,
            "tied": list(matrix.tied),
            "claims": [{"id": c, "diagnosticity": round(d, 4), "weight": round(
                matrix.weights[c], 4)} for c, d in matrix.diagnosticity.items()],
            "sensitivity": [s.claim_id for s in matrix.sensitivity],
            "sensitivity_sentences": [s.sentence for s in matrix.sensitivity],
            "indicators": [{"id": r.indicator.id, "hypothesis": r.hypothesis, "met": r.met,
                            "claims": list(r.claims), "text": r.indicator.text,
                            "met_on": None if r.met_on is None else r.met_on.isoformat()}
                           for r in matrix.indicators]}
