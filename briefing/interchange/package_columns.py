"""Claims and events of a package checked column by column: a batch of JSON objects becomes
the store's columns without an entity object (or a problem list) per row.

Each rule of the domain is asked of a whole column at once — the types in it, its distinct
values against the vocabulary, its numbers' bounds, its dates (each distinct one once) — and
a row any rule is unsure of is a *suspect*: it is built and validated as an entity the usual
way (`build_entity`, `Entity.problems()`), so whatever is wrong is worded exactly as a whole-
file import words it. A column rule is never looser than the domain's: a row it passes is
one the entity would pass, stored with the same values. References are checked by the caller
against the ids of the lists before (and, for claims citing claims, at the end of the list).
"""
from __future__ import annotations

import math
from itertools import repeat
from operator import and_, itemgetter

from ..domain import Claim, Event
from ..domain.fuzzy_dates import FIRST_YEAR, LAST_YEAR, parse_iso
from ..domain.model import MAX_NUMBER, visible
from ..domain.vocabulary import CREDIBILITY, EVENT_CATEGORIES, METRICS, PRECISIONS, QUALIFIERS
from .package_json import SHAPES

CLAIM_KEYS = frozenset(SHAPES["claims"][0])
EVENT_KEYS = frozenset(SHAPES["events"][0])
_METRICS, _PRECISIONS = frozenset(METRICS), frozenset(PRECISIONS)
_QUALIFIERS, _CATEGORIES = frozenset(QUALIFIERS), frozenset(EVENT_CATEGORIES)
_CREDIBILITY = frozenset(CREDIBILITY)
_NUMBER_TYPES = frozenset({int, float})
# The fields of each kind in the order `Codec.to_fields` gives them (the store's columns).
CLAIM_FIELDS = tuple(Claim.__dataclass_fields__)
EVENT_FIELDS = tuple(Event.__dataclass_fields__)


class Columns:
    """One batch: `columns` (field → list, in `fields` order) and the row numbers within
    the batch that must be checked one by one (`suspects`). A batch holding anything but
    objects with known keys is all suspects (`plain` False): no column rule is asked."""

    def __init__(self, items: list, fields: tuple[str, ...], known: frozenset):
        self.items = items
        self.suspects: set[int] = set()
        first = items[0].keys() if items and isinstance(items[0], dict) else None
        # One set of keys in every object (as a package writer makes them), checked and
        # taken apart in C-level passes instead of one lookup per field.
        same = first is not None and first <= known and all(map(isinstance, items,
                                                                 repeat(dict))) \
            and all(map(first.__eq__, map(dict.keys, items)))
        self.plain = same or not _objects(items, known)
        keys = tuple(first) if same else ()
        if not self.plain:
            self.columns = {name: [x.get(name) if isinstance(x, dict) else None
                                   for x in items] for name in fields}
            self.suspects.update(range(len(items)))
        elif keys:
            given = dict(zip(keys, zip(*map(itemgetter(*keys), items)))) if len(keys) > 1 \
                else {keys[0]: [x[keys[0]] for x in items]}
            self.columns = {name: list(given[name]) if name in given else [None] * len(items)
                            for name in fields}
        else:
            self.columns = {name: [x.get(name) for x in items] for name in fields}

    def suspect(self, rows) -> None:
        self.suspects.update(rows)

    def where(self, name: str, test, whole=None) -> None:
        """Rows whose `name` fails `test` are suspects; `whole(column)`, if given, passes
        a whole column at once (C-level set and map operations), sparing the row tests."""
        column = self.columns[name]
        if whole is not None:
            try:
                if whole(column):
                    return
            except (TypeError, ValueError, OverflowError):
                pass   # an unhashable or odd value: row by row
        self.suspects.update(i for i, v in enumerate(column) if not test(v))

    def texts(self, name: str) -> None:
        """The domain's required text, a whole column at once where it is plain ASCII
        (row by row only for the rows that are not)."""
        column = self.columns[name]
        if set(map(type, column)) != {str}:
            self.where(name, _shows)
            return
        plain = list(map(and_, map(str.isascii, column), map(str.isprintable, column)))
        if all(plain) and all(map(str.strip, column)):
            return
        self.suspects.update(i for i, (ok, text) in enumerate(zip(plain, column))
                             if not (text.strip() if ok else visible(text)))


class Dates:
    """Dates a package uses, each checked once against the domain's rule."""

    def __init__(self):
        self.good: set[str] = set()

    def ok(self, value) -> bool:
        if type(value) is not str:
            return False
        if value in self.good:
            return True
        try:
            day = parse_iso(value)
        except (ValueError, TypeError):
            return False
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            return False
        self.good.add(value)
        return True

    def all_ok(self, column: list) -> bool:
        return all(self.ok(d) for d in set(column) - self.good)


def _objects(items: list, keys: frozenset) -> list[int]:
    """Rows that are not objects with only known keys."""
    return [i for i, x in enumerate(items) if not isinstance(x, dict) or not x.keys() <= keys]


