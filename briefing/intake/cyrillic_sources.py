"""Who says so, in Russian and Ukrainian: "заявил Игорь Конашенков", "по данным Генштаба",
"за словами Сирського", "повідомило видання «Наша Ніва»", "Генштаб ВСУ утверждает".

Names are kept as written (Cyrillic, in the case the sentence puts them in: "по словам
литовского разведчика" gives "литовского разведчика"), with the title dropped before a
person's name ("официальный представитель Минобороны России Игорь Конашенков" -> "Игорь
Конашенков") and a media outlet's generic noun dropped ("издание «Медиазона»" ->
"Медиазона"). "По его словам", "додав він" and "по данным ведомства" stand for the previous
source, as "he added" does in English.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .attribution import EXPLICIT, GENERIC, MEDIA_REFERENT, PRONOUN, Attribution
from .outlets import is_outlet

_VERB = (r"отмеча(?:ет|ют)|відзнача(?:є|ють)|зазнача(?:є|ють)|сообщал[аио]?|заявлял[аио]?|говорил[аио]?|повідомлял[аио]?|заявлял[аи]|казав|"
         r"заявил[аио]?|заявля(?:ет|ют)|сообщил[аио]?|сообща(?:ет|ют)|рассказал[аио]?|"
         r"отметил[аио]?|подчеркнул[аио]?|уточнил[аио]?|добавил[аио]?|говорил[аио]?|"
         r"сказал[аио]?|утвержда(?:ет|ют)|признал[аио]?|подтвердил[аио]?|оценива(?:ет|ют|л[аио]?)|"
         r"оценил[аио]?|переда(?:ет|ёт|ют)|пишет|написал[аио]?|доложил[аио]?|объявил[аио]?|"
         r"установил[аио]?|насчитал[аио]?|подсчитал[аио]?|заявив|заявила|заявили|заявило|"
         r"заявля(?:є|ють)|повідомив|повідомил[аио]|повідомля(?:є|ють)|зазначив|зазначил[аио]|"
         r"розповів|розповіл[аио]|сказав|сказал[аи]|додав|додал[аи]|наголосив|наголосил[аи]|"
         r"підкреслив|уточнив|підтвердив|підтвердил[аи]|визнав|визнал[аи]|стверджу(?:є|ють|вав|вал[аи])|утверждал[аи]?|"
         r"оцінюю?(?:є|ють)|оцінювал[аио]?|оцінив|оцінил[аи]|написав|пише|переда(?:є|ють)|доповів|оголосив|"
         r"встановил[аио]?|нарахувал[аио]?|підрахувал[аио]?|оприлюднив|оприлюднил[аио]|"
         r"обнародовал[аио]?|опубликовал[аио]?|опублікував|опублікувал[аио]|считает|считают|"
         r"вважає|вважають|інформує|інформують|информирует|информируют|опроверг(?:ла|ли|ло)?|"
         r"отчитал(?:ся|ась|ось|ись)|звітував|звітувал[аои]|заперечив|заперечил[аио]|"
         # a denial ("заперечив це") is a statement too; "Такие данные приводит X"
         r"спростував|спростувал[аио]|привод(?:ит|ят)|привел[аи]?|навод(?:ить|ять)|навів|навел[аи]")
_VERB_RE = re.compile(rf"(?<!\w)(?:{_VERB})(?!\w)", re.I)
_DOCUMENT = re.compile(r"(?<!\w)(?:говорится|сообщается|указывается|[йі]деться|повідомляється|"
                       r"зазначається)\s+(?:в|во|у)\s+(?:\w+\s+)?(?:сводке|сообщении|отч[её]те|"
                       r"докладе|заявлении|публикации|бюллетене|зведенні|повідомленні|звіті|"
                       r"доповіді|заяві|публікації)\s+", re.I)
_THEIR_WORDS = re.compile(r"(?<!\w)(?:по\s+(?:его|её|ее|их)\s+(?:словам|данным|оценке|мнению)|"
                          r"за\s+(?:його|її|їхніми|їхніми)\s+(?:словами|даними|оцінкою)|"
                          r"за\s+словами\s+(?:нього|неї))(?!\w)", re.I)
_PER = re.compile(
    r"(?<!\w)(?:по\s+данным|по\s+словам|по\s+информации|по\s+оценкам?|согласно\s+данным|"
    r"по\s+оценк(?:е|ам)|по\s+подсч[её]там|за\s+підрахунками|по\s+сведениям|"
    r"по\s+мнению|на\s+думку|за\s+відомостями|за\s+повідомленням|согласно|"
    r"как\s+уточнил[аи]?|"
    r"как\s+отметил[аи]?|следует\s+из\s+(?:данных|доклада|отч[её]та|оценки)|"
    r"випливає\s+з\s+(?:даних|доповіді|звіту|оцінки)|как\s+рассказал[аи]?|як\s+уточнил[аи]|як\s+зазначил[аи]|"
    r"как\s+сообщает|как\s+сообщили?|как\s+заявил[аи]?|за\s+даними|за\s+словами|"
    r"за\s+інформацією|за\s+оцінкою|за\s+оцінками|згідно\s+з\s+даними|як\s+повідомляє|"
    r"як\s+повідомил[аи]|як\s+повідомив|як\s+заявив|як\s+заявил[аи]|с\s+слов|"
    rf"(?:как|як)\s+(?:{_VERB}))\s+", re.I)  # "Как отмечает британская разведка, ..."
_POSSESSIVE = re.compile(r"^(?:его|её|ее|их|него|неё|них|його|її|їхніми|їх|нього|неї)\b", re.I)
_PRONOUNS = {"он", "она", "они", "оно", "он", "він", "вона", "вони", "воно"}
# "в министерстве" stands for the ministry named earlier, not for whoever spoke last.
ANAPHOR_HINTS = {"министерств": r"министерств|минобороны|ministry",
                 "міністерств": r"міністерств|міноборони|ministry",
                 "агентств": r"агентств|тасс|риа|агенці",
                 "ведомств": r"министерств|минобороны|ведомств|служб|ministry",
                 "відомств": r"міністерств|міноборони|відомств|служб|ministry",
                 "издани": MEDIA_REFERENT, "видання": MEDIA_REFERENT, "газет": MEDIA_REFERENT,
                 "канал": MEDIA_REFERENT}
_OUTLET = re.compile(r"(?:издани|видання|газет|агентств|агенці|канал|журналист|журналіст|"
                     r"портал|сайт|редакци|редакці)\w*\s+(?:\w+\s+)?«([^»]{2,40})»", re.I)
_ANAPHORS = re.compile(r"^(?:(?:[\w'’]+(?:ом|ем|ой|ому|ій|ім|ого|его|ої)\s+)?(?:ведомств|министерств|агентств|відомств|міністерств|издани|"
                       r"видання|газет|канал)\w*|(?:собеседник|співрозмовник)\w*(?:\s+\w+)?)$", re.I)
_TITLES = re.compile(
    r"(?<!\w)(?:официальн\w+\s+)?(?:представител|министр|глав(?:а|ы|е|у|ой)(?!\w)|начальник|командующ|"
    r"главнокомандующ|президент|премьер|спикер|пресс-секретар|генерал|полковник|подполковник|"
    r"майор|капитан|адмирал|адмірал|советник|помощник|директор|руководител|мэр|губернатор|лидер|основател|"
    r"посол|заместител|замминистр|представник|міністр|голов(?:а|и|і|у|ою)(?!\w)|командувач|головнокомандувач|"
    r"прем'єр|речник|речниц|прессекретар|прес-секретар|радник|керівник|мер|засновник|"
    r"заступник|командир|очільник|аналитик|аналітик|эксперт|експерт|координатор)\w*", re.I)
_MEDIA = re.compile(r"^(?:издание|издания|газета|газеты|телеканал|телеканала|агентство|"
                    r"агентства|видання|газети|агенція|агенції|портал|портала)\s+", re.I)
_CUT = re.compile(r"\s+(?:в|во|у|на|с|со|з|із|под|під|при|после|після|через|для|совместно|"
                  r"спільно|з\s+посиланням|со\s+ссылкой|ссылаясь|посилаючись|о|об|про|что|що|"
                  r"который|которая|которые|який|яка|які|пожелавш\w*|побажав\w*|"
                  r"знаком\w*|знайом\w*)(?![\w'’ʼ]).*$", re.I)
_LEADING = re.compile(r"^(?:об\s+этом(?:\s+же)?|про\s+це(?:\s+ж)?|в|у|во|ранее|также|кроме\s+того|между\s+тем|однако|при\s+этом|"
                      r"тем\s+временем|позже|затем|крім\s+того|раніше|також|водночас|натомість|"
                      r"згодом|потім|зокрема|в\s+свою\s+очередь|своєю\s+чергою|а|и|і|та|но|але)"
                      r"(?![\w'’ʼ])\s+", re.I)
# "в понедельник", "у вівторок": the day of the week a statement was made
_WEEKDAY = (r"понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|"
            r"середу|четвер|п['’ʼ]ятницю|суботу|неділю")
_DATE_WORDS = re.compile(rf"\s+(?:(?:в|во|у)\s+(?:{_WEEKDAY}|\w+е|\w+і|\w+у)|вчера|сегодня|"
                         r"вчора|сьогодні|ранее|раніше|также|також|накануне|напередодні)$", re.I)
_ORDINAL = re.compile(r"\d+-[^\W\d_]{1,3}(?!\w)")
# ", який попросив не називати його імені,", ", пов'язаний із «Вагнером»,": an aside
_ASIDE = re.compile(r"(?<=[^\s,])\s*,\s*(?:котор\w+|як(?:ий|а|е|і|ого|ої|их|ому)|что|що|"
                    r"пов['’ʼ]язан\w*|связанн\w*|близьк\w*|близк\w*|знаком\w*|знайом\w*|"
                    r"пожелавш\w*|побажав\w*|в\s+свою\s+очередь|своєю\s+чергою|"
                    r"\w+вш(?:ий|ая|ие|ее|ого)|\w+(?:ючи|вши)|\w{3,}(?:ая|яя)(?=\s+(?:на|в|во|с|перед|по)\s)|"
                    # "в интервью, опубликованном во вторник, заявил": a passive participle
                    r"\w+[нт](?:ом|ому|ой|ій|ої|ым|им|ых|их))(?![\w'’ʼ])[^,;:]*,\s*$", re.I)
# "Джон Кирби 1 мая заявил", "... 2 березня 2025 року заявив": the day, before the verb
_DAY_BEFORE = re.compile(r"\s+\d{1,2}\s+(?:январ|феврал|марта|апрел|мая|июн|июл|август|сентябр|"
                         r"октябр|ноябр|декабр|січн|лют|березн|квітн|травн|червн|липн|серпн|"
                         r"вересн|жовтн|листопад|грудн)\w*(?:\s+\d{4}\s+(?:года|г\.|року))?\s*$",
                         re.I)
_ANONYMOUS = re.compile(r"(?:источник|джерел|собеседник|співрозмовник|чиновник|"
                        r"посадовець|посадовц|офицер|офіцер|военн|військов|представител|"
                        r"представник)\w*", re.I)
_WHERE = re.compile(r"(?:\s+(?:что|що|который|которая|які|який|яка)\b|,).*$", re.I)
_DATA = re.compile(r"^(?:(?:такие|эти|такі|ці|ті)\s+)?(?:данные|дані|цифры|цифри|сведения|"
                   r"відомості|информаци|інформаці)\w*"
                   r"(?:\s|$)", re.I)
# "Базирующаяся в Лондоне Сирийская обсерватория", "Розташований у Лондоні центр": where the
# organisation is, said with a participle, is no part of its name
_BASED = re.compile(r"^(?:[\w'’-]+(?:ющ|ущ|ащ|ящ)\w*|базован\w*|розташован\w*|расположенн\w*|"
                    r"заснован\w*|основанн\w*)\s+(?:в|во|у|на|при|під|под)\s+\S+\s+(?=\S)", re.I)
# to whom it was said, before the speaker: an acronym, or an outlet named by its kind
_ADDRESSEE = re.compile(r"(?:[А-ЯЁІЇЄҐA-Z]{2,6}|(?:агентству|изданию|виданню|телеканалу|газете|"
                        r"газеті|журналистам|журналістам|репортерам)(?:\s+(?:«[^»]{1,30}»|"
                        r"[А-ЯЁІЇЄҐA-Z][\w-]*))?)\s+"
                        r"(?=(?-i:[а-яёіїєґ]|[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+\s+[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+))")
# how or where something was said, not who said it
_ADVERBIAL = re.compile(r"^(?:на|в|во|у|під\s+час|во\s+время|в\s+ходе|под|при)\s", re.I)
_PLURAL = re.compile(r"(?:ли|ют|ят|ють|ять|ються)$", re.I)
_WHEN_WHERE = re.compile(
    rf"^(?:(?:в|во|у)\s+(?:{_WEEKDAY})|вчера|сегодня|вчора|"
    r"сьогодні|накануне|напередодні|\d{1,2}\s+[а-яіїєґ]+(?:\s+\d{4}\s+(?:года|року))?|"
    r"(?:в|во|у|на)\s+(?:свое[мй]\s+|своєму\s+)?(?:Telegram|Телеграм|телеграм|эфире|ефірі|интервью|"
    r"інтерв['’ʼ]ю|брифинге|брифінгу|соцсетях|соцмережах|Facebook|Twitter)(?:-канал\w*)?)\s+",
    re.I)
_ESTIMATE_OF = re.compile(r"^(?:оценк[еаи]|оценкам|подсч[её]там|данным|информации|сведениям|"
                          r"оцінк(?:ою|ами|и)|даних|підрахунк(?:ами|ів)|інформації)\s+(?=\S)", re.I)
_ONE_OF = re.compile(r"^(?:один|одна|одно|одне|одного|одной|одніє[ї]|одним)\s+(?:из|із|з)\s+(?=\S)",
                     re.I)
_NAME_WORD = re.compile(r"^[А-ЯЁІЇЄҐA-Z][а-яёіїєґa-z'’ʼ-]+$")


# "офіцер бригади з позивним "Граф"", "командир роты (позывной «Гюрза»)": the name the
# speaker goes by is who speaks
_CALL_SIGN = re.compile(r"(?<!\w)(?:позывн|позивн)\w*\s*[«\"“„']?([А-ЯЁІЇЄҐA-Z][\w'’ʼ-]*"
                        r"(?:\s+[А-ЯЁІЇЄҐA-Z][\w'’ʼ-]*)?)")


def _tidy(raw: str) -> str | None:
    """A cut-out phrase -> the source name as written, or None."""
    sign = _CALL_SIGN.search(raw)
    if sign:
        return sign.group(1)
    text = raw.strip(" ,.;:—–-\"«»“”")
    while True:
        # "Об этом сообщает ...": the speaker is after the verb; "как сообщил в четверг
        # ТАСС", "як повідомив у Telegram командир": when and where it was said come first
        shorter = _WHEN_WHERE.sub("", text + " ", count=1).strip()
        if shorter == text and _LEADING.match(text + " "):
            shorter = _LEADING.sub("", text + " ", count=1).strip()
        if shorter == text:
            break
        text = shorter
    if _DATA.match(text):
        return None  # "Дані щодо втрат оприлюднив Генштаб": what was said, not who
    words = text.split()
    told = next((k for k in (3, 2, 1) if len(words) > k and is_outlet(" ".join(words[:k]))), 0)
    rest = " ".join(words[told:])
    # "сообщили ТАСС в Минздраве", "повідомили Укрінформу в штабі" (not "ТАСС в четверг")
    at_body = not _WHEN_WHERE.match(rest + " ") and re.match(r"(?:в|во|у)\s+(?=\w)", rest)
    if told and (_TITLES.match(rest) or _ANONYMOUS.match(rest) or at_body):
        text = rest[at_body.end():] if at_body else rest  # "как сообщил ТАСС источник …": told
    text = _ONE_OF.sub("", text)  # "Один із командирів рот": one of them is who they are
    text = _ESTIMATE_OF.sub("", text)  # "согласно оценке британской разведки": whose estimate
    named = _titled_name(text.split())
    if named:
        return named
    text = _BASED.sub("", text)
    cut = _CUT.sub("", text)
    # "Источник в силовых структурах", "джерело в ГУР": an anonymous source is its place
    text = cut if not _ANONYMOUS.fullmatch(cut) else _WHERE.sub("", text)
    while True:
        shorter = _DATE_WORDS.sub("", text)
        if shorter == text:
            break
        text = shorter
    text = _MEDIA.sub("", text).strip(" ,.;:—–-")
    text = text.replace("«", "").replace("»", "").replace("“", "").replace("”", "").strip()
    if not text or _has_figure(text) or len(text.split()) > 9:
        return None
    words = text.split()
    if _TITLES.search(text):
        tail = []
        for w in reversed(words):
            if _NAME_WORD.match(w) and not w.isupper() and not _TITLES.fullmatch(w):
                tail.insert(0, w)
            else:
                break
        if len(tail) >= 2 and len(tail) < len(words):
            return " ".join(tail[-3:] if len(tail) >= 3 and _patronymic(tail[-2]) else tail[-2:])
    return text


def _titled_name(words: list[str]) -> str | None:
    """"на брифинге заместитель начальника центра ... в Сирии контр-адмирал Олег Игнасюк":
    however long the description, a title right before a person's two or three names at
    its end says who speaks."""
    for n in (3, 2) if len(words) > 3 else ():
        names, title = words[-n:], words[-n - 1]
        if all(_NAME_WORD.match(w) and not w.isupper() for w in names) \
                and any(_TITLES.fullmatch(part) for part in title.split("-")) \
                and not title[:1].isupper():
            return " ".join(names) if n == 2 or _patronymic(names[1]) else None
    # "Координатор Совета ... по стратегическим коммуникациям Джон Кирби": a title opens
    # the description, a lowercase word ends it, and the two names after it are the person
    if len(words) > 4 and _TITLES.fullmatch(words[0]) and words[-3][:1].islower() \
            and words[-4].lower() not in ("в", "во", "у", "на") \
            and all(_NAME_WORD.match(w) and not w.isupper() for w in words[-2:]):
        return " ".join(words[-2:])
    return None


def _patronymic(word: str) -> bool:
    return bool(re.search(r"(?:вич|вна|ович|евич|йович|івна|ївна)$", word))


def _after_verb(sentence: str, end: int) -> tuple[str, int] | None:
    """The subject placed after the verb: "..., заявил в понедельник Игорь Конашенков."."""
    rest = sentence[end:]
    # "в понедельник" is skipped, but "в Командуванні Сил підтримки" is who speaks
    m = re.match(r"\s*(?:(?:в|во|у)\s+(?-i:[а-яёіїєґ'’ʼ]+)\s+|вчера\s+|сегодня\s+|вчора\s+|сьогодні\s+|"
                 r"также\s+|також\s+|ранее\s+|раніше\s+)?(?:(?:в|у)\s+)?", rest, re.I)
    start = end + m.end()
    # "рассказал РБК командир батальона", "розповів УП речник": told whom, then who
    told = _ADDRESSEE.match(sentence, start)
    if told:
        start = told.end()
    phrase = re.split(r"[,.;:!?)]|\((?!\s*(?:позывн|позивн))|\s[—–]\s", sentence[start:],
                      maxsplit=1)[0]
    if not phrase.strip():
        return None
    return phrase, start


def _has_figure(text: str) -> bool:
    """Digits other than a unit's ordinal ("3-тя бригада", "65-ї бригади")."""
    return bool(re.search(r"\d", _ORDINAL.sub("", text)))


