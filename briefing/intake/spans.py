"""The numbers and dates of one sentence as sorted spans, so that finding a number's
neighbours costs log n: a sentence with thousands of numbers (a table pasted as prose) must
not make extraction quadratic."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from .numbers import Quantity


def _reaches(blocked: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The spans' sorted starts, and for each the furthest end among the spans up to it."""
    spans = sorted(blocked)
    reach, furthest = [], 0
    for _, e in spans:
        furthest = max(furthest, e)
        reach.append(furthest)
    return [s for s, _ in spans], reach


def outside(quantities: list[Quantity], blocked: list[tuple[int, int]]) -> list[Quantity]:
    """The quantities that overlap none of the `blocked` spans (dates)."""
    starts, reach = _reaches(blocked)
    kept = []
    for q in quantities:
        i = bisect_left(starts, q.end) - 1  # spans starting before q ends
        if i < 0 or reach[i] <= q.start:
            kept.append(q)
    return kept


def starting_inside(quantities: list[Quantity], blocked: list[tuple[int, int]]) -> set[int]:
    """The starts of the quantities that begin inside one of the `blocked` spans (dates)."""
    starts, reach = _reaches(blocked)
    inside = set()
    for q in quantities:
        i = bisect_right(starts, q.start) - 1  # spans starting at or before q
        if i >= 0 and reach[i] > q.start:
            inside.add(q.start)
    return inside


class Marks:
    """Where the neighbouring numbers and dates of a position are."""

    def __init__(self, spans: list[tuple[int, int]], length: int):
        self.starts = sorted(s for s, _ in spans)
        self.ends = sorted(e for _, e in spans)
        self.length = length

    def prev_end(self, position: int) -> int:
        """The end of the last span ending at or before `position` (0 if none)."""
        i = bisect_right(self.ends, position) - 1
        return self.ends[i] if i >= 0 else 0

    def next_start(self, position: int) -> int:
        """The start of the first span starting at or after `position` (the sentence's
        length if none)."""
        i = bisect_left(self.starts, position)
        return self.starts[i] if i < len(self.starts) else self.length


@lru_cache(maxsize=64)
def matched_spans(pattern: re.Pattern, sentence: str) -> tuple[tuple[int, int], ...]:
    """Where `pattern` matches in `sentence`, found once per sentence rather than once per
    figure in it."""
    return tuple(m.span() for m in pattern.finditer(sentence))


@lru_cache(maxsize=256)
def occurs(pattern: re.Pattern, sentence: str) -> bool:
    """Whether `pattern` matches anywhere in `sentence`, searched once per sentence rather
    than once per figure in it."""
    return pattern.search(sentence) is not None


def ending_at(pattern: re.Pattern, text: str, position: int, start: int = 0,
              reach: int = 40) -> re.Match | None:
    """`pattern` (anchored by `$`) matched in the few characters before `position`: a search
    from the sentence's start would scan the whole sentence once per figure in it."""
    return pattern.search(text, max(start, position - reach), position)
