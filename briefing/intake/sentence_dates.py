"""Which day a sentence names for its statement: the day said with the reporting verb or the
speaker ("said on Tuesday", "Об этом в понедельник заявил", "국가정보원은 13일"), or "the same
day" standing for the day a sentence before named. Split from `extract`, which reads
sentences; these only find days in them.
"""
from __future__ import annotations

import datetime as dt
import re

from briefing.domain import FuzzyDate

from .attribution import Attribution
from .dates import DateMention
from .spans import occurs

# "러시아 국방부는 같은 날", "이날", "그날", "당일" (that day), "the same day", "в тот же
# день": the day last mentioned (a date the language's scan found there is replaced by it)
_SAME_DAY = re.compile(r"(?<!\w)(?:같은\s*날|이날|그날|당일|the\s+same\s+day|(?:в|у)\s+(?:тот|этот|той)\s+же\s+день|"
                       r"того\s+же?\s+дня|цього\s+ж\s+дня|того\s+самого\s+дня)(?!\w)", re.I)


def last_day_named(dates: list[DateMention],
                   before: DateMention | None = None) -> DateMention | None:
    """The day "the same day" / "이날" stands for after a sentence with `dates`: the last day it
    names, unless that is a day recalled from more than a month before the day the story
    named already (`before`): "관저에는 지난해 12월 17일 … 억류됐다. 리마 경찰은 이날 …"."""
    days = [d for d in dates if d.date.precision == "day" and d.role in ("point", "as_of")]
    if not days:
        return before
    if before and (before.date.day - days[-1].date.day).days > 31:
        return before
    return days[-1]


# "합참은 17일 … 밝혔다. 북한군은 전날 …": the day before the day last mentioned (not "훈련
# 전날", the eve of what the word before names); also opening a quote ('15일 … "전날 새벽')
DAY_BEFORE = re.compile(r"(?:(?<=[은는이가] )|(?<=, )|(?<=[\"“‘'])|^)전날")


def with_same_day(text: str, dates: list[DateMention],
                  last_day: DateMention | None) -> list[DateMention]:
    """`dates` with "the same day" / "이날" as the day last named before the sentence, and
    "전날" as the eve of the day last named, earlier in its own sentence ('국방부는 15일 …
    "전날 새벽 …': the 14th) or before it."""
    days = [d for d in dates if d.date.precision == "day" and d.role in ("point", "as_of")]
    eve = [(m, max((d for d in days if d.end <= m.start()), key=lambda d: d.end,
                   default=last_day)) for m in DAY_BEFORE.finditer(text)]
    added = [DateMention(m.start(), m.end(), m.group(), last_day.date, "point",
                         last_day.explicit_year) for m in _SAME_DAY.finditer(text)] \
        if last_day else []
    added += [DateMention(m.start(), m.end(), m.group(),
                          FuzzyDate(day.date.day - dt.timedelta(days=1), "day"), "point",
                          day.explicit_year) for m, day in eve if day is not None]
    if not added:
        return dates
    kept = [d for d in dates if not any(d.start < a.end and a.start < d.end for a in added)]
    return sorted(kept + added, key=lambda d: d.start)


def statement_date(text: str, a: Attribution, dates: list[DateMention],
                   glue: re.Pattern) -> DateMention | None:
    """The date said right next to the reporting verb or the speaker: 'said on Tuesday',
    'On Tuesday, the ministry said', 'заявил в понедельник', '국가정보원은 13일'; before the
    verb, also with how or where it was said between them ('Про це у вівторок в ефірі
    телемарафону заявив', as 'заявив в ефірі … у вівторок' after it)."""
    for d in dates:
        if d.start >= a.verb_end and glue.match(text[a.verb_end:d.start]):
            return d
        if a.end < a.verb_end and a.end <= d.start and glue.match(text[a.end:d.start]):
            return d
        if a.verb_end < a.end <= d.start and glue.match(text[a.end:d.start]):
            return d  # "сообщил Конашенков в воскресенье": the speaker, then the day
        if d.end <= a.start and re.fullmatch(r"\s*,?\s*(?:the\s+)?", text[d.end:a.start]) \
                and re.fullmatch(r"\D{0,30}", text[:d.start]):
            return d  # "On Tuesday, the ministry said" -- not "sent 1,000 last month, X said"
        if d.end <= a.verb_end:
            before_verb = text[d.end:a.verb_end]
            verb = re.search(r"\s(\w+)$", before_verb)
            if verb and glue.match(before_verb[:verb.start(1)]) \
                    and "," not in before_verb[:verb.start(1)]:
                # "Об этом в понедельник заявил X": the day, then the verb (not "боев,
                # начавшихся во вторник, сообщил в четверг X": the fight's day, then a clause)
                return d
    return None


