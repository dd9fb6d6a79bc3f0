"""A Russian or Ukrainian phrase cut out around a reporting verb -> the speaker's name as
written: "официальный представитель Минобороны России Игорь Конашенков" -> "Игорь
Конашенков", "издание «Медиазона»" -> "Медиазона", "джерело в ГУР, яке …" -> "джерело в
ГУР" (an anonymous source is its place), "командир роты (позывной «Гюрза»)" -> "Гюрза".

Kept apart from `cyrillic_sources`, which finds where in a sentence the phrase is: what a
speaker's name is made of (titles, names, anonymous nouns, when and where it was said) is
one question, the grammar of attribution another.
"""
from __future__ import annotations

import re

from .outlets import is_outlet

TITLES = re.compile(
    r"(?<!\w)(?:официальн\w+\s+)?(?:представител|министр|глав(?:а|ы|е|у|ой)(?!\w)|начальник|командующ|"
    r"главнокомандующ|президент|премьер|спикер|пресс-секретар|генерал|полковник|подполковник|"
    r"майор|капитан|капітан|підполковник|адмирал|адмірал|советник|помощник|директор|руководител|мэр|губернатор|лидер|основател|"
    r"посол|заместител|замминистр|представник|міністр|голов(?:а|и|і|у|ою)(?!\w)|командувач|головнокомандувач|"
    r"прем'єр|речник|речниц|прессекретар|прес-секретар|радник|керівник|мер|засновник|"
    r"заступник|командир|очільник|аналитик|аналітик|эксперт|експерт|координатор|уповноважен|"
    r"уполномоченн|омбудсмен)\w*", re.I)
_MEDIA = re.compile(r"^(?:издание|издания|газета|газеты|телеканал|телеканала|агентство|"
                    r"агентства|видання|газети|агенція|агенції|портал|портала)\s+", re.I)
# a preposition or a clause after the name; in lower case, since a capital mid-phrase opens
# a name ("речник … союзу Со То Ні": "Со" is no "со")
_CUT = re.compile(r"\s+(?:в|во|у|на|с|со|з|із|под|під|при|после|після|через|для|совместно|"
                  r"спільно|з\s+посиланням|со\s+ссылкой|ссылаясь|посилаючись|о|об|про|что|що|"
                  r"который|которая|которые|який|яка|які|пожелавш\w*|побажав\w*|"
                  r"знаком\w*|знайом\w*)(?![\w'’ʼ]).*$")
LEADING = re.compile(r"^(?:об\s+этом(?:\s+же)?|про\s+це(?:\s+ж)?|в|у|во|ранее|также|кроме\s+того|между\s+тем|однако|при\s+этом|"
                      r"тем\s+временем|позже|затем|крім\s+того|раніше|також|водночас|натомість|"
                      r"згодом|потім|зокрема|в\s+свою\s+очередь|своєю\s+чергою|а|и|і|та|но|але|"
                      # "Как ранее сообщало министерство …": who told it follows the verb
                      r"как|як|уже|вже)"
                      r"(?![\w'’ʼ])\s+", re.I)
# "в понедельник", "у вівторок": the day of the week a statement was made
WEEKDAY = (r"понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|"
            r"середу|четвер|п['’ʼ]ятницю|суботу|неділю")
_DATE_WORDS = re.compile(rf"\s+(?:(?:в|во|у)\s+(?:{WEEKDAY}|\w+е|\w+і|\w+у)|вчера|сегодня|"
                         r"вчора|сьогодні|ранее|раніше|также|також|накануне|напередодні|"
                         # "принц Халид бин Султан впервые признал": how, not who
                         r"впервые|вперше|вновь|знову|снова|официально|офіційно|публично|"
                         r"публічно)$", re.I)
# "3-тя бригада", "65-ї бригади", and a naval rank: "капитан 1 ранга", "капітан 2-го рангу"
# and a name with a number in it: "Речник M23", "рух М23", "Су-25"
_ORDINAL = re.compile(r"\d+-[^\W\d_]{1,3}(?!\w)|\d(?:-го)?\s+(?:ранга|рангу)(?!\w)"
                      r"|(?<![\w-])(?-i:[A-ZА-ЯЁІЇЄҐ]{1,4})-?\d+(?!\w)")
