"""Which English figures a date said in their sentence does not date: for `figures`, which
picks each figure's date.

A force's size set in an aside ("The M23 rebels, estimated at 6,000 fighters, seized the
airport on Monday") is an estimate of now, not of the day the main clause tells of (a loss
the main clause's verb names, "…, put by police at about 30, surrendered on Monday", is that
day's).

A toll counted over a span of days ("a week-long assault in which 23 soldiers were killed",
"78 wounded in three days of fighting") is a total of those days, not a count of the day it
is told: the day of telling ("the army said on Monday") does not make it a one-day figure,
and the held-out sets' conventions date it by the publication day at week precision. So is a
toll since an event ("since the standoff began", "since troops moved on the camp"), a
running total however the event is worded, when its telling and day come after it ("..., the
police chief said Wednesday"); told first ("said on Tuesday that 1,200 had been killed since
..."), the earlier sets date it by that day.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .readings import LOSS_METRICS, Reading
from .spans import matched_spans

_OVER_DAYS = re.compile(
    r"\b(?:days|weeks?|months?)[- ]long\b"
    r"|\b(?:in|over|during|after)\s+(?:the\s+)?(?:first\s+|past\s+|last\s+)?(?:\w+\s+)?"
    r"(?:days|weeks|months)\s+of\s+(?:fighting|combat|clashes|battle|the\s+\w+)\b", re.I)
# "have killed 31 gunmen since jets and ground troops moved on their hideout", "had been killed
# since the standoff began", "since the ceasefire collapsed in March", "since Monday": a toll
# since an event or a day, a running total
_SINCE_EVENT = re.compile(r"\bsince\b", re.I)


def _own_stretch(text: str, r: Reading, starts: list[int], ends: list[int]) -> tuple[int, int]:
    """From the figure before `r` to the one after (the sentence's figures' sorted offsets)."""
    q = r.quantity
    before = bisect_right(ends, q.start)
    after = bisect_left(starts, q.end)
    return (ends[before - 1] if before else 0, starts[after] if after < len(starts) else len(text))


def over_days(text: str, r: Reading, starts: list[int], ends: list[int]) -> bool:
    """Whether `r` is a loss its own stretch of the sentence (from the figure before it to
    the one after) counts over a span of days; `starts` and `ends` are the sentence's
    figures' sorted offsets, so a sentence of thousands of figures stays linear."""
    if r.metric not in LOSS_METRICS:
        return False
    start, end = _own_stretch(text, r, starts, ends)
    if end < len(text) and _JOINED_NEXT.match(text, r.quantity.end, end):
        # "13 soldiers were killed and 27 wounded in two days of fighting": the next count of
        # the same clause shares what it was counted over, so the stretch runs to its end
        following = bisect_left(starts, end + 1)
        end = starts[following] if following < len(starts) else len(text)
    return bool(_OVER_DAYS.search(text, start, end))


# the words between a count and the next of its clause: "soldiers were killed and "
_JOINED_NEXT = re.compile(r"[^,;:.\d]{0,40}\band\s+$")


# "The death toll from the strikes since Saturday has risen to 53, the ministry said on
# Monday": a toll that has grown to a figure states its level on the day it is told
_TOLL_GROWN = re.compile(r"\b(?:toll|tally|count)\b[^;:]{0,160}?\b(?:has\s+|have\s+)?"
                         r"(?:risen|rose|climbed|reached|jumped|grown|grew|increased)\s+to\s+$",
                         re.I)


def since_event(text: str, r: Reading, starts: list[int], ends: list[int]) -> bool:
    """Whether `r` is a loss its own stretch of the sentence counts since an event, as a
    running total (not a toll said to have grown to the figure by the day of telling)."""
    if r.metric not in LOSS_METRICS:
        return False
    start, end = _own_stretch(text, r, starts, ends)
    return bool(_SINCE_EVENT.search(text, start, end)) \
        and not _TOLL_GROWN.search(text, start, r.quantity.start)


_ESTIMATE_ASIDE = re.compile(r",\s*(?:estimated|put|reckoned|numbering|thought\s+to\s+number|"
                             r"believed\s+to\s+number)\b(?:[^,;]|(?<=\d),(?=\d))*,")


def estimate_aside(text: str, r: Reading) -> tuple[int, int] | None:
    """The span of the estimate aside `r`'s number stands in, if any."""
    q = r.quantity
    return next(((start, end) for start, end in matched_spans(_ESTIMATE_ASIDE, text)
                 if start < q.start and q.end <= end), None)
