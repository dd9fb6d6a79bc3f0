"""One figure -> one proposed claim: its date, its subject, and its own source when the
figure names one ("the 1,500 dead counted by Congo's health ministry").

The subject is the force the figure is about, read per figure: the force phrase next to the
number ("about 1,200 Congolese soldiers"), the speaker's own side for "it had lost only 40
men", the phrase before "lost" otherwise ("government forces had lost about 5,000"), and
for a toll that names no force ("2,900 people were killed") "all sides" rather than
whichever force the article mentions most.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

from briefing.domain import FuzzyDate

from .attribution import EXPLICIT, PUBLICATION, clean_name
from .english_dates import estimate_aside, over_days, since_event
from .english_sources import find_attribution
from .korean_text import find_attribution as korean_attribution
from .dates import DateMention
from .forces import PERSONNEL, ForcePhrase, Subjects
from .merging import Candidate
from .readings import LOSS_METRICS, Reading
from .spans import ending_at

UNJUDGED = 6  # Admiralty credibility "truth cannot be judged": the default for a proposal
ALL_SIDES = "all sides"

# (not a clause that only dates the event the figure tells of: "died in the attack, which took
# place on Sunday" died on Sunday)
RELATIVE_CLAUSE = re.compile(r",\s*(?:(?:an?|the)\s+(?:[\w-]+\s+){1,3}?)?(?:which|who|whose|where)\b"
                             r"(?!\s+(?:took\s+place|happened|occurred|"
                             r"was\s+carried\s+out|unfolded)\b)(?:[^,;]|(?<=\d),(?=\d))*(?:,|$)"
                             # "roughly 1,500, most of them Guardsmen flown in last week,"
                             r"|,\s*(?:most|many|some|all|half|several)\s+of\s+(?:them|whom)\s"
                             r"[^,;]*(?:,|$)"
                             # "The Joint Task Force, set up in 2013 to hunt the rebels, has
                             # about 1,100 soldiers", "The CDF, formed by residents after the
                             # Feb. 1 coup, said": when the unit was made is no date of its men
                             r"|,\s*(?:set\s+up|formed|created|established|founded|launched|built)"
                             r"\s+(?:in|on|last|this|by|after|before|during)\b[^,;]*(?:,|$)"
                             # "a radar site that has operated since 2008": the site's years
                             r"|\s(?:that|which)\s+(?:has|have|had)\s+(?!been\b)[a-z]+ed\s[^,;]*"
                             # "4,500 troops, up from 2,500 last year": that date is 2,500's
                             r"|,\s*(?:up|down)\s+from\s+(?:[^,;.]|(?<=\d)[,.](?=\d))*"
                             # "12 soldiers who were captured on Tuesday are still held": that
                             # day is the capture's; the figure is what holds now
                             r"|\s(?:who|that)\s+(?:went|were|was|had)\s[^,;]*?(?=\s(?:have|has|"
                             r"are|is|remain|remains)\s+(?:still\s+|now\s+)?(?:not\s+)?"
                             r"(?:been|being|held|missing|unaccounted|in)\b)")
_AGENT = re.compile(r"^[^,;.]{0,40}?\b(?:counted|reported|recorded|given|cited|confirmed|"
                    r"estimated|claimed|tallied|registered|compiled|announced)\s+by\s+"
                    r"((?:the\s+)?[A-Z][^,;.()]{1,60}?)(?=\s+(?:on|in|last|this|since|as|at|"
                    r"over|during|earlier|after|before)\b|[,;.)]|$)")
_AGENT_BEFORE = re.compile(r"(?:,|\s(?:is|are|was|were))\s+(?:estimated|put|reckoned|numbered)\s+"
                           r"by\s+((?:the\s+)?[^,;:.()]{1,50}?)\s+(?:at|to\s+(?:have|number|"
                           r"total|field))\s+$"
                           # "a garrison that American military advisers put at about 85,000"
                           r"|\b(?:that|which)\s+((?:the\s+)?[^,;:.()]{1,50}?)(?:\s+here|\s+there)?"
                           r"\s+(?:put|puts|"
                           r"estimated|estimates|reckoned|reckons)\s+at\s+$")
_LOSER = re.compile(r"(?:^|[,;]\s*|\bthat\s+)((?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?:had\s+|has\s+|"
                    r"have\s+|would\s+have\s+)?(?:only\s+|already\s+|just\s+)?(?:lost|losing|"
                    r"loses|lose)\s+(?:only\s+|just\s+|a\s+mere\s+|another\s+)?$", re.I)
_SELF = {"it", "we", "they", "he", "she", "i", "itself", "themselves", "our", "its"}
_PEOPLE = re.compile(r"^\s*(?:people|persons|dead|bodies|lives|wounded|injured|killed|"
                     r"were\b|have\b|had\b|died|deaths|casualties|others)\b", re.I)


def _distance(d: DateMention, r: Reading) -> int:
    q = r.quantity
    lo, hi = min(q.start, r.cue[0]), max(q.end, r.cue[1])
    if d.end <= lo:
        return lo - d.end
    if d.start >= hi:
        return d.start - hi
    return 0


# a coordinated clause with a figure of its own: "has about 4,000 soldiers there, and sent
# an additional 1,000 troops last month" -- "last month" is the 1,000's, not the 4,000's
_CLAUSE_BREAK = {"en": re.compile(r",\s+(?:and|but|while|whereas)\s|;\s"),
                 "ru": re.compile(r",\s+(?:а|и|но|однако)\s|;\s"),
                 "uk": re.compile(r",\s+(?:а|і|й|та|але|проте)\s|;\s")}


def _other_clause(info, r: Reading, d: DateMention, language: str) -> bool:
    """Whether `d` stands in another clause than `r`'s, one that has a figure of its own
    (between the clause break nearest `r` and the date)."""
    if language not in _CLAUSE_BREAK:
        return False
    q, figures = r.quantity, info.figure_starts
    starts, ends = _breaks(info.s.text, language)
    if d.start >= q.end:
        i = bisect.bisect_left(starts, q.end)  # the first break after the figure
        if i == len(starts) or ends[i] > d.start:
            return False
        a, b = ends[i], d.start
    else:
        i = bisect.bisect_right(ends, q.start) - 1  # the last break before the figure
        if i < 0 or starts[i] < d.end:
            return False
        a, b = d.end, starts[i]
    return bisect.bisect_left(figures, a) < bisect.bisect_left(figures, b)


def _same_clause(info, r: Reading, d: DateMention, language: str) -> bool:
    """Whether no clause break stands between `d` and `r` ("12 were killed on 3 December; 4
    were killed on 4 December": the 4's own day is the one after it, though the other is
    nearer)."""
    if language not in _CLAUSE_BREAK:
        return True
    q = r.quantity
    starts, _ = _breaks(info.s.text, language)
    a, b = (q.end, d.start) if d.start >= q.end else (d.end, q.start)
    return bisect.bisect_left(starts, a) == bisect.bisect_left(starts, b)


def _told_of_all(info, d: DateMention, language: str) -> bool:
    """Whether `d` is the day of telling said after every figure ("53 were killed, and 98
    wounded, the ministry said on Monday"): the telling that ends the sentence reports each
    of its clauses, so it is no single clause's date."""
    return language == "en" and d is info.statement_date and bool(info.figure_ends) \
        and d.start >= info.figure_ends[-1]


# ", Alcantara added, and several more surrendered on Monday": the day after the telling
# is the next clause's, not the figure's
_TOLD_THEN = re.compile(r",\s+(?:[^,;]{1,50}\s)?(?:said|added|says|adds|told\s+\w+)\s*,\s*"
                        r"(?:and|but|while|as)\s")


# "250 fighters remained in the city when the final assault began last week": the day the
# event began, not the day of the count
_WHEN_BEGAN = re.compile(r"\bwhen\s+[^,;]{1,60}?\b(?:began|started|opened|was\s+launched)\s+"
                         r"(?:on\s+|in\s+)?(?:the\s+)?$")


def _told_of_later(info, r: Reading, d: DateMention, reach: int) -> bool:
    """English: `d` comes after the figure's clause and its telling, so it dates what the
    next clause tells, or it is when an event named after the figure began. `reach` is the
    start of the last date weighed for the figure: no telling beyond it is read."""
    text, end = info.s.text, r.quantity.end
    # (a when-clause ending at the date is short: only the 200 characters before it are read)
    return d.start >= end and (_telling_after(text, end, reach) <= d.start
                               or bool(_WHEN_BEGAN.search(text[max(end, d.start - 200):d.start])))


@functools.lru_cache(maxsize=64)
def _telling_after(text: str, end: int, reach: int) -> int:
    """Where the first ", X said, and" after a figure ends (past the text if none): searched
    once per figure, not once per figure and date. Each such telling ends at the first comma
    after its own, so the first one after the figure ends before any later one does."""
    m = _TOLD_THEN.search(text, end, reach)
    return m.end() if m else len(text) + 1


# the end of a Korean reported clause ("…사살했다고 20일 발표했다"): a date after it is the
# day of telling, also with the speaker between ("…숨졌다고 합동참모본부가 30일 밝혔다", as
# wire copy puts it: the subject of the telling, up to three words ending in its particle)
_TOLD_ON = re.compile(r"(?<=[다라])고\s*(?:(?:[^\s\d.,]+\s+){0,2}[^\s\d.,]+[가이은는]\s*)?$")


_NEAREST = 32


def _weighed(info, q) -> list[DateMention]:
    """The dates one figure is weighed against (every date test of `pick_date` reads only
    these): all its sentence's or, in a sentence naming more than 64 (a table pasted as
    prose), the 32 nearest each side and the day of telling. A date dozens of figures away
    dates none of them, and weighing every figure against every date made such a sentence
    quadratic (2,000 figures each with a day took 27 s)."""
    dates = info.dates
    if len(dates) <= 2 * _NEAREST:
        return dates
    at = bisect.bisect_left(dates, q.start, key=lambda d: d.start)
    near = dates[max(0, at - _NEAREST):at + _NEAREST]
    said = info.statement_date
    if said is not None and not any(d is said for d in near):
        near = sorted([*near, said], key=lambda d: d.start)
    return near


@functools.lru_cache(maxsize=32)
def _breaks(text: str, language: str) -> tuple[list[int], list[int]]:
    """Where a sentence's coordinated clauses break, found once per sentence."""
    spans = [m.span() for m in _CLAUSE_BREAK[language].finditer(text)]
    return [a for a, _ in spans], [b for _, b in spans]


# a relative clause told in the present: what holds now, not on the main clause's day
_PRESENT = re.compile(r"\b(?:has|have|is|are|numbers|estimates|counts|fields|remains)\b")
_JOINED_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while)\s")


