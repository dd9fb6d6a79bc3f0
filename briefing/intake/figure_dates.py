"""Which date mention dates a figure: the nearest usable one in its sentence.

The rules (unchanged): since/until dates never date a figure; a date inside a relative
clause (", which had 1,100 soldiers last year,") dates only the figures inside that clause;
a forecast takes the nearest target date, else the nearest future date, else the nearest;
a report takes the nearest "as of" date, else the nearest past one. "Nearest" is measured
from the figure and the words that named its metric; a tie goes to the earlier date.

A sentence may hold thousands of figures and dates (a table pasted as prose, "1 1 1 …"):
looking at every date for every figure was quadratic, so the dates are indexed once per
sentence and each figure finds its nearest date in a pool by bisection.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from .dates import DateMention
from .metrics import Reading

_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose|where)\b(?:[^,;]|(?<=\d),(?=\d))*(?:,|$)")
_PAUSE = re.compile(r"[,;]")


def distance(d: DateMention, r: Reading) -> int:
    q = r.quantity
    lo, hi = min(q.start, r.cue[0]), max(q.end, r.cue[1])
    if d.end <= lo:
        return lo - d.end
    if d.start >= hi:
        return d.start - hi
    return 0


class _Pool:
    """Disjoint date mentions sorted by position (so their ends are sorted too)."""

    def __init__(self, dates: list[DateMention]):
        self.dates = dates
        self.starts = [d.start for d in dates]
        self.ends = [d.end for d in dates]

    def nearest(self, r: Reading) -> DateMention | None:
        """The date nearest the figure (the earlier on a tie): the last one ending at or
        before the figure's start, or the first after that (overlapping it, or after it);
        every other date is farther than one of these two."""
        q = r.quantity
        k = bisect.bisect_right(self.ends, min(q.start, r.cue[0]))
        near = [self.dates[i] for i in (k - 1, k) if 0 <= i < len(self.dates)]
        return min(near, key=lambda d: (distance(d, r), d.start)) if near else None


class FigureDates:
    """One sentence's date mentions, indexed for `pick`."""

    def __init__(self, text: str, dates: list[DateMention], published: dt.date):
        self.text = text
        self.clauses = [m.span() for m in _RELATIVE_CLAUSE.finditer(text)]
        self._clause_starts = [c[0] for c in self.clauses]
        self._pauses = [m.start() for m in _PAUSE.finditer(text)]
        self.future = {id(d) for d in dates if d.date.span()[0] > published}
        groups: dict[int | None, list[DateMention]] = {}
        for d in dates:
            if d.role not in ("since", "until"):
                groups.setdefault(self._clause_of(d.start, d.end), []).append(d)
        self._groups = groups
        self._pools: dict[tuple, _Pool] = {}

    def _clause_of(self, start: int, end: int) -> int | None:
        k = bisect.bisect_right(self._clause_starts, start) - 1
        if k >= 0 and end <= self.clauses[k][1]:
            return k
        return None

    def _pool(self, group: int | None, kind: str) -> _Pool:
        key = (group, kind)
        if key not in self._pools:
            keep = {"all": lambda d: True,
                    "target": lambda d: d.is_target,
                    "future": lambda d: id(d) in self.future,
                    "past": lambda d: id(d) not in self.future,
                    "as_of": lambda d: id(d) not in self.future and d.role == "as_of"}[kind]
            self._pools[key] = _Pool([d for d in self._groups.get(group, ()) if keep(d)])
        return self._pools[key]

    def _nearest(self, r: Reading, kind: str) -> DateMention | None:
        """The nearest date of `kind` usable for the figure: those outside every relative
        clause, and those inside the clause the figure itself is in."""
        q = r.quantity
        groups = [None] if (own := self._clause_of(q.start, q.end)) is None else [None, own]
        found = [d for g in groups if (d := self._pool(g, kind).nearest(r)) is not None]
        return min(found, key=lambda d: (distance(d, r), d.start)) if found else None

    def _pause_between(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self._pauses, start)
        return k < len(self._pauses) and self._pauses[k] < end

    def pick(self, r: Reading, inherited: DateMention | None) -> tuple[DateMention | None, bool]:
        """(date mention, forecast) for one figure."""
        q = r.quantity
        forecast = r.forecast
        nearest = self._nearest(r, "all")
        if not forecast and not r.descriptive and nearest is not None:
            paused = nearest.start < q.end or self._pause_between(q.end, nearest.start)
            if id(nearest) in self.future and nearest.is_target and not paused:
                forecast = True  # "promised to send 5,000 reinforcements by late May"
        if forecast:
            for kind in ("target", "future", "all"):
                found = self._nearest(r, kind)
                if found is not None:
                    return found, True
            return None, True
        found = self._nearest(r, "as_of") or self._nearest(r, "past")
        return (found, False) if found is not None else (inherited, False)
