"""Korean dates and sources: "13일", "1월 13일", "2025년 1월 13일", "2025.01.26", "1월 초"
(early January, week precision), "지난해 10월", "이번 주", "지난주"; and who says so —
"국가정보원은 ... 보고했다", "... 동원했다고 국방부가 전했다", "특수작전군에 따르면",
and the headline form `국정원 "..."`.

Names are kept as written in Hangul; a title after a person's name is dropped ("볼로디미르
젤렌스키 우크라이나 대통령" -> "볼로디미르 젤렌스키"), and a bracketed alias is kept for the
article ("국방정보총국(HUR)"). A Korean abbreviation ("국정원", "합참") is matched to the full
name the article uses ("국가정보원", "합동참모본부") by `source_names.SourceNames`.
"""
from __future__ import annotations

import datetime as dt
import re

from briefing.domain import FuzzyDate

from .attribution import EXPLICIT, PRONOUN, Attribution
from .outlets import is_outlet
from .sentence_dates import DAY_BEFORE
from .dates import (DateMention, day_date, day_of_month_date, month_date, part_month_date,
                    relative_date, scan_dates, season_date, weekday_date)

_PART = {"초": 5, "초순": 5, "중순": 15, "중": 15, "말": 25, "하순": 25}
_SEASON = {"봄": "spring", "여름": "summer", "가을": "fall", "겨울": "winter"}
_YEAR_WORD = r"(?:(\d{4})년\s*|(지난해|작년|올해|금년|내년)\s*)?"