def _before_verb(sentence: str, start: int) -> tuple[str, int] | None:
    """The subject placed before the verb, from the clause start: "Генштаб ВСУ утверждает";
    a clause between commas that describes it is skipped ("Офіцер бригади, який попросив
    не називати його імені, розповів")."""
    head = sentence[:start]
    aside = _ASIDE.search(head)
    if aside:
        head = head[:aside.start()]
    head = _DAY_BEFORE.sub(" ", head)
    cut = max(head.rfind(c) for c in ",;:—–(")
    phrase = head[cut + 1:]
    if not phrase.strip() or _has_figure(phrase):
        return None
    return phrase, cut + 1


def _explicit(name: str | None, start: int, end: int, verb_end: int,
              raw: str = "") -> Attribution | None:
    """An attribution of `name` (tidied from `raw`, the phrase as cut out)."""
    outlet = _OUTLET.search(raw) or re.fullmatch(r"\s*«([^»]{2,40})»\s*", raw)
    if outlet:
        return Attribution(outlet.group(1), EXPLICIT, start, end, verb_end, media=True)
    if not name:
        return None
    if name.lower() in _PRONOUNS or _ANAPHORS.match(name):
        hint = next((h for h in ANAPHOR_HINTS for w in name.lower().split()
                     if w.startswith(h)), None)
        # with no one named before it, "собеседник агентства" is its own (anonymous) source
        return Attribution(None, PRONOUN, start, end, verb_end, ANAPHOR_HINTS.get(hint),
                           noun=None if name.lower() in _PRONOUNS else name)
    alias = None
    m = re.search(r"\s*\(([A-ZА-ЯІЇЄҐ]{2,8})\)$", name)
    if m:
        alias, name = m.group(1), name[:m.start()].strip()
    return Attribution(name, EXPLICIT, start, end, verb_end, alias)


