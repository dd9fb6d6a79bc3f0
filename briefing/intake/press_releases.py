"""The issuer of a press release, named once at its head.

A release from a military press office opens on who issues it ("INTER SERVICES PUBLIC
RELATIONS (ISPR) - No PR-62/2025", "PRESS RELEASE" above or below the office's name,
"Пресс-релиз", "Прес-реліз", "국방부 보도자료") and then states its figures in its own voice,
naming no speaker: those figures are the issuer's, and "the publication" would hide who
claims them. Only a head that says it is a release counts — a release number after a name in
capitals, or a word for "press release" — so a shouted headline is no issuer.

Many releases have no such head and print their issuer as the press office that wrote them:
a byline under the headline ("U.S. Army Europe Public Affairs" over the day, "22 вересня
2021 року / Пресслужба Міноборони", "Media release | Defence | 12 July 2024", a Russian or
Ukrainian state body alone or by a day: "16.10.2018 | Командування Повітряних сил"), a letterhead
above it (the issuing body alone on the first line, the day alone on the next: "Министерство
обороны Российской Федерации" over "21.05.2024 (14:05)") or a sign-off
as the last line ("- U.S. Army Europe -", "Управление пресс-службы и информации Министерства
обороны", "국방부 대변인실"). The name is kept as printed, so the analyst sees which office
spoke. A byline counts only below the headline (a headline may be about a press office), a
letterhead only when it names a press office or a state body (a ministry, a command, a
directorate) and, in Latin letters, in title case (a headline over its date line is none),
and a sign-off only as a bare name line — no sentence end, no digit, no colon, no word of a
photo credit ("Фото: пресс-служба …", "Photo courtesy of … Public Affairs", "[국방부 공보실
제공]"), no wire between dashes ("- AFP -") — so a news article that names a press office in a
sentence stays the publication's.

A release names its issuer in full at its head and by a short name in its body ("Naval
Striking and Support Forces NATO Public Affairs" at the head, "led by STRIKFORNATO" and "the
STRIKFORNATO Public Affairs Office" below): the short name, built from the beginnings of two
or more of the full name's words, is what the body and other copy call it, so the issuer is
shown with it in brackets.
"""
from __future__ import annotations

import re

from .attribution import CONNECTORS, CYRILLIC
from .outlets import is_outlet

_MARKER = r"(?:PRESS\s+RELEASE|(?:Press|Media|News)\s+release|Пресс-релиз|Прес-реліз|보도\s*자료)"
# "INTER SERVICES PUBLIC RELATIONS (ISPR) - No PR-62/2025-ISPR": a name in capitals, a number
_NUMBERED = re.compile(r"^(?P<name>[A-Z][A-Z&'’. ]{4,80}?)\s*(?:\((?P<alias>[A-Z]{2,8})\))?\s*"
                       r"[-–—:]\s*(?:No\.?|№)\s*\S*\d")
# "PRESS RELEASE - National Guard Command", "National Guard Command | PRESS RELEASE",
# "국방부 보도자료": the marker and the issuer on one line
_BESIDE = re.compile(rf"^(?:{_MARKER}\s*[-–—:|]\s*(?P<after>.+)|(?P<before>.+?)\s*[-–—:|]?\s*"
                     rf"{_MARKER})$")
_MARKER_LINE = re.compile(rf"^{_MARKER}\.?$")
_NAME_LINE = re.compile(r"^[^\d.!?]{3,80}$")
# the words for a press office, in the four languages
_OFFICE = re.compile(r"Public\s+Affairs|Press\s+(?:Office|Service)|Media\s+(?:Office|Centre|Center)|"
                     r"прес(?:с-|-|)служб|пресс?-?центр|대변인실|공보실|공보관실", re.I)
# "22 вересня 2021 року / Пресслужба Міноборони", "Media release | Defence | 12 July 2024",
# "Пресс-служба округа, 11 марта 2025 года": a byline's parts
_PARTS = re.compile(r"\s+[|/]\s+|,\s+(?=\d)")
_BARE_NAME = re.compile(r"^[^\d:!?;()\[\]=]{3,100}(?<!\.)$")
# "Photo courtesy of … Public Affairs", "[국방부 공보실 제공]": a credit under a picture
_CREDIT = re.compile(r"\b(?:photo|photos|courtesy)\b|фото|світлин|사진|제공", re.I)
# a state body's word, the four languages: a letterhead is one of these or a press office
_BODY = re.compile(r"\b(?:Ministry|Department|Command|Headquarters|Directorate)\b|"
                   r"Министерств|Міністерств|[Уу]правлени|[Уу]правлінн|[Кк]омандовани|"
                   r"[Кк]омандуванн|[Шш]таб\b|국방부|합동참모본부|사령부")
# "June 7, 2024", "21.05.2024 (14:05)", "1 лютого 2024 року", "2024년 6월 7일": a day alone
_DATE_LINE = re.compile(r"^(?=.*(?:19|20)\d\d)[\w.,:()/ -]{6,40}$")
_DASHED = re.compile(r"^[-–—]\s*(?P<name>[^\W\d_][^-–—]{2,60}?)\s*[-–—]$")


