"""Who speaks in each sentence, carried across the article.

A sentence names its own speaker, or it goes on with one named before — "It claims", "По его
словам", or no one named in a paragraph whose speaker goes on — or a later sentence gives its
speaker back ("Про це повідомили в ГУР", "합참은 … 덧붙였다"). Kept apart from the sentence-by-
sentence reading in `extract` because these rules read the whole article's order of speakers.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .attribution import (CYRILLIC, EXPLICIT, GENERIC, GROUP_REFERENT, MEDIA_REFERENT, PRONOUN,
                          PUBLICATION, Attribution)
from .cyrillic_names import TITLES, closing_person, opening_person
from .cyrillic_sources import PERSON_BEFORE, group_named_before
from .english_sources import introduced_person
from .korean_text import introduced_speaker
from .outlets import is_outlet
from .source_names import SourceNames

if TYPE_CHECKING:
    from .extract import _Sentence


def name_sources(analysed: list[_Sentence], text: str) -> None:
    """Fill each sentence's source: its own, one carried from an earlier sentence ("It
    claims", "По его словам", or none named: the paragraph's last speaker goes on), or one a
    later sentence gives back ("Про це повідомили в ГУР")."""
    names = [i.attribution.name for i in analysed
             if i.attribution and i.attribution.kind == EXPLICIT]
    aliases = {i.attribution.alias: i.attribution.name for i in analysed
               if i.attribution and i.attribution.kind == EXPLICIT and i.attribution.alias
               and i.attribution.name}
    resolver = SourceNames(names, aliases, text)
    last: _Sentence | None = None  # the last body sentence with an explicit source
    explicit: list[_Sentence] = []
    for at, info in enumerate(analysed):
        a, s = info.attribution, info.s
        if a and a.kind == EXPLICIT:
            info.source = resolver.canonical(a.name) or PUBLICATION
            explicit.append(info)
            if not s.is_summary:
                last = info
        elif a and a.alias == GROUP_REFERENT \
                and (group := group_named_before(text, s.start + a.start)):
            info.source = group
            last = info if not s.is_summary else last
        elif a and a.kind == PRONOUN and (last is not None or explicit):
            # "По его словам" after a lead paragraph read as the headline ("ДОНЕЦК, 12 мар —
            # РИА Новости. ..., сообщил Эдуард Басурин."): its speaker is the only one named
            prev = last or explicit[-1]
            if a.alias == PERSON_BEFORE and (person := _person_before(analysed, at)):
                info.source = person  # "… Шамиль Басаев. В его заявлении говорится …"
                last = info if not s.is_summary else last
                continue
            # a pronoun marked as the person named just before, with no such person, and one
            # standing for an outlet point at no one introduced by what he did
            person = _introduced(analysed, at, since=prev, cyrillic=True) \
                if a.noun is None and a.alias not in (MEDIA_REFERENT, PERSON_BEFORE) else None
            before = analysed[at - 1] if at else None
            if person is None and a.noun is None and not CYRILLIC.search(s.text) and before \
                    and before.attribution is None and before.s.paragraph == s.paragraph:
                # "Navy spokesman Commander Tariq Hameed later gave a higher toll. Eleven
                # servicemen had died, he said": the person the sentence before opened on
                person = introduced_person(before.s.text)
            if person and (not a.alias or re.search(a.alias, person, re.I)):
                info.source = person  # "… Олег Бойко провел брифинг. По его словам, …"
                last = info if not s.is_summary else last
                continue
            # with none of its kind named before, "сообщили в ведомстве" / "the ministry"
            # in a paragraph of its own is its own source, not the last speaker
            own = a.noun if a.noun and prev.s.paragraph != s.paragraph else None
            info.source = _referent(explicit, a) or own or prev.source
            # "He added that …" goes on with the day of the statement; the Russian and
            # Ukrainian copy's "добавил он", "додав він" and the Korean "…고 덧붙였다" close a
            # sentence of their own and give no date (the publication's week), as "he said" does
            if not info.statement_date and _ENGLISH_ADDED.search(_around(s.text, a)) \
                    and not _tag_after_figures(info, a):
                info.inherited_date = prev.statement_date or prev.inherited_date
            last = info if not s.is_summary else last
        elif last is not None and not s.is_summary and last.s.section == s.section and (
                (a and a.kind == GENERIC) or any(r.forecast for r in info.readings)):
            info.source = last.source
        elif a and a.kind == PRONOUN and a.noun:
            info.source = a.noun  # "the ministry said" with no ministry named before
        elif a and a.kind == PRONOUN and (person := _introduced(analysed, at)):
            info.source = person  # "General X visited the front. He said ..."
        elif a is None and last is not None and not s.is_summary \
                and (last.s.paragraph == s.paragraph or _release_goes_on(explicit, last, info)):
            info.source = last.source  # the paragraph's (or the lead release's) speaker goes on
        else:
            info.source = resolver.unnamed  # a press release's issuer, or the publication
    _refer_back(analysed)
    _close_quotes(analysed)
    _between_the_same_speaker(analysed, resolver.unnamed)


def _between_the_same_speaker(analysed: list[_Sentence], unnamed: str) -> None:
    """A paragraph that names no one between two that name the same speaker, each right next
    to it ("…(ISPR)에 따르면 …" / "… 무장대원 6명은 모두 사살됐다." / "…고 홍보처는
    덧붙였다"), goes on with that speaker's account."""
    told = [i for i, info in enumerate(analysed) if info.attribution is not None
            and info.attribution.kind in (EXPLICIT, PRONOUN) and not info.s.is_summary]
    for before, after in zip(told, told[1:]):
        first, last = analysed[before], analysed[after]
        if last.s.paragraph - first.s.paragraph != 2 or not _same_speaker(first.source,
                                                                          last.source):
            continue
        for info in analysed[before + 1:after]:
            if info.source == unnamed and info.attribution is None:
                info.source = first.source


def _same_speaker(a: str | None, b: str | None) -> bool:
    """"파키스탄군 홍보처(ISPR)" and "홍보처": one name, the other its last words."""
    if not a or not b or PUBLICATION in (a, b):
        return False
    a, b = (re.sub(r"\s*\([^)]*\)", "", n).strip() for n in (a, b))
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def _close_quotes(analysed: list[_Sentence]) -> None:
    """«Первое. Второе», — рассказал он: a quote of several sentences is the words of whoever
    closes it, its sentences before the closing one too (they name no one of their own)."""
    for i, info in enumerate(analysed):
        if info.attribution is None or not _closes(info.s.text):
            continue
        inside = []
        for earlier in reversed(analysed[:i]):
            if earlier.s.paragraph != info.s.paragraph or earlier.attribution is not None \
                    or _closes(earlier.s.text):
                break
            inside.append(earlier)
            if earlier.s.text.lstrip()[:1] in ("«", '"'):
                for quoted in inside:
                    quoted.source = info.source
                break


def _closes(text: str) -> bool:
    """Whether a Russian or Ukrainian sentence closes a quote opened before it: more «»
    closed than opened, or an odd straight quote not at its start."""
    if not CYRILLIC.search(text):
        return False
    straight = text.count('"') % 2 == 1 and not text.lstrip().startswith('"')
    return text.count("«") < text.count("»") or straight


_HANGUL = re.compile(r"[가-힣]")


def _release_goes_on(explicit: list[_Sentence], last: _Sentence, info: _Sentence) -> bool:
    """A Korean lead that reports a dated announcement ("공군은 … 14일 밝혔다") or a dated
    event ("… 2일부터 … 훈련을 시작했다고 해군이 밝혔다"), or a Russian or Ukrainian lead
    closed by who released it ("Про це повідомили в пресслужбі …"), gives its issuer to the
    paragraph right after it, which names no one: a wire writer puts each sentence of the
    release in a paragraph of its own."""
    first = next((e for e in explicit if not e.s.is_summary), None)
    if first is not last or info.s.paragraph != last.s.paragraph + 1:
        return False
    if CYRILLIC.search(info.s.text):
        return bool(_BACK_REFERENCE.search(last.s.text))
    return bool(last.statement_date or last.dates) and bool(_HANGUL.search(info.s.text))


# "Про це повідомили в ГУР", "Об этом заявил X", "That is according to X", "...고 이같이
# 밝혔다": the speaker of what the paragraph said before
_BACK_REFERENCE = re.compile(r"^(?:Про\s+це|Об\s+этом|О\s+том|Про\s+те|(?:Такие|Эти|Такі|Ці)\s+"
                             r"(?:данные|цифры|сведения|дані|цифри|відомості)|(?:Такую|Эту|Таку|Цю)\s+"
                             r"(?:оценку|оцінку))(?!\w)|"
                             r"^(?:These|Those|The)\s+(?:figures|numbers|data)\s+"
                             r"(?:were|are|come)\b|"
                             r"^(?:This|That)\s+(?:is|was)\s+according\s+to\b|이같이|이와\s*같이",
                             re.I)


def _refer_back(analysed: list[_Sentence]) -> None:
    """Give a back-referring sentence's speaker (and the day it spoke) to the sentences of
    its paragraph before it that name no one (the speaker before them spoke of something
    else). A named speaker who "adds" ("합참은 … 덧붙였다") spoke them too, when they open
    their paragraph: what they said goes on (a speaker named between keeps them)."""
    for i, info in enumerate(analysed):
        a = info.attribution
        back = bool(_BACK_REFERENCE.search(info.s.text))
        # ("Про це він заявив …" gives back the person the pronoun was found to be)
        if not (a and (a.kind == EXPLICIT or back and a.kind == PRONOUN and info.source
                       and info.source != PUBLICATION)):
            continue
        if not back and not _CONTINUES.search(_around(info.s.text, a)) \
                and not _tag_after_figures(info, a):
            continue
        before = _unattributed_before(analysed, i, info.s.paragraph)
        opener = i - len(before) - 1  # the sentence before them, if any
        if not back and opener >= 0 and analysed[opener].s.paragraph == info.s.paragraph:
            continue
        if back and not before and _opens_paragraph(analysed, i):
            before = _paragraph_before(analysed, i)
        elif back and not before:
            before = _reported_before(analysed, i)
        for earlier in before:
            earlier.source = info.source
            if back:
                earlier.inherited_date = info.statement_date


def _unattributed_before(analysed: list[_Sentence], i: int, paragraph: int) -> list[_Sentence]:
    """The sentences of `paragraph` right before the `i`-th that name no one, nearest first."""
    before = []
    for earlier in reversed(analysed[:i]):
        if earlier.s.paragraph != paragraph or earlier.attribution is not None:
            break
        before.append(earlier)
    return before


def _reported_before(analysed: list[_Sentence], i: int) -> list[_Sentence]:
    """"Вірменія визнала загибель 18 військових. Про це повідомив речник міністерства …":
    the sentence opening the paragraph tells what a country or a body said, and the one
    after it names who told it."""
    if i < 1 or i >= 2 and analysed[i - 2].s.paragraph == analysed[i].s.paragraph:
        return []
    earlier, told = analysed[i - 1], analysed[i].source or ""
    a = earlier.attribution
    if earlier.s.paragraph != analysed[i].s.paragraph or not (a and a.kind == EXPLICIT) \
            or not told[:1].isupper() or _PERSON.match(earlier.source or ""):
        return []  # "Генерал Сырский признал … Об этом он сказал в интервью": his own words
    return [earlier]


# a titled person or two capitalised names: someone who speaks for himself
_PERSON = re.compile(rf"(?:{TITLES.pattern})\s|(?-i:[А-ЯЁІЇЄҐ][\w'’ʼ-]+\s+[А-ЯЁІЇЄҐ][\w'’ʼ-]+)",
                     re.I)


def _opens_paragraph(analysed: list[_Sentence], i: int) -> bool:
    return i > 0 and analysed[i - 1].s.paragraph != analysed[i].s.paragraph


def _paragraph_before(analysed: list[_Sentence], i: int) -> list[_Sentence]:
    """"… загинули 30 військових. ¶ Про це повідомив речник …": a Russian or Ukrainian
    paragraph that opens by giving back what was said names the speaker of the whole
    paragraph before it, when that one names no one and is body copy, not a headline."""
    if not CYRILLIC.search(analysed[i].s.text):
        return []
    paragraph = analysed[i - 1].s.paragraph
    before = _unattributed_before(analysed, i, paragraph)
    opener = i - len(before) - 1
    if opener >= 0 and analysed[opener].s.paragraph == paragraph \
            or any(b.s.is_summary for b in before):
        return []
    return before


# "He added that ...", "додав він", "…고 덧붙였다": the same statement goes on; "he said",
# "По его словам", "За його даними" cite the speaker, and date nothing.
# "They join about 9,000 troops already there, he added.": an English tag after the figures
# names who says them, as "he said" does, and dates nothing; "He added that ..." before them
# goes on with the statement, on the day it was made
_ENGLISH_ADDED = re.compile(r"\b(?:added|adds|went\s+on)\b", re.I)
_CONTINUES = re.compile(rf"{_ENGLISH_ADDED.pattern}|(?<!\w)(?:добавил\w*|додав|додала|додали|"
                        r"덧붙였)", re.I)


def _tag_after_figures(info: _Sentence, a: Attribution) -> bool:
    """Whether the attribution comes after the sentence's first figure (", he added.")."""
    return bool(info.figure_starts) and info.figure_starts[0] < a.start


def _person_before(analysed: list[_Sentence], at: int) -> str | None:
    """The titled person the sentence right before the `at`-th, in its paragraph and quoting
    no one, ends on."""
    info = analysed[at]
    before = analysed[at - 1] if at else None
    if before is None or before.s.paragraph != info.s.paragraph or before.attribution:
        return None
    return closing_person(before.s.text)


def _introduced(analysed: list[_Sentence], at: int, since: _Sentence | None = None,
                cyrillic: bool = False) -> str | None:
    """The person named by the latest sentence of the `at`-th sentence's section before it
    that opens on one
    ("General X visited the front.", "오스틴 장관은 기자회견을 열었다.", "Глава МВД Олег Бойко
    провел брифинг."); with `cyrillic`, only in Russian or Ukrainian copy and only after the
    speaker `since` (who spoke before the person came on)."""
    info = analysed[at]
    if cyrillic and not CYRILLIC.search(info.s.text):
        return None
    for earlier in reversed(analysed[:at]):
        if earlier.s.section != info.s.section or earlier is since:
            return None
        opening = opening_person(earlier.s.text) if earlier.attribution is None else None
        if person := opening or (None if cyrillic else introduced_person(earlier.s.text)
                                 or introduced_speaker(earlier.s.text)):
            return person
    return None


def _around(text: str, a: Attribution) -> str:
    return text[max(0, min(a.start, a.verb_end) - 12):max(a.end, a.verb_end) + 12]


_BROADCASTER = re.compile(r"телевид|телеканал|телебачен|радио|радіо|агентств|агенці", re.I)


def _referent(explicit: list[_Sentence], a: Attribution) -> str | None:
    """The earlier source a described pronoun ("в министерстве", "пишет издание", "the
    ministry") stands for, rather than whoever spoke last."""
    if not a.alias:
        if a.noun:
            low = a.noun.casefold()
            return next((e.source for e in reversed(explicit[-50:])
                         if low in e.source.casefold()), None)
        return None
    for earlier in reversed(explicit[-50:]):
        e = earlier.attribution
        # (an outlet named without its guillemets is one too: "государственное телевидение
        # MRTV", then "уточнил телеканал")
        if (e.media or _BROADCASTER.search(earlier.source) if a.alias == MEDIA_REFERENT
                else re.search(a.alias, earlier.source, re.I)
                # "По данным агентства" after "Как сообщает агентство Синьхуа": the agency
                # named before by its name alone
                or "агентств" in a.alias and (e.media or is_outlet(earlier.source))):
            return earlier.source
    return None
