"""How much a claim counts in a fit: one mapping from its Admiralty grade to a weight.

The two axes stay separate on screen; only here, where a number must be computed, are they
multiplied. The weight divides the claim's variance, so it reads as "treat a B2 claim as if
its figure were 1/0.64 times as noisy as an A1 claim's". E (unreliable) and 5 (improbable)
are near zero but not zero, so an E5 claim never silently vanishes from the list of claims
used; F and 6 ("cannot be judged") sit in the middle, neither trusted nor dismissed.
"""
from __future__ import annotations

from functools import lru_cache

RELIABILITY_WEIGHT = {"A": 1.0, "B": 0.8, "C": 0.6, "D": 0.3, "E": 0.05, "F": 0.5}
CREDIBILITY_WEIGHT = {1: 1.0, 2: 0.8, 3: 0.6, 4: 0.3, 5: 0.05, 6: 0.5}


@lru_cache(maxsize=64)
def trust(reliability: str | None, credibility: int) -> float:
    """Weight in (0, 1] of a claim graded `reliability` + `credibility` (A1 = 1, E5 = 0.0025,
    F6 = 0.25). An unknown source counts as F."""
    return (RELIABILITY_WEIGHT.get(reliability or "F", 0.5)
            * CREDIBILITY_WEIGHT.get(credibility, 0.5))
