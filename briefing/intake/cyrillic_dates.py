"""Russian and Ukrainian dates: "13 января 2025 года", "к 13 января", "в начале января",
"на початку січня" (early January, week precision), "в январе", "у понеділок", "на прошлой
неделе", "минулого тижня", "прошлой осенью", resolved against the publication date with the
conventions of `dates` (early/mid/late Month = the 5th/15th/25th at week precision, and so on).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from briefing.domain import FuzzyDate

from .dates import (DateMention, day_date, day_of_month_date, month_date, part_month_date,
                    relative_date, scan_dates, season_date, weekday_date)
from .spans import ending_at, occurs

_GENITIVE = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7,
    "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    # as datelines abbreviate them: "МОСКВА, 9 мар — РИА Новости."
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8,
    "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12, "січ": 1, "лют": 2,
    "бер": 3, "квіт": 4, "трав": 5, "черв": 6, "лип": 7, "серп": 8, "вер": 9, "жовт": 10,
    "лист": 11, "груд": 12,
}
_LOCATIVE = {
    "январе": 1, "феврале": 2, "марте": 3, "апреле": 4, "мае": 5, "июне": 6, "июле": 7,
    "августе": 8, "сентябре": 9, "октябре": 10, "ноябре": 11, "декабре": 12,
    "січні": 1, "лютому": 2, "березні": 3, "квітні": 4, "травні": 5, "червні": 6, "липні": 7,
    "серпні": 8, "вересні": 9, "жовтні": 10, "листопаді": 11, "грудні": 12,
}
_WEEKDAYS = {
    "понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5,
    "воскресенье": 6, "понеділок": 0, "вівторок": 1, "середу": 2, "четвер": 3, "п'ятницю": 4,
    "суботу": 5, "неділю": 6,
}
_WEEKDAYS_GEN = {
    "понеділка": 0, "вівторка": 1, "середи": 2, "четверга": 3, "п'ятниці": 4, "суботи": 5,
    "неділі": 6, "понедельника": 0, "вторника": 1, "среды": 2, "пятницы": 4, "субботы": 5,
    "воскресенья": 6,
}
_NOMINATIVE = {
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7,
    "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12, "січень": 1,
    "лютий": 2, "березень": 3, "квітень": 4, "травень": 5, "червень": 6, "липень": 7,
    "серпень": 8, "вересень": 9, "жовтень": 10, "листопад": 11, "грудень": 12,
}
_AGO_UNITS = {"день": 1, "дня": 1, "дней": 1, "дні": 1, "днів": 1, "неделю": 7, "недели": 7,
              "недель": 7, "тиждень": 7, "тижні": 7, "тижнів": 7}
_PARTS = {"начале": 5, "начала": 5, "початку": 5, "середине": 15, "середины": 15,
          "середині": 15, "середини": 15, "конце": 25, "конца": 25, "кінці": 25, "кінця": 25,
          "наприкінці": 25, "напочатку": 5, "концу": 25, "началу": 5, "кінцю": 25}
_SEASONS = {"осенью": "fall", "осени": "fall", "осінь": "fall", "восени": "fall",
            "осені": "fall", "летом": "summer", "лета": "summer", "влітку": "summer",
            "літа": "summer", "улітку": "summer", "весной": "spring", "весны": "spring",
            "навесні": "spring", "весни": "spring", "зимой": "winter", "зимы": "winter",
            "взимку": "winter", "зими": "winter", "узимку": "winter"}


def _alternatives(words) -> str:
    return "|".join(sorted((w.replace("'", "['’ʼ]") for w in words), key=len, reverse=True))


_GEN = _alternatives(_GENITIVE)
_LOC = _alternatives(_LOCATIVE)
_YEAR = r"(?:\s+((?:19|20)\d{2})\s*(?:года|году|г\.|року|р\.|рік)?)?"
_LAST_YEAR = r"(?:\s+(прошлого\s+года|минулого\s+року|этого\s+года|цього\s+року))?"

# "з 1 по 11 травня", "с 1 по 11 мая": a count over those days, as of the last
_RANGE = re.compile(rf"(?<!\w)(?:с|з|із|від|от)\s+\d{{1,2}}\s*(?:по|до|[–—-])\s*(\d{{1,2}})\s+"
                    rf"({_GEN})(?!\w){_YEAR}", re.I)

_PATTERNS = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("dotted", re.compile(r"\b(\d{1,2})\.(\d{2})\.((?:19|20)\d{2})\b")),
    ("day_range", _RANGE),
    ("day_month", re.compile(rf"\b(\d{{1,2}})\s+({_GEN})(?!\w){_YEAR}", re.I)),
    ("part_month", re.compile(
        rf"(?:(?:в|на|у|во)\s+)?({_alternatives(_PARTS)})\s+({_GEN})(?!\w){_YEAR}", re.I)),
    ("month", re.compile(rf"(?<!\w)(?:в|у|во)\s+({_LOC})(?!\w){_YEAR}{_LAST_YEAR}", re.I)),
    # "в среду", "в ночь на понедельник" (the night ending that day), "у минулу п'ятницю"
    # "у звіті за вівторок", "сводка за понедельник": the day a report covers
    ("weekday", re.compile(rf"(?<!\w)(?:в|во|у|за)\s+(?:(?:ночь|ніч)\s+на\s+)?(?:(прошлый|прошлую|прошлое|минулий|минулу|"
                           rf"минулого|минувший|минувшую|минувшее|прошедший|прошедшую)\s+)?"
                           rf"({_alternatives(_WEEKDAYS)})(?!\w)", re.I)),
    ("weekday_gen", re.compile(rf"(?<!\w)(минулої|минулого|прошлой|прошлого)\s+"
                               rf"({_alternatives(_WEEKDAYS_GEN)})(?!\w)", re.I)),
    # "Протягом понеділка поліція затримала", "в течение вторника": all that day
    ("weekday_gen", re.compile(rf"(?<!\w)(?:протягом|впродовж|в\s+течение|в\s+продолжение)\s+()"
                               rf"({_alternatives(_WEEKDAYS_GEN)})(?!\w)", re.I)),
    # "в конце прошлого года", "на початку цього року", "в середине прошлого месяца"
    ("part_relative", re.compile(
        rf"(?:(?:в|на|у|во)\s+)?({_alternatives(_PARTS)})\s+(?:(прошлого|этого|минулого|цього)\s+|"
        r"((?:19|20)\d{2})\s+)?(года|року|месяца|місяця)(?!\w)", re.I)),
    # "вечером 13-го", "13-го числа": a day of the month alone, the latest on or before
    # publication; the time of day or "числа" keeps a unit ("13-го батальона") out
    ("day_alone", re.compile(r"(?:(?<=утром\s)|(?<=вечером\s)|(?<=днем\s)|(?<=ночью\s)|"
                             r"(?<=вранці\s)|(?<=увечері\s)|(?<=ввечері\s)|(?<=вночі\s))"
                             r"(\d{1,2})-?го(?!\w)|(?<!\w)(\d{1,2})-?го\s+числа(?!\w)", re.I)),
    # "два дня назад", "три тижні тому", "неделю назад"
    ("ago", re.compile(r"(?<!\w)(?:(\d{1,2}|два|две|три|четыре|пять|дві|чотири|п['’ʼ]ять)\s+)?"
                       r"(день|дня|дней|дні|днів|неделю|недели|недель|тиждень|тижні|тижнів)\s+"
                       r"(?:назад|тому)(?!\w)", re.I)),
    ("month_nom", re.compile(rf"(?<!\w)за\s+({_alternatives(_NOMINATIVE)})(?!\w){_YEAR}", re.I)),
    # "протягом минулого тижня", "в течение последней недели": the seven days up to it too
    ("past_week", re.compile(r"(?<!\w)(?:за\s+(?:(?:минувшую|прошедшую|последнюю|прошлую|минулий|"
                             r"останній)\s+)?(?:неделю|тиждень)|(?:протягом|впродовж|в\s+течение|"
                             r"на\s+протяжении)\s+(?:минулого|останнього|прошлой|последней|"
                             r"минувшей|прошедшей)\s+(?:тижня|недели))(?!\w)", re.I)),
    ("relative", re.compile(
        r"(?<!\w)(?:(на\s+прошлой|на\s+минувшей|на\s+этой|на\s+следующей)\s+неделе|"
        r"(минулого|цього|наступного)\s+тижня|на\s+(минулому|цьому|наступному)\s+тижні|"
        r"в\s+(прошлом|этом|следующем)\s+месяце|(минулого|цього|наступного)\s+місяця|"
        r"в\s+(прошлом|этом|следующем)\s+году|(минулого|цього|наступного)\s+року|"
        # "минувшей ночью", "минулої ночі": the night that ended on the day of the report, as
        # "Вночі загинули троє", "Ночью погибли" opening the sentence say
        r"((?:минувшей|прошлой|этой|сегодня)\s+ночью|(?:минулої|цієї)\s+ночі|"
        r"сьогодні\s+у?ночі|сьогодні\s+вночі|^(?:вночі|уночі|ночью)(?=\s+[а-яёіїєґ]))|"
        r"(позавчера|позавчора|вчера|сегодня|вчора|учора|сьогодні|накануне|напередодні))(?!\w)",
        re.I)),
    ("season", re.compile(rf"(?<!\w)(?:(прошлой|минулої|этой|цієї|минулого)\s+)?"
                          rf"({_alternatives(_SEASONS)})(?!\w){_YEAR}", re.I)),
    ("year", re.compile(r"(?<!\w)(?:в|у|с|з|до|по|от|від)\s+((?:19|20)\d{2})\s*"
                        r"(?:году|года|г\.|році|року|р\.)", re.I)),
]
_COUNT = {"1": 1, "два": 2, "две": 2, "дві": 2, "три": 3, "четыре": 4, "чотири": 4, "пять": 5,
          "п'ять": 5}
_STEP = {"прошлой": -1, "минувшей": -1, "этой": 0, "следующей": 1, "минулого": -1,
         "цього": 0, "наступного": 1, "минулому": -1, "цьому": 0, "наступному": 1,
         "прошлом": -1, "этом": 0, "следующем": 1}


def _month_year(published: dt.date, month: int, which: str | None, year: str | None):
    if year or not which:
        return year
    step = -1 if which.split()[0].lower() in ("прошлого", "минулого") else 0
    return str(published.year + step)


def _resolve(name, m, published, mode):
    g = m.groups()
    if name == "iso":
        return FuzzyDate(dt.date(int(g[0]), int(g[1]), int(g[2])), "day"), True
    if name == "dotted":
        return FuzzyDate(dt.date(int(g[2]), int(g[1]), int(g[0])), "day"), True
    if name in ("day_month", "day_range"):
        return day_date(published, _GENITIVE[g[1].lower()], int(g[0]), g[2], mode)
    if name == "part_month":
        part = g[0].lower()
        return part_month_date(published, _GENITIVE[g[1].lower()], _PARTS[part], g[2], mode)
    if name == "month":
        year = _month_year(published, 0, g[2], g[1])
        return month_date(published, _LOCATIVE[g[0].lower()], year, mode)
    if name in ("weekday", "weekday_gen"):
        table = _WEEKDAYS if name == "weekday" else _WEEKDAYS_GEN
        return weekday_date(published, table[re.sub("[’ʼ]", "'", g[1].lower())],
                            "last" if g[0] else None, mode)
    if name == "part_relative":
        part, which, unit = _PARTS[g[0].lower()], (g[1] or "").lower(), g[3].lower()
        step = -1 if which in ("прошлого", "минулого") else 0
        if unit in ("года", "року"):
            month = 12 if part == 25 else 1 if part == 5 else 7
            year = int(g[2]) if g[2] else published.year + step
            return FuzzyDate(dt.date(year, month, part), "week"), bool(g[2])
        if g[2]:
            return None  # "в конце 2024 месяца" is no date
        month0 = published.year * 12 + published.month - 1 + step
        return FuzzyDate(dt.date(month0 // 12, month0 % 12 + 1, part), "week"), False
    if name == "ago":
        count = _COUNT.get((g[0] or "1").lower().replace("’", "'").replace("ʼ", "'"))
        days = (count or int(g[0])) * _AGO_UNITS[g[1].lower()]
        return FuzzyDate(published - dt.timedelta(days=days), "day" if days < 7 else "week"), False
    if name == "day_alone":
        return day_of_month_date(published, int(g[0] or g[1]), mode)
    if name == "month_nom":  # "за январь": over that month
        return month_date(published, _NOMINATIVE[g[0].lower()], g[1], mode)
    if name == "past_week":  # "за (минувшую) неделю": the seven days up to publication
        return relative_date(published, 0, "week")
    if name == "relative":
        return _relative(published, m.group().lower(), [x for x in g if x])
    if name == "season":
        which = "last" if g[0] and g[0].lower() in ("прошлой", "минулої", "минулого") else (
            "this" if g[0] else None)
        return season_date(published, _SEASONS[g[1].lower()], which, g[2], mode)
    if name == "year":
        return FuzzyDate(dt.date(int(g[0]), 7, 1), "year"), True
    return None


def _relative(published, text, groups):
    word = groups[0].lower()
    if word in ("вчера", "вчора", "учора", "накануне", "напередодні"):
        return relative_date(published, -1, "day")
    if word in ("позавчера", "позавчора"):
        return relative_date(published, -2, "day")
    if word in ("сегодня", "сьогодні") or "ноч" in word:
        return relative_date(published, 0, "day")
    step = _STEP[word.split()[-1]]
    if "недел" in text or "тижн" in text:
        return relative_date(published, step, "week")
    if "месяц" in text or "місяц" in text:
        return relative_date(published, step, "month")
    return relative_date(published, step, "year")


# ", стартовавшего 2 октября", ", начатой в августе", ", що розпочався 24 лютого": a clause
# after an operation or a fight that says the day it began, so a count since its start (or
# in it) is told as of now
_STARTED_PARTICIPLE = r"(?:начавш|начат|вспыхнувш|стартовавш|стартувавш|розпочат|почат)"
_STARTED_VERB = r"(?:начал|почал|розпочал|розпочав|почав|стартовал|стартував|вспыхнул|спалахнул)"
_STARTED_CLAUSE = (rf",?\s+(?:{_STARTED_PARTICIPLE}|(?:котор|что|що|як)\w*\s+(?:\w+\s+)?"
                   rf"{_STARTED_VERB})\w*(?:\s+[^\s\d,;.]+)?\s+")


# "с начала операции в августе", "с начала наступательной операции «Ответный удар» 2 марта",
# "від початку вторгнення 24 лютого": the start of a count, with the operation's name before
# its day
_SINCE_START_OF = re.compile(
    rf"(?<!\w)(?:(?:с|от)\s+начала|(?:з|від)\s+початку|начиная\s+с|починаючи\s+з|"
    rf"с\s+момента|(?:з|від)\s+моменту)\s+[^,;]{{0,50}}(?:{_STARTED_CLAUSE})?$")
# "боев, начавшихся 2 марта", "у боях, що почалися 2 березня", "в боях за Бендеры, начавшихся в
# пятницу": the day a fight began, so its toll is counted since; an exercise that began that
# day has its strength on it
_FIGHT_BEGUN = re.compile(
    r"(?<!\w)(?:бо[еёиіїя]|войн|війн|конфликт|конфлікт|столкновен|зіткнен|наступ|"
    r"штурм|обстрел|обстріл|операци|операці)\w*(?:\s+[^\s,;.]+){0,7}?"
    rf"{_STARTED_CLAUSE}$")


def _role(text: str, start: int, end: int) -> str:
    # "з 2021 року": the year pattern holds its preposition, so the role reads it too
    if _RANGE.fullmatch(text, start, end):
        return "as_of"
    own = re.match(r"(?:с|з|від|от|до|по)\s", text[start:end].lower())
    before = text[max(0, start - 100):start].lower() + (own.group() if own else "")
    if re.search(r"(?:по\s+состоянию\s+на|станом\s+на)\s*$", before):
        return "as_of"
    # "гарнизон к началу штурма в июле насчитывал", "на початок наступу в серпні": the day
    # an event began, the count told now of the force it met
    if re.search(r"(?<!\w)(?:к|на)\s+(?:момент\s+)?(?:началу|начала|початку|початок)\s+"
                 r"(?:[\w'’-]+\s+){1,2}$", before):
        return "since"
    if re.search(r"(?<!\w)(?:к|до)\s*$", before):
        return "by"
    if re.search(r"(?<!\w)(?:с|со|з|із|від|от|начиная\s+с|починаючи\s+з)\s*$", before):
        return "since"
    if _SINCE_START_OF.search(before) or _FIGHT_BEGUN.search(before):
        return "since"
    if re.search(r"(?<!\w)(?:по)\s*$", before):
        return "until"
    return "point"


# "600 військових, мобілізованих восени", "солдат, призванных в сентябре", "сил, задіяних у
# вторгненні в лютому": a participle set off after the count says when those people were called
# up or sent, not when they were counted
_DESCRIBED = re.compile(r",\s*(?:[а-яёіїєґ'’ʼ]+[нт](?:их|ых|і|ые)|"
                        # "бойцов, попавших в засаду … в конце октября": what befell them
                        # then, not when they are counted (but not "погибших в понедельник")
                        r"(?!погиб|загиб|умер|помер|скончав|убив|вбив)[а-яёіїєґ'’ʼ]+вш(?:их|ие))"
                        r"(?:\s+[^\s\d,;.]+){0,5}?\s+$", re.I)
# so does a participle set off after any other noun ("В операции, начатой осенью,
# задействованы") and a relative clause ("заявил министр, который в субботу прибыл в город"):
# the day they give is the noun's, not the count's — unless it is the day the event the count
# belongs to began or went on ("в учениях, которые начались во вторник", "в бою, который шел
# 29 февраля") or the day the words were published ("в інтерв'ю, опублікованому в понеділок")
_NOUN_CLAUSE = re.compile(r",\s*(?:(?!(?:потом|затем|притом|причем|потім|станом)\s)"
                          r"[а-яёіїєґ'’ʼ]+[нт](?:ой|ом|ого|ому|ый|ий|ая|ую|ое|ої|ій|ім|им|ым)|"
                          r"котор\w+|як(?:ий|а|е|і|ого|ої|их|ому|им|ій))"
                          r"((?:\s+[^\s\d,;.]+){0,3}?)\s+$", re.I)
_CLAUSE_REACH = 160  # a comma, a participle or "который", and up to three words
_EVENT_DAY = re.compile(r"(?:начал|начат|почал|почат|розпочал|розпочат|стартова|шел|шли|йшл|"
                        r"ішл|проходил|проходя|опубликов|опублікован|оприлюднен|обнародован)",
                        re.I)


def _describes_noun(text: str, d: DateMention) -> bool:
    """Whether the date `d` stands in a clause that describes a noun, not in the count's."""
    if ending_at(_DESCRIBED, text, d.start, reach=_CLAUSE_REACH):
        return True
    m = ending_at(_NOUN_CLAUSE, text, d.start, reach=_CLAUSE_REACH)
    return bool(m) and not (d.date.precision == "day" and _EVENT_DAY.search(m.group()))