_PATTERNS = [
    # "지금까지 공비 23명을 사살하고": an operation's running tally, up to publication
    ("so_far", re.compile(r"(?<![가-힣])(?:지금|현재|이제)까지(?![가-힣])(?=.*?(?:사살|생포|섬멸|격멸|사로잡))")),
    # "지난 2일과 3일 밤", "12월 5∼6일": a count over days, up to publication
    ("two_days", re.compile(r"(?:(?:지난|오는)\s*)?(?:\d{1,2}월\s*)?(?<!\d)\d{1,2}(?:일\s*(?:과|와|·)|일?\s*[∼~])\s*"
                            r"\d{1,2}일(?![가-힣]*간)")),
    ("dotted", re.compile(r"(?<!\d)((?:19|20)\d{2})[.\-/]\s*(\d{1,2})[.\-/]\s*(\d{1,2})(?!\d)")),
    ("part_month", re.compile(rf"{_YEAR_WORD}(\d{{1,2}})월\s*(초순|중순|하순|초|중|말)(?=$|[^가-힣]|까지|부터|에|의|께|경)")),
    ("month_day", re.compile(rf"{_YEAR_WORD}(\d{{1,2}})월\s*(\d{{1,2}})일")),
    # "지난달 27일": a day of last month, one date, so "지난달 27일 이후" is a start
    ("relative_month_day", re.compile(r"(지난달|이달|이번\s*달|다음\s*달)\s*(\d{1,2})일")),
    ("relative_part", re.compile(r"(지난달|이달|이번\s*달|다음\s*달)\s*(초순|중순|하순|초|중|말)(?=$|[^가-힣]|까지|부터|에|의|께|경)")),
    # "지난해 말" (late last year), "올해 초"; "사흘 전", "10일 전", "2주 전" (days, weeks ago)
    ("part_year", re.compile(r"(지난해|작년|올해|금년)\s*(초|말)(?![가-힣])")),
    ("ago", re.compile(r"(?<![\d가-힣])(\d{1,2}\s*일|이틀|사흘|나흘|닷새|일주일|\d\s*주|한\s*달)\s*"
                       r"전(?![가-힣])")),
    ("day", re.compile(r"(?:(지난|오는)\s*)?(?<![\d월])(\d{1,2})일(?![가-힣]*간)(?!\s*전(?![가-힣]))")),
    # "2011년 1월 130여 명으로": a month, then a count (not "1월 5일", a day)
    ("month", re.compile(rf"{_YEAR_WORD}(\d{{1,2}})월(?!\s*\d{{1,2}}\s*일)(?!\s*\d{{1,2}}(?!\d)(?!\s*[여명천만]))")),
    # "지난 일요일", "토요일": the weekday, the last one before the publication unless "이번"/"다음"
    ("weekday", re.compile(r"(?:(지난|이번|다음)\s*)?([월화수목금토일])요일")),
    # "지난 주말": the Saturday and Sunday before the publication's week
    ("last_weekend", re.compile(r"지난\s*주말")),
    ("relative", re.compile(r"(지난\s*주|지난주|이번\s*주|다음\s*주|지난달|이달|이번\s*달|다음\s*달|"
                            r"어젯밤|간밤|지난밤|밤사이|그저께|그제|어제|오늘|이날|그날|당일|지난해|작년|"
                            # "국방부는 전날 …": the day before (the publication's, unless the
                            # story named a day: `sentence_dates.with_same_day`)
                            rf"{DAY_BEFORE.pattern})"
                            r"(?!\s*\d{1,2}월)")),
    # "2011년 … 파견했으며, 현재 … 약 4천 명이 주둔하고 있다": now, the publication's week,
    # not the year of the clause before (not "25일 현재", as of that day, nor "현재까지")
    ("now", re.compile(r"(?<![가-힣\d])(?<!일\s)현재(?![가-힣])(?!\s*까지)")),
    ("season", re.compile(r"(지난해|작년|올해|내년|지난)?\s*(봄|여름|가을|겨울)(?:철)?(?![가-힣])")),
    ("year", re.compile(r"(?<!\d)((?:19|20)\d{2})년(?!\s*\d{1,2}월)(?!\s*(?:간|동안|대))")),
]
_YEAR_STEP = {"지난해": -1, "작년": -1, "올해": 0, "금년": 0, "내년": 1}
_DAYS_AGO = {"이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "일주일": 7}


def _year(published: dt.date, digits: str | None, word: str | None) -> str | None:
    if digits:
        return digits
    if word:
        return str(published.year + _YEAR_STEP[word])
    return None


def _resolve(name, m, published, mode):
    g = m.groups()
    if name in ("so_far", "two_days", "now"):
        return FuzzyDate(published, "week"), False
    if name == "last_weekend":
        return FuzzyDate(published - dt.timedelta(days=published.weekday() + 2), "week"), False
    if name == "dotted":
        return FuzzyDate(dt.date(int(g[0]), int(g[1]), int(g[2])), "day"), True
    if name == "part_month":
        year = _year(published, g[0], g[1])
        found = part_month_date(published, int(g[2]), _PART[g[3]], year, mode)
        return found[0], bool(g[0])
    if name == "month_day":
        found = day_date(published, int(g[2]), int(g[3]), _year(published, g[0], g[1]), mode)
        return found[0], bool(g[0])
    if name in ("relative_part", "relative_month_day"):
        step = {"지난달": -1, "이달": 0, "다음": 1}.get(g[0].split()[0][:3], 0)
        month0 = published.year * 12 + published.month - 1 + step
        if name == "relative_part":
            return FuzzyDate(dt.date(month0 // 12, month0 % 12 + 1, _PART[g[1]]), "week"), False
        try:
            return FuzzyDate(dt.date(month0 // 12, month0 % 12 + 1, int(g[1])), "day"), False
        except ValueError:  # "지난달 31일" of a shorter month: no date
            return None
    if name == "part_year":
        year = published.year + _YEAR_STEP[g[0]]
        return FuzzyDate(dt.date(year, 12, 25) if g[1] == "말" else dt.date(year, 1, 5),
                         "week"), False
    if name == "ago":
        word = re.sub(r"\s", "", g[0])
        if word == "한달":
            return relative_date(published, -1, "month")
        days = _DAYS_AGO.get(word) or int(re.sub(r"\D", "", word)) * (7 if word.endswith("주") else 1)
        return FuzzyDate(published - dt.timedelta(days=days),
                         "week" if days >= 7 else "day"), False
    if name == "day":
        return day_of_month_date(published, int(g[1]), "future" if g[0] == "오는" else mode)
    if name == "month":
        found = month_date(published, int(g[2]), _year(published, g[0], g[1]), mode)
        return found[0], bool(g[0])
    if name == "relative":
        return _relative(published, re.sub(r"\s", "", g[0]))
    if name == "weekday":
        which = {"지난": "last", "이번": "this", "다음": "next"}.get(g[0] or "")
        return weekday_date(published, "월화수목금토일".index(g[1]), which, mode)
    if name == "year":
        return FuzzyDate(dt.date(int(g[0]), 7, 1), "year"), True
    if name == "season":
        which = {"지난해": "last", "작년": "last", "지난": "last", "올해": "this"}.get(g[0] or "")
        if g[0] == "내년":
            which = "next"
        if not which:
            return None  # a bare "가을" is a season in general
        return season_date(published, _SEASON[g[1]], which, None, mode)
    return None


def _relative(published: dt.date, word: str):
    if word in ("어제", "어젯밤", "간밤", "지난밤", "밤사이", "전날"):  # yesterday, last night
        return relative_date(published, -1, "day")
    if word in ("그제", "그저께"):  # the day before yesterday
        return relative_date(published, -2, "day")
    if word in ("오늘", "이날", "그날", "당일"):
        return relative_date(published, 0, "day")
    unit = "week" if "주" in word else "month" if "달" in word else "year"
    step = -1 if word.startswith(("지난", "작년")) else 1 if word.startswith(("다음", "내년")) else 0
    return relative_date(published, step, unit)


# a fight, not an exercise: "훈련이 시작된 뒤" dates a strength on its first day
_FIGHT_BEGAN = re.compile(r"[^\d,.]{0,40}?(?:충돌|교전|전투|전쟁|분쟁|내전|공격|침공|포격|공습)(?:이|가)?\s*"
                          r"(?:시작|발발|개시)(?:된|한|되고|하고|됐던)?\s*(?:뒤|후|이후|이래)")


_FOR_HOURS = re.compile(r"\s*(?:약\s*)?(?:\d{1,2}|[한두세네]|몇|수)\s*시간")


def _role(text: str, start: int, end: int) -> str:
    if text[start:end].endswith("까지") and not text[start].isdigit():
        return "as_of"  # "지금까지": the count stands as of now
    after = text[end:end + 16]
    # "1월부터", "2023년 4월 내전 발발 이후": a count since then
    since = re.match(r"(?:\s*(?:[가-힣]{1,6}\s+){0,2}[가-힣]{0,6}\s*)?(?:부터|이후)", after)
    if since:
        # "지난 23일 새벽부터 7시간 동안": a start, then hours; what lasted hours that day
        # happened that day
        return "point" if _FOR_HOURS.match(text, end + since.end()) else "since"
    # "지난 2일 … 교전이 시작된 뒤 최소 210명이": the day a fight began, so a count since it
    if _FIGHT_BEGAN.match(text, end):
        return "since"
    if after.startswith("까지"):
        return "until" if "부터" in text[:start] else "by"
    if re.match(r"\s*(?:기준|현재)", after):
        return "as_of"
    return "point"


# "지난해 2만5천 명보다", "지난해보다": the time a count is compared with, not its own
_OF_COMPARED = re.compile(r"(?:\s*(?:[^\s\d]+\s+){0,2}?\d[\d,]*(?:\s*[억만천백]\s*[\d,]*)*\s*(?:여\s*)?명)?"
                          r"\s*보다(?![가-힣])")


# "지난해 … 교전이 격화된 점을 고려해": the date of the reason a clause gives, no figure's
_IN_A_REASON = re.compile(r"[^\d.\"“”]{0,60}?[가-힣]\s*(?:점|것|상황|사실)(?:을|를)\s*(?:고려|감안|반영)")


def find_dates(text: str, published: dt.date, forecast: bool = False) -> list[DateMention]:
    found = [d for d in scan_dates(text, published, forecast, _PATTERNS, _resolve, _role)
             if not _OF_COMPARED.match(text, d.end) and not _IN_A_REASON.match(text, d.end)]
    if not forecast:
        found = [DateMention(d.start, d.end, d.text, d.date, "as_of", d.explicit_year)
                 if d.role == "by" else d for d in found]
    return found


# --- sources ----------------------------------------------------------------------------

# Reporting verbs in any tense: "밝혔다", "추산하고 있다", "주장한 바 있다", "추정한다".
_HADA = (r"보고|주장|발표|설명|평가|강조|추정|집계|확인|보도|전망|분석|언급|추산|파악|공개|예상|예측|"
         r"관측|지적|경고|판단|진단|반박|부인|시인|인정|보고|증언|"
         # "…고 귀띔했다" (tipped off), "…고 게시했다" (posted)
         r"귀띔|게시")
# "텔레그램에 … 올렸다", "…고 썼다": a post or what one wrote is a statement too
_VERB = re.compile(rf"(?:밝혔|밝힌|밝히|말했|전했|전한|덧붙였|알렸|올렸|썼|(?:{_HADA})(?:했|한|하고|하며|해)|"
                   r"(?<=고 )했|(?<=[다라]고)했|(?<=[\"”])며(?=\s)|"  # '..."고 했다', '..."며'
                   # "…것으로 보고 있다", "…을 1만 명으로 보고 있다": so they judge
                   r"(?<=으로\s)보고(?=\s*있))")

# "…에 따르면", and a body's own tally or estimate ("AP통신 집계로는", "유엔 추산으로는",
# "국방부 발표에 따르면"): according to whom
_ACCORDING = re.compile(r"([^,.\"“”]{2,40}?)(?:(?:에|의)\s*(?:따르면|의하면)"
                        r"|\s*(?:의\s*)?(?:집계|추산|발표|조사|통계)(?:로는|으로는|상으로는|에서는))")
_TITLES = {"대통령", "장관", "국장", "대변인", "사령관", "총사령관", "총리", "의원", "위원장", "청장",
           "실장", "본부장", "참모총장", "합참의장", "차관", "대사", "부장", "원장", "총장", "소장",
           "중장", "대장", "준장", "대령", "단장", "국방장관", "외무장관", "정보총국장", "보좌관",
           # the ranks below a colonel, which a spokesman's name is followed by as often
           "중령", "소령", "대위", "중위", "소위", "준위", "원사", "상사", "중사"}
_LEADING = {"한편", "앞서", "또", "또한", "이어", "이날", "그날", "당일", "이와", "함께", "그러나", "하지만",
            "특히", "다만", "아울러", "이에", "반면", "한", "대해", "관련해"}  # "한 외교 소식통": a (diplomatic source)
_PRONOUNS = {"그", "그녀", "이들", "그들"}
_PARTICLE = re.compile(r"(?:은|는|이|가|의|에서|측은|측)$")


# "...다쳤다고 레바논 보건부가 23일(현지시간) 밝혔다": the speaker after the quoted clause,
# up to three words, then the day it spoke
_SUBJECT = re.compile(r"(?:고|며|다)\s+((?:[가-힣A-Za-z]*[가-힣A-Za-z](?<![고며다])\s+){0,2}[^\s\"“”\d]{2,20}?)(?:이|가|은|는)"
                      r"\s*(?:(?:지난\s*)?\d{1,2}일\s*(?:\(현지시간\))?\s*|(?:이날|그날|당일)\s*|같은\s*날\s*)?"
                      r"(?:(?:\S+\s+)?\S+(?:을|를)\s*인용(?:해|하여)\s*)?(?:또\s*)?$")  # "...를 인용해"


def _is_title(word: str) -> bool:
    """"사무총장", "국방장관": a word that ends with a title is one."""
    return any(word.endswith(t) for t in _TITLES)


# "군정과 맞서고 있는 민주 진영 국민통합정부": a clause that describes the name ends with a
# verb's adnominal form; the name is what follows it
_ADNOMINAL = re.compile(r"(?:있는|없는|하는|되는|맞서는|싸우는|이끄는|주도하는|소속된|속한|"
                        r"지지하는|지원하는|받는|[가-힣]던|[가-힣]{2,}(?:한|된))$")


# the unit or country a title belongs to: "미", "해군", "3함대", "국방부"
_AFFILIATION = re.compile(r"^(?:[미한북중러일영프독]|\d+[가-힣]+|[가-힣]*(?:군|부|대|청|원|처|국|함대|사령부))$")


# "3일", "지난 12일": the day, which wire copy puts before the body that spoke
_DAY = re.compile(r"지난|\d{1,2}일")
# "미 7공군", "2작전사령부", "3함대": Korean units go by number; a figure in any other word
# ("300명", "1만여") is a count, no name
_NUMBERED_UNIT = re.compile(r"\d+(?:공군|군|함대|사단|여단|군단|연대|대대|전대|비행단|"
                            r"작전사령부|사령부|기동전단)")


# "G1", "M23", "TV5": a Latin name with a digit in it (an outlet, a rebel movement)
_LATIN_NAME = re.compile(r"[A-Za-z]+\d+[A-Za-z]*")


def _name(words: list[str]) -> str | None:
    words = [w for w in words if w]
    cut = max((i for i, w in enumerate(words[:-1]) if _ADNOMINAL.search(w)), default=None)
    if cut is not None:
        words = words[cut + 1:]
    while words and (words[0] in _LEADING or _DAY.fullmatch(words[0])):
        words.pop(0)  # "3일 해군작전사령부에 따르면": the day it spoke opens the sentence
    if not words:
        return None
    words[-1] = _PARTICLE.sub("", words[-1]) or words[-1]
    rank = re.fullmatch(r"(.+)\(([가-힣]{1,4})\)", words[-1])
    if rank and _is_title(rank.group(1)) and _is_title(rank.group(2)):
        words[-1] = rank.group(1)  # "사령관(중장)": the title, then the rank in brackets
    if len(words) >= 5 and _is_title(words[-1]) and not any(map(_is_title, words[:-1])):
        # "존 웨이드 미 해군 3함대 사령관": a person, then whose unit, then the title
        words = words[:-1]
        while len(words) > 2 and _AFFILIATION.search(words[-1]):
            words.pop()
    if len(words) >= 2 and words[-1] == "대변인" and all(map(_AFFILIATION.search, words[:-1])):
        # "국방부 대변인", "미 국방부 대변인": an office speaking through no one named, kept
        # whole as the English "Defence Ministry spokesman" and the Russian "представитель
        # армии" are (not "전하규 국방부 대변인", whose name comes first)
        return " ".join(words)
    earlier = [i for i, w in enumerate(words[:-1]) if _is_title(w)]
    if len(words) >= 4 and _is_title(words[-1]) and earlier and earlier[-1] < len(words) - 2:
        # "정부군 대변인 나빌 압달라 준장": who, title, the name, a rank
        words = words[earlier[-1] + 1:-1]
    elif len(words) >= 3 and _is_title(words[-1]):
        # "볼로디미르 젤렌스키 우크라이나 대통령": a person's name, then where, then the title
        words = words[:-2] if len(words) >= 4 else words[:-1]
    elif len(words) >= 2 and _is_title(words[-1]) and not (len(words) == 2
                                                           and len(words[0]) == 1):
        words = words[:-1]  # but "김 장관" (a surname alone) keeps its title
    if not words or any(re.search(r"\d", w) and not _NUMBERED_UNIT.fullmatch(w)
                        and not _LATIN_NAME.fullmatch(w) for w in words) or len(words) > 6:
        return None
    return " ".join(words)


# "이 단체는 전했다", "해당 매체는", "그 관계자는": the one named before
_DEMONSTRATIVE = re.compile(r"^(?:이|그|해당|동)\s+[가-힣]{1,6}$")


# "성명에 따르면": a statement named alone speaks for whoever issued it, the speaker before (a
# report, "보고서는", speaks for itself)
_DOCUMENTS = {"성명", "성명서", "발표문", "보도자료", "입장문"}


def _explicit(name: str | None, start: int, end: int, verb_end: int) -> Attribution | None:
    if not name:
        return None
    if name in _PRONOUNS or _DEMONSTRATIVE.match(name) or name in _DOCUMENTS:
        return Attribution(None, PRONOUN, start, end, verb_end)
    alias = None
    m = re.search(r"\(([A-Za-z가-힣]{2,8})\)$", name)
    if m:
        alias = m.group(1)
        # "코소보평화유지군(KFOR)": a foreign body's Latin acronym is how other copy names
        # it, so the name keeps it; a Korean one ("국가정보원(국정원)") only abbreviates
        if not alias.isascii():
            name = name[:m.start()].strip()
    return Attribution(name, EXPLICIT, start, end, verb_end, alias)


_BYLINE = re.compile(r"^\s*\([^()=]{1,20}=[^()]{1,20}\)\s*(?:[가-힣]{2,4}\s+(?:기자|특파원)"
                     r"(?:\s*[가-힣]{2,4}\s+기자)*\s*=\s*)?")


# What may stand between a reporting verb and its subject without being either: when
# ("26일", "(현지시간)", "이날"), where or how ("기자회견에서", "성명을 통해", "브리핑에서",
# "이같이", "이렇게": thus, pointing back to the quote before);
# not "…넘는 것으로" (what it judges, the complement of "파악하고 있다"), whose verb is no subject.
_ADVERBIAL = re.compile(r"(?:\s+|^)(?:(?:지난\s*|오는\s*)?\d{1,2}일(?:\s*\(현지시간\))?|\(현지시간\)|"
                        r"이날|그날|당일|같은\s*날|또|이같이|이렇게|그같이|그렇게|다시|공식적으로|(?!것으로)[가-힣A-Za-z()]+(?:에서|에게|에|께|으로|로|를\s+통해|을\s+통해)"
                        r"|[가-힣A-Za-z]+(?:을|를)\s+인용(?:해|하여))$")
# a quoted complement right before the verb: '"..."고 말했다', '"..."라고 밝혔다'
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]\s*(?:라|이라)?고$")
# the subject: a word marked 이/가/은/는, not a count ("300명이") nor an adnominal form
_MARKED = re.compile(r"(?<!\d명)(?<![있없하되])(?:이|가|은|는)$")
# where the subject's phrase starts: after a clause ending or an object
_PHRASE_BREAK = re.compile(r"(?:고|며|다|을|를|면|[\"”“=,])$")  # 면: "…에 따르면"


# a word marked as a subject anywhere in a clause: "해군은", "국방부가" (not a count: "4명도",
# "20여 명이")
_MARKED_WORD = re.compile(r"(?<!명)(?<![있없하되])(?:이|가|은|는)(?=\s)")


def _clause_subject(sentence: str, verb: re.Match) -> tuple[str, int, int] | None:
    """The subject of a reporting verb read as a clause: skip, as a class, the adverbials
    of time, place and manner between it and the verb, and a quoted complement; the
    subject is the 이/가/은/는 word before them, with the words of its phrase before it
    ("훈련을 주관하는 존 웨이드 미 해군 3함대 사령관(중장)은 26일 기자회견에서 "..."고
    말했다", "...다쳤다고 하마스가 운영하는 가자지구 보건부가 10일 밝혔다", "보건부가
    집계한 사망자")."""
    head = sentence[:verb.start()].rstrip()
    for _ in range(8):
        m = _ADVERBIAL.search(head) or _QUOTED.search(head)
        if not m:
            break
        head = head[:m.start()].rstrip()
    words = head.split(" ")
    if not words or not _MARKED.search(words[-1]) or len(words[-1]) < 2:
        return None
    n = 1
    while n < min(len(words), 9) and not _PHRASE_BREAK.search(words[-n - 1]):
        n += 1
    phrase = words[-n:]
    end = len(head) - 1 if head.endswith(("이", "가", "은", "는")) else len(head)
    return " ".join(phrase)[:-1] or None, len(head) - len(" ".join(phrase)), end


def find_attribution(sentence: str) -> Attribution | None:
    """The source a Korean sentence names (topic of a reporting verb, "X에 따르면", the
    subject right before the verb, or a headline speaker before a quote); an outlet that
    cites someone ("현지 언론은 대통령궁 소식통을 인용해 … 전했다") carried that one's words."""
    found = _named_source(sentence)
    return _cited_by_outlet(sentence, found) or _relayed_by_outlet(sentence, found) or found


# "대통령궁 소식통을 인용해", "미 국방부 관리를 인용하여": whom the teller cites
_CITED = re.compile(r"((?:[^\s\"“”,.]+\s+){0,3}?[^\s\"“”,.]+?)(?:을|를)\s*인용(?:해|하여)")
# ("현지 매체 이라와디": the word for media, then the outlet's name)
_MEDIA = re.compile(r"(?:언론|매체|외신)(?:\s+\S+)?$")


def _cited_by_outlet(sentence: str, found: Attribution | None) -> Attribution | None:
    """The one an outlet cites, as the source of what it reports."""
    if not (found and found.kind == EXPLICIT and (is_outlet(found.name)
                                                   or _MEDIA.search(found.name))):
        return None
    m = _CITED.search(sentence, found.end)
    if not m:
        return None
    words = m.group(1).split()
    subject = max((i for i, w in enumerate(words) if _MARKED.search(w)), default=-1)
    cited = _explicit(_name(words[subject + 1:]), m.start(1), m.end(1), found.verb_end)
    return cited if cited and cited.kind == EXPLICIT else None


# "…말했다고 AFP통신이 전했다": a reporting verb closed by 다고, whose saying the next one relays
_RELAYED = re.compile(r"다\s*고\s")


def _relayed_by_outlet(sentence: str, found: Attribution | None) -> Attribution | None:
    """The speaker whose saying an outlet relays ('데비 대통령은 … "…"고 말했다고 AFP통신이
    전했다'), as the source of what was said: the outlet only carried it, as one that cites
    someone does."""
    if not (found and found.kind == EXPLICIT and (is_outlet(found.name)
                                                   or _MEDIA.search(found.name))):
        return None
    inner = [v for v in _VERB.finditer(sentence, 0, found.start)
             if _RELAYED.match(sentence, v.end())]
    if not inner:
        return None
    spoke = _said_by(sentence[:inner[-1].end()])
    return spoke if spoke and spoke.kind == EXPLICIT and not is_outlet(spoke.name) else None


def _named_source(sentence: str) -> Attribution | None:
    m = _ACCORDING.search(sentence)
    if m:
        found = _explicit(_name(m.group(1).split()), m.start(1), m.end(1), m.end())
        if found and is_outlet(found.name):
            # "로이터통신에 따르면 아메드 대변인은 ... 말했다": the agency carried what the
            # subject of the reporting verb said
            spoke = _said_by(sentence)
            if spoke and spoke.kind == EXPLICIT and not is_outlet(spoke.name):
                return spoke
        if found:
            return found
    return _said_by(sentence)


# "군은 … 병력 4만여 명을 동원해 …", "군 당국은 … 150여 명을 투입했습니다": a sentence that
# quotes no one but tells of a body's own act on its forces (sending, mobilising) or on the
# enemy ("인도군은 … 테러리스트 100명 이상을 사살했습니다": killing, capturing) has that
# body, its topic, for source: who did it is who knows the figure ("…배치한 것으로
# 알려졌다", hearsay of it, is not the body's word)
_HEARSAY = re.compile(r"것으로\s*(?:알려|전해|보인|추정|파악)")
_ACTOR = re.compile(r"((?:[가-힣]+\s+)?[가-힣]+?)(?:은|는)\s")
_OWN_ACT = re.compile(r"(?:동원|투입|배치|파견|파병|증원|증파|급파|사살|생포|체포|검거|나포|연행)"
                     r"(?:해|하여|하고|하며|했|한|하기로)|붙잡(?:아|았|고|은)|(?:을|를)\s*보(?:냈|낸|내)")
# bodies that go by no noun of a unit or ministry: "그리스 당국", "합참", "터키 정부"
_BODY = re.compile(r"(?:당국|합참|정부|경찰)$")


_TOPIC = re.compile(r"((?:\S+\s+){0,7}?\S+?(?:\([^)]*\))?)(?<!있)(?<!없)(?<!하)(?<!되)(?:은|는)\s")
# "인도 외교부도 …": a topic marked "also", a word of two syllables or more before 도 (not
# "인도", India, nor "주도", led by)
_ALSO_TOPIC = re.compile(r"((?:\S+\s+){0,5}?\S{2,}?)도\s")
# "…부인했지만, 유엔 전문가 보고서는 …": a contrast opens a clause with its own topic; so
# does a finished clause joined by -며/-고 ("…공습했으며, 인도 정부 소식통은 … 주장했다")
_CONTRAST = re.compile(r"(?<=[가-힣])(?:지만|으나|는데|반면)\s*,?\s")
_PAST = "".join(chr(0xAC00 + 28 * i + 20) for i in range(399))  # 했, 였, 쳤, 겼 …: ending in ㅆ
_JOINED = re.compile(rf"(?<=[{_PAST}])(?:으며|고)\s*,?\s")


def _speaker_like(words: list[str]) -> bool:
    """A body, an official or a titled person ("인도 외교부", "정부 소식통", "총리"), as a topic
    that only "also" (도) marks, or one opening a clause joined to another, must be to speak:
    "병사들도", "사망자는" are what is told."""
    last = words[-1]
    if re.search(r"\d", last) and not _NUMBERED_UNIT.fullmatch(last):
        return False  # "해병대원 2명도": a count, no one who speaks
    return bool(_AFFILIATION.search(last) or _OFFICIAL.search(last) or _is_title(last)
                or is_outlet(last) or _BODY.search(last))


def _topic_of_the_clause(sentence: str, at: int, verb_start: int) -> re.Match | None:
    """The topic that opens the reporting verb's clause: after a contrast
    ("르완다 정부는 개입을 부인했지만, 유엔 전문가 보고서는 … 지적했다") the second clause's, or
    after a finished clause ("…공습했으며, 인도 정부 소식통은 … 주장했다") a speaker opening
    the next, else the sentence's; a topic marked 도 ("인도 외교부도 … 확인했다") is one when
    it is a speaker."""
    joints = [m.end() for m in _CONTRAST.finditer(sentence, at, verb_start)]
    second = _TOPIC.match(sentence, joints[-1]) if joints else None
    if second and not second.group(1).endswith("에"):  # not "생명에는 지장이 없다": a place
        return second
    joined = [m.end() for m in _JOINED.finditer(sentence, at, verb_start)]
    second = _TOPIC.match(sentence, joined[-1]) if joined else None
    if second and _speaker_like(second.group(1).split()):
        return second
    also = None if _TOPIC.match(sentence, at) else _ALSO_TOPIC.match(sentence, at)
    if also and _speaker_like(also.group(1).split()):
        return also
    return _TOPIC.match(sentence, at)


def _said_by(sentence: str) -> Attribution | None:
    """The subject of the sentence's last reporting verb, or a headline's speaker."""
    verbs = list(_VERB.finditer(sentence))
    if verbs:
        verb = verbs[-1]
        before = sentence[:verb.start()].rstrip()
        subject = _SUBJECT.search(before)
        if subject:
            return _explicit(_name(subject.group(1).split()), subject.start(1), subject.end(1),
                             verb.end())
        clause = _clause_subject(sentence, verb)
        found = clause and _explicit(_name(clause[0].split()), clause[1], clause[2], verb.end())
        if found:
            return found
        byline = _BYLINE.match(sentence)  # "(런던=연합뉴스) 박영희 특파원 = 영국 국방부는"
        at = byline.end() if byline else 0
        channel = _ACCORDING.match(sentence, at)
        if channel:  # "로이터통신에 따르면 파키스탄군 대변인 … 중장은": the topic after it
            at = channel.end() + re.match(r"\s*", sentence[channel.end():]).end()
        topic = _topic_of_the_clause(sentence, at, verb.start())
        if topic:
            return _explicit(_name(topic.group(1).split()), topic.start(1), topic.end(1),
                             verb.end())
        if not _MARKED_WORD.search(before):
            # "…4명도 숨졌다고 덧붙였습니다", "이어 …고 말했다": a reporting verb with no
            # subject at all has the speaker before for its subject, who goes on
            return Attribution(None, PRONOUN, verb.start(), verb.end(), verb.end())
    if not verbs:
        actor = _ACTOR.match(sentence)
        # "우리 군은": our forces, as the issuer of a release or the publication calls them
        if actor and _OWN_ACT.search(sentence, actor.end()) and not _HEARSAY.search(sentence) \
                and (_AFFILIATION.search(last := actor.group(1).split()[-1]) or _BODY.search(last)) \
                and not actor.group(1).startswith("우리"):
            return _explicit(actor.group(1), 0, actor.end(1), actor.end(1))
    headline = re.match(r"^([^\s\"“”]{2,20}(?:\s[^\s\"“”]{1,20})?)\s*[\"“]", sentence)
    if headline:
        return _explicit(_name(headline.group(1).split()), 0, headline.end(1), headline.end(1))
    return None


# "오스틴 장관은", "합참 관계자는": a sentence that opens on a titled person or an official
_OPENING_SPEAKER = re.compile(r"((?:[^\s\d\"“”]+\s+){0,4}?[^\s\d\"“”]+?)(?:은|는)\s")
_OFFICIAL = re.compile(r"(?:관계자|당국자|대변인|소식통|관리)$")


def introduced_speaker(sentence: str) -> str | None:
    """The titled person or official a Korean sentence opens on ("오스틴 장관은 기자회견을
    열었다"): whom a later "그는 … 말했다" stands for when no one spoke before it."""
    m = _OPENING_SPEAKER.match(sentence)
    if not m:
        return None
    words = m.group(1).split()
    if not (_is_title(words[-1]) or _OFFICIAL.search(words[-1])):
        return None
    return _name(words)
