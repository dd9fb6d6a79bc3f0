"""Briefing: sourced claims, timelines and projections for intelligence analysts, offline."""
__version__ = "0.1.0"
