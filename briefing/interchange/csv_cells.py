"""One claims-CSV cell, written safely and read strictly.

Spreadsheet formulas (OWASP "CSV injection"): a cell that begins with `=`, `+`, `-`, `@`, a
tab or a carriage return is a formula to Excel, LibreOffice and Sheets (`=HYPERLINK(…)`,
`=cmd|' /C calc'!A0`). Export puts one apostrophe in front of such a cell, and of a cell
that begins with an apostrophe followed by one of those characters or by another
apostrophe; import removes exactly that one apostrophe. So export → import → export is
exact, a spreadsheet shows the text instead of running it, and a hand-written `'Tis` stays
as it is.

Numbers: "12,000" and "1,200.5" are read with their thousands separators, but "1,2,3" is
not a number (it was read as 123). A credibility is one to three ASCII digits: `str.isdigit`
is true for "²", which `int` refuses, and `int` refuses 5,000-digit strings outright.
"""
from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ESCAPED_STARTS = FORMULA_STARTS + ("'",)
_NUMBER = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.?\d+(?:[eE][+-]?\d+)?|\d+\.)",
                     re.ASCII)
_CREDIBILITY = re.compile(r"[0-9]{1,3}")


def neutralised(text: str) -> str:
    """`text` as a CSV cell a spreadsheet will not run."""
    if text.startswith(FORMULA_STARTS) or (text[:1] == "'" and text[1:2] != ""
                                           and text[1] in _ESCAPED_STARTS):
        return "'" + text
    return text


def restored(cell: str) -> str:
    """The text `neutralised` was given."""
    if cell[:1] == "'" and cell[1:2] != "" and cell[1] in _ESCAPED_STARTS:
        return cell[1:]
    return cell


def number(cell: str) -> float:
    """A decimal number as CSV files write them (the domain refuses a negative one, by
    name); ValueError otherwise."""
    if not _NUMBER.fullmatch(cell):
        raise ValueError(cell)
    return float(cell.replace(",", ""))


def credibility(cell: str):
    """An int for a few ASCII digits; anything else is left as text for the domain rule
    ("… is not one of 1, 2, 3, 4, 5, 6") to refuse."""
    return int(cell) if _CREDIBILITY.fullmatch(cell) else cell
