"""Article intake: propose sourced force figures from a news article, for an analyst to review.

Pure Python and rule-based (no network, no models), so it runs on an air-gapped workstation
and its behaviour can be predicted and tested. `extract` proposes, it never saves.
"""
from .articles import read_article
from .extract import Proposal, extract, proposals_json

__all__ = ["Proposal", "extract", "proposals_json", "read_article"]