# "... взяла на себя группировка «Исламское государство»*, заявившая об убийстве 71
# военного": a reporting verb's participle after a comma says what the noun before it said
_PARTICIPLE = re.compile(r",\s*(?:заявивш|сообщивш|утверждающ|заявляющ|сообщающ|объявивш|"
                         r"признавш)\w*(?!\w)", re.I)
_NAMED_LAST = re.compile(r"(?:(?<=\s)|^)(?:[\w-]+\s+)?«([^»]{2,60})»\*?\s*$|"
                         r"((?:[А-ЯЁІЇЄҐA-Z][\w'’-]*\s+){0,3}[А-ЯЁІЇЄҐA-Z][\w'’-]*)\*?\s*$")


def _participle_speaker(sentence: str) -> Attribution | None:
    m = _PARTICIPLE.search(sentence)
    named = m and _NAMED_LAST.search(sentence[:m.start()])
    if not named:
        return None
    name = named.group(1) or named.group(2)
    return Attribution(name, EXPLICIT, named.start(), m.start(), m.end())


# told whom, in the dative: "журналістам", "виданню", "Суспільному" (an outlet's name is
# recognised by `is_outlet` in any case)
_TOLD = re.compile(r"^(?:журналистам|журналістам|репортерам|виданню|изданию|агентству|"
                   r"телеканалу|газете|газеті)(?:\s|$)", re.I)


