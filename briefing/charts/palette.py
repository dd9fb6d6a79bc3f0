"""Colours that belong to an entity's id, not to its place in a list.

A scenario or source keeps its colour when others are added or deleted, and has the same
colour in the window, present mode, the pack and every exported chart, because every view
asks `identity_colours` with the briefing's whole list of ids (in file order), never with
the subset it happens to draw.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterable

# Colour-blind-safe categorical colours (Okabe–Ito without its yellow and black, which
# vanish on white or on a dark slide, plus two of Paul Tol's muted set), each readable on
# both.
CATEGORICAL = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#AA4499",
               "#999933")


def preferred_slot(entity_id: str) -> int:
    """The palette slot an id asks for: a stable hash (Python's `hash` changes per run)."""
    return zlib.crc32(entity_id.encode("utf-8")) % len(CATEGORICAL)


def identity_colours(ids: Iterable[str]) -> dict[str, str]:
    """Id → colour. Each id takes its preferred slot; when an earlier id (file order, which
    is creation order) holds it, the next free slot. So up to eight ids never share a
    colour, and an id's colour changes only if it had yielded its slot to an id that is
    later deleted — never because another id was added."""
    out: dict[str, str] = {}
    taken: set[int] = set()
    for entity_id in dict.fromkeys(ids):
        slot = preferred_slot(entity_id)
        if len(taken) < len(CATEGORICAL):
            while slot in taken:
                slot = (slot + 1) % len(CATEGORICAL)
        taken.add(slot)
        out[entity_id] = CATEGORICAL[slot]
    return out


def category_colours(categories: Iterable[str]) -> dict[str, str]:
    """A fixed vocabulary (event categories) keeps its order, so position is identity."""
    return {c: CATEGORICAL[i % len(CATEGORICAL)] for i, c in enumerate(categories)}
