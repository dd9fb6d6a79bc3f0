"""The closed vocabularies of the package format (reference.md §3), in one place.

The store's CHECK constraints, the importers and the UI's drop-downs all read these tuples, so
a word is added in exactly one spot (plus a migration for the CHECK).
"""

SOURCE_KINDS = ("government", "military", "intelligence", "think-tank", "media", "other")

RELIABILITY = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}

CREDIBILITY = {
    1: "confirmed",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}

METRICS = ("strength", "killed", "wounded", "casualties", "captured", "missing",
           "loss_rate", "reinforcements")

QUALIFIERS = ("about", "nearly", "at least", "more than", "up to")

PRECISIONS = ("day", "week", "month", "season", "year")

EVENT_CATEGORIES = ("deployment", "combat", "casualty-report", "statement", "diplomatic",
                    "other")

SCENARIO_KINDS = ("linear", "fitted")

# Analysis of Competing Hypotheses (reference.md §7): how consistent a claim is with a
# hypothesis, and how much an inconsistency counts against it (Heuer; PARC's weighting).
RATINGS = {
    "CC": "very consistent",
    "C": "consistent",
    "N": "neutral or not applicable",
    "I": "inconsistent",
    "II": "very inconsistent",
}
INCONSISTENCY_POINTS = {"CC": 0, "C": 0, "N": 0, "I": 1, "II": 2}

INDICATOR_OPS = (">=", "<=")

OUTCOMES = ("yes", "no")

JUDGMENT_STATUSES = ("ok", "undetermined", "not depleted")
CONFIDENCE_LEVELS = ("low", "moderate", "high")
