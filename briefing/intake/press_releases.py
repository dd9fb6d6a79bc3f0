"""The issuer of a press release, named once at its head.

A release from a military press office opens on who issues it ("INTER SERVICES PUBLIC
RELATIONS (ISPR) - No PR-62/2025", "PRESS RELEASE" above or below the office's name,
"Пресс-релиз", "Прес-реліз", "국방부 보도자료") and then states its figures in its own voice,
naming no speaker: those figures are the issuer's, and "the publication" would hide who
claims them. Only a head that says it is a release counts — a release number after a name in
capitals, or a word for "press release" — so a shouted headline is no issuer.
"""
from __future__ import annotations

import re

from .attribution import CONNECTORS

_MARKER = r"(?:PRESS\s+RELEASE|Press\s+release|Пресс-релиз|Прес-реліз|보도\s*자료)"
# "INTER SERVICES PUBLIC RELATIONS (ISPR) - No PR-62/2025-ISPR": a name in capitals, a number
_NUMBERED = re.compile(r"^(?P<name>[A-Z][A-Z&'’. ]{4,80}?)\s*(?:\((?P<alias>[A-Z]{2,8})\))?\s*"
                       r"[-–—:]\s*(?:No\.?|№)\s*\S*\d")
# "PRESS RELEASE - National Guard Command", "National Guard Command | PRESS RELEASE",
# "국방부 보도자료": the marker and the issuer on one line
_BESIDE = re.compile(rf"^(?:{_MARKER}\s*[-–—:|]\s*(?P<after>.+)|(?P<before>.+?)\s*[-–—:|]?\s*"
                     rf"{_MARKER})$")
_MARKER_LINE = re.compile(rf"^{_MARKER}\.?$")
_NAME_LINE = re.compile(r"^[^\d.!?]{3,80}$")


def _title(name: str) -> str:
    """'INTER SERVICES PUBLIC RELATIONS' -> 'Inter Services Public Relations'."""
    if not name.isupper():
        return name
    return " ".join(w.lower() if w.lower() in CONNECTORS and i else w.capitalize()
                    for i, w in enumerate(name.split()))


def release_issuer(text: str) -> tuple[str, str | None] | None:
    """(issuer, its acronym or None) when `text` opens as a press release; else None."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:3]
    for i, line in enumerate(lines):
        if m := _NUMBERED.match(line):
            return _title(m.group("name").strip()), m.group("alias")
        if _MARKER_LINE.match(line):
            # the issuer's name on the line above or below the bare marker
            near = [lines[j] for j in (i + 1, i - 1) if 0 <= j < len(lines)]
            name = next((n for n in near if _NAME_LINE.match(n)), None)
            return (_title(name), None) if name else None
        if m := _BESIDE.match(line):
            name = (m.group("after") or m.group("before")).strip()
            return (_title(name), None) if _NAME_LINE.match(name) else None
    return None
