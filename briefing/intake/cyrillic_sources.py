"""Who says so, in Russian and Ukrainian: "заявил Игорь Конашенков", "по данным Генштаба",
"за словами Сирського", "повідомило видання «Наша Ніва»", "Генштаб ВСУ утверждает".

Names are kept as written (Cyrillic, in the case the sentence puts them in: "по словам
литовского разведчика" gives "литовского разведчика"), with the title dropped before a
person's name ("официальный представитель Минобороны России Игорь Конашенков" -> "Игорь
Конашенков") and a media outlet's generic noun dropped ("издание «Медиазона»" ->
"Медиазона"). "По его словам", "додав він" and "по данным ведомства" stand for the previous
source, as "he added" does in English. What a name is made of is `cyrillic_names`; this
module finds where in the sentence the speaker stands.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .attribution import EXPLICIT, GENERIC, GROUP_REFERENT, MEDIA_REFERENT, PRONOUN, Attribution
from .cyrillic import find_quantities
from .cyrillic_names import (ANONYMOUS, CALL_SIGN, LEADING, SAID_IN, TITLES, WEEKDAY, has_figure,
                             tidy)
from .outlets import is_outlet

_VERB = (r"отмеча(?:ет|ют)|відзнача(?:є|ють)|зазнача(?:є|ють)|сообщал[аио]?|заявлял[аио]?|говорил[аио]?|повідомлял[аио]?|заявлял[аи]|казав|"
         r"заявил[аио]?|заявля(?:ет|ют)|сообщил[аио]?|сообща(?:ет|ют)|рассказал[аио]?|"
         r"отметил[аио]?|подчеркнул[аио]?|уточнил[аио]?|добавил[аио]?|говорил[аио]?|"
         r"сказал[аио]?|утвержда(?:ет|ют)|признал[аио]?|подтвердил[аио]?|подтвержда(?:ет|ют)|"
         r"підтверджу(?:є|ють)|оценива(?:ет|ют|л[аио]?)|"
         r"оценил[аио]?|переда(?:ет|ёт|ют)|пишет|написал[аио]?|доложил[аио]?|объявил[аио]?|"
         # "установили полный контроль над городом" is a deed, no count that was found
         r"установил[аио]?(?!\w)(?!\s+(?:[\w'’-]+\s+)?контрол)|насчитал[аио]?|подсчитал[аио]?|"
         r"заявив|заявила|заявили|заявило|"
         r"заявля(?:є|ють)|повідомив|повідомил[аио]|повідомля(?:є|ють)|зазначив|зазначил[аио]|"
         r"розповів|розповіл[аио]|сказав|сказал[аио]|додав|додал[аио]|наголосив|наголосил[аио]|"
         r"підкреслив|підкреслил[аио]|уточнив|підтвердив|підтвердил[аио]|визнав|визнал[аио]|"
         r"визна(?:є|ють)|"
         # a Ukrainian past in every gender: "Міноборони оголосило", "речник заявляв"
         r"заявляв|повідомляв|говорив|оголосил[аио]|доповіл[аио]|"
         # "Джерело УП каже, що ...", "воєнкори визнають 70 загиблих": said in the present
         r"каж(?:е|уть)|призна(?:ет|ют|ёт)|стверджу(?:є|ють|вав|вал[аио])|утверждал[аи]?|"
         r"оцінюю?(?:є|ють)|оцінювал[аио]?|оцінив|оцінил[аио]|написав|пише|переда(?:є|ють)|"
         r"доповів|оголосив|"
         r"встановил[аио]?(?!\w)(?!\s+(?:[\w'’-]+\s+)?контрол)|нарахувал[аио]?|"
         r"підрахувал[аио]?|оприлюднив|оприлюднил[аио]|"
         r"обнародовал[аио]?|опубликовал[аио]?|опублікував|опублікувал[аио]|считает|считают|"
         r"вважає|вважають|інформує|інформують|информирует|информируют|опроверг(?:ла|ли|ло)?|"
         r"отчитал(?:ся|ась|ось|ись)|звітував|звітувал[аои]|заперечив|заперечил[аио]|"
         # a denial ("заперечив це") is a statement too; "Такие данные приводит X"
         r"спростував|спростувал[аио]|привод(?:ит|ят)|привел[аи]?|навод(?:ить|ять)|навів|навел[аио]|"
         # "Собеседник «Ъ» называет другую цифру": who names a figure states it
         r"называ(?:ет|ют)|назвал[аио]?|назива(?:є|ють)|назвав|назвал[аио]|"
         # "Пушилин прокомментировал ход боев. «…», — добавил он": a comment is a statement
         r"прокомментировал[аио]?|прокоментував|прокоментувал[аио]|"
         # "поінформували в міністерстві", "пояснил генерал", "відповів речник": informing,
         # explaining, answering and reminding are stating too
         r"(?:по|про)?(?:інформува|информирова)(?:в|л[аио]?|ли|ло|ла)|"
         r"поясни(?:в|л[аио]?)|поясню(?:є|ють)|объяснил[аио]?|ответил[аио]?|відповіл[аио]|"
         r"відповів|заметил[аио]?|зауважи(?:в|л[аио])|напомнил[аио]?|нагада(?:в|л[аио])|"
         r"констатирова(?:л[аио]?)|констатува(?:в|л[аио])|добавля(?:ет|ют)|дода(?:є|ють)|"
         r"рассказыва(?:ет|ют)|розповіда(?:є|ють)|уточня(?:ет|ют)|уточню(?:є|ють)|"
         # "«…», — цитирует ТАСС представителя штаба": the outlet quotes, the one quoted spoke
         r"цитиру(?:ет|ют)|цитирова(?:л[аио]?)|процитировал[аио]?|циту(?:є|ють)|"
         r"(?:про)?цитува(?:в|л[аио])")
_VERB_RE = re.compile(rf"(?<!\w)(?:{_VERB})(?!\w)", re.I)
_SAID_IN = (r"(?:говорится|сообщается|указывается|отмечается|подчеркивается|[йі]деться|"
            r"повідомляється|зазначається|наголошується)")
_PAPER = (r"(?:сводке|сообщении|отч[её]те|докладе|заявлении|публикации|бюллетене|зведенні|"
          r"повідомленні|звіті|доповіді|заяві|публікації|коммюнике|комюніке|документе|документі)")
# (also with when it was released: "говорится в распространенном в четверг заявлении X")
_DOCUMENT = re.compile(rf"(?<!\w){_SAID_IN}\s+(?:в|во|у)\s+(?:\w+\s+)?(?:(?:в|во|у)\s+(?:{WEEKDAY})\s+)?"
                       rf"{_PAPER}\s+", re.I)
# "…, йдеться у повідомленні.", "В его заявлении … говорится": a paper no one is named after
# is that of the speaker before (his, or the body's just quoted)
_ITS_PAPER = re.compile(
    rf"(?<!\w)(?:{_SAID_IN}\s+(?:в|во|у)\s+(?:(?:его|её|ее|их|його|її|їхн\w*)\s+)?(?:\w+\s+)?"
    rf"{_PAPER}(?=\s*(?:[,.;:!?»\"”]|$))|(?:в|во|у)\s+(?:его|её|ее|их|його|її|їхн\w*)\s+"
    rf"(?:\w+\s+)?{_PAPER}(?!\w)(?=[^.]{{0,80}}?{_SAID_IN}))", re.I)
# "В его заявлении": a man's paper, the man the sentence before named (who need not have
# spoken: "Ответственность взял на себя лидер X. В его заявлении говорится …")
_HIS_PAPER = re.compile(r"(?<!\w)(?:его|її|його)\s", re.I)
PERSON_BEFORE = "<the person named before>"
_THEIR_WORDS = re.compile(r"(?<!\w)(?:по\s+(?:его|её|ее|их)\s+(?:словам|данным|оценке|мнению)|"
                          r"за\s+(?:його|її|їхніми|їхніми)\s+(?:словами|даними|оцінкою)|"
                          r"за\s+словами\s+(?:нього|неї))(?!\w)", re.I)
# "По оценке командования группы, … По его словам, …": a body has data, a man has words —
# "his words" are those of the latest speaker who is no body
_HIS_WORDS = re.compile(r"(?:его|её|ее|його|її)\s+(?:словам|словами)|словами\s+(?:нього|неї)", re.I)
_NO_BODY = (r"^(?!.*(?:командовани|командуванн|штаб|министерств|міністерств|минобороны|міноборони|"
           r"ведомств|відомств|служб|управлени|управлінн|центр|власт|влад|администрац|адміністрац))")
_PER = re.compile(
    r"(?<!\w)(?:по\s+данным|по\s+словам|по\s+информации|по\s+оценкам?|согласно\s+данным|"
    r"по\s+оценк(?:е|ам)|по\s+подсч[её]там|за\s+підрахунками|по\s+сведениям|"
    r"по\s+мнению|на\s+думку|за\s+відомостями|за\s+повідомленням|согласно|"
    r"как\s+уточнил[аи]?|"
    # "Как стало известно «Коммерсанту»", "як стало відомо «Суспільному»": the outlet learnt it
    r"(?:как\s+)?стало\s+известно|(?:як\s+)?стало\s+відомо|"
    r"как\s+отметил[аи]?|следует\s+из\s+(?:данных|доклада|отч[её]та|оценки)|"
    r"випливає\s+з\s+(?:даних|доповіді|звіту|оцінки)|как\s+рассказал[аи]?|як\s+уточнил[аи]|як\s+зазначил[аи]|"
    r"как\s+сообщает|как\s+сообщили?|как\s+заявил[аи]?|за\s+даними|за\s+словами|"
    r"за\s+інформацією|за\s+оцінкою|за\s+оцінками|згідно\s+з\s+даними|як\s+повідомляє|"
    r"як\s+повідомил[аи]|як\s+повідомив|як\s+заявив|як\s+заявил[аи]|с\s+слов|"
    rf"(?:как|як)\s+(?:{_VERB}))\s+", re.I)  # "Как отмечает британская разведка, ..."
_POSSESSIVE = re.compile(r"^(?:его|её|ее|их|него|неё|них|його|її|їхніми|їх|нього|неї)\b", re.I)
# "Там уточнили", "Там додали": "there" is the body the article has just quoted
_PRONOUNS = {"он", "она", "они", "оно", "він", "вона", "вони", "воно", "там"}
# "в министерстве" stands for the ministry named earlier, not for whoever spoke last.
ANAPHOR_HINTS = {"министерств": r"министерств|минобороны|ministry",
                 "міністерств": r"міністерств|міноборони|ministry",
                 "агентств": r"агентств|тасс|риа|агенці",
                 "ведомств": r"министерств|минобороны|ведомств|служб|ministry",
                 "відомств": r"міністерств|міноборони|відомств|служб|ministry",
                 "издани": MEDIA_REFERENT, "видання": MEDIA_REFERENT, "газет": MEDIA_REFERENT,
                 "канал": MEDIA_REFERENT, "телеканал": MEDIA_REFERENT}
_OUTLET = re.compile(r"(?:издани|видання|газет|агентств|агенці|канал|журналист|журналіст|"
                     r"портал|сайт|редакци|редакці)\w*\s+(?:\w+\s+)?«([^»]{2,40})»", re.I)
_ANAPHORS = re.compile(r"^(?:(?:[\w'’]+(?:ом|ем|ой|ому|ій|ім|ого|его|ої)\s+)?(?:ведомств|министерств|агентств|відомств|міністерств|издани|"
                       r"видання|газет|канал|телеканал)\w*|(?:собеседник|співрозмовник)\w*(?:\s+\w+)?)$", re.I)
_ANAPHOR_PLACE = re.compile(r"^\s*(?:собеседник|співрозмовник)\w*(?:\s+[«“\"]?[^\s«»“”\"]+[»”\"]?)?"
                            r"\s+(?:в|во|у)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+", re.I)
# "Угруповання у своїй заяві стверджує": "the group", for the armed group named before it by
# its name ("угруповання «Аш-Шабаб»", "группировка «Исламское государство»")
_THE_GROUP = re.compile(r"(?:угруповання|угрупування|группировка|группа|група|организация|"
                        r"організація)", re.I)
_NAMED_GROUP = re.compile(r"(?<!\w)(?:угрупованн|угрупуванн|группировк|групп|груп|организаци|"
                          r"організаці)\w*\s+(?:«([^»]{2,40})»|[\"“„]([^\"“”]{2,40})[\"”“])", re.I)
# ", яке в заяві в Telegram стверджує": the group named right before, told by "which"
_WHICH = {"яке", "який", "яка", "які", "которое", "который", "которая", "которые"}


def group_named_before(text: str, at: int) -> str | None:
    """The armed group "the group" stands for: the last one named before `at`, by its name."""
    named = list(_NAMED_GROUP.finditer(text, 0, at))
    return (named[-1].group(1) or named[-1].group(2)) if named else None
# ", який попросив не називати його імені,", ", пов'язаний із «Вагнером»,", ", командующий силами
# коалиции,", ", на которое ссылаются западные агентства,": an aside, or the speaker's title
# set off after his name
_ASIDE = re.compile(rf"(?<=[^\s,])\s*,\s*(?:{TITLES.pattern}|(?:(?:на|в|о|с|по|к|за|у|про)\s+)?котор\w+|"
                    r"(?:(?:на|в|у|про|за|з)\s+)?як(?:ий|а|е|і|ого|ої|их|ому|у|ій)|что|що|"
                    r"пов['’ʼ]язан\w*|связанн\w*|близьк\w*|близк\w*|знаком\w*|знайом\w*|"
                    r"пожелавш\w*|побажав\w*|в\s+свою\s+очередь|своєю\s+чергою|известн\w*|відом\w*|"
                    r"\w+вш(?:ий|ая|ие|ее|ого)(?:ся)?|\w+(?:ючи|вши)(?:сь)?|\w{3,}(?:ая|яя)(?=\s+(?:на|в|во|с|перед|по)\s)|"
                    # "в интервью, опубликованном во вторник, заявил": a passive participle
                    r"\w+[нт](?:ом|ому|ой|ій|ої|ым|им|ых|их))(?![\w'’ʼ])[^,;:]*,\s*$", re.I)
# "Джон Кирби 1 мая заявил", "... 2 березня 2025 року заявив": the day, before the verb
_DAY_BEFORE = re.compile(r"\s+\d{1,2}\s+(?:январ|феврал|марта|апрел|мая|июн|июл|август|сентябр|"
                         r"октябр|ноябр|декабр|січн|лют|березн|квітн|травн|червн|липн|серпн|"
                         r"вересн|жовтн|листопад|грудн)\w*(?:\s+\d{4}\s+(?:года|г\.|року))?\s*$",
                         re.I)
# to whom it was said, before the speaker: an acronym, or an outlet named by its kind
_ADDRESSEE = re.compile(r"(?:[А-ЯЁІЇЄҐA-Z]{2,6}|(?:агентству|изданию|виданню|телеканалу|газете|"
                        r"газеті|журналистам|журналістам|репортерам)(?:\s+(?:«[^»]{1,30}»|"
                        r"[А-ЯЁІЇЄҐA-Z][\w-]*))?)\s+"
                        r"(?=(?-i:[а-яёіїєґ]|[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+\s+[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+))")
# how or where something was said, not who said it
_ADVERBIAL = re.compile(r"^(?:на|в|во|у|під\s+час|во\s+время|в\s+ходе|под|при)\s", re.I)
# "Раніше в середу речник … заявляв": the day it was said, before whoever said it
_ON_DAY = re.compile(rf"^(?:в|во|у)\s+(?:{WEEKDAY})\s+", re.I)


def _how_or_where(phrase: str) -> bool:
    """Whether the phrase before a verb says how or where it was said, not who said it."""
    return bool(_ADVERBIAL.match(_ON_DAY.sub("", LEADING.sub("", phrase.strip() + " ", count=1))))
_PLURAL = re.compile(r"(?:ли|ют|ят|ють|ять|ються)$", re.I)


# bodies said to speak "in" themselves ("сообщили в посольстве США")
_BODY_IN = (r"министерств|міністерств|посольств|консульств|ведомств|відомств|командовани|"
            r"командуванн|управлени|управлінн|мисси|місі|генштаб|департамент|прокуратур|"
            r"полици|поліці|администраци|адміністраці")


def _after_verb(sentence: str, end: int) -> tuple[str, int] | None:
    """The subject placed after the verb: "..., заявил в понедельник Игорь Конашенков."."""
    rest = sentence[end:]
    # "в понедельник" is skipped, but "в Командуванні Сил підтримки", "в штабе
    # территориальной обороны" (a staff named by what it commands), "в пресслужбі
    # навчань" (a press office, written as one word in Ukrainian) and "в министерстве обороны
    # Польши", "в посольстві США" (a body named by whose it is) are who speaks
    # "написав у Telegram Олег Синєгубов", "заявил в своем Telegram-канале": where, not who
    m = re.match(r"\s*(?:(?:в|во|у)\s+(?:свое[мй]\s+|своєму\s+)?(?:Telegram|Телеграм|Facebook|"
                 rf"Twitter)(?:-канал\w*)?\s+|(?:в|во|у)\s+(?!штаб|пресслужб|прес-служб|пресс-служб|{_BODY_IN})(?-i:[а-яёіїєґ'’ʼ]+)\s+|вчера\s+|сегодня\s+|вчора\s+|сьогодні\s+|"
                 r"также\s+|також\s+|ранее\s+|раніше\s+)?(?:(?:в|у)\s+)?", rest, re.I)
    start = end + m.end()
    # "рассказал РБК командир батальона", "розповів УП речник": told whom, then who
    told = _ADDRESSEE.match(sentence, start)
    if told and (not told.group().strip().isupper() or is_outlet(told.group())):
        start = told.end()  # (not "сообщили в МВД республики": a body's acronym speaks)
    phrase = re.split(r"[,.;:!?)]|\((?!\s*(?:позывн|позивн))|\s[—–]\s", sentence[start:],
                      maxsplit=1)[0]
    bracketed = _BRACKETED.match(sentence, start + len(phrase))
    phrase += bracketed.group() if bracketed else ""
    if not phrase.strip():
        return None
    return _apposed(sentence, phrase, start) or (phrase, start)


# "… национальной безопасности (ГКНБ)", "речника … союзу (KNU) Паду Со То Ні": the body's
# acronym in brackets ends its name, and the person named right after it is who speaks
_BRACKETED = re.compile(r"\s*\([А-ЯЁІЇЄҐA-Z]{2,8}\)(?:\s+(?-i:[А-ЯЁІЇЄҐ][\w'’ʼ-]*))*")


# ", начальник Объединенного штаба генерал-полковник Виктор Гремяко": a second description
# of the speaker, ending on his name
_APPOSITION = re.compile(r",\s+([^,.;:!?()—–]+?\s(?-i:[А-ЯЁІЇЄҐ][\w'’ʼ-]+\s+[А-ЯЁІЇЄҐ][\w'’ʼ-]+))"
                         r"\s*(?=[,.;:!?(]|$)", re.I)


def _apposed(sentence: str, phrase: str, start: int) -> tuple[str, int] | None:
    """"сообщил руководитель учения, начальник штаба генерал Виктор Гремяко": a bare title
    the verb names is the person the description after the comma names."""
    after = _APPOSITION.match(sentence, start + len(phrase))
    if not (TITLES.match(phrase.strip()) and after and TITLES.match(after.group(1))):
        return None
    return after.group(1), after.start(1)


# "О гибели пяти военных сообщил …", "Про загибель трьох бійців повідомив …": what was told
# of, before the verb; who told it stands after
_TOPIC = re.compile(r"\s*(?:о|об|обо|про)\s(?!(?:це|этом|том|те)\s+(?:він|вона|вони|он|она|они)\s*$)",
                    re.I)  # (but "Про це він заявив": this, then who said it)


_SAID_IN_LAST = re.compile(rf"\s{SAID_IN}\s*$", re.I)
# "в телефонном разговоре с агентством Франс Пресс", "в интервью Би-би-си", "у розмові з
# журналістами": to whom it was told, between the speaker and the verb
_TOLD_IN_LAST = re.compile(r"\s(?:в|во|у)\s+(?:[а-яёіїєґ'’ʼ-]+\s+)?(?:разговоре|беседе|интервью|"
                           r"інтерв['’ʼ]ю|розмові|бесіді)(?:\s+[^,;:—–()«»]*)?$", re.I)
_ACRONYM_IN_BRACKETS = re.compile(r"\((?:[А-ЯЁІЇЄҐA-Z]{2,8})\)")


# a speaker by his title right after the verb (and the day): "заявил в четверг представитель"
_TITLED_AFTER = re.compile(rf"\s+(?:(?:в|во|у)\s+(?:{WEEKDAY})\s+|вчера\s+|сегодня\s+|вчора\s+|сьогодні\s+|"
                           rf"накануне\s+|напередодні\s+)?(?:[а-яёіїєґ'’ʼ-]+\s+)?"
                           rf"(?:{TITLES.pattern}|{ANONYMOUS.pattern})", re.I)


def _before_verb(sentence: str, start: int) -> tuple[str, int] | None:
    """The subject placed before the verb, from the clause start: "Генштаб ВСУ утверждает";
    a clause between commas that describes it is skipped ("Офіцер бригади, який попросив
    не називати його імені, розповів"), but the call sign it gives is who speaks
    ("Командир роти, який попросив називати його за позивним «Сокіл», розповів")."""
    head = sentence[:start]
    said_in = _SAID_IN_LAST.search(head)
    if said_in and head[:said_in.start()].rstrip().endswith(","):
        head = head[:said_in.start()]  # "…, у поширеній заяві стверджує": who is before it
    # (only the last 200 characters: the phrase ends at the verb, and searching a long head
    # from every "в" would be quadratic in its length)
    told_in = _TOLD_IN_LAST.search(head, max(0, len(head) - 200))
    if told_in and head[:told_in.start()].strip():
        head = head[:told_in.start()]  # "X в разговоре с агентством Франс Пресс заявил": X
    aside = _ASIDE.search(head)
    sign = aside and CALL_SIGN.search(head, aside.start())
    verb = _VERB_RE.match(sentence, start)
    if aside and not sign and verb and _TITLED_AFTER.match(sentence, verb.end()):
        # "… центр штата, который удерживали СБР, заявил официальный представитель армии …":
        # the clause before the verb is what was said; the titled speaker follows the verb
        return None
    if aside:
        head = head[:aside.start()]
    head = _DAY_BEFORE.sub(" ", head)
    # "служба … (ISPR) заявила": a bracketed acronym belongs to the name, opening no clause
    bare = _ACRONYM_IN_BRACKETS.sub(lambda m: " " * len(m.group()), head)
    cut = max(bare.rfind(c) for c in ",;:—–(")
    phrase = head[cut + 1:]
    if not phrase.strip() or has_figure(phrase) or aside and _counts(phrase) \
            or _TOPIC.match(phrase):
        return None
    return phrase + (f" ({sign.group()})" if sign else ""), cut + 1


# "Потери федеральных сил в пресс-центре группировки назвали", "Втрати бригади в Генштабі
# уточнили": what was said, then the body in which it was said
_IN_BODY = re.compile(r"\s(?:в|во|у)\s+(?=(?:пресс-центр|прес-центр|штаб|генштаб|министерств|"
                      r"міністерств|минобороны|міноборони|командовани|командуванн|ведомств|"
                      r"відомств|управлени|управлінн|пресс-служб|прес-служб|пресслужб))", re.I)


def _body_inside(phrase: str, at: int, verb: str) -> tuple[str, int]:
    """The body a plural verb's subject phrase names after what was said, or the phrase."""
    m = _PLURAL.search(verb) and _IN_BODY.search(phrase)
    return (phrase[m.end():], at + m.end()) if m and phrase[:m.start()].strip() else (phrase, at)


def _counts(phrase: str) -> bool:
    """"Были уничтожены пять боевиков, причастных к обстрелу, сообщили": a count in words
    before an aside is what was said, not who said it ("Один из бойцов, ..." may speak)."""
    return any((q.value or 0) > 1 and not re.search(r"\d", phrase[q.start:q.end])
               for q in find_quantities(phrase))


_ON_AIR = re.compile(r"\s(?:в|у|на)\s+(?:эфире|ефірі|интервью|інтерв['’ʼ]ю|передач\w*)\s+\w+\s+«", re.I)


def _explicit(name: str | None, start: int, end: int, verb_end: int,
              raw: str = "") -> Attribution | None:
    """An attribution of `name` (tidied from `raw`, the phrase as cut out)."""
    # "Речник … аль-Хаміді в ефірі телеканалу «Аль-Масіра»": where he spoke, not an outlet's words
    outlet = _OUTLET.search(raw) or re.fullmatch(r"\s*«([^»]{2,40})»\s*", raw)
    if outlet and name and outlet.group(1) not in name and _ON_AIR.search(" " + raw):
        outlet = None
    if outlet:
        return Attribution(outlet.group(1), EXPLICIT, start, end, verb_end, media=True)
    if not name:
        return None
    if name.split()[0].lower() in _PRONOUNS - {"там"} and name.lower() not in _PRONOUNS:
        name = name.split()[0]  # "сказал он «Ъ» по телефону": he, told the paper by phone
    if " " not in name and name[:1].isupper() and TITLES.fullmatch(name):
        # "Полковник добавил": a title alone is the titled person named before
        return Attribution(None, PRONOUN, start, end, verb_end)
    if _THE_GROUP.fullmatch(name) or name.lower() in _WHICH:  # resolved by group_named_before
        return Attribution(None, PRONOUN, start, end, verb_end, GROUP_REFERENT, noun=name)
    place = _ANAPHOR_PLACE.search(raw) if _ANAPHORS.match(name) else None
    if place:
        # "Собеседник «Ъ» в мексиканском военном ведомстве": one placed is someone new, an
        # anonymous source of his own (as "источник в штабе"), not the speaker before
        named = re.sub(r"[«»“”\"]", "", raw[:place.end()]).strip(" ,.;:—–-")
        return Attribution(" ".join(named.split()), EXPLICIT, start, end, verb_end)
    if name.lower() in _PRONOUNS or _ANAPHORS.match(name):
        hint = next((h for h in ANAPHOR_HINTS for w in name.lower().split()
                     if w.startswith(h)), None)
        # with no one named before it, "собеседник агентства" is its own (anonymous) source
        return Attribution(None, PRONOUN, start, end, verb_end, ANAPHOR_HINTS.get(hint),
                           noun=None if name.lower() in _PRONOUNS else name)
    # "… комитета национальной безопасности (ГКНБ)": the acronym stays in the name as
    # written (other copy names the body by it) and maps a later bare "ГКНБ" to the name
    m = re.search(r"\(([A-ZА-ЯІЇЄҐ]{2,8})\)$", name)
    return Attribution(name, EXPLICIT, start, end, verb_end, m and m.group(1))


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


# told whom, in the dative: "журналістам", "виданню", "корреспонденту ТАСС", "Суспільному"
# (an outlet's name is recognised by `is_outlet` in any case)
_TOLD = re.compile(r"^(?:журналистам|журналістам|репортерам|виданню|изданию|агентству|"
                   r"телеканалу|газете|газеті|корреспонденту|кореспонденту)(?:\s|$)", re.I)


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
    text = LEADING.sub("", phrase.strip() + " ", count=1).strip()
    return name[:1].isupper() or bool(TITLES.match(text) or ANONYMOUS.match(text))


# ", сообщило Минобороны Грузии.": a reporting verb and its speaker closing the sentence
_CLOSING_REPORT = re.compile(rf",\s+(?:{_VERB})\s+(?=(?-i:[А-ЯЁІЇЄҐA-Z]))([^,;:!?()«»\"]+?)\.?\s*$",
                             re.I)


def _trailing_reporter(sentence: str) -> Attribution | None:
    """"Грузинская сторона признала гибель 30 военнослужащих, сообщило Минобороны Грузии": who
    closes the sentence reports what the clause before says someone did or admitted."""
    m = _CLOSING_REPORT.search(sentence)
    if not m or not _VERB_RE.search(sentence, 0, m.start()):
        return None
    found = _explicit(tidy(m.group(1)), m.start(1), m.end(1), m.start(1), m.group(1))
    return found if found and found.kind == EXPLICIT and not _is_channel(found) else None


# "передает агентство France Presse со ссылкой на источник в силовых структурах": a wire
# agency relays words, the one it cites, placed or described, said them; so did a body any
# outlet cites ("з посиланням на командування"), but a paper or a channel citing its own
# sources ("видання «Наша Ніва» з посиланням на джерела в армії") stands behind them and stays
# the source
_CITING = re.compile(r"(?<!\w)(?:со\s+ссылкой\s+на|ссылаясь\s+на|з\s+посиланням\s+на|"
                     r"посилаючись\s+на)\s+", re.I)
_WIRE = re.compile(r"(?<!\w)(?:агентств|агенці|France[\s-]Presse|Франс[\s-]Пресс|Рейтер|Reuters|"
                   r"ТАСС|AFP|Интерфакс|Інтерфакс|РИА|Укрінформ|УНІАН)", re.I)


def _cited(sentence: str) -> Attribution | None:
    """The source a wire agency cites ("передает ТАСС со ссылкой на источник …"), or the body
    any outlet cites ("повідомляє Суспільне з посиланням на командування")."""
    m = _CITING.search(sentence)
    if not m:
        return None
    phrase = re.split(r"[,.;:!?()«»]|\s[—–]\s", sentence[m.end():], maxsplit=1)[0]
    if ANONYMOUS.fullmatch(phrase.strip()):
        return None  # "ТАСС со ссылкой на источник": a source no one can tell, the wire's word
    if ANONYMOUS.search(phrase) and not _WIRE.search(sentence, max(0, m.start() - 40), m.start()):
        return None  # "видання … з посиланням на джерела в армії": the paper's own sources
    found = _explicit(tidy(phrase), m.end(), m.end() + len(phrase), m.start(), phrase)
    return found if found and found.kind == EXPLICIT and not _is_channel(found) else None


# ", передає Укрінформ", ", сообщает ТАСС": an outlet relaying what was said before it
_RELAYS = re.compile(r",\s+(?:передает|передає|сообщает|повідомляє|пишет|пише)\s", re.I)


# "На сайте хуситов утверждается, что …", "У Telegram-каналі бригади йдеться": whose site
# or channel says it
_ON_SITE = re.compile(r"(?:^|(?<=[,;]\s))(?:на|в|во|у)\s+(?:сайте|сайті|странице|сторінці|"
                      r"(?:telegram|телеграм)-канале|(?:telegram|телеграм)-каналі)\s+"
                      r"([^,.;:!?()«»]{2,60}?)\s+(?:утверждается|сообщается|говорится|заявляется|"
                      r"стверджується|повідомляється|йдеться|заявляється)(?!\w)", re.I)


def find_attribution(sentence: str) -> Attribution | None:
    """The source a Russian or Ukrainian sentence names, a pronoun for one, or None."""
    cited = _cited(sentence)
    if cited and is_outlet(cited.name) and (relay := _RELAYS.search(sentence, 0, cited.start)):
        # "Про це повідомили у ВМС Бразилії, передає Укрінформ з посиланням на Agência
        # Brasil": outlets relay the words of the speaker named before them
        said = find_attribution(sentence[:relay.start()])
        if said and said.kind == EXPLICIT and not is_outlet(said.name):
            return said
    if cited:
        return cited
    m = _ON_SITE.search(sentence)
    if m and (found := _explicit(tidy(m.group(1)), m.start(1), m.end(1), m.end(), m.group(1))):
        return found
    m = _DOCUMENT.search(sentence)
    if m:  # "говорится в сводке Минобороны России"
        phrase = re.split(r"[,.;:!?()]|\s[—–]\s", sentence[m.end():], maxsplit=1)[0]
        found = _explicit(tidy(phrase), m.end(), m.end() + len(phrase), m.start(), phrase)
        if found:
            return found
    m = _ITS_PAPER.search(sentence)
    if m:
        his = _HIS_PAPER.search(m.group())
        return Attribution(None, PRONOUN, m.start(), m.end(), m.end(),
                           alias=PERSON_BEFORE if his else None)
    m = _THEIR_WORDS.search(sentence)
    if m:
        # "Об этом заявил генерал X: по его словам, ...": his words are those of the
        # speaker the sentence has just named
        named = find_attribution(sentence[:m.start()]) if m.start() > 0 else None
        if named and named.kind == EXPLICIT:
            return named
        person = _NO_BODY if _HIS_WORDS.search(m.group()) else None
        return Attribution(None, PRONOUN, m.start(), m.end(), m.end(), alias=person)
    m = _PER.search(sentence)
    if m:
        rest = sentence[m.end():]
        if _POSSESSIVE.match(rest):
            return Attribution(None, PRONOUN, m.start(), m.end(), m.end())
        phrase = re.split(r"[,.;:!?()]|\s[—–]\s", rest, maxsplit=1)[0]
        bracketed = _BRACKETED.match(rest, len(phrase))
        phrase += bracketed.group() if bracketed else ""
        found = _explicit(tidy(phrase), m.end(), m.end() + len(phrase), m.end() + len(phrase),
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
    trailing = _trailing_reporter(sentence)
    if trailing:
        return trailing
    for vm in _VERB_RE.finditer(sentence):
        before = _before_verb(sentence, vm.start())
        if before and _how_or_where(before[0]) \
                and not _PLURAL.search(vm.group()):
            # "Командир батальону, ..., на умовах анонімності розповів", "Про це в ефірі
            # заявив речник X": a singular verb's speaker is not the phrase that says how or
            # where; it is the clause before, or the name after the verb
            earlier = _before_verb(sentence, before[1]) if before[1] > 0 else None
            before = earlier if earlier and tidy(earlier[0]) else None
            if before is None:
                after = _after_verb(sentence, vm.end())
                found = after and _explicit(tidy(after[0]), after[1], after[1] + len(after[0]),
                                            vm.end(), after[0])
                if found:
                    return found
        if before and before[0].split() and before[0].split()[-1].lower() in _PRONOUNS:
            # "Потери ВСУ под Артемовском он оценил в ...": the pronoun right before the
            # verb is its subject; what stands before it is what was estimated
            return Attribution(None, PRONOUN, vm.start() - len(before[0].split()[-1]) - 1,
                               vm.start(), vm.end())
        if before and tidy(before[0]):
            phrase, at = _body_inside(*before, vm.group())
            found = _explicit(tidy(phrase), at, vm.start(), vm.end(), phrase)
            if found and _is_channel(found):
                # "Про це LIGA.net повідомив речник … Ігор Шевчук": the outlet before the
                # verb was told; the person after it spoke
                after = _after_verb(sentence, vm.end())
                spoke = after and _explicit(tidy(after[0]), after[1], after[1] + len(after[0]),
                                            vm.end(), after[0])
                if spoke and spoke.kind == EXPLICIT and not _is_channel(spoke) \
                        and _names_someone(after[0], spoke.name):
                    return spoke
            if found:
                return found
        after = _after_verb(sentence, vm.end())
        if after:
            phrase, at = after
            found = _explicit(tidy(phrase), at, at + len(phrase), vm.end(), phrase)
            if found:
                return found
    found = _participle_speaker(sentence)
    if found:
        return found
    m = re.match(r"^([^:«»\"]{2,60}):\s", sentence)
    if m and len(m.group(1).split()) <= 4 and tidy(m.group(1)):
        # (not "Джихадисти атакували армійський пост на півночі …: щонайменше 12 загиблих",
        # a headline's sentence, whose colon gives its toll)
        return _explicit(tidy(m.group(1)), 0, m.end(1), m.end(1))  # headline "Сирський: ..."
    return None
