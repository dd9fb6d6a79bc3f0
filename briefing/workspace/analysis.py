"""Projections, conflicts and fraction bases of an open briefing.

The one place that reads a briefing and hands it to the projection engine, so the CLI, the
window and the briefing pack compute the same thing the same way.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ..projection import Conflict, Fit, Projection, find_conflicts, project
from ..projection.evidence import read_claims, sources_by_id
from ..projection.fit import fit_readings, usable_points
from .workspace import Workspace


@dataclass(frozen=True)
class Observed:
    """The casualty figures a chart plots (even when no line can be fitted) and the line."""
    readings: tuple                  # projection.evidence.Reading: x, value, sd, text, ids
    fit: Fit


@dataclass(frozen=True)
class Analysis:
    projections: tuple[Projection, ...]
    conflicts: tuple[Conflict, ...]
    observed: Observed               # every included casualty figure, and the fitted line
    bases: dict[str, float]          # claim id → the strength a fraction claim is of

    @cached_property
    def conflicts_by_claim(self) -> dict[str, list[str]]:
        """Claim id → the ids it conflicts with (both directions)."""
        out: dict[str, list[str]] = {}
        for c in self.conflicts:
            for side, other in ((c.first, c.second), (c.second, c.first)):
                for a in side:
                    listed = out.setdefault(a, [])
                    listed += [b for b in other if b not in listed]
        return out

    @cached_property
    def conflict_of(self) -> dict[str, Conflict]:
        """Claim id → the first conflict it is in (the ledger words it only when shown)."""
        out: dict[str, Conflict] = {}
        for c in self.conflicts:
            for a in c.claim_ids:
                if a not in out:
                    out[a] = c
        return out


def projections(ws: Workspace, scenario_id: str | None = None, samples: int = 10_000,
                seed: int = 0) -> list[Projection]:
    """Every scenario's projection (or one). Raises KeyError for an unknown scenario id."""
    scenarios = ws.scenarios()
    if scenario_id is not None:
        scenarios = [s for s in scenarios if s.id == scenario_id]
        if not scenarios:
            raise KeyError(scenario_id)
    claims, sources = ws.claims(), ws.sources()
    return [project(s, claims, sources, samples=samples, seed=seed) for s in scenarios]


def fraction_bases(claims, sources) -> dict[str, float]:
    """Claim id → the figure of the strength claim its fraction was taken of (the same
    choice the fit makes), for showing "≈ a third (≈ 3,700)"."""
    by_id = {c.id: c for c in claims}
    fractions = [c for c in claims if c.fraction is not None]
    readings, _ = read_claims(fractions, sources_by_id(sources), claims)
    return {r.claim_ids[0]: by_id[r.base].central() for r in readings if r.base in by_id}


def observed(claims, sources) -> Observed:
    """Every included casualty figure, and the line fitted through them (read once)."""
    readings, skipped = usable_points(claims, sources, None)
    return Observed(tuple(readings), fit_readings(readings, skipped))


def analyse(ws: Workspace, samples: int = 10_000, seed: int = 0) -> Analysis:
    claims, sources = ws.claims(), {s.id: s for s in ws.sources()}
    return Analysis(
        projections=tuple(project(s, claims, sources, samples=samples, seed=seed)
                          for s in ws.scenarios()),
        conflicts=tuple(find_conflicts(claims, sources)),
        observed=observed(claims, sources),
        bases=fraction_bases(claims, sources))
