"""New ids for entities an analyst did not name: 'c13', or a slug of a source's name.

Every creator of ids (the window, the CSV importer, article intake) uses these, so ids look
the same whichever way a claim or source arrived. `taken` is updated with the id returned.
"""
from __future__ import annotations

import itertools
import re


def fresh_id(prefix: str, taken: set[str], suffix: str = "") -> str:
    """The first free '<prefix><n><suffix>', counting from just past the number already
    taken."""
    for n in itertools.count(len(taken) + 1):
        candidate = f"{prefix}{n}{suffix}"
        if candidate not in taken:
            taken.add(candidate)
            return candidate
    raise AssertionError("unreachable")


def slug_id(name: str, taken: set[str]) -> str:
    """'South Korea NIS' → 'south-korea-nis', 'Игорь Конашенков' → 'игорь-конашенков',
    '국가정보원' → '국가정보원' (then '-2', '-3' … if taken): letters of any script stay."""
    base = re.sub(r"[\W_]+", "-", name.casefold()).strip("-")[:40] or "source"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def pair_id(first, second) -> str:
    """The id of an entity named by two others — a rating by its hypothesis and claim, a
    resolution by its assessment and scenario: 'h1/nis-killed'. A '%' or '/' inside either
    is written '%25' or '%2F', so two different pairs never share an id."""
    return f"{_escaped(first)}/{_escaped(second)}"


def _escaped(part) -> str:
    return str(part).replace("%", "%25").replace("/", "%2F")


def name_key(name: str) -> str:
    """How a source is matched by name (article intake, CSV import): case and spacing
    ignored, so "KYIV  Independent" is the Kyiv Independent already in the briefing."""
    return " ".join(name.casefold().split())