def find_dates(text: str, published: dt.date, forecast: bool = False) -> list[DateMention]:
    """Every date mention in one Russian or Ukrainian sentence, resolved against
    `published`, but the day a participle after a count gives its people. "к 13 января"
    without a forecast dates a count as of that day."""
    found = [d for d in scan_dates(text, published, forecast, _PATTERNS, _resolve, _role)
             if not _describes_noun(text, d)]
    if not forecast:
        found = [DateMention(d.start, d.end, d.text, d.date, "as_of", d.explicit_year)
                 if d.role == "by" else d for d in found]
    return _two_days(text, _gapped_days(text, found))


_AND = re.compile(r"\s*(?:и|і|й|та)\s*", re.I)
# "в воскресенье и понедельник", "15 и 16 марта": a second weekday said without its
# preposition, a first day of the month without its month
_AND_WEEKDAY = re.compile(rf"\s*(?:и|і|й|та)\s+({_alternatives(_WEEKDAYS)})(?!\w)", re.I)
_DAY_AND = re.compile(r"(?<![\w.])(\d{1,2})\s*(?:и|і|й|та)\s+$", re.I)


def _weekday_of(word: str) -> int | None:
    return _WEEKDAYS.get(re.sub("[’ʼ]", "'", word.lower()))


def _gapped_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """The day that a pair of days names with the words it shares with the other day left
    out, added beside the day that has them, so the pair is read as two days."""
    out = []
    for d in found:
        day, single = d.date.day, d.date.precision == "day"
        before = _DAY_AND.search(text, max(0, d.start - 8), d.start) \
            if single and re.match(r"\d{1,2}\s", d.text) else None
        if before and 0 < int(before.group(1)) < day.day:
            out.append(replace(d, start=before.start(1), end=before.end(1), text=before.group(1),
                               date=FuzzyDate(day.replace(day=int(before.group(1))), "day")))
        out.append(d)
        after = _AND_WEEKDAY.match(text, d.end) \
            if single and _weekday_of(d.text.split()[-1]) is not None else None
        if after:
            second = day + dt.timedelta(days=(_weekday_of(after.group(1)) - day.weekday()) % 7)
            out.append(replace(d, start=after.start(1), end=after.end(1), text=after.group(1),
                               date=FuzzyDate(second, "day")))
    return out