def _word(words: frozenset):
    """A test for one word of a vocabulary (a list or an object is no word, not an error)."""
    return lambda v: type(v) is str and v in words


def _words(words: frozenset):
    return lambda column: set(column) <= words


def _types(*types):
    allowed = set(types)
    return lambda column: set(map(type, column)) <= allowed


def _fractions(column: list) -> bool:
    if not set(map(type, column)) <= {int, float, type(None)}:
        return False
    numbers = [v for v in column if v is not None]
    return not numbers or (min(numbers) > 0 and max(numbers) <= 1
                           and not any(map(math.isnan, numbers)))


def _counts(column: list) -> bool:
    if not set(map(type, column)) <= {int, float, type(None)}:
        return False
    numbers = [v for v in column if v is not None]
    return not numbers or (min(numbers) >= 0 and max(numbers) <= MAX_NUMBER
                           and not any(map(math.isnan, numbers)))


def _shows(text) -> bool:
    """The domain's required text: a string of which some character shows."""
    if type(text) is not str:
        return False
    if text.isascii() and text.isprintable():
        return bool(text.strip(" "))
    return visible(text)


def _text_or_none(value) -> bool:
    return value is None or type(value) is str


def _count(value) -> bool:
    """A number the domain takes as a count: not a bool, finite, 0..MAX_NUMBER."""
    return value is None or (type(value) in _NUMBER_TYPES and value == value
                             and 0 <= value <= MAX_NUMBER)


def _quantity(v, lo, hi, fr, fo) -> bool:
    """The quantity rule, of numbers and words already found valid one by one."""
    if fr is not None:
        return v is None and lo is None and hi is None and fo is not None
    if fo is not None or (v is None and (lo is None or hi is None)):
        return False
    return not ((lo is not None and hi is not None and lo > hi)
                or (v is not None and lo is not None and lo > v)
                or (v is not None and hi is not None and v > hi))


def claim_columns(items: list, dates: Dates) -> Columns:
    """A batch of claim objects as columns, with the rows to check one by one."""
    out = Columns(items, CLAIM_FIELDS, CLAIM_KEYS)
    if not out.plain:
        return out
    c = out.columns
    for name in ("id", "source", "subject", "quote"):
        out.texts(name)
    out.where("metric", _word(_METRICS), _words(_METRICS))
    out.where("as_of", dates.ok, dates.all_ok)
    out.where("date_precision", _word(_PRECISIONS), _words(_PRECISIONS))
    out.where("credibility", lambda v: type(v) is int and v in _CREDIBILITY,
              lambda col: _types(int)(col) and set(col) <= _CREDIBILITY)
    out.where("qualifier", lambda v: v is None or type(v) is str and v in _QUALIFIERS,
              _words(_QUALIFIERS | {None}))
    out.where("include_in_projection", lambda v: type(v) is bool, _types(bool))
    out.where("note", _text_or_none, _types(str, type(None)))
    out.where("document", _text_or_none, _types(str, type(None)))
    out.where("derived_from", lambda v: v is None or v == [],
              lambda col: _types(list, type(None))(col) and not any(col))
    out.where("base_claim", lambda v: v is None, _types(type(None)))
    for name in ("value", "low", "high"):
        out.where(name, _count, _counts)
    out.where("fraction", lambda v: v is None or type(v) in _NUMBER_TYPES and 0 < v <= 1,
              _fractions)
    out.where("fraction_of", lambda v: v is None or type(v) is str and v in _METRICS,
              _words(_METRICS | {None}))
    sus = out.suspects
    out.suspect([i for i, row in enumerate(zip(c["value"], c["low"], c["high"], c["fraction"],
                                               c["fraction_of"]))
                 if i not in sus and not _quantity(*row)])
    for name in ("value", "low", "high", "fraction"):
        c[name] = [v if v is None or i in sus else float(v) for i, v in enumerate(c[name])]
    c["derived_from"] = [[] if v is None else v for v in c["derived_from"]]
    return out


def event_columns(items: list, dates: Dates) -> Columns:
    """A batch of event objects as columns, with the rows to check one by one."""
    out = Columns(items, EVENT_FIELDS, EVENT_KEYS)
    if not out.plain:
        return out
    c = out.columns
    for name in ("id", "title"):
        out.texts(name)
    out.where("date", dates.ok, dates.all_ok)
    out.where("end_date", lambda v: v is None or dates.ok(v), _types(type(None)))
    out.suspect(i for i, (d, e) in enumerate(zip(c["date"], c["end_date"]))
                if e is not None and not (type(d) is str and type(e) is str and e >= d))
    out.where("date_precision", _word(_PRECISIONS), _words(_PRECISIONS))
    out.where("category", _word(_CATEGORIES), _words(_CATEGORIES))
    out.where("description", _text_or_none, _types(str, type(None)))
    out.where("location", _text_or_none, _types(str, type(None)))
    for name in ("claims", "sources"):
        out.where(name, _id_list)
    return out


def _id_list(value) -> bool:
    """A list of ids each named once (refs are the caller's)."""
    return (type(value) is list and all(type(v) is str for v in value)
            and len(set(value)) == len(value))
