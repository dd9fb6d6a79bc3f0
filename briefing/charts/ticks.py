"""Axis ticks a reader can use without the legend: round numbers with thousands separators,
and dates whose year is always on the axis.

Pure Python. Ticks are chosen for the space the axis has: the caller says how many value
ticks fit, or how wide one date label may be, and gets the densest readable set.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from ..domain.fuzzy_dates import MONTH_ABBR

_NICE = (1.0, 2.0, 2.5, 5.0, 10.0)


def nice_step(span: float, max_ticks: int) -> float:
    """The smallest of 1, 2, 2.5, 5 × 10^k that divides `span` into at most `max_ticks`
    intervals."""
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / max(max_ticks, 1)
    power = 10.0 ** math.floor(math.log10(raw))
    return next(n * power for n in _NICE if n * power >= raw * (1 - 1e-9))


def value_ticks(lo: float, hi: float, max_ticks: int) -> list[float]:
    """Multiples of a nice step inside [lo, hi]."""
    step = nice_step(hi - lo, max_ticks)
    first = math.ceil(lo / step - 1e-9)
    last = math.floor(hi / step + 1e-9)
    return [round(k * step, 10) + 0.0 for k in range(first, last + 1)]


def number_label(value: float, step: float) -> str:
    """'12,000', '0', '2.5' — as many decimals as the step needs, never '-0'."""
    decimals = 0 if step >= 1 else min(6, math.ceil(-math.log10(step) - 1e-9))
    if step < 1 and not float(step * 10 ** decimals).is_integer():
        decimals += 1
    text = f"{value:,.{decimals}f}"
    return "0" if text.lstrip("-").strip("0.,") == "" else text


@dataclass(frozen=True)
class DateTick:
    day: dt.date
    label: str       # "Mar", "13 Jan" or "2025"
    year: str        # "2025" under the first tick and wherever the year changes, else ""


# (kind, count): the candidate spacings, densest first.
_STEPS = (("day", 1), ("day", 2), ("week", 1), ("week", 2), ("month", 1), ("month", 2),
          ("month", 3), ("month", 6), ("year", 1), ("year", 2), ("year", 5), ("year", 10),
          ("year", 25), ("year", 50), ("year", 100))
_STEP_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}  # at most this far apart


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _days_of(kind: str, count: int, first: dt.date, last: dt.date) -> list[dt.date]:
    if kind == "day":
        start = first
        step = dt.timedelta(days=count)
    elif kind == "week":  # Mondays
        start = first + dt.timedelta(days=(7 - first.weekday()) % 7)
        step = dt.timedelta(days=7 * count)
    else:
        months = count if kind == "month" else 12 * count
        year = first.year if kind == "month" else first.year - first.year % count
        start = dt.date(year, 1, 1)
        while start < first:
            start = _add_months(start, months)
        out = []
        while start <= last:
            out.append(start)
            start = _add_months(start, months)
        return out
    out = []
    while start <= last:
        out.append(start)
        start += step
    return out


def _label(kind: str, day: dt.date) -> str:
    if kind == "year":
        return str(day.year)
    if kind == "month":
        return MONTH_ABBR[day.month - 1]
    return f"{day.day} {MONTH_ABBR[day.month - 1]}"


def date_ticks(first: dt.date, last: dt.date, fits, most: float | None = None
               ) -> list[DateTick]:
    """The densest ticks between `first` and `last` whose labels `fits(ticks)` accepts
    (the caller measures them against the axis length); the sparsest set otherwise.
    `most`: no more ticks than this can fit whatever their labels (an axis's length over
    the least gap `fits` wants, plus one), so spacings that certainly give more are skipped
    without being built and measured (three years of days: 1,095 labels on every paint of
    a window's chart)."""
    if last <= first:
        last = first + dt.timedelta(days=1)
    ticks: list[DateTick] = []
    span = (last - first).days
    for kind, count in _STEPS:
        if most is not None and span / (_STEP_DAYS[kind] * count) - 1 > most \
                and (kind, count) != _STEPS[-1]:
            continue
        days = _days_of(kind, count, first, last)
        if len(days) < 2 and kind != "year":
            continue
        ticks = []
        for day in days:
            shown = kind != "year" and (not ticks or ticks[-1].day.year != day.year)
            ticks.append(DateTick(day, _label(kind, day), str(day.year) if shown else ""))
        if ticks and fits(ticks):
            return ticks
    return ticks

