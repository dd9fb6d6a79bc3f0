"""The publication date written at the top of an article: its dateline.

Wire copy opens with a dateline ("GOMA, Democratic Republic of Congo, Feb 3 (Reuters) -",
"МОСКВА, 21 января 2025 — РИА Новости.", "(서울=연합뉴스) 2025년 1월 13일") or puts the date on
a line of its own under the headline. When the analyst gives no publication date, that date
anchors "on Monday" and "last week"; resolving them against today instead would date every
figure wrongly and silently. A date counts as a dateline only in the first three lines, and
only alone on its line or after a place name in capitals, so a figure's date in the first
sentence ("said 300 were killed on 13 January") is not taken for one. A dateline writes its
day as a number; a relative day ("Вчера погибли трое военных, сообщил губернатор.",
"Yesterday…") opens a sentence, whose figure would otherwise lose its day to the dateline.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_PLACE = re.compile(r"^\s*(?:\(?[^\s()=]{1,20}=[^\s()]{1,20}\)\s*|"          # (서울=연합뉴스)
                    # "BEIRUT/UNITED NATIONS, Aug 29 (Reuters) -": two places filed from
                    r"[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ .'’/-]{1,40}(?:,\s*[^,\n]{1,40}?)?,\s*|"
                    # "Київ, 9 березня 2025 року.", "Москва. 9 марта. INTERFAX.RU -"
                    r"[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]{1,20}(?:[ -][A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]{1,20})?"
                    r"[.,]\s*|"
                    r"(?:기사\s*)?(?:입력|등록|수정|승인)[:\s]*|(?:Published|Updated|Posted|Опубликовано|"
                    r"Обновлено|Опубліковано|Оновлено|Дата\s+публикации|Дата\s+публікації)"
                    r"(?:\s+on)?[:\s]*)$", re.I)
# "3 March 2025 10:15 GMT", "9 марта 2025, 14:35", "2025.03.09. 오후 3:12": a time after it
_TIME = re.compile(r"^[\s,.|·•—–-]*(?:(?:오전|오후)\s*)?\d{1,2}:\d{2}(?::\d{2})?"
                   r"(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|MSK|KST|EET|EEST|CET|CEST|BST|EST|EDT|ET|"
                   r"мск|МСК))?")


@dataclass(frozen=True)
class Dateline:
    date: dt.date
    text: str               # as written: "Feb 3", "21 января 2025"
    year_written: bool
    span: tuple[int, int]   # where the date stands in the article


def find_dateline(text: str, find_dates, today: dt.date) -> Dateline | None:
    """The dateline's date, resolved as the latest such day not after `today` when the
    year is not written. `find_dates` is the article language's date finder."""
    offset = 0
    for line in text.splitlines(keepends=True)[:3]:
        at, offset = offset, offset + len(line)
        for d in find_dates(line, today, False):
            if d.date.precision != "day" or not re.search(r"\d", d.text):
                continue
            before, after = line[:d.start], _TIME.sub("", line[d.end:], count=1)
            alone = not before.strip() and len(after.strip(" .,-—–()")) <= 40 \
                and not re.search(r"\d", after)
            if alone or _PLACE.match(before):
                return Dateline(d.date.day, d.text.strip(), d.explicit_year,
                                (at + d.start, at + d.end))
    return None
