"""Quantities as news prose writes them: digits, words, magnitudes, fractions, ranges and the
hedges in front of them.

"about 11,000", "1.2 million", "two thousand", "a dozen", "nearly half", "two thirds",
"between 2,000 and 2,400", "2,000-2,400", "at least 40". Analysts weigh a hedged number
differently from a firm one, so the hedge is kept as one of the contract's qualifiers
(`about`, `nearly`, `at least`, `more than`, `up to`) rather than thrown away. This module
only reads quantities; whether a quantity is a force figure is decided in `metrics`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_FRACTIONS = {"half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3,
              "quarter": 1 / 4, "quarters": 1 / 4, "fourth": 1 / 4, "fourths": 1 / 4,
              "fifth": 1 / 5, "fifths": 1 / 5, "sixth": 1 / 6, "sixths": 1 / 6,
              "tenth": 1 / 10, "tenths": 1 / 10}

# Hedge words -> contract qualifier. Longest phrases first so "just over" beats "over".
_QUALIFIER_PHRASES = [
    ("no fewer than", "at least"), ("not fewer than", "at least"), ("not less than", "at least"),
    ("no less than", "at least"),
    ("at least", "at least"), ("a minimum of", "at least"),
    ("no more than", "up to"), ("not more than", "up to"), ("not exceeding", "up to"),
    ("at most", "up to"), ("upward of", "more than"),
    ("in excess of", "more than"), ("more than", "more than"), ("upwards of", "more than"),
    ("just over", "more than"), ("well over", "more than"), ("over", "more than"),
    ("as many as", "up to"), ("as much as", "up to"), ("up to", "up to"),
    ("fewer than", "up to"), ("less than", "up to"), ("a maximum of", "up to"),
    ("just under", "nearly"), ("close to", "about"), ("nearly", "nearly"), ("almost", "nearly"),
    ("an estimated", "about"), ("estimated", "about"), ("approximately", "about"),
    ("approx.", "about"), ("roughly", "about"), ("around", "about"), ("about", "about"),
    ("some", "about"), ("circa", "about"), ("an approximate", "about"),
]

_TOKEN = re.compile(r"\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
                    r"|[A-Za-z]+(?:-[A-Za-z]+)*\.?|%|[-–—]|\S")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower().rstrip(".") if self.text[:1].isalpha() else self.text


@dataclass(frozen=True)
class Quantity:
    """A quantity found in a sentence; [start, end) covers the hedge and the number."""

    start: int
    end: int
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    fraction: float | None = None
    qualifier: str | None = None
    words: bool = False  # written out in words ("two thousand"), not digits

    @property
    def is_fraction(self) -> bool:
        return self.fraction is not None

    @property
    def is_range(self) -> bool:
        return self.low is not None and self.high is not None and self.value is None

    def key(self) -> tuple:
        """What two mentions of the same figure share, whatever their wording or hedge."""
        if self.fraction is not None:
            return ("fraction", round(self.fraction, 3))
        if self.value is not None:
            return ("value", round(self.value, 3))
        return ("range", round(self.low or 0, 3), round(self.high or 0, 3))


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _digits(tok: Token) -> float | None:
    if tok.text[:1].isdigit():
        try:
            return float(re.sub(r"[,\u00a0\u202f]", "", tok.text))
        except ValueError:
            return None
    return None


def _word_parts(tok: Token) -> list[str]:
    return tok.low.split("-")


def _is_number_word(word: str) -> bool:
    return word in _UNITS or word in _TENS or word in _SCALES


def _parse_number(tokens: list[Token], i: int) -> tuple[float, int, bool] | None:
    """A number starting at token i: (value, index after it, written in words)."""
    if i >= len(tokens):
        return None
    tok = tokens[i]
    value = _digits(tok)
    if value is not None:
        j = i + 1
        if j < len(tokens) and tokens[j].low in ("thousand", "million", "billion"):
            value *= _SCALES[tokens[j].low]
            j += 1
        elif j < len(tokens) and tokens[j].low in ("dozen",):
            value *= 12
            j += 1
        return value, j, False
    low = tok.low
    # "a dozen", "two dozen", "half a million", "half a dozen", "a thousand"
    if low == "a" and i + 1 < len(tokens) and tokens[i + 1].low in ("dozen", "hundred",
                                                                    "thousand", "million"):
        word = tokens[i + 1].low
        value = 12.0 if word == "dozen" else float(_SCALES[word])
        return value, i + 2, True
    if low == "half" and i + 2 < len(tokens) and tokens[i + 1].low == "a" \
            and tokens[i + 2].low in ("million", "thousand", "billion", "hundred", "dozen"):
        whole = 12.0 if tokens[i + 2].low == "dozen" else _SCALES[tokens[i + 2].low]
        return whole / 2, i + 3, True
    if low == "dozen" and (i == 0 or tokens[i - 1].low not in ("a",)):
        return None
    total, current, j, seen = 0.0, 0.0, i, False  # floats: "hundred " * 155 is inf, no error
    while j < len(tokens):
        parts = _word_parts(tokens[j])
        if not all(_is_number_word(p) for p in parts):
            if seen and tokens[j].low == "and" and j + 1 < len(tokens) and \
                    all(_is_number_word(p) for p in _word_parts(tokens[j + 1])) and \
                    current % 100 == 0 and current:
                j += 1
                continue
            if seen and tokens[j].low == "dozen":
                current *= 12
                j += 1
            break
        for p in parts:
            if p in _UNITS:
                current += _UNITS[p]
            elif p in _TENS:
                current += _TENS[p]
            elif p == "hundred":
                current = (current or 1.0) * 100.0
            else:
                total += (current or 1.0) * float(_SCALES[p])
                current = 0.0
        seen = True
        j += 1
    if not seen:
        return None
    return total + current, j, True


def _parse_fraction(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """'a third', 'one third', 'two-thirds', 'half', '40 percent', '40%', 'one in four'."""
    tok = tokens[i]
    low = tok.low
    value = _digits(tok)
    if value is not None:
        if i + 1 < len(tokens) and tokens[i + 1].low in ("%", "percent"):
            return value / 100, i + 2
        if i + 2 < len(tokens) and tokens[i + 1].low == "per" and tokens[i + 2].low == "cent":
            return value / 100, i + 3
        return None
    if "-" in low:  # "two-thirds", "one-quarter"
        a, _, b = low.partition("-")
        if a in _UNITS and b in _FRACTIONS:
            return _UNITS[a] * _FRACTIONS[b], i + 1
        return None
    if low in _UNITS and i + 2 < len(tokens) and tokens[i + 1].low in ("in", "of"):
        # "one in four soldiers", "one of every three": a share, not two counts
        k = i + 3 if tokens[i + 2].low == "every" and i + 3 < len(tokens) else i + 2
        whole = _UNITS.get(tokens[k].low) or _digits(tokens[k])
        if whole and _UNITS[low] < whole <= 100 and (tokens[i + 1].low == "in" or k == i + 3):
            return _UNITS[low] / whole, k + 1
    if low == "half":
        if i + 1 < len(tokens) and tokens[i + 1].low == "a":
            return None  # "half a million" is a number
        return 0.5, i + 1
    if low == "a" and _ORDINAL_MAN.match(" ".join(t.text for t in tokens[i:i + 4])):
        return None  # "a third officer": the next one, no share
    if low in ("a", "one") and i + 1 < len(tokens) and tokens[i + 1].low in _FRACTIONS \
            and tokens[i + 1].low not in ("half", "halves") or \
            low in _UNITS and i + 1 < len(tokens) and tokens[i + 1].low in _FRACTIONS \
            and tokens[i + 1].low.endswith("s"):
        count = 1 if low in ("a", "one") else _UNITS[low]
        return count * _FRACTIONS[tokens[i + 1].low], i + 2
    return None


_QUALIFIERS_BY_FIRST: dict[str, list[tuple[list[str], str]]] = {}
for _phrase, _qualifier in _QUALIFIER_PHRASES:
    _words = [w.rstrip(".") for w in _phrase.split()]
    _QUALIFIERS_BY_FIRST.setdefault(_words[0], []).append((_words, _qualifier))


def _qualifier_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    for words, qualifier in _QUALIFIERS_BY_FIRST.get(tokens[i].low, ()):
        if i + len(words) <= len(tokens) and all(
                tokens[i + k].low == w for k, w in enumerate(words)):
            return qualifier, i + len(words)
    return None


def _magnitude_after(tokens: list[Token], j: int) -> float:
    if j < len(tokens) and tokens[j].low in ("thousand", "million", "billion"):
        return _SCALES[tokens[j].low]
    return 1.0


MAX_VALUE = 1e12  # no force or toll is larger; '9' * 309 or 'hundred ' * 155 is no figure


def plausible(q: Quantity) -> bool:
    return all(v is None or v < MAX_VALUE for v in (q.value, q.low, q.high))


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, left to right, without overlaps; values of a trillion or
    more (digits without end, "hundred hundred ...") are dropped."""
    return more_than_after(text, [q for q in _scan(text) if plausible(q)])


