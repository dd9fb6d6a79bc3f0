"""How numbers, grades and likelihoods are said to an analyst or a commander.

Four axes stay separate on screen: source reliability (A–F), claim credibility
(1–6), likelihood (ICD 203 words) and confidence (low/moderate/high). Nothing here merges them.
"""
from __future__ import annotations

from dataclasses import dataclass

from .model import Claim, Source

_FRACTION_WORDS = ((1.0, "all"), (3 / 4, "three quarters"), (2 / 3, "two thirds"),
                   (1 / 2, "half"), (1 / 3, "a third"), (1 / 4, "a quarter"),
                   (1 / 5, "a fifth"), (1 / 10, "a tenth"))

_QUALIFIER_MARK = {"about": "≈ ", "nearly": "nearly ", "at least": "≥ ", "more than": "> ",
                   "up to": "≤ "}

# ICD 203: upper bounds, with the middle band closed at 0.55.
_LIKELIHOOD = ((0.05, "almost no chance"), (0.20, "very unlikely"), (0.45, "unlikely"))
# The same bands as (words, low, high), in order, for tables that list them (calibration).
LIKELIHOOD_BANDS = (("almost no chance", 0.0, 0.05), ("very unlikely", 0.05, 0.20),
                    ("unlikely", 0.20, 0.45), ("roughly even chance", 0.45, 0.55),
                    ("likely", 0.55, 0.80), ("very likely", 0.80, 0.95),
                    ("almost certain", 0.95, 1.0))


def likelihood_words(p: float) -> str:
    """The ICD 203 expression for probability `p` (boundaries as the README states them)."""
    for bound, words in _LIKELIHOOD:
        if p < bound:
            return words
    if p <= 0.55:
        return "roughly even chance"
    if p < 0.80:
        return "likely"
    if p < 0.95:
        return "very likely"
    return "almost certain"


def number(x: float) -> str:
    """'11,000', '92', '0.5', '1.2 million'."""
    if x >= 1_000_000 and x % 100_000 == 0:
        return f"{x / 1_000_000:g} million"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.1f}"


def rounded(x: float) -> str:
    """A derived number rounded the way a briefer would say it: 3,667 → '3,700'."""
    if x >= 1000:
        x = round(x, -2)
    elif x >= 100:
        x = round(x, -1)
    else:
        x = round(x)
    return number(x)


def fraction_words(f: float) -> str:
    for value, words in _FRACTION_WORDS:
        if abs(f - value) < 0.005:
            return words
    return f"{f * 100:.0f}%"


@dataclass(frozen=True)
class FractionBase:
    """What a fraction claim was turned into: `count`, the number every calculation uses
    (fraction × qualifier × base), of the strength figure `of` given by `source` in claim
    `claim_id`."""

    claim_id: str
    count: float
    of: float
    source: str


def figure(claim: Claim, base: FractionBase | None = None) -> str:
    """The claim's quantity as a briefer says it: '≈ 11,000', '2,000–2,400',
    '≈ a third (≈ 3,700 of 11,000, NIS)' where `base` says what the fraction is of."""
    mark = _QUALIFIER_MARK.get(claim.qualifier or "", "")
    if claim.fraction is not None:
        text = f"{mark}{fraction_words(claim.fraction)}"
        if base is not None:
            text += f" (≈ {rounded(base.count)} of {number(base.of)}, {base.source})"
        return text
    if claim.value is not None:
        text = f"{mark}{number(claim.value)}"
        if claim.low is not None and claim.high is not None:
            text += f" ({number(claim.low)}–{number(claim.high)})"
        return text
    return f"{mark}{number(claim.low)}–{number(claim.high)}"


def source_label(source: Source | None, fallback: str = "") -> str:
    """A source as a sentence names it: its name up to the first comma, without an
    "(unnamed)" aside — 'Volodymyr Zelenskyy', 'Institute for the Study of War'."""
    if source is None:
        return fallback
    name = source.name.split(",")[0].strip()
    if name.endswith("(unnamed)"):
        name = name[:-len("(unnamed)")].strip()
    return name or source.name


def grade(source: Source | None, claim: Claim) -> str:
    """Admiralty code as analysts write it: 'B2'."""
    return f"{source.reliability if source else 'F'}{claim.credibility}"
