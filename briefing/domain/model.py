"""The entities of a briefing as plain, immutable values.

Each entity validates itself and reports every problem with the field name and the offending
value; nothing here knows about SQLite, JSON or Qt. Ids are the analyst-visible string ids of
the package format (reference.md §3), kept stable through every round trip.
"""
from __future__ import annotations

import datetime as dt
import math
import unicodedata
from dataclasses import dataclass, replace
from functools import cached_property

from .fuzzy_dates import FIRST_YEAR, LAST_YEAR, FuzzyDate, parse_iso
from .problems import Problem, ValidationError
from .vocabulary import (CREDIBILITY, EVENT_CATEGORIES, METRICS, PRECISIONS, QUALIFIERS,
                         RELIABILITY, SCENARIO_KINDS, SOURCE_KINDS)


# Characters that draw nothing although Unicode calls them letters or symbols.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
# Numbers a briefing counts (people, days, rates) are at most this: sums and differences of
# them stay finite, so every chart can set its range ("1.7e308 reinforcements" could not).
MAX_NUMBER = 1e12


def visible(text: str) -> bool:
    """True if some character of `text` shows: not only spaces, zero-width and direction
    marks, joiners, control characters, lone combining marks or blank fillers."""
    for ch in text:
        if ch.isascii():
            if "!" <= ch <= "~":
                return True
            continue
        kind = unicodedata.category(ch)
        if kind[0] not in "ZC" and kind not in ("Mn", "Me") and ch not in _BLANK_LETTERS:
            return True
    return False


def _shown(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:59] + "…"


def _need_text(problems: list[Problem], name: str, value) -> None:
    if not isinstance(value, str) or not visible(value):
        problems.append(Problem(name, f"is required (got {_shown(value)})"))


def _one_of(problems: list[Problem], name: str, value, allowed) -> None:
    # `True in (1, 2)` holds in Python: a JSON true must not pass as credibility 1.
    if isinstance(value, bool) or value not in allowed:
        choices = ", ".join(str(a) for a in allowed)
        problems.append(Problem(name, f"{_shown(value)} is not one of {choices}"))


def _date(problems: list[Problem], name: str, value, optional: bool = False) -> None:
    if value is None and optional:
        return
    try:
        day = parse_iso(value)
    except ValueError as exc:
        problems.append(Problem(name, str(exc)))
        return
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        problems.append(Problem(name, f"{value} is outside the years {FIRST_YEAR}–{LAST_YEAR} "
                                      "that every view can draw"))


def _number(problems: list[Problem], name: str, value, optional: bool = True,
            positive: bool = False) -> bool:
    """True if `value` is a usable non-negative number (or an allowed None)."""
    if value is None:
        if not optional:
            problems.append(Problem(name, "is required"))
        return False
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        problems.append(Problem(name, f"must be a number (got {value!r})"))
        return False
    if not _finite(value):
        # JSON's 1e999 parses as inf and a huge integer overflows a float: neither is a
        # count of anything, and neither can be stored or drawn.
        shown = repr(value) if isinstance(value, float) else "a number too large to store"
        problems.append(Problem(name, f"must be a finite number (got {shown})"))
        return False
    if value < 0 or (positive and value == 0):
        problems.append(Problem(name, f"must be {'> 0' if positive else '>= 0'} (got {value!r})"))
        return False
    if value > MAX_NUMBER:
        problems.append(Problem(name, f"must be at most {MAX_NUMBER:,.0f} (got {value:.4g})"))
        return False
    return True


def _finite(value: int | float) -> bool:
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


class Entity:
    """Shared behaviour: `validated()` raises with every problem, `changed()` copies.

    Entities are immutable, so their problems are worked out once (`_check`) and remembered:
    an import validates while parsing and again before writing, at the cost of one pass.
    """

    def problems(self) -> list[Problem]:
        return list(self._problems)

    @cached_property
    def _problems(self) -> tuple[Problem, ...]:
        return tuple(self._check())

    def _check(self) -> list[Problem]:
        raise NotImplementedError

    def validated(self):
        problems = self.problems()
        if problems:
            raise ValidationError(problems)
        return self

    def changed(self, **values):
        return replace(self, **values)

    def as_dict(self) -> dict:
        """Field name → value, in declaration order (a hot path of imports: no `fields()`)."""
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class Briefing(Entity):
    title: str = "Untitled briefing"
    subject: str | None = None
    classification: str = "UNCLASSIFIED"
    as_of: str | None = None

    def _check(self) -> list[Problem]:
        out: list[Problem] = []
        _need_text(out, "title", self.title)
        _need_text(out, "classification", self.classification)
        _date(out, "as_of", self.as_of, optional=True)
        return out


