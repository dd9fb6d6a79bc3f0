"""Article intake: propose sourced force figures from a news article, for an analyst to review.

Pure Python and rule-based (no network, no models), in English, Russian, Ukrainian and Korean, so it runs on an air-gapped workstation
and its behaviour can be predicted and tested. `extract` proposes, it never saves.
"""
from .articles import read_article
from .attribution import PUBLICATION
from .extract import Extraction, Proposal, extract, extract_article, proposals_json
from .language import detect_language

__all__ = ["PUBLICATION", "Extraction", "Proposal", "detect_language", "extract", "extract_article",
           "proposals_json", "read_article"]
