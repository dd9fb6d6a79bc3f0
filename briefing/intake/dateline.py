"""The publication date written at the top of an article: its dateline.

Wire copy opens with a dateline ("GOMA, Democratic Republic of Congo, Feb 3 (Reuters) -",
"МОСКВА, 21 января 2025 — РИА Новости.", "(서울=연합뉴스) 2025년 1월 13일") or puts the date on
a line of its own under the headline. When the analyst gives no publication date, that date
anchors "on Monday" and "last week"; resolving them against today instead would date every
figure wrongly and silently. A date counts as a dateline only in the first three lines, and
only alone on its line or after a place name in capitals, so a figure's date in the first
sentence ("said 300 were killed on 13 January") is not taken for one.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_PLACE = re.compile(r"^\s*(?:\(?[^\s()=]{1,20}=[^\s()]{1,20}\)\s*|"          # (서울=연합뉴스)
                    r"[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ .'’-]{1,30}(?:,\s*[^,\n]{1,40}?)?,\s*|"
                    r"(?:입력|Published|Опубликовано|Опубліковано)[:\s]*)$")


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
            if d.date.precision != "day":
                continue
            before, after = line[:d.start], line[d.end:]
            alone = not before.strip() and len(after.strip(" .,-—–()")) <= 40 \
                and not re.search(r"\d", after)
            if alone or _PLACE.match(before):
                return Dateline(d.date.day, d.text.strip(), d.explicit_year,
                                (at + d.start, at + d.end))
    return None