def pick_date(info, r: Reading, published: dt.date,
              language: str = "en") -> tuple[DateMention | None, bool]:
    """(date mention, forecast) for one figure. A date inside a relative clause (", which
    had 1,100 soldiers last year,") dates only the figures inside that clause, a figure inside
    one told in the present (", which the ministry estimates has some 7,000 fighters,
    declared a truce in December") is dated by none outside it, and a date in a coordinated clause with its own
    figure dates only that figure (but "which carried a crew of about 180" at the incident
    the main clause dates keeps its day)."""
    text, q = info.s.text, r.quantity
    inside = lambda a, b, span: span[0] <= a and b <= span[1]
    now_inside = lambda span: bool(_PRESENT.search(text, span[0], span[1]))
    clauses = info.relative_clauses
    weighed = _weighed(info, q)
    # "a week-long assault in which 23 soldiers were killed, the army said on Monday": the
    # day of telling does not date a toll of days
    of_days = language == "en" and over_days(text, r, info.figure_starts, info.figure_ends) \
        or language in ("ru", "uk") and _between_days(weighed)
    # "이틀간의 교전으로 … 40명이 숨지고": a Korean toll of days of fighting, dated by none of
    # the days the sentence names (the day of telling or the fighting's)
    korean_days = language == "ko" and r.metric in LOSS_METRICS \
        and _korean_days_start(text) <= q.start
    # "Втрати у боях, що тривають від 6 серпня, становлять 221 убитого. Такі дані оприлюднив
    # у понеділок …": a Russian or Ukrainian toll since a day or an event, a running total,
    # is dated by no day of telling after it ("заявив у понеділок, що з початку грудня втрати
    # перевищили …", told first, still is: the earlier sets date it so, as in English)
    cyrillic_since = language in ("ru", "uk") and r.metric in LOSS_METRICS \
        and any(d.role == "since" for d in weighed)
    of_days = of_days or korean_days
    # "have killed 31 gunmen since troops moved in, the police chief said Wednesday": nor
    # does the later day of telling make a toll since an event a one-day figure ("said last
    # week" still dates it, at the week it names)
    since = language == "en" and since_event(text, r, info.figure_starts, info.figure_ends)
    korean_since = _korean_since(weighed, r) if language == "ko" else None
    aside = estimate_aside(text, r) if language == "en" and r.metric == "strength" else None
    reach = weighed[-1].start if weighed else 0
    usable = [d for d in weighed if d.role not in ("since", "until")
              and (aside is None or inside(d.start, d.end, aside))
              and not any(inside(d.start, d.end, c) and not inside(q.start, q.end, c)
                          or now_inside(c) and inside(q.start, q.end, c)
                          and not inside(d.start, d.end, c) for c in clauses)
              and not (_other_clause(info, r, d, language) and not _told_of_all(info, d, language))
              and not (language == "en" and _told_of_later(info, r, d, reach))
              and not ((of_days or since and d.start >= q.end and d.date.precision == "day")
                       and d is info.statement_date)
              # "troops pressed an offensive on Tuesday, and at least 10 soldiers have been
              # killed since the rebels crossed": the day of the clause before is not the toll's
              and not (since and d.end <= q.start and d.date.precision == "day"
                       and _JOINED_CLAUSE.search(text, d.end, q.start))
              and not (korean_since is not None and d.end <= korean_since)
              and not (korean_days and d.date.precision == "day")
              and not (cyrillic_since and d is info.statement_date and d.start >= q.end)
              and not (language == "ko" and _now_after(d, q))
              and not (language == "ko" and _KOREAN_JOINED.match(text, d.end))]
    future = [d for d in usable if d.date.span()[0] > published]
    forecast = r.forecast
    if not forecast and not r.descriptive and usable:
        nearest = min(usable, key=lambda d: _distance(d, r))
        between = text[q.end:nearest.start] if nearest.start >= q.end else ","
        if nearest in future and nearest.is_target and not re.search(r"[,;]", between):
            forecast = True  # "promised to send 5,000 reinforcements by late May"
    if forecast:
        targets = [d for d in usable if d.is_target] or future or usable
        return (min(targets, key=lambda d: _distance(d, r)) if targets else None), True
    past = [d for d in usable if d not in future]
    as_of = [d for d in past if d.role == "as_of"]
    pool = as_of or past
    # a day in the figure's own clause dates it before a nearer one across a break
    own = [d for d in pool if _same_clause(info, r, d, language)]
    pool = own or pool
    told = [d for d in pool if ending_at(_TOLD_ON, text, d.start, reach=200)
            or language in ("ru", "uk") and d is info.statement_date and d.start >= q.end]
    if told and any(d not in told and d.date.precision == "day" and d.end <= q.start
                    for d in pool):
        # "19일 … 7명을 사살했다고 20일 발표했다", "У середу … загинули п'ятеро, ще 29 поранені,
        # повідомив у четвер": the day of the act the reported clause names, not the later
        # day it was told, dates its figure
        pool = [d for d in pool if d not in told]
    if pool:
        return min(pool, key=lambda d: _distance(d, r)), False
    return (None if of_days or cyrillic_since else info.inherited_date), False