# a hedge written after the number: "80-plus", "80 or more", "80 с лишним", "80 з гаком"
_MORE_AFTER = re.compile(r"-\s*plus\b|\s+plus\b(?!\s*\d)|\s+(?:or|and)\s+more\b|[-\s]odd\b|"
                         r"\s+(?:с|з)\s+(?:лишним|лишком|небольшим|гаком|лишнім|лишком)(?!\w)",
                         re.I)


def more_than_after(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with "more than" given to the counts a hedge after the number qualifies."""
    return [replace(q, qualifier="more than") if q.qualifier is None and q.value is not None
            and _MORE_AFTER.match(text, q.end) else q for q in found]


def _scan(text: str) -> list[Quantity]:
    tokens = tokenize(text)
    out: list[Quantity] = []
    i = 0
    while i < len(tokens):
        start_i = i
        qualifier = None
        q = _qualifier_at(tokens, i)
        if q:
            qualifier, i = q
        if i >= len(tokens):
            break
        found = _read_at(tokens, i, start_i, qualifier, text)
        if found and i and tokens[i - 1].low in ("few", "several", "many") \
                and tokens[i].low in _SCALES:
            found = None  # "a few hundred", "several thousand": no number
        if found and i and tokens[i - 1].low == "no" and tokens[i].low == "one":
            found = None  # "No one was killed": nobody, not one
        if found is None:
            i = start_i + 1
            continue
        quantity, i = found
        out.append(quantity)
    return out


# "a British soldier was killed Saturday", "Another soldier was killed on Monday", "A Burkinabe
# soldier was slightly hurt", "said it had captured an Israeli soldier": one man lost, as wire
# copy counts a single loss, whether the man is the subject of a passive loss verb (an adverb
# may stand before it) or the object of an active one said right before the article
_ONE_MAN = (r"(?:[\w-]+\s+){0,2}?(?:soldier|serviceman|servicewoman|service\s+member|"
            r"servicemember|marine|sailor|airman|trooper|paratrooper|policeman|police\s+officer|"
            r"commando|conscript|militant|fighter|rebel|insurgent|gunman|guardsman|peacekeeper|"
            r"officer|gendarme|guard|border\s+guard|ranger|legionnaire|reservist|cadet|"
            r"diver|pilot|medic|crewman|crew\s+member|"
            # a man by his rank: "A Colombian sergeant was killed"
            r"sergeant|corporal|private|lieutenant|captain|major|colonel|specialist)")
_ONE_LOST = re.compile(r"(?:an?|another)\s+" + _ONE_MAN + r"\s+(?:(?:was|has\s+been|had\s+been|is|"
                       r"remained|remains)\s+"
                       r"(?:(?:also|later|slightly|lightly|seriously|severely|badly|critically|"
                       r"fatally|mortally|still)\s+)?(?:killed|wounded|injured|hurt|shot\s+dead|"
                       r"captured|taken\s+prisoner|taken\s+captive|reported\s+missing|missing|"
                       r"unaccounted\s+for)|(?:later\s+)?(?:died|drowned))\b", re.I)
_ORDINAL_MAN = re.compile(r"an?\s+(?:third|quarter|fourth|fifth|sixth|tenth)\s+" + _ONE_MAN + r"\b",
                          re.I)
_ONE_TAKEN = re.compile(r"\b(?:captured|capturing|seized|seizing|abducted|abducting|kidnapped|"
                        r"killed|killing|wounded|wounding|shot\s+dead)\s+$", re.I)
_ONE_OBJECT = re.compile(r"(?:an?|another)\s+" + _ONE_MAN + r"\b(?!['’-])", re.I)


def _one_lost(text: str, start: int) -> bool:
    """Whether the article at `start` counts one man lost: "A soldier was hurt", "captured
    an Israeli soldier" (the verb before it, looked for in the 30 characters there)."""
    if _ONE_LOST.match(text, start):
        return True
    return bool(_ONE_TAKEN.search(text, max(0, start - 30), start)
                and _ONE_OBJECT.match(text, start))


def _read_at(tokens, i, start_i, qualifier, text):
    # "between 2,000 and 2,400" / "from 2,000 to 2,400"
    if tokens[i].low in ("between", "from"):
        a = _parse_number(tokens, i + 1)
        link = "and" if tokens[i].low == "between" else "to"
        if a and a[1] < len(tokens) and tokens[a[1]].low == link:
            b = _parse_number(tokens, a[1] + 1)
            if b:
                low, high = a[0], b[0]
                if a[1] == i + 2 and low < high / 100:  # "between 20 and 30 thousand"
                    low *= _magnitude_after(tokens, b[1] - 1) if b[0] != low else 1
                if low <= high:
                    return _quantity(tokens, start_i, b[1], text, low=low, high=high,
                                     qualifier=qualifier, words=a[2]), b[1]
        return None
    if tokens[i].low in ("a", "an", "another") and _one_lost(text, tokens[i].start):
        return _quantity(tokens, start_i, i + 1, text, value=1.0, qualifier=qualifier,
                         words=True), i + 1
    frac = _parse_fraction(tokens, i)
    if frac:
        return _quantity(tokens, start_i, frac[1], text, fraction=frac[0],
                         qualifier=qualifier), frac[1]
    num = _parse_number(tokens, i)
    if not num:
        return None
    value, j, words = num
    # "2,000-2,400", "2,000 to 2,400", "two or three thousand"
    if j + 1 < len(tokens) and tokens[j].low in ("-", "–", "to", "or"):
        if tokens[j].low not in ("-", "–") or tokens[j].start == tokens[j - 1].end \
                or tokens[j].low == "–":
            other = _parse_number(tokens, j + 1)
            if other and other[0] > value:
                low, high = value, other[0]
                if low < high / 100 and not tokens[j - 1].low in _SCALES:
                    low *= _magnitude_after(tokens, other[1] - 1)
                if low <= high:
                    return _quantity(tokens, start_i, other[1], text, low=low, high=high,
                                     qualifier=qualifier, words=words), other[1]
    return _quantity(tokens, start_i, j, text, value=value, qualifier=qualifier,
                     words=words), j


def _quantity(tokens, first, after, text, **fields) -> Quantity:
    start, end = tokens[first].start, tokens[after - 1].end
    return Quantity(start=start, end=end, text=text[start:end], **fields)
