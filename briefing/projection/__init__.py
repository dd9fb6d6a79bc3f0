"""Projections of a force's remaining strength (README: projections): pure numpy, no Qt, no I/O.

    project(scenario, claims, sources, samples=10000, seed=0) -> Projection
    projection_json(projection) -> dict      # one scenario of `briefing project --json`
    find_conflicts(claims, sources) -> list[Conflict]
    fit_losses(claims, sources, subject=None) -> Fit
"""
from .conflicts import Conflict, find_conflicts
from .evidence import QUALIFIERS, Skipped
from .fit import Fit, FitPoint, fit_losses
from .judgments import Confidence
from .monte_carlo import Band
from .scenarios import Projection, project, projection_json
from .weights import CREDIBILITY_WEIGHT, RELIABILITY_WEIGHT, trust

__all__ = ["Band", "CREDIBILITY_WEIGHT", "Confidence", "Conflict", "Fit", "FitPoint",
           "Projection", "QUALIFIERS", "RELIABILITY_WEIGHT", "Skipped", "find_conflicts",
           "fit_losses", "project", "projection_json", "trust"]
