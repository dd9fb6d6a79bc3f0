"""Dates in news prose, resolved against the article's publication date, with their precision.

Articles rarely say "13 January 2025"; they say "early January", "this week", "on Tuesday",
"last fall", "by mid-April". A claim's date matters to a projection (a casualty count is a
point on a line through time), so each mention is turned into a `FuzzyDate` that keeps how
precise it was. Conventions (shared with `briefing.domain.FuzzyDate`):

- week precision is stored as the middle of the meant week: early/mid/late Month -> 5th/15th/
  25th; "this week" and "the past week" -> the seven days up to publication (3 days before
  it); "last week" -> the seven days before those; "over the past (last) month/year" is a
  count up to publication and dates nothing of its own; "this month", "this year" -> a count
  as of publication, at week precision;
- month precision -> the 15th; season -> the 15th of its middle month (fall 2024 -> 2024-10-15;
  meteorological seasons, winter = Dec-Feb); year -> 1 July;
- a month without a year is the latest such month that began on or before publication, except
  after "by"/"until"/"within" and in forecasts, where the nearest or next one is meant.

Each mention also records its role, because only some dates are the date *of* a figure:
"as of 13 January" is (`as_of`); "since early December" is the start of a count (`since`);
"until mid-October" is an end (`until`); "by mid-April 2025" and "within the next 12 weeks"
are the target of a forecast (`by`, `within`).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefing.domain import FuzzyDate
from briefing.domain.fuzzy_dates import FIRST_YEAR, LAST_YEAR

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_MONTH_INDEX = {name: i + 1 for i, name in enumerate(_MONTHS)}
_MONTH_INDEX.update({name[:3]: i + 1 for i, name in enumerate(_MONTHS)})
_MONTH_INDEX["sept"] = 9
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|"
          r"Dec\.?)(?![a-z])")  # "the 1st Marine Division" is not 1 March
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_SEASON_MID = {"spring": 4, "summer": 7, "fall": 10, "autumn": 10, "winter": 1}
_PART_DAY = {"early": 5, "beginning": 5, "start": 5, "mid": 15, "middle": 15, "late": 25,
             "end": 25}
_YEAR = r"((?:19|20)\d{2})"
# "in March last year", "on 3 June this year": the year named by its distance from publication
_YEAR_WORD = r"\s+(last|this|next)\s+year\b"
_YEAR_STEP = {"last": -1, "this": 0, "next": 1}

_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    # "between March 1 and March 7", "from 1 to 7 March": a count as of the last day
    ("span", re.compile(rf"\b(?:from|between)\s+(?:({_MONTH})\s+\d{{1,2}}|\d{{1,2}})\s*"
                        rf"(?:to|and|through|-|–)\s*(?:({_MONTH})\s+)?(\d{{1,2}})(?:\s+({_MONTH}))?"
                        rf"(?:,?\s+{_YEAR})?\b")),
    ("ago", re.compile(r"\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                       r"(days?|weeks?|months?|years?)\s+ago\b", re.I)),
    ("part_relative", re.compile(r"\b(?:(early|late)\s+|(?:the\s+)?(beginning|start|middle|end)"
                                 r"\s+of\s+)(last|this)\s+(year|month)\b", re.I)),
    ("month_day", re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR}\b|{_YEAR_WORD})?")),
    ("day_month", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})"
                             rf"(?:,?\s+{_YEAR}\b|{_YEAR_WORD})?")),
    # "on the 8th": a day of the month alone (not "the 8th Brigade", "the 8th of March")
    ("ordinal_day", re.compile(r"\b(?:on|by)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b"
                               r"(?!\s+(?:[A-Z]|of\b|day|anniversary|floor|time))")),
    ("part_month", re.compile(
        rf"\b(?:(early|mid|late)[\s-]+|(?:the\s+)?(beginning|start|middle|end)\s+of\s+)"
        rf"({_MONTH})(?:,?\s+{_YEAR}\b)?", re.I)),
    # before "relative", which would take the "last year" of "in March last year"
    ("month_year_word", re.compile(rf"\b({_MONTH}){_YEAR_WORD}")),
    ("relative", re.compile(
        r"\b(?:(?:earlier|later)\s+)?(this|last|past|previous|next)\s+(week|month|year)\b"
        r"|\b(today|yesterday|this\s+morning)\b", re.I)),
    ("within", re.compile(
        r"\b(?:within|in)\s+(?:the\s+)?(?:next|coming|following)?\s*(\d+|a|one|two|three|four|"
        r"five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?|months?)\b(?!\s+of\b)", re.I)),
    ("season", re.compile(
        r"\b(?:(last|this|next|past)\s+|(?:in|during|into|by|since|until|through)\s+the\s+|"
        r"the\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?" + _YEAR + r")?\b", re.I)),
    # "on Wednesday and Thursday": a toll over days, up to publication (week precision)
    ("two_weekdays", re.compile(r"\b(?:" + "|".join(_WEEKDAYS) + r")\s+(?:and|or)\s+(?:"
                                + "|".join(_WEEKDAYS) + r")\b")),
    ("weekday", re.compile(r"\b(?:(last|this|next)\s+)?(" + "|".join(_WEEKDAYS) + r")\b")),
    ("month", re.compile(rf"\b({_MONTH})(?:\s+(?:of\s+)?{_YEAR})?\b")),
    # "Older officers remember 1986, when an avalanche buried 16 soldiers": the year of what
    # the "when" clause tells
    ("year", re.compile(r"\b" + _YEAR + r"(?=,\s+when\b)")),
    # "the 2015 siege, in which 150 soldiers died": a year naming an event
    ("year", re.compile(r"\b[Tt]he\s+" + _YEAR + r"(?=\s+(?:siege|attacks?|war|ambush|offensive|"
                        r"battle|raids?|bombings?|uprising|invasion|coup|conflict|crisis|fighting|"
                        r"clashes|massacre|operation|campaign|incursion|revolution|insurgency|"
                        r"mutiny|edition|exercises?|drills)\b)")),
    # "In 2019, 14 soldiers ...": the preposition also opening the sentence
    ("year", re.compile(r"\b(?:[Ii]n|since|by|during|until|of|from|through)\s+" + _YEAR
                        + r"\b")),
]
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: FuzzyDate
    role: str = "point"  # point, as_of, since, until, by, within
    explicit_year: bool = False

    @property
    def is_target(self) -> bool:
        """A forecast's target date rather than the date of a reported figure."""
        return self.role in ("by", "within")