# a bare acronym before the verb, with a person named after it: "Про це ЦНН розповів командир
# …", "Про це ГУР повідомив речник …" (the person speaks, for the outlet or the agency)
_ACRONYM = re.compile(r"[А-ЯЁІЇЄҐA-Z]{2,6}")


def _is_channel(a: Attribution) -> bool:
    """An outlet, or the people it was told to: the channel, not the speaker."""
    return a.kind == EXPLICIT and (a.media or is_outlet(a.name) or bool(_TOLD.match(a.name or ""))
                                   or bool(_ACRONYM.fullmatch(a.name or "")))


def _names_someone(phrase: str, name: str) -> bool:
    """A name, a title or an anonymous speaker ("командир батальона"), not the object of
    the verb ("визнав втрати")."""
    text = _LEADING.sub("", phrase.strip() + " ", count=1).strip()
    return name[:1].isupper() or bool(_TITLES.match(text) or _ANONYMOUS.match(text))


def find_attribution(sentence: str) -> Attribution | None:
    """The source a Russian or Ukrainian sentence names, a pronoun for one, or None."""
    m = _DOCUMENT.search(sentence)
    if m:  # "говорится в сводке Минобороны России"
        phrase = re.split(r"[,.;:!?()]|\s[—–]\s", sentence[m.end():], maxsplit=1)[0]
        found = _explicit(_tidy(phrase), m.end(), m.end() + len(phrase), m.start(), phrase)
        if found:
            return found
    m = _THEIR_WORDS.search(sentence)
    if m:
        # "Об этом заявил генерал X: по его словам, ...": his words are those of the
        # speaker the sentence has just named
        named = find_attribution(sentence[:m.start()]) if m.start() > 0 else None
        if named and named.kind == EXPLICIT:
            return named
        return Attribution(None, PRONOUN, m.start(), m.end(), m.end())
    m = _PER.search(sentence)
    if m:
        rest = sentence[m.end():]
        if _POSSESSIVE.match(rest):
            return Attribution(None, PRONOUN, m.start(), m.end(), m.end())
        phrase = re.split(r"[,.;:!?()]|\s[—–]\s", rest, maxsplit=1)[0]
        found = _explicit(_tidy(phrase), m.end(), m.end() + len(phrase), m.end() + len(phrase),
                          phrase)
        if found and _is_channel(found):
            # "по данным ТАСС, представитель Минобороны X заявил": the outlet carried it
            at = m.end() + len(phrase)
            spoke = find_attribution(sentence[at:])
            if spoke and spoke.kind == EXPLICIT and not _is_channel(spoke):
                return replace(spoke, start=spoke.start + at, end=spoke.end + at,
                               verb_end=spoke.verb_end + at)
        if found:
            return found
        return Attribution(None, GENERIC, m.start(), m.end(), m.end())
    for vm in _VERB_RE.finditer(sentence):
        before = _before_verb(sentence, vm.start())
        if before and _ADVERBIAL.match(_LEADING.sub("", before[0].strip() + " ", count=1)) \
                and not _PLURAL.search(vm.group()):
            # "Командир батальону, ..., на умовах анонімності розповів", "Про це в ефірі
            # заявив речник X": a singular verb's speaker is not the phrase that says how or
            # where; it is the clause before, or the name after the verb
            earlier = _before_verb(sentence, before[1]) if before[1] > 0 else None
            before = earlier if earlier and _tidy(earlier[0]) else None
            if before is None:
                after = _after_verb(sentence, vm.end())
                found = after and _explicit(_tidy(after[0]), after[1], after[1] + len(after[0]),
                                            vm.end(), after[0])
                if found:
                    return found
        if before and before[0].split() and before[0].split()[-1].lower() in _PRONOUNS:
            # "Потери ВСУ под Артемовском он оценил в ...": the pronoun right before the
            # verb is its subject; what stands before it is what was estimated
            return Attribution(None, PRONOUN, vm.start() - len(before[0].split()[-1]) - 1,
                               vm.start(), vm.end())
        if before and _tidy(before[0]):
            phrase, at = before
            found = _explicit(_tidy(phrase), at, vm.start(), vm.end(), phrase)
            if found and _is_channel(found):
                # "Про це LIGA.net повідомив речник … Ігор Шевчук": the outlet before the
                # verb was told; the person after it spoke
                after = _after_verb(sentence, vm.end())
                spoke = after and _explicit(_tidy(after[0]), after[1], after[1] + len(after[0]),
                                            vm.end(), after[0])
                if spoke and spoke.kind == EXPLICIT and not _is_channel(spoke) \
                        and _names_someone(after[0], spoke.name):
                    return spoke
            if found:
                return found
        after = _after_verb(sentence, vm.end())
        if after:
            phrase, at = after
            found = _explicit(_tidy(phrase), at, at + len(phrase), vm.end(), phrase)
            if found:
                return found
    found = _participle_speaker(sentence)
    if found:
        return found
    m = re.match(r"^([^:«»\"]{2,60}):\s", sentence)
    if m and _tidy(m.group(1)):
        return _explicit(_tidy(m.group(1)), 0, m.end(1), m.end(1))  # headline "Сирський: ..."
    return None