def _title(name: str) -> str:
    """'INTER SERVICES PUBLIC RELATIONS' -> 'Inter Services Public Relations'."""
    if not name.isupper():
        return name
    return " ".join(w.lower() if w.lower() in CONNECTORS and i else w.capitalize()
                    for i, w in enumerate(name.split()))


def _byline(line: str) -> str | None:
    """The issuer a byline under the headline prints, its dates dropped."""
    parts = [p for p in _PARTS.split(line) if not re.search(r"\d", p)]
    if not parts or _CREDIT.search(line) or not all(_BARE_NAME.match(p) for p in parts):
        return None
    names = [p for p in parts if not _MARKER_LINE.match(p)]
    if len(names) == 1 and len(parts) == 2:
        return names[0]  # "Media release | Defence"
    # "16.10.2018 | Командування Повітряних сил", "Департамент информации … Министерства
    # обороны": a Russian or Ukrainian state body alone on the line, or by a day
    alone = len(names) == 1
    return next((p for p in names if _OFFICE.search(p)
                 or alone and CYRILLIC.match(p) and _BODY.search(p)), None)


def _dated_above(line: str) -> bool:
    """"18 грудня 2016 року / Прес-центр штабу АТО" above the headline: a Russian or
    Ukrainian release's byline, not its headline (a headline holds no day and no slash)."""
    parts = _PARTS.split(line)
    return len(parts) == 2 and bool(re.search(r"\d", parts[0])) \
        and bool(CYRILLIC.match(parts[1]))


def _sign_off(line: str) -> str | None:
    """The issuer a release's last line prints: "- U.S. Army Europe -", a press office."""
    if m := _DASHED.match(line):
        return None if is_outlet(m.group("name")) else m.group("name")  # "- AFP -": the wire
    office = _OFFICE.search(line) or CYRILLIC.match(line) and _BODY.search(line)
    return line if _BARE_NAME.match(line) and office and not _CREDIT.search(line) else None


_CAPITALS = re.compile(r"\b[A-ZА-ЯЁІЇЄҐ]{4,16}\b")


def _built_from(short: str, words: list[str]) -> bool:
    """Whether `short` is the beginnings of two or more of `words`, in order."""
    def rest(i: int, k: int, used: int) -> bool:
        if i == len(short):
            return used >= 2
        return any(short[i:i + n] == words[j][:n].upper() and rest(i + n, j + 1, used + 1)
                   for j in range(k, len(words)) for n in range(len(words[j]), 0, -1))
    return rest(0, 0, 0)


def _short_name(name: str, text: str) -> str | None:
    """The short name the release's body calls its issuer by ("STRIKFORNATO"), if any."""
    words = [w for w in re.findall(r"\w+", name) if w.lower() not in CONNECTORS]
    return next((c for c in dict.fromkeys(_CAPITALS.findall(text))
                 if c not in name and _built_from(c, words)), None)


def _letterhead(lines: list[str]) -> str | None:
    """The issuing body a release prints alone on its first line, over the day."""
    if len(lines) < 2 or not _DATE_LINE.match(lines[1]) or len(lines[1].split()) > 5:
        return None
    name = lines[0]
    # a name in Latin letters is in title case; "Ministry of Defence denies losses" is a headline
    headline = any(w.isascii() and w.isalpha() and w.islower() and w not in CONNECTORS
                   for w in name.split())
    return name if _BARE_NAME.match(name) and (_OFFICE.search(name) or _BODY.search(name)) \
        and not _CREDIT.search(name) and not headline else None


def release_issuer(text: str) -> tuple[str, str | None] | None:
    """(issuer, its acronym or None) when `text` is a press release; else None."""
    issuer = _printed_issuer(text)
    if not issuer or issuer[1]:
        return issuer
    short = _short_name(issuer[0], text)
    return (f"{issuer[0]} ({short})", short) if short else issuer


def _printed_issuer(text: str) -> tuple[str, str | None] | None:
    """The issuer as the release's head or last line prints it, and a bracketed acronym."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    head = lines[:3]
    if name := _letterhead(lines):
        return name, None
    for i, line in enumerate(head):
        if m := _NUMBERED.match(line):
            return _title(m.group("name").strip()), m.group("alias")
        if _MARKER_LINE.match(line):
            # the issuer's name on the line above or below the bare marker
            near = [head[j] for j in (i + 1, i - 1) if 0 <= j < len(head)]
            name = next((n for n in near if _NAME_LINE.match(n)), None)
            return (_title(name), None) if name else None
        if (m := _BESIDE.match(line)) and _NAME_LINE.match(
                name := (m.group("after") or m.group("before")).strip()):
            return _title(name), None
        if (i or _dated_above(line)) and (name := _byline(line)):
            return name, None
    if len(lines) > 2 and (name := _sign_off(lines[-1])):  # below a headline and a body
        return name, None
    return None
