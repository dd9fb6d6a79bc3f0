"""Projections of a force's remaining strength (README: projections): pure numpy, no Qt, no I/O.

    Evidence(claims, sources)                 # one reading of the claims, shared by all below
    project(scenario, evidence, samples=10000, seed=0, subject=None) -> Projection
    projection_json(projection) -> dict      # one scenario of `briefing project --json`
    find_conflicts(evidence) -> list[Conflict]
    fit_series(readings, skipped, losses_start) -> Fit
"""
from .conflicts import Conflict, find_conflicts
from .evidence import Evidence, Series
from .fit import Fit, FitPoint, fit_losses, fit_series
from .judgments import Confidence
from .monte_carlo import Band
from .readings import QUALIFIERS, Reading, Skipped
from .scenarios import Projection, diagnostics_json, project, projection_json
from .weights import CREDIBILITY_WEIGHT, RELIABILITY_WEIGHT, trust

__all__ = ["Band", "CREDIBILITY_WEIGHT", "Confidence", "Conflict", "Evidence", "Fit",
           "FitPoint", "Projection", "QUALIFIERS", "RELIABILITY_WEIGHT", "Reading", "Series",
           "Skipped", "diagnostics_json", "find_conflicts", "fit_losses", "fit_series",
           "project", "projection_json", "trust"]
