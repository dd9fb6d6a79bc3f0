"""Dates that carry their precision, and how to say them honestly.

A claim "as of early January" is stored as one ISO date plus the precision `week`; the date
is any day inside the meant span (by convention its middle). Everything that draws, sorts or
compares such a date uses `span()`, never the bare day, so "early January" is a seven-day bar
on the timeline and overlaps "13 January" only if the spans overlap.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from .vocabulary import PRECISIONS

# The dates a briefing may hold: every view can draw them and every span around them
# (a week either side, a season, a horizon of up to 100 years) stays a real date. Python's
# calendar ends at 9999-12-31, where "9999-12-31, week" overflowed everything after import.
FIRST_YEAR, LAST_YEAR = 1900, 2200

MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec")

# Meteorological seasons: the months of each, keyed by the month a season starts in.
_SEASON_OF_MONTH = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring",
                    5: "spring", 6: "summer", 7: "summer", 8: "summer", 9: "fall", 10: "fall",
                    11: "fall"}
_SEASON_START = {"winter": 12, "spring": 3, "summer": 6, "fall": 9}


def parse_iso(text: str) -> dt.date:
    """`YYYY-MM-DD` only; raises ValueError naming the text otherwise."""
    if not isinstance(text, str) or len(text) != 10 or text[4] != "-" or text[7] != "-":
        raise ValueError(f"not a YYYY-MM-DD date: {text!r}")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not a real date: {text!r}") from None


def _shifted(day: dt.date, days: int) -> dt.date:
    """`day` moved by `days`, stopping at Python's first and last date (a file written
    before the year bounds were enforced may hold 9999-12-31; it must still open)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _season_start(day: dt.date) -> dt.date:
    start_month = _SEASON_START[_SEASON_OF_MONTH[day.month]]
    year = day.year - 1 if start_month == 12 and day.month != 12 else day.year
    return dt.date(year, start_month, 1)


@dataclass(frozen=True, order=True)
class FuzzyDate:
    day: dt.date
    precision: str = "day"

    def __post_init__(self):
        if self.precision not in PRECISIONS:
            raise ValueError(f"unknown date precision {self.precision!r}")

    @classmethod
    def parse(cls, text: str, precision: str = "day") -> "FuzzyDate":
        return cls(parse_iso(text), precision)

    def span(self) -> tuple[dt.date, dt.date]:
        """First and last day (inclusive) the date may mean."""
        d = self.day
        if self.precision == "day":
            return d, d
        if self.precision == "week":
            return _shifted(d, -3), _shifted(d, 3)
        if self.precision == "month":
            return d.replace(day=1), _month_end(d.year, d.month)
        if self.precision == "season":
            start = _season_start(d)
            end_month = (start.month + 1) % 12 + 1
            end_year = start.year + (1 if end_month < start.month else 0)
            return start, _month_end(end_year, end_month)
        return dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)

    def when(self) -> str:
        """The label with its preposition: 'on 13 Jan 2025', 'in early Jan 2025'."""
        return f"{'on' if self.precision == 'day' else 'in'} {self.label()}"

    def overlaps(self, other: "FuzzyDate") -> bool:
        a0, a1 = self.span()
        b0, b1 = other.span()
        return a0 <= b1 and b0 <= a1

    def label(self) -> str:
        """'13 Jan 2025', 'early Jan 2025', 'Jan 2025', 'fall 2024', 'winter 2024–25', '2024'."""
        d = self.day
        if self.precision == "day":
            return short_date(d)
        if self.precision == "week":
            part = "early" if d.day <= 10 else "mid" if d.day <= 20 else "late"
            return f"{part} {MONTH_ABBR[d.month - 1]} {d.year}"
        if self.precision == "month":
            return f"{MONTH_ABBR[d.month - 1]} {d.year}"
        if self.precision == "season":
            start = _season_start(d)
            name = _SEASON_OF_MONTH[start.month]
            if name == "winter":
                return f"winter {start.year}–{str(start.year + 1)[-2:]}"
            return f"{name} {start.year}"
        return str(d.year)


# Every date a person reads is formatted here, never with `strftime`: "%-d" (day without a
# leading zero) is a glibc extension that raises ValueError on Windows, and month names from
# `strftime` follow the machine's locale while the rest of the text is English.

def long_date(day: dt.date) -> str:
    """'30 April 2025': the form key judgments and title pages use."""
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def short_date(day: dt.date) -> str:
    """'6 Apr 2025': the form charts, tables and the status bar use."""
    return f"{day.day} {MONTH_ABBR[day.month - 1]} {day.year}"


def moment_words(at: str) -> str:
    """An ISO date and time with its offset as read: '3 Feb 2025 10:15 UTC'."""
    moment = dt.datetime.fromisoformat(at).astimezone(dt.timezone.utc)
    return f"{short_date(moment.date())} {moment.hour:02d}:{moment.minute:02d} UTC"