def _two_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """"в четверг и в ночь на пятницу уничтожены 72": a count over two days named together is
    a toll since the first up to the second, dated by neither day alone."""
    out = list(found)
    for i, (a, b) in enumerate(zip(found, found[1:])):
        if a.role == b.role == "point" and a.date.precision == b.date.precision == "day" \
                and _AND.fullmatch(text, a.end, b.start):
            out[i] = replace(a, role="since")
            out[i + 1] = replace(b, role="until")
    return out


# "Предыдущее учение проходило в 2022 году", "попередні навчання": an earlier edition of the
# event the article reports; "В прошлый раз в нем участвовали", "Торік у навчаннях брали
# участь": who took part in it last time
_EARLIER_EDITION = re.compile(r"(?<!\w)(?:предыдущ|прошлогодн|аналогичн|попередн|торішн|"
                              r"минулорічн|аналогічн)\w*", re.I)
_LAST_TIME = re.compile(r"(?<!\w)(?:в\s+прошлый\s+раз|минулого\s+разу|торік|в\s+прошлом\s+году|"
                        r"минулого\s+року)(?!\w)", re.I)
_TOOK_PART = re.compile(r"(?<!\w)(?:участвова|участь|участи[еия])", re.I)
# "Для сравнения: в учении «Центр-2015» участвовали около 95 тыс.": another event's figure,
# set beside the news to measure it
_COMPARED = re.compile(r"(?<!\w)(?:для\s+сравнения|для\s+порівняння)(?!\w)", re.I)


def earlier_edition(claim: dict, published: dt.date, sentence: str) -> bool:
    """A figure of an earlier edition of the event, dated only by its past year, or of those
    who took part last time, or one set beside the news for comparison, is that edition's,
    not news of the article's."""
    if occurs(_LAST_TIME, sentence) and occurs(_TOOK_PART, sentence) \
            or occurs(_COMPARED, sentence):
        return True
    return claim["date_precision"] == "year" and int(claim["as_of"][:4]) < published.year \
        and occurs(_EARLIER_EDITION, sentence)

