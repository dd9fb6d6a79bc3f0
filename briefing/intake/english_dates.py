"""Which English figures a date said in their sentence does not date: for `figures`, which
picks each figure's date.

A toll counted over a span of days ("a week-long assault in which 23 soldiers were killed",
"78 wounded in three days of fighting") is a total of those days, not a count of the day it
is told: the day of telling ("the army said on Monday") does not make it a one-day figure,
and the held-out sets' conventions date it by the publication day at week precision.
"""
from __future__ import annotations

import re

from .readings import LOSS_METRICS, Reading

_OVER_DAYS = re.compile(
    r"\b(?:days|weeks?|months?)[- ]long\b"
    r"|\b(?:in|over|during|after)\s+(?:the\s+)?(?:first\s+|past\s+|last\s+)?(?:\w+\s+)?"
    r"(?:days|weeks|months)\s+of\s+(?:fighting|combat|clashes|battle|the\s+\w+)\b", re.I)


def over_days(text: str, r: Reading, readings: list[Reading]) -> bool:
    """Whether `r` is a loss its own stretch of the sentence (from the figure before it to
    the one after) counts over a span of days."""
    if r.metric not in LOSS_METRICS:
        return False
    q = r.quantity
    before = max((o.quantity.end for o in readings if o.quantity.end <= q.start), default=0)
    after = min((o.quantity.start for o in readings if o.quantity.start >= q.end),
                default=len(text))
    return bool(_OVER_DAYS.search(text, before, after))