ANONYMOUS = re.compile(r"(?:источник|джерел|собеседник|співрозмовник|чиновник|"
                        r"посадовець|посадовц|офицер|офіцер|военн|військов|представител|"
                        r"представник)\w*", re.I)
_WHERE = re.compile(r"(?:\s+(?:что|що|который|которая|які|який|яка)\b|,).*$", re.I)
_DATA = re.compile(r"^(?:(?:такую|эту|таку|цю)\s+(?:оценк|оцінк)|"  # "Таку оцінку наводить X"
                   r"(?:(?:такие|эти|такі|ці|ті)\s+)?(?:данные|дані|цифры|цифри|"
                   r"сведения|відомості|информаци|інформаці))\w*"
                   r"(?:\s|$)", re.I)
# "Базирующаяся в Лондоне Сирийская обсерватория", "Розташований у Лондоні центр": where the
# organisation is, said with a participle, is no part of its name
_BASED = re.compile(r"^(?:[\w'’-]+(?:ющ|ущ|ащ|ящ)\w*|базован\w*|розташован\w*|расположенн\w*|"
                    r"заснован\w*|основанн\w*)\s+(?:в|во|у|на|при|під|под)\s+\S+\s+(?=\S)", re.I)
# "на пресс-конференции в Дели", "у поширеній заяві", "в заявлении в соцсетях": where and
# how something was said, never who said it
SAID_IN = (r"(?:в|во|у|на)\s+(?:[а-яёіїєґ'’ʼ-]+\s+)?(?:пресс-конференци|прес-конференці|"
           r"пресконференці|прессконференци|заявлени|заяв[іиа]|обращени|зверненн|повідомленн|"
           r"коммюнике)[а-яёіїєґ]*(?:\s+(?:к|до)\s+(?:нации|народу|нації|народа))?"
           r"(?:\s+(?:в|у|на)\s+(?:соцсетях|соцмережах|[А-ЯЁІЇЄҐA-Z][\w-]*))?")
_WHEN_WHERE = re.compile(
    rf"^(?:{SAID_IN}|(?:к|до)\s+(?:нации|народу|нації|народа)|(?:в|во|у)\s+(?:{WEEKDAY})|вчера|"
    r"сегодня|вчора|"
    r"сьогодні|накануне|напередодні|\d{1,2}\s+[а-яіїєґ]+(?:\s+\d{4}\s+(?:года|року))?|"
    r"(?:в|во|у|на)\s+(?:свое[мй]\s+|своєму\s+)?(?:Telegram|Телеграм|телеграм|эфире|ефірі|интервью|"
    r"інтерв['’ʼ]ю|брифинге|брифінгу|соцсетях|соцмережах|Facebook|Twitter)(?:-канал\w*)?|"
    # "написав на своїй сторінці у Facebook", "в своем блоге": where he wrote it
    r"(?:на|в|во|у)\s+(?:своей|своїй|своем|своєму)\s+(?:странице|сторінці|блоге|блозі|"
    r"аккаунте|акаунті)(?:\s+(?:в|у)\s+(?:соцсети|соцмережі|[A-ZА-ЯЁІЇЄҐ][\w-]*))?)\s+",
    re.I)
_ESTIMATE_OF = re.compile(r"^(?:оценк[еаи]|оценкам|подсч[её]там|данным|информации|сведениям|"
                          r"оцінк(?:ою|ами|и)|даних|підрахунк(?:ами|ів)|інформації)\s+(?=\S)", re.I)
_ONE_OF = re.compile(r"^(?:один|одна|одно|одне|одного|одной|одніє[ї]|одним)\s+(?:из|із|з)\s+(?=\S)",
                     re.I)
# whom it was told, in the dative, before who told it
_TOLD_FIRST = re.compile(r"(?:агентству|изданию|виданню|журналистам|журналістам|репортерам|"
                         r"телеканалу|газете|газеті)\s+", re.I)
# a person's name word, also an Arabic one with its lowercase article ("Туркі аль-Малікі",
# "Абдель Фаттах ас-Сиси"), which marks it out from a place's or a body's name
_PARTICLE_NAME = re.compile(r"^(?:аль|ал|ас|ад|ат|ан|эль|ель|ибн|ібн|бин|бін|бен)-[А-ЯЁІЇЄҐ]"
                            r"[а-яёіїєґ'’ʼ-]+$")
