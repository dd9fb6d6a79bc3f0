"""Placing labels so they avoid each other, what is already drawn, and the edges.

Greedy and deterministic: each label tries its candidate positions in the order the caller
prefers and takes the first inside the bounds that overlaps nothing taken; a label with no
free position is left out (every figure says the same thing in its legend or table, so a
dropped label loses no information, while an overlapping one hides two).
"""
from __future__ import annotations

from collections.abc import Iterable

from .scene import Box

GAP = 2.0


class Placer:
    def __init__(self, bounds: Box, taken: Iterable[Box] = ()):
        self.bounds = bounds
        self.taken: list[Box] = list(taken)

    def free(self, box: Box) -> bool:
        return box.inside(self.bounds) and not any(box.overlaps(t, GAP) for t in self.taken)

    def place(self, w: float, h: float, candidates: Iterable[tuple[float, float]]) -> Box | None:
        """The first free box of size w×h among candidate top-left corners (taken if
        found)."""
        for x, y in candidates:
            box = Box(x, y, w, h)
            if self.free(box):
                self.taken.append(box)
                return box
        return None

    def block(self, box: Box) -> None:
        self.taken.append(box)


def around(x: float, y: float, w: float, h: float, offset: float,
           rows: int = 4) -> list[tuple[float, float]]:
    """Candidates around a point: above (centred, right, left), below, then further up in
    steps of one label height — for a marker's label."""
    out = []
    for k in range(rows):
        lift = offset + k * (h + GAP)
        out += [(x - w / 2, y - lift - h), (x + offset, y - lift - h),
                (x - offset - w, y - lift - h)]
        if k == 0:
            out += [(x - w / 2, y + offset), (x + offset, y + offset),
                    (x - offset - w, y + offset)]
    return out


def beside(x: float, top: float, w: float, h: float, offset: float,
           rows: int) -> list[tuple[float, float]]:
    """Candidates beside a vertical line, from its top down: right of it, then left."""
    out = []
    for k in range(rows):
        y = top + k * (h + GAP)
        out += [(x + offset, y), (x - offset - w, y)]
    return out