def _now_after(d: DateMention, q) -> bool:
    """Korean "현재" (now) dates the counts it stands before ("2011년 … 파견했으며, 현재 약
    4천 명이 주둔하고 있다"), not one told before it with its own day ("지난 16일 출국한 선발대
    20명은 현재 …": they left that day)."""
    return d.text == "현재" and d.start >= q.end


def _korean_since(dates: list[DateMention], r: Reading) -> int | None:
    """Where the last start said before a Korean figure begins ("26일 … "지난 주말 이후 …
    80명이 전사했다"": a toll since then, up to now): the days named before it are the
    telling's, which date no toll since a start (the conventions date it by the
    publication); a span closed by its end ("1월 초부터 2월 중순까지") is no such toll."""
    q = r.quantity
    marks = [d for d in dates if d.role in ("since", "until") and d.end <= q.start]
    return marks[-1].start if marks and marks[-1].role == "since" else None


# "지난 4월 입대한 후보생 약 70명": when the men joined the ranks (or their unit was set up)
# describes them; it is not when they were counted
_KOREAN_JOINED = re.compile(r"\s*(?:에\s*)?(?:입대|임관|입소|창설|창단|설립)(?:한|된|했던|됐던)(?![가-힣])")
_KOREAN_OVER_DAYS = re.compile(r"(?:(?:이틀|사흘|나흘|닷새|엿새|일주일|\d+\s*일|\d+\s*주)\s*(?:간|동안)(?:의)?"
                               # "20일까지 이어진 전투에서": the fighting that went on until then
                               r"|\d+\s*일\s*까지\s*(?:이어진|계속된|벌어진))\s*"
                               r"(?:교전|전투|공방|충돌|격전|공습|포격)")