def _month(name: str) -> int:
    return _MONTH_INDEX[name.lower().rstrip(".")[:4] if name.lower().startswith("sept")
                        else name.lower().rstrip(".")[:3]]


def _pick_year(published: dt.date, month: int, day: int, mode: str) -> dt.date:
    """The year a yearless date most plausibly means. mode: 'past' (latest on or before
    publication), 'future' (earliest on or after), 'nearest'."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            candidates.append(dt.date(year, month, 28))
    if mode == "future":
        later = [c for c in candidates if c >= published - dt.timedelta(days=3)]
        return later[0]
    if mode == "nearest":
        return min(candidates, key=lambda c: abs((c - published).days))
    earlier = [c for c in candidates if c - dt.timedelta(days=3) <= published]
    return earlier[-1]


def _month_start_pick(published: dt.date, month: int, mode: str) -> int:
    """Year for a yearless month: past means the month began on or before publication."""
    if mode == "past":
        year = published.year if month <= published.month else published.year - 1
        return year
    if mode == "future":
        return published.year if month >= published.month else published.year + 1
    best = min((published.year - 1, published.year, published.year + 1),
               key=lambda y: abs((dt.date(y, month, 15) - published).days))
    return best


def _season_date(published: dt.date, season: str, which: str | None, year: str | None,
                 mode: str) -> dt.date:
    mid = _SEASON_MID[season]
    if year:
        y = int(year)
        return dt.date(y + 1 if season == "winter" else y, mid, 15)
    # Candidate seasons: their middle date, and whether they had begun by publication.
    cands = []
    for y in (published.year - 2, published.year - 1, published.year, published.year + 1):
        day = dt.date(y, mid, 15)
        start = dt.date(y - 1, 12, 1) if season == "winter" else dt.date(y, mid - 1, 1)
        end = (start.replace(day=28) + dt.timedelta(days=70)).replace(day=1) - dt.timedelta(1)
        cands.append((day, start, end))
    which = (which or "").lower()
    if which in ("last", "past"):
        done = [c for c in cands if c[2] < published]
        return done[-1][0]
    if which == "next":
        return [c for c in cands if c[1] > published][0][0]
    if which == "this":
        started = [c for c in cands if c[1] <= published]
        return started[-1][0]
    if mode == "future":
        return [c for c in cands if c[2] >= published][0][0]
    started = [c for c in cands if c[1] <= published]
    return started[-1][0]


# "an attack that began on Monday": the day an event started, not the day of a count
_EVENT_START = re.compile(r"\b(?:that|which)\s+(?:\w+\s+)?(?:began|started|erupted|broke\s+out|"
                          r"was\s+launched|were\s+launched|opened)\s+(?:on\s+|in\s+|at\s+|"
                          r"last\s+|early\s+|late\s+)?(?:the\s+)?$")


def _role(text: str, start: int, end: int) -> str:
    if re.match(r"(?:from|between)\s", text[start:end]):
        return "as_of"  # a span: the count is as of its last day
    # (the words that give a role end at the date: the 300 characters before it are read,
    # not the whole sentence once per date)
    before = text[max(0, start - 300):start].lower()
    if re.search(r"\bas (?:of|at)\s*$", before):
        return "as_of"
    if re.search(r"\b(?:until|till|through|to)\s*(?:the\s+)?$", before):
        return "until"
    if re.search(r"\bby\s*(?:the\s+end\s+of\s+)?$", before):
        return "by"
    clause = re.split(r"[,;:—–()]", before)[-1]
    words = clause.split()[-9:]
    # "since the war began killed 40 soldiers on Monday": a count after "since" ends its phrase
    since = "since" in words and not any(
        w[:1].isdigit() for w in words[len(words) - words[::-1].index("since"):])
    if since or _EVENT_START.search(clause):
        return "since"
    return "point"


def find_dates(text: str, published: dt.date, forecast: bool = False) -> list[DateMention]:
    """Every date mention in one sentence, resolved against `published`, without overlaps.
    `forecast` says the sentence looks ahead, so yearless target dates lie in the future."""
    return scan_dates(text, published, forecast, _PATTERNS, _resolve, _role)


def scan_dates(text: str, published: dt.date, forecast: bool, patterns, resolve,
               role_of) -> list[DateMention]:
    """The date scan every language shares: `patterns` (name, regex) in priority order,
    `resolve(name, match, published, mode)` -> (FuzzyDate, explicit year) or None, and
    `role_of(text, start, end)` -> the role of the mention at [start, end). Earlier patterns win overlaps."""
    taken = bytearray(len(text))  # 1 where an earlier pattern's date already sits (linear)
    out: list[DateMention] = []
    for name, pattern in patterns:
        for m in pattern.finditer(text):
            if any(taken[m.start():m.end()]):
                continue
            role = "within" if name == "within" else role_of(text, m.start(), m.end())
            mode = "past"
            if role in ("by", "until", "within"):
                mode = "future" if forecast else "nearest"
            elif forecast:
                mode = "future"
            try:
                resolved = resolve(name, m, published, mode)
            except (ValueError, KeyError, IndexError, OverflowError):
                resolved = None
            if resolved is None:
                continue
            date, explicit = resolved
            if not FIRST_YEAR <= date.day.year <= LAST_YEAR:
                continue  # "0001-01-01": no claim can hold that date (domain.fuzzy_dates)
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            out.append(DateMention(m.start(), m.end(), m.group(), date, role, explicit))
    out.sort(key=lambda d: d.start)
    return out


def _resolve(name, m, published, mode):
    g = m.groups()
    if name == "iso":
        return FuzzyDate(dt.date(int(g[0]), int(g[1]), int(g[2])), "day"), True
    if name in ("month_day", "day_month"):
        month_name, day = (g[0], int(g[1])) if name == "month_day" else (g[1], int(g[0]))
        return day_date(published, _month(month_name), day, g[2] or _year_of(published, g[3]),
                        mode)
    if name == "span":
        month = g[1] or g[0] or g[3]
        return day_date(published, _month(month), int(g[2]), g[4], mode) if month else None
    if name == "ago":
        count = int(g[0]) if g[0].isdigit() else _NUMBER_WORDS[g[0].lower()]
        unit = g[1].lower().rstrip("s")
        if unit == "month":
            return relative_date(published, -count, "month")
        if unit == "year":  # "Two years ago, four aircrew died": that year
            return relative_date(published, -count, "year")
        days = count * (7 if unit == "week" else 1)
        return FuzzyDate(published - dt.timedelta(days=days), "day" if unit == "day" else
                         "week"), False
    if name == "part_relative":
        part = _PART_DAY[(g[0] or g[1]).lower()]
        step = -1 if g[2].lower() == "last" else 0
        if g[3].lower() == "year":
            month = 12 if part == 25 else 1 if part == 5 else 7
            return FuzzyDate(dt.date(published.year + step, month, part), "week"), False
        month0 = published.year * 12 + published.month - 1 + step
        return FuzzyDate(dt.date(month0 // 12, month0 % 12 + 1, part), "week"), False
    if name == "part_month":
        return part_month_date(published, _month(g[2]), _PART_DAY[(g[0] or g[1]).lower()],
                               g[3], mode)
    if name == "relative":
        if g[2]:
            return relative_date(published, -1 if g[2].lower() == "yesterday" else 0, "day")
        step = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1}[g[0].lower()]
        if g[0].lower() == "this" and g[1].lower() != "week" and m.group()[:1] in "tT":
            # "are taking part this year", "wounded in an attack this month": a count as of
            # now, the publication's week ("earlier this month" still dates a past event)
            return FuzzyDate(published, "week"), False
        if g[0].lower() == "this" and m.group()[:1] in "eE":
            return _earlier_this(published, g[1].lower())
        span = g[0].lower() in ("past", "last") and re.search(r"\bthe\s+$", m.string[:m.start()])
        if span or g[0].lower() == "past":
            if g[1].lower() != "week":
                return None  # "over the past year": a count up to publication, dated by it
            step = 0  # "over the past week": the seven days up to publication
        return relative_date(published, step, g[1].lower())
    if name == "within":
        if mode != "future" and not re.match(r"within|in\s+(?:the\s+)?(?:next|coming|following)",
                                             m.group(), re.I):
            return None  # "were killed in two days": how long it took, not a target
        count = int(g[0]) if g[0].isdigit() else _NUMBER_WORDS[g[0].lower()]
        unit = g[1].lower().rstrip("s")
        if unit == "day":
            day = published + dt.timedelta(days=count)
            return FuzzyDate(day, "day" if count < 7 else "week"), False
        if unit == "week":
            return FuzzyDate(published + dt.timedelta(weeks=count), "week"), False
        month0 = published.year * 12 + published.month - 1 + count
        return FuzzyDate(dt.date(month0 // 12, month0 % 12 + 1, 15), "month"), False
    if name == "season":
        which, season, year = g[0], g[1].lower(), g[2]
        prefix = m.group().lower()
        if not (which or year or prefix.startswith(("in", "during", "into", "by", "since",
                                                      "until", "through", "the"))):
            return None  # a bare "fall" or "spring" is usually a verb or a noun
        return season_date(published, season, which, year, mode)
    if name == "ordinal_day":
        return day_of_month_date(published, int(g[0]), mode)
    if name == "two_weekdays":
        return FuzzyDate(published, "week"), False
    if name == "weekday":
        return weekday_date(published, _WEEKDAYS.index(g[1]), g[0], mode)
    if name == "month":
        if g[0] == "May" and not g[1]:
            before = m.string[max(0, m.start() - 12):m.start()].lower()
            if not re.search(r"\b(?:in|of|by|since|until|early|late|mid|during)\s*-?$", before):
                return None  # "May" as a sentence-initial modal verb
        return month_date(published, _month(g[0]), g[1], mode)
    if name == "month_year_word":
        return month_date(published, _month(g[0]), _year_of(published, g[1]), mode)
    if name == "year":
        return FuzzyDate(dt.date(int(g[0]), 7, 1), "year"), True
    return None


def _year_of(published: dt.date, step: str | None) -> str | None:
    """The year "last/this/next year" names, as written years are passed on (None if none)."""
    return str(published.year + _YEAR_STEP[step.lower()]) if step else None


# --- resolving a date's parts: shared by every language's date rules ------------------------
# Each returns (FuzzyDate, whether the year was written), or raises ValueError for a date
# that does not exist ("31 February").

def day_date(published: dt.date, month: int, day: int, year, mode: str):
    if year:
        return FuzzyDate(dt.date(int(year), month, day), "day"), True
    return FuzzyDate(_pick_year(published, month, day, mode), "day"), False


def day_of_month_date(published: dt.date, day: int, mode: str):
    """A day of the month alone (Korean "13일"): the latest such day on or before
    publication, or the next one in a forecast."""
    candidates = []
    for back in (-1, 0, 1):
        month0 = published.year * 12 + published.month - 1 + back
        try:
            candidates.append(dt.date(month0 // 12, month0 % 12 + 1, day))
        except ValueError:
            continue
    if mode == "future":
        later = [c for c in candidates if c >= published]
        return FuzzyDate(later[0], "day"), False
    earlier = [c for c in candidates if c <= published]
    return FuzzyDate(earlier[-1], "day"), False


def part_month_date(published: dt.date, month: int, day: int, year, mode: str):
    """Early/mid/late Month: the 5th, 15th or 25th, at week precision."""
    if year:
        return FuzzyDate(dt.date(int(year), month, day), "week"), True
    if mode == "past":
        start = dt.date(published.year, month, max(1, day - 3))
        chosen = published.year if start <= published else published.year - 1
    else:
        chosen = _pick_year(published, month, day, mode).year
    return FuzzyDate(dt.date(chosen, month, day), "week"), False


def month_date(published: dt.date, month: int, year, mode: str):
    chosen = int(year) if year else _month_start_pick(published, month, mode)
    return FuzzyDate(dt.date(chosen, month, 15), "month"), bool(year)


def _earlier_this(published: dt.date, unit: str):
    """"earlier this month/year": the period's middle when it lies before publication; a
    middle still ahead ("held by 17,000 troops earlier this year" in an April story) would
    date a past count after the story, so it is a count told as of now, the publication's
    week."""
    found = relative_date(published, 0, unit)
    return (FuzzyDate(published, "week"), False) if found[0].day > published else found


def relative_date(published: dt.date, step: int, unit: str):
    """'this'/'last'/'next' (step 0, -1, 1) day, week, month or year."""
    if unit == "day":
        return FuzzyDate(published + dt.timedelta(days=step), "day"), False
    if unit == "week":
        return FuzzyDate(published - dt.timedelta(days=3) + dt.timedelta(weeks=step),
                         "week"), False
    if unit == "month":
        month0 = published.year * 12 + published.month - 1 + step
        return FuzzyDate(dt.date(month0 // 12, month0 % 12 + 1, 15), "month"), False
    return FuzzyDate(dt.date(published.year + step, 7, 1), "year"), False


def season_date(published: dt.date, season: str, which: str | None, year, mode: str):
    """season: spring, summer, fall, winter; which: last, this, next or None."""
    return FuzzyDate(_season_date(published, season, which, year, mode), "season"), bool(year)


def weekday_date(published: dt.date, target: int, which: str | None, mode: str):
    """target: 0 = Monday; which: 'last', 'this', 'next' or None."""
    which = (which or "").lower()
    if which == "next" or mode == "future":
        ahead = (target - published.weekday()) % 7 or 7
        return FuzzyDate(published + dt.timedelta(days=ahead), "day"), False
    back = (published.weekday() - target) % 7
    if which == "last" and back == 0:
        back = 7
    return FuzzyDate(published - dt.timedelta(days=back), "day"), False
