"""The briefing's domain: entities, vocabularies, fuzzy dates and wording. Pure Python."""
from .assessments import Assessment, Resolution
from .fuzzy_dates import FuzzyDate, long_date, parse_iso
from .hypotheses import Hypothesis, Indicator, Rating
from .model import (CITABLE, Briefing, Claim, Document, Entity, Event, LossesStart,
                    Reinforcement, Scenario, Source, claim_field_names)
from .problems import Problem, ValidationError
from .vocabulary import CREDIBILITY as CREDIBILITY_WORDS, RATINGS as RATINGS_WORDS
from .vocabulary import RELIABILITY as RELIABILITY_WORDS
from .wording import figure, grade, likelihood_words, number, rounded

__all__ = ["CITABLE", "CREDIBILITY_WORDS", "LossesStart", "RATINGS_WORDS", "RELIABILITY_WORDS",
           "Assessment",
           "Briefing", "Claim", "Document", "Entity", "Event", "FuzzyDate", "Hypothesis",
           "Indicator", "Problem", "Rating", "Reinforcement", "Resolution", "Scenario", "Source",
           "ValidationError", "claim_field_names",
           "figure", "grade", "likelihood_words", "long_date", "number", "parse_iso",
           "rounded"]