def past_year_loss(claim: dict, published) -> bool:
    """A loss dated only by a year before publication ("The last time soldiers died on the
    border was in 1975", "in 2019 a US Marine was killed") is history an analyst does not
    record; a force's size in a past year ("Zapad 2021 drew 200,000") still is."""
    return claim["metric"] != "strength" and claim["date_precision"] == "year" \
        and int(claim["as_of"][:4]) < published.year


def long_past_loss(claim: dict, published) -> bool:
    """A loss dated to a month or a day two or more calendar years before publication
    ("뭄바이에서는 2006년 7월에도 … 180여 명이 숨졌다" in a story of 2008, "In March 2020,
    jihadists killed nearly 100 soldiers" in one of 2025) is an earlier event the story
    recalls, not its news; last year's month ("지난해 12월", "In January 2024") may still be,
    unless the sentence tells it as one that also happened (`recalled_loss`)."""
    return claim["metric"] != "strength" and int(claim["as_of"][:4]) <= published.year - 2 \
        or recalled_loss(claim, published)


def long_past_force(claim: dict, published, precisions: tuple = ("year",)) -> bool:
    """A force's size dated only by a year two or more years before publication ("The first
    Talisman Sabre, in 2005, involved some 16,000", "The last Anakonda, in 2014, drew 12,500
    troops") is an earlier edition or war the story recalls; last year's ("smaller than last
    year's, when about 25,000 troops took part") is still the comparison it draws."""
    return claim["metric"] == "strength" and claim["date_precision"] in precisions \
        and int(claim["as_of"][:4]) <= published.year - 2


# "처음 파병된", "처음 참가했으며 당시": the first time, and then
_FIRST_TIME = re.compile(r"처음|최초|당시")


def first_force(claim: dict, published) -> bool:
    """Korean: a force two or more years back told as the first one or the one of that time
    ("2011년 1월 130여 명으로 처음 파병된 이후", "2018년 … 처음 참가했으며 당시 장병 140여
    명을 보냈다") is the history of a deployment the story recalls; a figure said then and
    recalled now ("2021년 연설에서 전투원이 10만 명에 달한다고") is still a claim."""
    return long_past_force(claim, published, ("year", "month")) \
        and occurs(_FIRST_TIME, claim["quote"])


# "… 26명이 숨지기도 했습니다", "… 다치기도 했다": the loss also happened (once), a recalled
# event (not "주민들이 항의하기도 했다", another clause's)
_ALSO_HAPPENED = re.compile(r"(?:숨지|다치|사망하|희생되|실종되|부상하|전사하|목숨을\s*잃|사살되|"
                            r"붙잡히|포로로\s*잡히)기도\s*(?:했|하였)")


def recalled_loss(claim: dict, published) -> bool:
    """A loss of an earlier month told as what also happened ("지난해 11월에는 … 26명이
    숨지기도 했습니다") is an event the story recalls, not its news."""
    month = (published.year, published.month)
    return claim["metric"] != "strength" \
        and (int(claim["as_of"][:4]), int(claim["as_of"][5:7])) < month \
        and occurs(_ALSO_HAPPENED, claim["quote"])



# "지난해 맥스선더 훈련에는 장병 1천100여 명이 참가했다", "직전인 2022년 훈련에는": an earlier
# year's edition of an exercise; "쌍룡훈련은 … 매년 열려 왔으며, … 2016년에는": the exercise
# named first, then the year of its edition
_EARLIER_EXERCISE = re.compile(r"(?:지난해|작년|(?:19|20)\d{2}년)\s*(?:[^\s.]+\s+){0,3}?[^\s.]*(?:훈련|연습)"
                               r"|(?:훈련|연습)[^.]*?(?:지난해|작년|(?:19|20)\d{2}년)(?:에는|에도)")


def last_years_exercise(claim: dict, published) -> bool:
    """The size of an earlier year's edition of a recurring exercise is the comparison a
    story of this year's draws, not a force the analyst records."""
    return claim["metric"] == "strength" and claim["date_precision"] == "year" \
        and int(claim["as_of"][:4]) < published.year \
        and bool(_EARLIER_EXERCISE.search(claim["quote"]))


def recalled_history(claim: dict, published, language: str) -> bool:
    """Whether a proposal is an earlier event or edition the story recalls, by the rules each
    language's sets bear out: in Russian and Ukrainian only a loss both of a past year and two
    or more years back ("В 2010 году … погибли 40 человек"; last year's dead may still be
    news); in English and Korean either; in English a force of such a year too, in Korean an
    earlier edition of an exercise or a force of a year or month two or more years back."""
    if language in ("en", "ko"):
        history = past_year_loss(claim, published) or long_past_loss(claim, published)
    else:
        history = past_year_loss(claim, published) and long_past_loss(claim, published)
    return history or language == "en" and long_past_force(claim, published) \
        or language == "ko" and (last_years_exercise(claim, published)
                                 or first_force(claim, published))