@functools.lru_cache(maxsize=32)
def _korean_days_start(text: str) -> float:
    """Where a sentence's first "이틀간의 교전" ends (infinity if none), found once per
    sentence: a sentence of thousands of figures stays linear."""
    m = _KOREAN_OVER_DAYS.search(text)
    return m.end() if m else float("inf")


def _between_days(dates: list[DateMention]) -> bool:
    """"В воскресенье и понедельник погибли 27, сообщил во вторник X", "с 1 по 5 марта": a
    Russian or Ukrainian count over the days a sentence names as a span is dated by none of
    them, nor by the day it was told."""
    return any(d.role == "until" for d in dates)


def _subject_phrase(info, r: Reading) -> ForcePhrase | None:
    q = r.quantity
    reach = max(r.cue[1], q.end + 2)
    # "300 additional Rwandan soldiers": the words that describe the counted force
    words = re.match(r"(?:\s+(?:more|additional|extra|fresh|new|further|other|of\s+the|"
                     r"regular|elite|[a-z]+-[a-z]+))+\s+", info.s.text[q.end:])
    if words:
        reach = max(reach, q.end + words.end())
    best, best_gap = None, 10 ** 6
    for p in info.phrases:
        if p.end <= q.start:
            gap = q.start - p.end
        elif q.end <= p.start <= reach or p.start <= q.start < p.end:
            gap = max(0, p.start - q.end)
        else:
            continue
        if gap <= 60 and gap < best_gap:
            best, best_gap = p, gap
    return best