@dataclass(frozen=True)
class Source(Entity):
    id: str
    name: str
    kind: str = "other"
    country: str | None = None
    reliability: str = "F"

    def _check(self) -> list[Problem]:
        out: list[Problem] = []
        _need_text(out, "id", self.id)
        _need_text(out, "name", self.name)
        _one_of(out, "kind", self.kind, SOURCE_KINDS)
        _one_of(out, "reliability", self.reliability, tuple(RELIABILITY))
        return out


@dataclass(frozen=True)
class Document(Entity):
    id: str
    title: str
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    text: str | None = None

    def _check(self) -> list[Problem]:
        out: list[Problem] = []
        _need_text(out, "id", self.id)
        _need_text(out, "title", self.title)
        _date(out, "published", self.published, optional=True)
        return out


@dataclass(frozen=True)
class Claim(Entity):
    """One sourced number. Its quantity is a value (with optional low/high), a range, or a
    fraction of another metric ("about a third have been killed or wounded")."""

    id: str
    source: str
    subject: str
    metric: str
    as_of: str
    credibility: int
    quote: str
    document: str | None = None
    value: float | None = None
    low: float | None = None
    high: float | None = None
    fraction: float | None = None
    fraction_of: str | None = None
    qualifier: str | None = None
    date_precision: str = "day"
    note: str | None = None
    include_in_projection: bool = True
    derived_from: tuple[str, ...] = ()   # claims this one was computed from (not independent)
    base_claim: str | None = None        # the strength claim a fraction is of

    @property
    def date(self) -> FuzzyDate:
        return FuzzyDate.parse(self.as_of, self.date_precision)

    @property
    def is_fraction(self) -> bool:
        return self.fraction is not None

    def central(self) -> float | None:
        """The claim's best single number: the value, or a range's midpoint."""
        if self.value is not None:
            return float(self.value)
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2.0
        return None

    def _check(self) -> list[Problem]:
        out: list[Problem] = []
        for name in ("id", "source", "subject", "quote"):
            _need_text(out, name, getattr(self, name))
        _one_of(out, "metric", self.metric, METRICS)
        _date(out, "as_of", self.as_of)
        _one_of(out, "date_precision", self.date_precision, PRECISIONS)
        _one_of(out, "credibility", self.credibility, tuple(CREDIBILITY))
        if self.qualifier is not None:
            _one_of(out, "qualifier", self.qualifier, QUALIFIERS)
        if not isinstance(self.include_in_projection, bool):
            out.append(Problem("include_in_projection",
                               f"must be true or false (got {self.include_in_projection!r})"))
        out.extend(self._quantity_problems())
        out.extend(_id_list_problems("derived_from", self.derived_from, self.id))
        if self.base_claim is not None:
            if not isinstance(self.base_claim, str) or not self.base_claim.strip():
                out.append(Problem("base_claim", f"must be a claim id (got {self.base_claim!r})"))
            elif self.fraction is None:
                out.append(Problem("base_claim", "is only allowed with a fraction"))
            elif self.base_claim == self.id:
                out.append(Problem("base_claim", "a fraction cannot be of itself"))
        return out

    def _quantity_problems(self) -> list[Problem]:
        out: list[Problem] = []
        ok = {name: _number(out, name, getattr(self, name)) for name in ("value", "low", "high")}
        if self.fraction is not None:
            extra = [f"{n} {getattr(self, n)!r}" for n in ("value", "low", "high")
                     if getattr(self, n) is not None]
            if extra:
                # Name what was given too, so the analyst sees which number to remove.
                out.append(Problem("fraction", "a fraction claim has no value, low or high "
                                               f"(got {', '.join(extra)})"))
            bad = (isinstance(self.fraction, bool) or not isinstance(self.fraction, (int, float))
                   or not 0 < self.fraction <= 1)
            if bad:
                out.append(Problem("fraction", f"must be in (0, 1] (got {self.fraction!r})"))
            _one_of(out, "fraction_of", self.fraction_of, METRICS)
            return out
        if self.fraction_of is not None:
            out.append(Problem("fraction_of", "is only allowed with a fraction"))
        if self.value is None and (self.low is None or self.high is None):
            out.append(Problem("value", "a claim needs a value, a low-high range or a fraction"))
        if ok["low"] and ok["high"] and self.low > self.high:
            out.append(Problem("low", f"low {self.low:g} is above high {self.high:g}"))
        if ok["value"] and ok["low"] and self.low > self.value:
            out.append(Problem("low", f"low {self.low:g} is above value {self.value:g}"))
        if ok["value"] and ok["high"] and self.value > self.high:
            out.append(Problem("high", f"high {self.high:g} is below value {self.value:g}"))
        return out


