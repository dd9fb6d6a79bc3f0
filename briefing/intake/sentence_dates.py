"""Which day a sentence names for its statement: the day said with the reporting verb or the
speaker ("said on Tuesday", "Об этом в понедельник заявил", "국가정보원은 13일"), or "the same
day" standing for the day a sentence before named. Split from `extract`, which reads
sentences; these only find days in them.
"""
from __future__ import annotations

import re

from .attribution import Attribution
from .dates import DateMention

# "러시아 국방부는 같은 날", "이날" (that day), "the same day", "в тот же день": the day last
# mentioned (a date the language's scan found there is replaced by it)
_SAME_DAY = re.compile(r"(?<!\w)(?:같은\s*날|이날|the\s+same\s+day|(?:в|у)\s+(?:тот|этот|той)\s+же\s+день|"
                       r"того\s+же?\s+дня|цього\s+ж\s+дня|того\s+самого\s+дня)(?!\w)", re.I)


def last_day_named(dates: list[DateMention]) -> DateMention | None:
    days = [d for d in dates if d.date.precision == "day" and d.role in ("point", "as_of")]
    return days[-1] if days else None


def with_same_day(text: str, dates: list[DateMention],
                  last_day: DateMention | None) -> list[DateMention]:
    if last_day is None:
        return dates
    added = [DateMention(m.start(), m.end(), m.group(), last_day.date, "point",
                         last_day.explicit_year) for m in _SAME_DAY.finditer(text)]
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
            if verb and glue.match(before_verb[:verb.start(1)]):
                return d  # "Об этом в понедельник заявил X": the day, then the verb
    return None


def past_year_loss(claim: dict, published) -> bool:
    """A loss dated only by a year before publication ("The last time soldiers died on the
    border was in 1975", "in 2019 a US Marine was killed") is history an analyst does not
    record; a force's size in a past year ("Zapad 2021 drew 200,000") still is."""
    return claim["metric"] != "strength" and claim["date_precision"] == "year" \
        and int(claim["as_of"][:4]) < published.year


def long_past_loss(claim: dict, published) -> bool:
    """A loss dated to a month or a day two or more calendar years before publication
    ("뭄바이에서는 2006년 7월에도 … 180여 명이 숨졌다" in a story of 2008) is an earlier event
    the story recalls, not its news; last year's month ("지난해 12월") may still be."""
    return claim["metric"] != "strength" and int(claim["as_of"][:4]) <= published.year - 2


# "지난해 맥스선더 훈련에는 장병 1천100여 명이 참가했다": last year's edition of an exercise
_LAST_YEARS_EXERCISE = re.compile(r"(?:지난해|작년)\s*(?:[^\s.]+\s+){0,3}?[^\s.]*훈련")


def last_years_exercise(claim: dict, published) -> bool:
    """The size of last year's edition of a recurring exercise is the comparison a story of
    this year's draws, not a force the analyst records."""
    return claim["metric"] == "strength" and claim["date_precision"] == "year" \
        and int(claim["as_of"][:4]) == published.year - 1 \
        and bool(_LAST_YEARS_EXERCISE.search(claim["quote"]))