_NAME_WORD = re.compile(rf"^[А-ЯЁІЇЄҐA-Z][а-яёіїєґa-z'’ʼ-]+$|{_PARTICLE_NAME.pattern}")


_DENIED = re.compile(r"^((?:[А-ЯЁІЇЄҐA-Z][\w'’-]*)(?:\s+[А-ЯЁІЇЄҐA-Z][\w'’-]*)*)\s+[а-яёіїєґ]"
                     r"[^,]*\s+не$")


# "офіцер бригади з позивним "Граф"", "командир роты (позывной «Гюрза»)", "відомий під
# псевдонімом «Прачанда»", "известный как товарищ Прачанда": the name the speaker goes by is
# who speaks
CALL_SIGN = re.compile(r"(?<!\w)(?:(?:позывн|позивн|псевдоним|псевдонім)\w*|(?:известн|відом)\w*\s+"
                       r"(?:как|як)(?:\s+(?:товарищ|товариш))?)\s*[«\"“„']?([А-ЯЁІЇЄҐA-Z][\w'’ʼ-]*"
                       r"(?:\s+[А-ЯЁІЇЄҐA-Z][\w'’ʼ-]*)?)")


_CLOSING_ACRONYM = re.compile(r"\s\((?-i:[А-ЯЁІЇЄҐA-Z]{2,8})\)$")


def tidy(raw: str) -> str | None:
    """A cut-out phrase -> the source name as written, or None."""
    sign = CALL_SIGN.search(raw)
    if sign:
        return sign.group(1)
    text = raw.strip(" ,.;:—–-\"«»“”")
    while True:
        # "Об этом сообщает ...": the speaker is after the verb; "как сообщил в четверг
        # ТАСС", "як повідомив у Telegram командир": when and where it was said come first
        shorter = _WHEN_WHERE.sub("", text + " ", count=1).strip()
        if shorter == text and LEADING.match(text + " "):
            shorter = LEADING.sub("", text + " ", count=1).strip()
        if shorter == text:
            break
        text = shorter
    # "В Генштабе ВСУ взятие Красногоровки не подтверждают": a denial puts its object
    # between the body and the verb
    denied = _DENIED.match(text)
    if denied:
        text = denied.group(1)
    if _DATA.match(text):
        return None  # "Дані щодо втрат оприлюднив Генштаб": what was said, not who
    words = text.split()
    told = next((k for k in (3, 2, 1) if len(words) > k and is_outlet(" ".join(words[:k]))), 0)
    rest = " ".join(words[told:])
    # "сообщили ТАСС в Минздраве", "повідомили Укрінформу в штабі" (not "ТАСС в четверг")
    at_body = not _WHEN_WHERE.match(rest + " ") and re.match(r"(?:в|во|у)\s+(?=\w)", rest)
    if told and (TITLES.match(rest) or ANONYMOUS.match(rest) or at_body):
        text = rest[at_body.end():] if at_body else rest  # "как сообщил ТАСС источник …": told
    addressed = _TOLD_FIRST.match(text)
    if addressed and (TITLES.match(text, addressed.end()) or ANONYMOUS.match(text, addressed.end())):
        text = text[addressed.end():]  # "как рассказал агентству источник …": told the agency
    text = _ONE_OF.sub("", text)  # "Один із командирів рот": one of them is who they are
    text = _ESTIMATE_OF.sub("", text)  # "согласно оценке британской разведки": whose estimate
    if _OFFICE_OF.match(text) and not has_figure(text) and len(text.split()) <= 6:
        return text  # "канцелярії президента Сиріла Рамафоси": his office, not he, speaks
    named = _titled_name(text.split()) or _named_after_acronym(text) or _titled_at_length(text)
    if named:
        return named
    text = _BASED.sub("", text)
    # "службы по связям с общественностью вооруженных сил Пакистана (ISPR)": an acronym in
    # brackets closes a body's name, so the prepositions before it are of the name
    closed = _CLOSING_ACRONYM.search(text)
    cut = text if closed else _CUT.sub("", text)
    # "Источник в силовых структурах", "джерело в ГУР": an anonymous source is its place
    text = cut if not ANONYMOUS.fullmatch(cut) else _WHERE.sub("", text)
    while True:
        shorter = _DATE_WORDS.sub("", text)
        if shorter == text:
            break
        text = shorter
    text = _MEDIA.sub("", text).strip(" ,.;:—–-")
    text = text.replace("«", "").replace("»", "").replace("“", "").replace("”", "").strip()
    # (a title opening a long description still ends on the person: "Заступник командувача
    # прикордонних військ Служби національної безпеки Вірменії Ашот Мелконян")
    if not text or has_figure(text) or len(text.split()) > (12 if closed or TITLES.match(text)
                                                            else 9):
        return None
    words = text.split()
    if TITLES.search(text):
        tail = _name_tail(words)
        if len(tail) >= 2 and len(tail) < len(words):
            return " ".join(tail[-3:] if len(tail) >= 3 and (_patronymic(tail[-2]) or _syllables(
                tail[-3:])) else tail[-2:])
    return text


