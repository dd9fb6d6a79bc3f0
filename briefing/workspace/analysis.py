"""Projections, conflicts, fraction bases and the competing-hypotheses matrix of an open
briefing, from one evidence model.

The one place that reads a briefing and hands it to the projection engine, so the CLI, the
window and the briefing pack compute the same thing the same way: the claims are read once
into an `Evidence`, and the projections, the conflicts, the ledger's fraction figures, the
observed-casualties chart and the ACH scores (grade weights, indicators) all come from it.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
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


@dataclass(frozen=True)
class Projected:
    """An analysis's projections and observed-casualties chart ahead of the rest of it
    (`analyse_in_stages`): no conflicts, bases or matrix, so nothing can read them here."""
    projections: tuple[Projection, ...]
    observed: Observed


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
        return list(_project_all(evidence, scenarios, samples, seed, subject))


def _project_all(evidence: Evidence, scenarios, samples: int, seed: int,
                 subject: str | None) -> tuple[Projection, ...]:
    return tuple(project(s, evidence, samples=samples, seed=seed, subject=subject)
                 for s in scenarios)


def analyse_in_stages(ws: Workspace, samples: int = 10_000, seed: int = 0,
                      subjects: Sequence[str] | None = None) -> Iterator[Projected | Analysis]:
    """The projections first (a `Projected`), from only the claims they can see
    (`_claims_projected`: at 100,000 claims on 20 subjects, a tenth of them, read and
    projected in a tenth of the whole analysis's time), then the whole `Analysis` — both
    in one snapshot of the briefing, so the first's projections are the second's. The first
    is left out when it would read every claim anyway: no scenario, a scenario without a
    force in a briefing without a subject, `subjects` (the briefing's, as an earlier
    analysis found them) all projected, or a subset that turns out to be every claim."""
    with ws.store.snapshot():
        first = _first_stage(ws, samples, seed, subjects)
        if first is not None:
            yield first
        yield analyse(ws, samples=samples, seed=seed)


def _first_stage(ws: Workspace, samples: int, seed: int,
                 subjects: Sequence[str] | None) -> Projected | None:
    scenarios, subject = ws.scenarios(), ws.briefing().subject
    forces = {s.subject or subject for s in scenarios}
    if not scenarios or None in forces or (subjects is not None
                                           and forces.issuperset(subjects)):
        return None
    with collector_paused():
        table = _claims_projected(ws, scenarios, subject)
        if len(table) >= ws.count("claim"):
            return None
        evidence = Evidence(table, ws.sources())
        found = _project_all(evidence, scenarios, samples, seed, subject)
        return Projected(found, observed(evidence, found, subject))


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
        found = _project_all(evidence, ws.scenarios(), samples, seed, subject)
        return Analysis(evidence, found, observed(evidence, found, subject),
                        matrix_of(ws, evidence))


def matrix_of(ws: Workspace, evidence: Evidence) -> Matrix:
    return score(ws.hypotheses(), ws.ratings(), evidence)


def rescored(analysis: Analysis, ws: Workspace) -> Analysis:
    """The same analysis with the matrix scored again: a rating or a hypothesis changed but
    no claim, grade or scenario did, so the projections and the evidence stand."""
    return replace(analysis, matrix=matrix_of(ws, analysis.evidence))
