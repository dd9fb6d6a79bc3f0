"""Classification and handling markings: which banner colours a marking gets.

The level is read from the marking text itself (the text is what the analyst types and what
is printed), so a marking can never disagree with its colour. Colours: the common US banner
convention and FIRST's TLP 2.0.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Banner:
    level: str
    background: str
    foreground: str


# Checked in order: the most specific marking first ("TOP SECRET//SCI" before "SECRET").
_LEVELS = (
    ("TLP:AMBER+STRICT", Banner("TLP:AMBER+STRICT", "#000000", "#ffc000")),
    ("TLP:AMBER", Banner("TLP:AMBER", "#000000", "#ffc000")),
    ("TLP:RED", Banner("TLP:RED", "#000000", "#ff2b2b")),
    ("TLP:GREEN", Banner("TLP:GREEN", "#000000", "#33ff00")),
    ("TLP:CLEAR", Banner("TLP:CLEAR", "#000000", "#ffffff")),
    ("TOP SECRET//SCI", Banner("top secret//SCI", "#fce83a", "#000000")),
    ("TS//SCI", Banner("top secret//SCI", "#fce83a", "#000000")),
    ("TOP SECRET", Banner("top secret", "#ff8c00", "#000000")),
    ("SECRET", Banner("secret", "#c8102e", "#ffffff")),
    ("CONFIDENTIAL", Banner("confidential", "#0033a0", "#ffffff")),
    ("CUI", Banner("CUI", "#502b85", "#ffffff")),
    ("CONTROLLED UNCLASSIFIED", Banner("CUI", "#502b85", "#ffffff")),
    ("UNCLASSIFIED", Banner("unclassified", "#007a33", "#ffffff")),
)

# What the properties dialog offers: (label, the marking text it starts from).
LEVEL_CHOICES = (
    ("Unclassified", "UNCLASSIFIED"),
    ("CUI", "CUI"),
    ("Confidential", "CONFIDENTIAL"),
    ("Secret", "SECRET"),
    ("Top secret", "TOP SECRET"),
    ("TLP:CLEAR", "TLP:CLEAR"),
    ("TLP:GREEN", "TLP:GREEN"),
    ("TLP:AMBER", "TLP:AMBER"),
    ("TLP:AMBER+STRICT", "TLP:AMBER+STRICT"),
    ("TLP:RED", "TLP:RED"),
)


def banner_for(marking: str) -> Banner:
    """Colours for a marking; an unrecognised marking is shown in neutral grey, never green,
    so a typo can't make a classified briefing look unclassified."""
    text = " ".join(marking.upper().split())
    for key, banner in _LEVELS:
        if text.startswith(key) or (key.startswith("TLP") and key in text):
            return banner
    if text.startswith("S//") or "//S//" in text:
        return banner_for("SECRET")
    return Banner("unrecognised", "#5a5a5a", "#ffffff")
