"""A figure read: the `Reading` every language's reader gives the extractor, and what the
readers share about it (which metrics are losses; a count joined to the loss before it).

Split from `metrics` (the English reader), so the readers of the other languages (`cues`)
and the steps after reading (`figures`, `merging`, `extract`) need not import it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import Quantity

LOSS_METRICS = ("casualties", "killed", "wounded", "captured", "missing")


@dataclass(frozen=True)
class Reading:
    """One figure: a quantity read as a metric. `cue` is the span of the words that named
    the metric (absolute within the sentence); `descriptive` marks a size stated in passing
    ("the contingent of 12,000"), which is never itself a forecast; `anaphoric_base` marks a
    fraction of "them" ("a third of them died"): its base is an earlier figure, which the
    extractor looks up, not the force."""

    quantity: Quantity
    metric: str
    forecast: bool = False
    descriptive: bool = False
    per_week: bool = False
    cue: tuple[int, int] = (0, 0)
    anaphoric_base: bool = False
    fraction_of: str | None = None  # the toll a share is of ("половина раненых"), if named
    people: bool = False  # a toll of people that names no force ("120 people", "погибли 120
    # человек", "사망자 120명"): a force counted among them is that force's share of the toll


def coordinated(previous: Reading, left: str, conjunction: re.Pattern | None) -> bool:
    """"killed 84 mercenaries and more than 40 soldiers": a number joined to the one before
    it, whose metric word stood before that number, counts the same loss."""
    q = previous.quantity
    return bool(conjunction and conjunction.match(left)) and previous.cue[1] <= q.start \
        and previous.metric in LOSS_METRICS and not q.is_fraction