@dataclass(frozen=True)
class Event(Entity):
    id: str
    date: str
    title: str
    category: str = "other"
    date_precision: str = "day"
    end_date: str | None = None
    description: str | None = None
    location: str | None = None
    claims: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    @property
    def when(self) -> FuzzyDate:
        return FuzzyDate.parse(self.date, self.date_precision)

    def span(self) -> tuple[dt.date, dt.date]:
        start, end = self.when.span()
        if self.end_date:
            end = max(end, parse_iso(self.end_date))
        return start, end

    def _check(self) -> list[Problem]:
        out: list[Problem] = []
        _need_text(out, "id", self.id)
        _need_text(out, "title", self.title)
        _date(out, "date", self.date)
        _date(out, "end_date", self.end_date, optional=True)
        _one_of(out, "date_precision", self.date_precision, PRECISIONS)
        _one_of(out, "category", self.category, EVENT_CATEGORIES)
        if not out and self.end_date and self.end_date < self.date:
            out.append(Problem("end_date", f"{self.end_date} is before date {self.date}"))
        for key in ("claims", "sources"):
            # An event links each claim or source once (the store's primary key).
            listed: set[str] = set()
            for j, ref in enumerate(getattr(self, key)):
                if isinstance(ref, str) and ref in listed:
                    out.append(Problem(f"{key}[{j}]", f"lists {ref!r} twice"))
                if isinstance(ref, str):
                    listed.add(ref)
        return out


def _id_list_problems(name: str, ids, own_id) -> list[Problem]:
    if not isinstance(ids, tuple) or not all(isinstance(i, str) and i.strip() for i in ids):
        return [Problem(name, f"must be a list of claim ids (got {ids!r})")]
    out = []
    if own_id in ids:
        out.append(Problem(name, "a claim cannot be derived from itself"))
    if len(set(ids)) != len(ids):
        out.append(Problem(name, "lists a claim twice"))
    return out


@dataclass(frozen=True)
class Reinforcement:
    """Men arriving on `date`; `count_range` (low, high) makes the count uncertain: the
    Monte Carlo draws it uniformly, the central line uses `count`."""

    date: str
    count: float
    count_range: tuple[float, float] | None = None


@dataclass(frozen=True)
class LossesStart:
    """When a force's casualties were zero (e.g. its first combat clash), with the precision
    that date is known to: an assumption a fitted scenario may add to its claims."""

    date: str
    precision: str = "day"

    @property
    def when(self) -> FuzzyDate:
        return FuzzyDate.parse(self.date, self.precision)


# The scenario parameters a cited claim can stand behind (reference.md §3 `cites`). A fitted
# scenario takes its rate and anchor from the fit, so only its strength can be cited.
CITABLE = ("initial_strength", "anchor_losses", "daily_loss_rate")