def subject(info, r: Reading, subjects: Subjects, source: str) -> str:
    """The force one figure is about (see the module docstring)."""
    text, q = info.s.text, r.quantity
    if r.metric == "casualties" and subjects.language == "en":
        m = _LOSER.search(text[max(0, q.start - 120):q.start])
        if m:
            words = m.group(1).split()
            if words[-1].lower() in _SELF:
                return source if source != PUBLICATION else subjects.name(None)
            if words[-1].lower() in PERSONNEL:
                return " ".join(w for w in words if w.lower() not in ("the", "its", "their"))
    phrase = _subject_phrase(info, r)
    if phrase is None and subjects.language == "en" and _PEOPLE.match(text[q.end:]):
        return ALL_SIDES
    return subjects.name(phrase)


_NEXT_CLAUSE = re.compile(r",\s+(?:while|whereas|but)\s+|;\s+")


@functools.lru_cache(maxsize=32)
def _clause_breaks(text: str) -> tuple[list[int], list[int]]:
    """Where a sentence's clause breaks start and end, found once (a sentence may hold
    thousands of figures)."""
    spans = [m.span() for m in _NEXT_CLAUSE.finditer(text)]
    return [a for a, _ in spans], [b for _, b in spans]


def _clause_source(text: str, q) -> str | None:
    """"Poland said it would send 3,500 troops, while Britain has pledged 20,000, Defence
    Secretary Grant Shapps announced": a later clause with its own speaker."""
    starts, ends = _clause_breaks(text)
    i = bisect.bisect_right(ends, q.start)  # the breaks that end before the figure
    if i == 0:
        return None
    j = bisect.bisect_left(starts, q.end)
    a = find_attribution(text[ends[i - 1]:starts[j] if j < len(starts) else len(text)])
    return a.name if a and a.kind == EXPLICIT else None


# a Korean reported clause closed by its speaker, with another to follow: "…보냈다고 이집트군
# 대변인이 밝혔고, 파키스탄군 관계자는 …"
_KOREAN_TOLD_AND = re.compile(r"(?:밝혔|말했|전했|발표했|주장했|설명했|덧붙였|보고했)고\s*,")


def _korean_clause_source(text: str, q) -> str | None:
    """The speaker who closes a Korean figure's own reported clause, when a later clause of
    the sentence has a speaker of its own (the sentence's attribution is the last one)."""
    ends = _korean_told_ends(text)
    i = bisect.bisect_right(ends, q.end)  # the first closing after the figure
    return _korean_clause_speaker(text, ends[i - 1] if i else 0, ends[i]) \
        if i < len(ends) else None


@functools.lru_cache(maxsize=32)
def _korean_told_ends(text: str) -> list[int]:
    """Where a sentence's "…고 X가 밝혔고," closings end, found once per sentence."""
    return [m.end() for m in _KOREAN_TOLD_AND.finditer(text)]


@functools.lru_cache(maxsize=64)
def _korean_clause_speaker(text: str, start: int, end: int) -> str | None:
    a = korean_attribution(text[start:end])
    return a.name if a and a.kind == EXPLICIT else None