def _titled_name(words: list[str]) -> str | None:
    """"на брифинге заместитель начальника центра ... в Сирии контр-адмирал Олег Игнасюк":
    however long the description, a title right before a person's two or three names at
    its end says who speaks."""
    for n in (3, 2) if len(words) > 3 else ():
        names, title = words[-n:], words[-n - 1]
        if all(_NAME_WORD.match(w) and not w.isupper() for w in names) \
                and any(TITLES.fullmatch(part) for part in title.split("-")) \
                and not title[:1].isupper():
            return " ".join(names) if n == 2 or _patronymic(names[1]) else None
    # "Координатор Совета ... по стратегическим коммуникациям Джон Кирби": a title opens
    # the description, a lowercase word ends it (or the name is an Arabic one: "речник
    # коаліції на чолі з Саудівською Аравією Туркі аль-Малікі"), and the two names after it
    # are the person
    opens = 1 if len(words) > 5 and _ADJECTIVE.fullmatch(words[0]) else 0  # "Нігерійський аналітик"
    if len(words) > 4 + opens and TITLES.fullmatch(words[opens]) \
            and (words[-3][:1].islower() or _PARTICLE_NAME.match(words[-1])) \
            and words[-4].lower() not in ("в", "во", "у", "на") \
            and all(_NAME_WORD.match(w) and not w.isupper() for w in words[-2:]):
        return " ".join(words[-2:])
    # "Представитель Объединенной таджикской оппозиции в Москве Акбар Ходжаев": where he
    # serves, a place after "в", then his two names
    if len(words) > 5 and TITLES.fullmatch(words[0]) and words[-4].lower() in ("в", "во", "у") \
            and _NAME_WORD.match(words[-3]) \
            and all(_NAME_WORD.match(w) and not w.isupper() for w in words[-2:]):
        return " ".join(words[-2:])
    return None


def _name_tail(words: list[str]) -> list[str]:
    """The capitalised words a description ends on (not acronyms, not titles): the person's
    names, when a title opened it."""
    tail: list[str] = []
    for w in reversed(words):
        if not (_NAME_WORD.match(w) and not w.isupper() and not TITLES.fullmatch(w)):
            break
        tail.insert(0, w)
    return tail


# an office named by whose it is ("пресс-служба президента Владимира Путина", "Офіс
# президента", "адміністрації губернатора"): the person's name after it is in the genitive
_OFFICE_OF = re.compile(r"(?:канцеляри|канцеляр[іи]|пресс-служб|прес-служб|пресслужб|офис|офіс|"
                        r"администраци|адміністраці|аппарат|апарат|секретариат|секретаріат)\w*\s+"
                        r"(?:президент|премьер|прем['’ʼ]єр|губернатор|глав|голов|министр|міністр|"
                        r"мэр|мер)\w*(?:-министр\w*|-міністр\w*)?\s+(?-i:[А-ЯЁІЇЄҐ])", re.I)


# a capitalised adjective opening a description before its title ("Нігерійський аналітик
# із питань безпеки Юсуф Дангана", "Британский эксперт")
_ADJECTIVE = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:ий|ій|ый|ой|ая|яя|а)")


