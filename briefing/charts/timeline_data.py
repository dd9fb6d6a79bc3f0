"""What the timeline shows, as arrays: events in lanes, fuzzy dates as spans, and the days
the competing hypotheses' indicators were met.

Pure Python and numpy, shared by the window's interactive timeline and the painted one of
present mode and the pack. Only lanes that hold an event are kept (an empty lane took a
third of a slide). Labels are worded on demand: a casualty report's label quotes its
claims' figures, and the window looks claims up lazily, so 20,000 events are never worded
at once.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..domain import figure
from ..domain.vocabulary import EVENT_CATEGORIES
from .palette import category_colours, identity_colours
from .projection_data import epoch_days

NO_SOURCE = "(no source)"
MARK_COLOUR = "#b8860b"   # dark goldenrod: apart from the category and source palettes


@dataclass(frozen=True)
class Mark:
    """A met indicator: the day its first claim met it, and what to call it."""
    day: float                 # epoch days
    label: str                 # '✓ Casualties pass 5,000 by mid-February'
    detail: str                # 'attrition: casualties ≥ 5,000 by 15 February 2025 — met on …'
    claims: tuple[str, ...]


def indicator_marks(matrix) -> tuple[Mark, ...]:
    """A mark for each met indicator of the matrix (briefing.structured), in date order."""
    met = sorted((r for r in matrix.indicators if r.met), key=lambda r: r.met_on)
    return tuple(Mark(epoch_days(r.met_on), f"✓ {r.indicator.text}",
                      f"{matrix.title(r.hypothesis)}: {r.condition} — {r.status}", r.claims)
                 for r in met)


@dataclass(frozen=True)
class TimelineFigure:
    events: tuple
    lanes: tuple[str, ...]            # lane names, top to bottom as listed
    colours: tuple[str, ...]          # one per lane
    start: np.ndarray                 # epoch days, first day of each event's span
    end: np.ndarray                   # epoch days, the day after its last day
    lane: np.ndarray                  # lane index of each event
    fuzzy: np.ndarray                 # True where the date is a span, not a day
    claims: object                    # anything with .get(claim id)
    marks: tuple[Mark, ...] = ()      # met indicators

    def label(self, i: int) -> str:
        """Casualty reports show their figures; other events their title."""
        event = self.events[i]
        if event.category != "casualty-report":
            return event.title
        figures = [f"{figure(c)} {c.metric.replace('_', ' ')}"
                   for c in (self.claims.get(cid) for cid in event.claims) if c]
        return f"{event.title}: {', '.join(figures)}" if figures else event.title

    @property
    def day_range(self) -> tuple[float, float] | None:
        if not len(self.events):
            return None
        days = [m.day for m in self.marks]
        return (min([float(self.start.min()), *days]),
                max([float(self.end.max()), *(d + 1 for d in days)]))


def timeline_figure(events: Sequence, claims, sources: Mapping, by: str = "category",
                    marks: Sequence[Mark] = ()) -> TimelineFigure:
    """Lanes by event category (in the vocabulary's order) or by the first named source
    (alphabetical, events without one last). `sources`: id → Source, in file order."""
    events = tuple(events)
    if by == "category":
        keys = [e.category for e in events]
        order = [c for c in EVENT_CATEGORIES if c in set(keys)]
        names = order
        palette = category_colours(EVENT_CATEGORIES)
    else:
        keys = [next((s for s in e.sources if s in sources), NO_SOURCE) for e in events]
        present = set(keys)
        order = sorted((s for s in present if s != NO_SOURCE), key=lambda s: sources[s].name)
        order += [NO_SOURCE] if NO_SOURCE in present else []
        names = [sources[s].name if s in sources else s for s in order]
        palette = identity_colours(list(sources) + [NO_SOURCE])
    index = {key: i for i, key in enumerate(order)}
    n = len(events)
    start, end = np.zeros(n), np.zeros(n)
    for i, event in enumerate(events):
        first, last = event.span()
        start[i], end[i] = epoch_days(first), epoch_days(last + dt.timedelta(days=1))
    return TimelineFigure(events, tuple(names), tuple(palette[k] for k in order), start, end,
                          np.array([index[k] for k in keys], dtype=np.int64),
                          np.array([e.date_precision != "day" for e in events], dtype=bool),
                          claims, tuple(marks))