def _agent_before(text: str, q) -> str | None:
    """"The remaining rebels, estimated by the military at no more than 80,", "is estimated by
    the Egyptian military to have between 1,000 and 1,500 fighters", "a garrison that
    American military advisers put at about 85,000 men": the estimate's agent named before
    the figure."""
    m = _AGENT_BEFORE.search(text, max(0, q.start - 90), q.start)
    agent = m and (m.group(1) or m.group(2))
    # ("a group that he estimated at 300": he is the sentence's speaker, carried as such)
    return clean_name(agent)[0] if agent and agent.lower() not in _SELF else None


def own_source(info, r: Reading) -> tuple[str | None, DateMention | None]:
    """A source named for this figure alone, and the date said with it: "the 1,500 dead
    counted by Congo's health ministry last week" (inside a sentence that quotes the
    United Nations "on Monday")."""
    end = r.quantity.end
    m = _AGENT.match(info.s.text[end:])
    if not m:
        return _agent_before(info.s.text, r.quantity) or _clause_source(
            info.s.text, r.quantity), None
    name, _alias = clean_name(m.group(1))
    said = [d for d in info.dates if end + m.end(1) <= d.start <= end + m.end(1) + 12
            and d.role not in ("since", "until")]
    return name, (said[0] if said else None)


def candidate(info, r: Reading, published: dt.date, subjects: Subjects,
              document_id: str | None, order: int) -> Candidate:
    q = r.quantity
    mention, forecast = pick_date(info, r, published, subjects.language)
    source, said = info.source, None
    if subjects.language == "en":
        named, said = own_source(info, r)
        source = named or source
    elif subjects.language == "ko":
        source = _korean_clause_source(info.s.text, q) or source
    if said is not None and not forecast:
        mention = said
    date = mention.date if mention else FuzzyDate(published, "week")
    notes = []
    if forecast:
        notes.append("forecast")
    value, low, high = q.value, q.low, q.high
    if r.per_week:
        notes.append(f"stated per week ({q.text}); divided by 7")
        value = None if value is None else round(value / 7, 1)
        low = None if low is None else round(low / 7, 1)
        high = None if high is None else round(high / 7, 1)
    claim = dict(
        source=source,
        document=document_id,
        subject=subject(info, r, subjects, source),
        metric=r.metric,
        value=value, low=low, high=high,
        fraction=q.fraction,
        fraction_of=(r.fraction_of or "strength") if q.fraction is not None else None,
        qualifier=q.qualifier,
        as_of=date.day.isoformat(),
        date_precision=date.precision,
        credibility=UNJUDGED,
        quote=info.s.text,
        note="; ".join(notes) or None,
        include_in_projection=not forecast,
    )
    return Candidate(claim, info, r, mention is not None, order)


def link_fractions(kept: list[Candidate]) -> None:
    """Name each fraction's base. "A third of them died" is a fraction of the figure just
    before it (the wounded, not a force): `fraction_of` becomes that figure's metric, and
    when that figure is a strength, `base_claim` its proposal. A fraction of a strength
    stated in the same sentence ("half of the 4,000-strong contingent") names it as its
    base. Works on candidates in order, after ids are given (`extra['id']`)."""
    strengths: dict[int, list[Candidate]] = {}
    for k in kept:
        if k.claim["metric"] == "strength" and k.claim["fraction"] is None:
            strengths.setdefault(id(k.sentence), []).append(k)
    for i, c in enumerate(kept):
        if c.claim["fraction"] is None:
            continue
        if c.reading.fraction_of:
            continue  # a share of the toll its sentence names
        if c.reading.anaphoric_base:
            base = _previous_figure(kept, i)
            if base is None:
                continue
            if base.claim["metric"] == "strength":
                c.claim["base_claim"] = base.extra["id"]
            else:
                c.claim["fraction_of"] = base.claim["metric"]
            continue
        same = strengths.get(id(c.sentence), [])
        if c.claim["fraction_of"] == "strength" and len(same) == 1:
            c.claim["base_claim"] = same[0].extra["id"]


def _previous_figure(kept: list[Candidate], i: int) -> Candidate | None:
    c = kept[i]
    for k in reversed(kept[max(0, i - 20):i]):
        if k.claim["fraction"] is not None:
            continue
        s, t = k.sentence.s, c.sentence.s
        if s is t or (s.paragraph == t.paragraph and t.start - s.end < 400):
            return k
        return None
    return None