def _titled_at_length(text: str) -> str | None:
    """"речник міністерства у справах пешмерга Регіонального уряду Курдистану Джаббар Ясін": a
    title opening a description that runs through prepositions and a capitalised place ends
    on the person's two names (before the prepositions are cut away)."""
    words = text.split()
    if not (5 <= len(words) <= 14 and TITLES.fullmatch(words[0])
            and re.search(r"\s(?:у|в|во|з|із|с|по|при)\s", text)):
        return None
    tail = _name_tail(words)
    name = " ".join(tail[-2:])
    # (not "Командир бригади в коментарі Радіо Свобода": the outlet he told it)
    return name if len(tail) >= 2 and not is_outlet(name) else None


def _syllables(names: list[str]) -> bool:
    """"Тун Мьят Лин", "Ким Чен Ын", "Нгуен Ван Тхань": a Burmese, Korean or Vietnamese name
    written as three short words, all of them the person's."""
    return all(len(w) <= 5 for w in names)


_AFTER_ACRONYM = re.compile(r"\([А-ЯЁІЇЄҐA-Z]{2,8}\)\s+((?:[А-ЯЁІЇЄҐ][\w'’ʼ-]*\s*){2,4})$")


def _named_after_acronym(text: str) -> str | None:
    """"речник Каренського національного союзу (KNU) Паду Со То Ні": the names after the
    acronym closing a body's name are the person, however many words his name has."""
    m = _AFTER_ACRONYM.search(text)
    return m.group(1).strip() if m else None


# "Глава МВД Олег Бойко провел брифинг.", "Командир бригади Олег Ткач побував на позиціях.": a
# title, at most five words of what he leads, his two names, then what he did
_OPENING_PERSON = re.compile(r"^((?:\S+\s+){1,6}?)((?-i:[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ-]+\s+"
                             r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ-]+))\s+(?-i:[а-яёіїєґ])")


def opening_person(sentence: str) -> str | None:
    """The titled person a Russian or Ukrainian sentence opens on: whom a later "По его
    данным", "Он сообщил" stands for when no one spoke between."""
    m = _OPENING_PERSON.match(sentence.strip())
    return m.group(2) if m and TITLES.match(m.group(1)) else None


def closing_person(sentence: str) -> str | None:
    """The titled person a sentence ends on ("… лидер чеченских сепаратистов Шамиль Басаев."):
    a title, at most three words of what he leads, and his two names."""
    words = sentence.strip().rstrip(".!").split()
    names, described = words[-2:], words[-6:-2]
    if len(words) < 3 or not all(_NAME_WORD.match(w) and not w.isupper() for w in names):
        return None
    for i, word in enumerate(described):
        if TITLES.fullmatch(word) and all(w[:1].islower() for w in described[i + 1:]):
            return " ".join(names)
    return None


def _patronymic(word: str) -> bool:
    return bool(re.search(r"(?:вич|вна|ович|евич|йович|івна|ївна)$", word))


def has_figure(text: str) -> bool:
    """Digits other than a unit's ordinal ("3-тя бригада", "65-ї бригади")."""
    return bool(re.search(r"\d", _ORDINAL.sub("", text)))


def titled_person(title: str, names: list[str], text: str) -> str | None:
    """"додав міністр", "уточнил представитель": a title alone, in any case, is the person
    the article introduced with it ("міністр оборони України Михайло Коваль"), the most
    recent one; a title no name followed in the text is left as it is."""
    if not TITLES.fullmatch(title):
        return None
    stem = re.escape(title[:max(4, len(title) - 2)])
    for name in reversed(names):
        if len(name.split()) in (2, 3) and re.search(
                rf"(?<!\w){stem}[\w-]*\s+(?:[\w'’ʼ-]+\s+){{0,5}}?{re.escape(name)}", text, re.I):
            return name
    return None


# "Глава военного ведомства", "глава Минобороны", "очільник міністерства": the head of a
# ministry, said without his name, is the minister the article named
_HEAD_OF_MINISTRY = re.compile(r"^(?:глава|руководитель|керівник|очільник|голова)\s+(?:[\w'’-]+\s+)?"
                               r"(?:ведомства|відомства|министерства|міністерства|минобороны|"
                               r"міноборони|Пентагона)$", re.I)


def minister_meant(name: str, names: list[str], text: str) -> str | None:
    """The minister a periphrasis for the head of his ministry stands for, if named before."""
    if not _HEAD_OF_MINISTRY.match(name):
        return None
    return next(filter(None, (titled_person(title, names, text) for title in
                              (name.split()[0].lower(), "министр", "міністр"))), None)

