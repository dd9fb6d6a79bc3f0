"""Structured analysis (reference.md §7): competing hypotheses, indicators, and the record
of key judgments with its scores. Pure Python over the evidence model, no Qt, no I/O.

    score(hypotheses, ratings, evidence) -> Matrix     # ACH: inconsistency, leader, …
    ach_json(matrix) -> dict                            # `briefing ach --json`
    compare(before, after, since, changes, source_of)   # what changed between assessments
    scores(assessments, resolutions) -> Scores          # Brier score and calibration
"""
from .ach import Matrix, Score, Sensitivity, ach_json, score
from .indicators import IndicatorResult, evaluate
from .record import (EntityChange, JudgmentChange, central_date, compare, entity_changes,
                     judgment_words, reasons_words)
from .scores import Band, Scored, Scores, band_words, scores, scores_json

__all__ = ["Band", "EntityChange", "IndicatorResult", "JudgmentChange", "Matrix", "Score",
           "Scored", "Scores", "Sensitivity", "ach_json", "band_words", "central_date",
           "compare", "entity_changes", "evaluate", "judgment_words", "reasons_words",
           "score", "scores", "scores_json"]