@dataclass(frozen=True)
class Scenario(Entity):
    """A projection scenario (README: projections). A `fitted` scenario takes rate, anchor
    date and anchor losses from the claims (optionally only those about `subject`); the
    stored values are its fallbacks."""

    id: str
    name: str
    kind: str = "linear"
    initial_strength: float = 0.0
    anchor_date: str | None = None
    anchor_losses: float = 0.0
    daily_loss_rate: float | None = None
    reinforcements: tuple[Reinforcement, ...] = ()
    threshold: float = 0.0
    horizon_days: int = 730
    initial_strength_range: tuple[float, float] | None = None
    anchor_losses_range: tuple[float, float] | None = None
    daily_loss_rate_range: tuple[float, float] | None = None
    judgment_date: str | None = None
    subject: str | None = None
    description: str | None = None
    cites: tuple[tuple[str, str], ...] = ()      # (parameter, claim id), in CITABLE order
    assumptions: tuple[str, ...] = ()            # the analyst's own, in their words
    losses_start: LossesStart | None = None      # fitted only

    def cited(self, parameter: str) -> str | None:
        """The claim id cited for `parameter`, if any."""
        return dict(self.cites).get(parameter)

    def _check(self) -> list[Problem]:
        out: list[Problem] = []
        _need_text(out, "id", self.id)
        _need_text(out, "name", self.name)
        _one_of(out, "kind", self.kind, SCENARIO_KINDS)
        _number(out, "initial_strength", self.initial_strength, optional=False)
        _number(out, "anchor_losses", self.anchor_losses, optional=False)
        _number(out, "threshold", self.threshold, optional=False)
        if self.kind == "linear":
            _date(out, "anchor_date", self.anchor_date)
            _number(out, "daily_loss_rate", self.daily_loss_rate, optional=False, positive=True)
        else:
            _date(out, "anchor_date", self.anchor_date, optional=True)
            _number(out, "daily_loss_rate", self.daily_loss_rate, positive=True)
        if (isinstance(self.horizon_days, bool) or not isinstance(self.horizon_days, int)
                or not 1 <= self.horizon_days <= 36500):
            out.append(Problem("horizon_days",
                               f"must be a whole number of days 1..36500 (got {self.horizon_days!r})"))
        _date(out, "judgment_date", self.judgment_date, optional=True)
        for i, r in enumerate(self.reinforcements):
            _date(out, f"reinforcements[{i}].date", r.date)
            counted = _number(out, f"reinforcements[{i}].count", r.count, optional=False)
            found = _range_problems(f"reinforcements[{i}].count_range", r.count_range)
            out.extend(found)
            if counted and r.count_range is not None and not found and \
                    not r.count_range[0] <= r.count <= r.count_range[1]:
                out.append(Problem(f"reinforcements[{i}].count_range",
                                   f"{r.count:g} is outside {r.count_range[0]:g}–"
                                   f"{r.count_range[1]:g}"))
        for name in ("initial_strength_range", "anchor_losses_range", "daily_loss_rate_range"):
            out.extend(_range_problems(name, getattr(self, name)))
        if not out:
            out.extend(self._outside_own_range())
        out.extend(self._premise_problems())
        return out

    def _outside_own_range(self) -> list[Problem]:
        """A value its own uncertainty range leaves out ("rate 5, range [0, 1]" gave "almost
        no chance" beside a central line that depletes). A fitted scenario takes its rate
        and anchor from the fit, so only its strength is held to its range."""
        used = ("initial_strength", "anchor_losses", "daily_loss_rate") \
            if self.kind == "linear" else ("initial_strength",)
        out = []
        for name in used:
            value, rng = getattr(self, name), getattr(self, f"{name}_range")
            if rng is not None and value is not None and not rng[0] <= value <= rng[1]:
                out.append(Problem(f"{name}_range", f"{rng[0]:g}–{rng[1]:g} does not contain "
                                                    f"{name} {value:g}"))
        return out

    def _premise_problems(self) -> list[Problem]:
        """cites, assumptions and losses_start (reference.md §3, version 2)."""
        out: list[Problem] = []
        allowed = CITABLE if self.kind == "linear" else ("initial_strength",)
        if not isinstance(self.cites, tuple):
            out.append(Problem("cites", f"must map parameters to claim ids (got {self.cites!r})"))
        else:
            for pair in self.cites:
                if not (isinstance(pair, tuple) and len(pair) == 2):
                    out.append(Problem("cites", f"must map parameters to claim ids (got {pair!r})"))
                    continue
                name, claim = pair
                if name not in allowed:
                    why = ("a fitted scenario takes it from the fit" if name in CITABLE
                           else f"citable: {', '.join(allowed)}")
                    out.append(Problem(f"cites.{name}", f"cannot be cited ({why})"))
                elif not isinstance(claim, str) or not claim.strip():
                    out.append(Problem(f"cites.{name}", f"must be a claim id (got {claim!r})"))
        if not isinstance(self.assumptions, tuple) or not all(
                isinstance(a, str) and a.strip() for a in self.assumptions):
            out.append(Problem("assumptions", "must be a list of non-empty texts"))
        start = self.losses_start
        if start is not None:
            if self.kind != "fitted":
                out.append(Problem("losses_start", "is only used by fitted scenarios"))
            elif not isinstance(start, LossesStart):
                out.append(Problem("losses_start", f"must be a date and precision (got {start!r})"))
            else:
                _date(out, "losses_start.date", start.date)
                _one_of(out, "losses_start.precision", start.precision, PRECISIONS)
        return out


def _range_problems(name: str, rng) -> list[Problem]:
    if rng is None:
        return []
    out: list[Problem] = []
    if not isinstance(rng, (tuple, list)) or len(rng) != 2:
        return [Problem(name, f"must be [low, high] (got {rng!r})")]
    good = [_number(out, f"{name}[{i}]", v, optional=False) for i, v in enumerate(rng)]
    if all(good) and rng[0] > rng[1]:
        out.append(Problem(name, f"low {rng[0]:g} is above high {rng[1]:g}"))
    return out


def claim_field_names() -> tuple[str, ...]:
    """Claim fields in package order (reference.md §3) (the CSV header and the JSON key order)."""
    return ("id", "source", "document", "subject", "metric", "value", "low", "high",
            "fraction", "fraction_of", "qualifier", "as_of", "date_precision", "credibility",
            "quote", "note", "include_in_projection", "derived_from", "base_claim")
