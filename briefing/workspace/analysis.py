"""Projections, conflicts, fraction bases and the competing-hypotheses matrix of an open
briefing, from one evidence model.

The one place that reads a briefing and hands it to the projection engine, so the CLI, the
window and the briefing pack compute the same thing the same way: the claims are read once
into an `Evidence`, and the projections, the conflicts, the ledger's fraction figures, the
observed-casualties chart and the ACH scores (grade weights, indicators) all come from it.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

from ..projection import Evidence, Fit, Projection, Reading, project
from ..projection.claim_table import ClaimTable
from ..projection.collector import collector_paused
from ..projection.conflicts import Conflicts
from ..structured import Matrix, score
from .workspace import Workspace


@dataclass(frozen=True)
class FitLine:
    """A fitted scenario's line, for the observed-casualties chart."""
    scenario_id: str
    fit: Fit


@dataclass(frozen=True)
class Observed:
    """What the casualties chart plots: the casualty figures of the scenarios' forces (even
    when no line can be fitted) and each fitted scenario's line, with its start of losses."""
    readings: tuple[Reading, ...]
    lines: tuple[FitLine, ...]


@dataclass(frozen=True)
class Analysis:
    evidence: Evidence
    projections: tuple[Projection, ...]
    observed: Observed
    matrix: Matrix

    def read_texts_from(self, ws: Workspace) -> None:
        """Read the quotes, documents and notes of the Claims made from now on through `ws`
        (the window's own, once the worker that analysed has closed its connection)."""
        self.evidence.table.texts = ws.claim_texts

    @property
    def conflicts(self) -> Conflicts:
        return self.evidence.conflicts

    @property
    def bases(self) -> dict:
        """Claim id → the FractionBase a fraction was read with ("≈ 3,700 of 11,000, …")."""
        return self.evidence.bases

    @cached_property
    def conflicts_by_claim(self) -> "_ByClaim":
        """Claim id → the ids it conflicts with (both directions)."""
        return _ByClaim(self.conflicts.others_of)

    @cached_property
    def conflict_of(self) -> "_ByClaim":
        """Claim id → the first conflict it is in (made and worded only when asked)."""
        return _ByClaim(self.conflicts.of_claim)


class _ByClaim:
    """A read-only mapping over the conflicts' per-claim index, answered on demand."""

    def __init__(self, look_up):
        self._look_up = look_up

    def get(self, claim_id: str, default=None):
        return self._look_up(claim_id) or default

    def __contains__(self, claim_id: str) -> bool:
        return bool(self._look_up(claim_id))

    def __getitem__(self, claim_id: str):
        found = self._look_up(claim_id)
        if not found:
            raise KeyError(claim_id)
        return found


def projections(ws: Workspace, scenario_id: str | None = None, samples: int = 10_000,
                seed: int = 0) -> list[Projection]:
    """Every scenario's projection (or one). Raises KeyError for an unknown scenario id."""
    scenarios = ws.scenarios()
    if scenario_id is not None:
        scenarios = [s for s in scenarios if s.id == scenario_id]
        if not scenarios:
            raise KeyError(scenario_id)
    subject = ws.briefing().subject
    with collector_paused():
        evidence = Evidence(_claims_projected(ws, scenarios, subject), ws.sources())
        return [project(s, evidence, samples=samples, seed=seed, subject=subject)
                for s in scenarios]


def _claims_projected(ws: Workspace, scenarios, subject: str | None) -> ClaimTable:
    """The claims the projections of `scenarios` can see: their forces' claims, the claims
    they cite, and the claims of every subject among those (every conflict rule compares
    one subject's figures, so a confidence judgment weighs the same conflicts as over the
    whole briefing), with the strength claims any of them takes a fraction of. All of them
    when a scenario's force is the briefing's only subject, whatever it is called."""
    forces = [s.subject or subject for s in scenarios]
    if None in forces:
        return ws.claim_table()
    cited = [claim_id for s in scenarios for _, claim_id in s.cites]
    subjects: set[str] = set(forces)
    while True:
        table = ws.claim_table(sorted(subjects), cited)
        if subjects.issuperset(table.subjects):
            return table
        subjects.update(table.subjects)


def observed(evidence: Evidence, projections: tuple[Projection, ...],
             subject: str | None) -> Observed:
    """The casualty figures of each projected force (the briefing's subject when no scenario
    names one), and the fitted scenarios' lines."""
    subjects = [p.subject for p in projections if p.subject] or ([subject] if subject else [])
    readings = [r for s in dict.fromkeys(subjects) for r in evidence.series(s).points]
    lines = tuple(FitLine(p.scenario.id, p.fit) for p in projections
                  if p.fit is not None and p.fit.ok)
    return Observed(tuple(readings), lines)


def analyse(ws: Workspace, samples: int = 10_000, seed: int = 0) -> Analysis:
    with collector_paused():
        evidence = Evidence(ws.claim_table(), ws.sources())
        evidence.conflicts.index()   # here, on the worker thread for a large briefing, and
        subject = ws.briefing().subject   # before the projections, which weigh them
        found = tuple(project(s, evidence, samples=samples, seed=seed, subject=subject)
                      for s in ws.scenarios())
        return Analysis(evidence, found, observed(evidence, found, subject),
                        matrix_of(ws, evidence))


def matrix_of(ws: Workspace, evidence: Evidence) -> Matrix:
    return score(ws.hypotheses(), ws.ratings(), evidence)


def rescored(analysis: Analysis, ws: Workspace) -> Analysis:
    """The same analysis with the matrix scored again: a rating or a hypothesis changed but
    no claim, grade or scenario did, so the projections and the evidence stand."""
    return replace(analysis, matrix=matrix_of(ws, analysis.evidence))
