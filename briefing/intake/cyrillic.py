"""Russian and Ukrainian figures: numbers as they are written and the words that name a metric.

Numbers: digits grouped with spaces ("1 230", "90 019"), decimal commas ("2,7 тыс."),
magnitudes ("4 тысяч", "11–12 тисяч", "1,5 млн"), ranges ("2–3 тысячи", "от 2 до 3 тысяч",
"від 2 до 3 тисяч"), a few numerals in words ("двое", "троє", "полторы тысячи"), fractions
("треть", "половина", "дві третини", "40%") and the hedges in front ("около", "более",
"не менее", "до"; "близько", "понад", "щонайменше", "до").

Metrics are word stems, because both languages inflect: "погиб" finds погиб, погибли,
погибших; "поранен" finds поранено, поранених. A morphology package (pymorphy3 with its
dictionaries, ~15 MB) would turn every word into its lemma, but the stems that matter here
are few and their inflections regular, so the rules stay small, predictable and offline.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .cues import CueTable, read_with_cues
from .forces import ForcePhrase
from .numbers import Quantity, more_than_after, plausible
from .readings import Reading
from .spans import starting_inside

_QUALIFIERS = [
    (r"не\s+менее|не\s+меньше|по\s+меньшей\s+мере|по\s+крайней\s+мере|как\s+минимум|минимум|"
     r"не\s+менше(?:\s+ніж)?|не\s+менш\s+як|щонайменше|принаймні|щонайменш|як\s+мінімум|"
     r"мінімум", "at least"),
    (r"более\s+чем|более|свыше|больше\s+чем|больше|понад|більше\s+ніж|більш\s+ніж|більше|"
     r"більш\s+як|з\s+гаком", "more than"),
    (r"не\s+более|не\s+больше|менее|меньше|до|щонайбільше|не\s+більше|менше", "up to"),
    (r"почти|едва\s+ли\s+не|майже|без\s+малого", "nearly"),
    (r"около|порядка|примерно|приблизительно|ориентировочно|близько|приблизно|орієнтовно|"
     r"десь", "about"),
]
_QUALIFIER = "|".join(f"(?:{p})" for p, _ in _QUALIFIERS)
_QUALIFIER_OF = [(re.compile(rf"^(?:{p})$", re.I), q) for p, q in _QUALIFIERS]

_DIGITS = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+(?:,\d+)?"
_SCALE = (r"тыс(?:яч[аи]?|\.|\b)|тис(?:яч[аі]?|\.|\b)|млн\.?|миллион(?:а|ов)?|мільйон(?:а|ів)?|"
          r"сот(?:ен|ні|ни)\b|десятк(?:а|ов|и|ів)\b")  # "три десятка боевиков": thirty
_WORD_VALUES = {
    "один": 1, "одна": 1, "два": 2, "две": 2, "дві": 2, "три": 3, "четыре": 4, "чотири": 4,
    "пять": 5, "п'ять": 5, "шесть": 6, "шість": 6, "семь": 7, "сім": 7, "восемь": 8,
    "вісім": 8, "девять": 9, "дев'ять": 9, "десять": 10, "двадцать": 20, "двадцять": 20,
    "тридцать": 30, "тридцять": 30, "сорок": 40, "пятьдесят": 50, "п'ятдесят": 50, "сто": 100,
    "двести": 200, "двісті": 200, "триста": 300, "пятьсот": 500, "п'ятсот": 500,
    "двое": 2, "двоє": 2, "трое": 3, "троє": 3, "четверо": 4, "пятеро": 5, "п'ятеро": 5,
    "шестеро": 6, "семеро": 7, "десятеро": 10, "полторы": 1.5, "півтори": 1.5,
    "полутора": 1.5,  # "более полутора тысяч": the genitive "более", "около", "до" ask for
    "тысяча": 1000, "тисяча": 1000,
    # half a hundred, half a thousand: "полсотни боевиков", "понад півсотні окупантів"
    "полсотни": 50, "полсотня": 50, "півсотні": 50, "півсотня": 50, "полтысячи": 500,
    "півтисячі": 500, "полусотни": 50, "полутысячи": 500,
    "одиннадцать": 11, "одинадцять": 11, "двенадцать": 12, "дванадцять": 12,
    "тринадцать": 13, "тринадцять": 13, "четырнадцать": 14, "чотирнадцять": 14,
    "пятнадцать": 15, "п'ятнадцять": 15, "шестнадцать": 16, "шістнадцять": 16,
    "семнадцать": 17, "сімнадцять": 17, "восемнадцать": 18, "вісімнадцять": 18,
    "девятнадцать": 19, "дев'ятнадцять": 19, "шестьдесят": 60, "шістдесят": 60,
    "семьдесят": 70, "сімдесят": 70, "восемьдесят": 80, "вісімдесят": 80, "девяносто": 90,
    "дев'яносто": 90, "четыреста": 400, "чотириста": 400, "шестьсот": 600, "шістсот": 600,
    "семьсот": 700, "сімсот": 700, "восемьсот": 800, "вісімсот": 800, "девятьсот": 900,
    "дев'ятсот": 900, "восьмеро": 8, "дев'ятеро": 9,
    "девятеро": 9,
    # the counts in the cases a verb or noun asks for: "взяли в полон сімох", "потеряли
    # троих", "о гибели двух", "около трёх тысяч"
    "двух": 2, "двох": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "двоих": 2, "троих": 3, "четверых": 4, "пятерых": 5, "шестерых": 6, "семерых": 7,
    "восьмерых": 8, "девятерых": 9, "десятерых": 10, "трьох": 3, "чотирьох": 4,
    "п'ятьох": 5, "шістьох": 6, "сімох": 7, "вісьмох": 8, "дев'ятьох": 9, "десятьох": 10,
    # and the genitive the hedges ask for: "около сорока", "близько двадцяти", "щонайменше
    # дев'яти", "более пяти тысяч"
    "одного": 1,  # "одного из них удалось задержать живым": one of those named, taken
    "оба": 2, "обидва": 2,  # "Оба нападавших были уничтожены": both of the two
    "пяти": 5, "п'яти": 5, "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "дев'яти": 9,
    "десяти": 10, "двадцати": 20, "двадцяти": 20, "тридцати": 30, "тридцяти": 30,
    "сорока": 40, "пятидесяти": 50, "п'ятдесяти": 50, "шестидесяти": 60, "шістдесяти": 60,
    "семидесяти": 70, "сімдесяти": 70, "восьмидесяти": 80, "вісімдесяти": 80,
    "девяноста": 90, "дев'яноста": 90, "ста": 100, "двухсот": 200, "двохсот": 200,
    "трехсот": 300, "трёхсот": 300, "трьохсот": 300, "пятисот": 500, "п'ятисот": 500,
    # and the instrumental: "связь потеряна с пятью военными", "з трьома бійцями"
    "двумя": 2, "тремя": 3, "четырьмя": 4, "пятью": 5, "шестью": 6, "двома": 2, "трьома": 3,
    "чотирма": 4, "п'ятьма": 5, "шістьма": 6,
}
_WORD = "|".join(sorted((re.escape(w).replace("'", "['’ʼ]") for w in _WORD_VALUES),
                        key=len, reverse=True))
_FRACTIONS = {"треть": 1 / 3, "трети": 1 / 3, "третью": 1 / 3, "третина": 1 / 3,
              "третину": 1 / 3, "третини": 1 / 3, "половина": 0.5, "половину": 0.5,
              "половины": 0.5, "половини": 0.5, "четверть": 0.25, "чверть": 0.25,
              "две трети": 2 / 3, "дві третини": 2 / 3, "третья часть": 1 / 3,
              "двух третей": 2 / 3, "двумя третями": 2 / 3, "двох третин": 2 / 3,
              "двома третинами": 2 / 3, "четверти": 0.25, "чверті": 0.25, "третиною": 1 / 3,
              "половиною": 0.5, "половиной": 0.5, "трех четвертей": 0.75,
              "трьох чвертей": 0.75, "три четверти": 0.75, "три чверті": 0.75}
_FRACTION = "|".join(sorted((re.escape(f).replace(r"\ ", r"\s+") for f in _FRACTIONS),
                            key=len, reverse=True))

_NUMBER = rf"(?:{_DIGITS})(?:\s*(?:{_SCALE}))?|(?<!\w)(?:{_WORD})(?!\w)(?:\s+(?:{_SCALE}))?"
_QUANTITY = re.compile(
    rf"(?<!\w)(?:(?P<exact>ровно|рівно)\s+)?(?:(?P<q>{_QUALIFIER})\s+(?:(?:в|у)\s+)?)?"
    rf"(?:(?P<frac>(?<!\w)(?:{_FRACTION})(?!\w))"
    rf"|(?P<pct>\d+(?:,\d+)?)\s*(?:%|процент\w*|відсот\w*)"
    rf"|(?:от|від)\s+(?P<from>{_NUMBER})\s+до\s+(?P<to>{_NUMBER})"
    rf"|(?P<k>тысяч[иу]|тисяч[іу]|сотн[июія]|сотню|десят(?:ок|ка|ку))(?!\w)"
    rf"|(?P<a>{_NUMBER})(?:\s*[–—-]\s*(?P<b>{_NUMBER}))?)", re.I)


_EXCEEDED = re.compile(r"(?<!\w)(?:превысил[аио]?|превышает|превышают|превысят|перевищил[аио]?|"
                       r"перевищує|перевищують|перевалил[аио]?|перевалив)\s+$", re.I)
# "силы не превышали 800 боевиков", "угруповання не перевищує 300 осіб": at most that many
_NOT_EXCEEDING = re.compile(r"(?<!\w)не\s+(?:превыша|превыс|перевищ|перевищу)\w*\s+$", re.I)


def _bound_by_verb(lead: str) -> str | None:
    """The qualifier a verb of exceeding before a number gives it: "потери превысили 1
    миллион" is more than, "не превышали 800" (not exceeding) up to."""
    if _NOT_EXCEEDING.search(lead):
        return "up to"
    return "more than" if _EXCEEDED.search(lead) else None


# "число погибших возросло до 45": a toll that rose *to* 45 is 45, not "up to" 45; so is a
# force brought to a number, the words of what was increased between ("Японія збільшила
# угруповання Сил самооборони в зоні землетрусу до 5400")
_ROSE = re.compile(r"(?<!\w)(?:возрос|вырос|увелич|достиг|дошл|дошел|дошёл|зрос|виріс|збільш|"
                   r"досяг|сягну|дійшл|дійшов|довел|довів|нараст|нарост)\w*"
                   r"(?:\s+[^\s,.;:—–]+){0,7}?\s+$", re.I)


def _value(text: str) -> tuple[float, float]:
    """(number, its scale) of '2,7 тыс.', '1 230', 'двое', 'полторы тысячи'."""
    m = re.match(rf"({_DIGITS}|{_WORD})\s*(.*)$", text.strip(), re.I)
    raw, scale_word = m.group(1), m.group(2).lower()
    if raw[:1].isdigit():
        number = float(re.sub(r"[ \u00a0\u202f]", "", raw).replace(",", "."))
    else:
        number = float(_WORD_VALUES[re.sub("[’ʼ]", "'", raw.lower())])
    scale = 1.0
    if scale_word.startswith(("тыс", "тис")):
        scale = 1000.0
    elif scale_word.startswith(("млн", "милл", "мільй")):
        scale = 1_000_000.0
    elif scale_word.startswith("сот"):
        scale = 100.0
    elif scale_word.startswith("десят"):
        scale = 10.0
    if number >= 1000 and scale == 1000.0 and not raw[:1].isdigit():
        scale = 1.0  # "тысяча" itself
    return number, scale


def _qualifier(word: str | None) -> str | None:
    if not word:
        return None
    word = " ".join(word.lower().split())
    return next((q for pattern, q in _QUALIFIER_OF if pattern.match(word)), None)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in a Russian or Ukrainian sentence, left to right."""
    out = []
    for m in _QUANTITY.finditer(text):
        qualifier = _qualifier(m.group("q"))
        fields: dict = {}
        if m.group("frac"):
            key = " ".join(m.group("frac").lower().split())
            fields["fraction"] = _FRACTIONS[key]
        elif m.group("pct"):
            fields["fraction"] = float(m.group("pct").replace(",", ".")) / 100
        elif m.group("k"):
            if qualifier is None and not m.group("exact"):
                continue  # "тисячі людей", "сотни беженцев": thousands, no number ("рівно
                # сотню": exactly a hundred)
            # "близько тисячі": about a thousand; "около сотни", "понад сотню": a hundred;
            # "более десятка", "понад десяток": ten
            fields["value"] = {"с": 100.0, "д": 10.0}.get(m.group("k")[0].lower(), 1000.0)
        elif m.group("from"):
            (a, sa), (b, sb) = _value(m.group("from")), _value(m.group("to"))
            fields.update(low=a * (sa if sa > 1 else sb), high=b * sb)
        else:
            a, sa = _value(m.group("a"))
            if m.group("b"):
                b, sb = _value(m.group("b"))
                low, high = a * (sa if sa > 1 else sb), b * sb
                if low >= high:
                    continue
                fields.update(low=low, high=high)
            else:
                fields["value"] = a * sa
        words = not re.search(r"\d", m.group())
        if qualifier == "up to" and _ROSE.search(text[max(0, m.start() - 90):m.start()]):
            qualifier = None
        if qualifier is None:
            qualifier = _bound_by_verb(text[max(0, m.start() - 24):m.start()])
        out.append(Quantity(m.start(), m.end(), m.group(), qualifier=qualifier, words=words,
                            **fields))
    return more_than_after(text, [q for q in _compounds(text, out) if plausible(q)])


def _compounds(text: str, found: list[Quantity]) -> list[Quantity]:
    """"двадцать пять" is 25 and "сто двадцать тысяч" 120,000, not two or three figures."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if prev and prev.words and q.words and prev.value and q.value \
                and text[prev.end:q.start].isspace() and prev.value >= 20 \
                and prev.value % 10 == 0 and q.qualifier is None:
            scale = 1e6 if re.search(r"млн|милл|мільй", q.text, re.I) else \
                1000.0 if re.search(r"тыс|тис", q.text, re.I) else 1.0
            if q.value / scale < prev.value:
                out[-1] = Quantity(prev.start, q.end, text[prev.start:q.end], value=prev.value
                                   * scale + q.value, qualifier=prev.qualifier, words=True)
                continue
        out.append(q)
    return out


_WHEN_WITHDRAWAL = (r"(?<!началу\s)(?<!начала\s)(?<!момент\s)(?<!после\s)(?<!перед\s)"
                    r"(?<!початку\s)(?<!початок\s)(?<!після\s)")


def _stems(*stems: str) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(stems) + r")\w*", re.I)


# ", ещё 3 тысячи": a new clause, but "ещё" (more) stays with its number
_BOUNDARY = re.compile(r"[;:()—–]\s|,\s+(?:(?:а|но|однако|хотя|когда|который|которые|которых|"
                       r"що|які|яких|який|але|проте|коли|и|і|й|та)\b|(?=(?:ещё|еще|ще)\b)|"
                       # but not inside a list of names: "в районе сел Ансалта, Рахата и Тандо"
                       r"(?-i:(?=[А-ЯЁІЇЄҐA-Z](?![\w'’-]*(?:,\s+[А-ЯЁІЇЄҐA-Z][\w'’-]*)*"
                       r"\s+(?:и|і|й|та)\s+[А-ЯЁІЇЄҐA-Z]))))"
                       r"|\s(?:и|і|й|та)\s+ещё\s|,\s+(?=\w+\s+(?:заявил|сообщил|повідомив|заявив))",
                       re.I)
_FORCE_NOUNS = (r"военн|военнослужащ|солдат|бойц|боец|человек|чел\.|наемник|наёмник|десантник|"
                r"морпех|мобилизованн|срочник|штурмовик|оккупант|россиян|украинц|северокорейц|"
                r"військов|військовослужбовц|бійц|вояк|осіб|особ|людей|окупант|загарбник|"
                r"найманц|морпіх|мобілізован|росіян|українц|північнокорейц|резервист|резервіст|"
                r"офицер|офіцер|пограничник|прикордонник|контрактник|рядов|ополченц|"
                r"пехотинц|піхотинц|бойовик|боевик|матрос|моряк|миротворц|спецназовц|"
                r"повстанц|гвардейц|гвардійц|танкист|артиллерист|артилерист|снайпер|"
                r"летчик|льотчик|пилот|пілот|диверсант|террорист|терорист|джихадист|"
                r"инструктор|інструктор|защитник|захисник|силовик|нападавш|нападающ|нападник|"
                # police and the men of law enforcement are armed forces too
                r"полицейск|поліцейськ|милиционер|міліціонер|правоохранител|правоохоронц|"
                r"моджахед|душман|наблюдател(?!ьн)|спостерігач|спецпризначенц|спецназівц|командос|нацгвардейц|нацгвардійц|сапер|сапёр|разведчик|розвідник|связист|"
                r"зв['’ʼ]язківц|"
                r"сотрудник\w*\s+(?:сил|силов|спецслужб|полиц|правоохранительн)|"
                r"співробітник\w*\s+(?:сил|силов|спецслужб|поліці|правоохоронн)|"
                # "від 38 до 42 членів екіпажу", "около 8 тыс. вооруженных членов" (a group)
                r"член\w*\s+(?:экипаж|екіпаж)|"
                # "понад 40 членів банди", "налічує від 10 до 12 тисяч членів": a gang's or
                # an armed group's members (named, or the group the sentence counts)
                r"член\w*\s+(?:банд|угрупован|угрупуван|группировк|групп|груп|картел|отряд|"
                r"загон)|(?:членов|членів)(?=\s*[,.;—–]|\s*$)|"
                # "от 2 до 3 тыс. вооруженных «тигров»": armed men, whatever they are called (not
                # armed clashes or formations)
                r"(?:вооруж[её]нн|озброєн)\w*\s+[«\"„]?(?!(?:столкновен|зіткнен|конфликт|конфлікт|"
                r"нападен|напад|инцидент|інцидент|формирован|формуван|сил(?!\w)))[\w'’-]+")
# civilians and residents by their stems, which every inflection keeps
_CIVILIAN = r"мирн|цивільн|гражданск|жител|мешканц"
# people in general: a count of them is a force figure only with a word that says so
# ("потеряли 95 тыс. человек убитыми", "насчитывает 2 тыс. человек"), not alone ("через
# КПП прошли 13 тыс. человек", "в місті лишаються 11 тисяч людей")
_PEOPLE = re.compile(r"(?:(?:погибш|убит|ранен|загибл|вбит|поранен)\w*\s+)?"  # "50 загиблих людей"
                     r"(?:человек|чел\.|осіб|особ|людей|людини)(?!\w)", re.I)
# (also a part of the count before: "близько 2,2 тис. з них – морські піхотинці")
_FORCE = re.compile(rf"(?:(?:из|з|із)\s+них\s*[—–-]?\s*)?(?:[\w'’-]+\s+){{0,3}}?(?:{_FORCE_NOUNS})",
                    re.I)
# "погибли более 900 человек, включая мирных жителей", "до 1,5 тыс. раненых, среди которых много
# мирных жителей": a toll of people that civilians are part of is no force's toll
_WITH_CIVILIANS = re.compile(
    r"(?:[\w'’-]+\s+){0,2}?(?:человек|людей|осіб|раненых|поранених|погибших|загиблих)\s*,\s*"
    r"(?:включая|включно\s+з|в\s+том\s+числе|у\s+тому\s+числі|среди\s+(?:них|которых)|"
    rf"серед\s+(?:них|яких)|зокрема)\s+(?:много\s+|багато\s+)?(?:{_CIVILIAN})", re.I)
_OTHER = re.compile(
    r"(?:сут(?:ок|ки)|доб(?:и|у)|діб)(?!\w)|"  # "за последние трое суток": how long
    # units, named right after the count, not men: "между двумя отрядами", "два батальона"
    # (not "половины личного состава батальона": the men of one)
    r"(?:отряд|загон|загін|батальон|бригад|полк|рот[аыуіо](?!\w)|дивизи|дивізі)|"
    r"(?:бой|боя|бою|бій|бо[їи]|боях|боев|боёв|боїв)(?!\w)|"  # "за один бой": how many fights
    r"(?:[\w'’-]+\s+){0,2}?(?:танк|бронетехник|единиц|одиниц|километр|кілометр|км\b|дрон|"
    r"беспилотник|безпілотник|БПЛА|снаряд|ракет|лет\b|год|рок|років|дн|недел|тижн|месяц|борт|"
    r"(?<!під\s)час(?:а|ов)?\b|минут|хвилин|"  # hours, but Ukrainian "під час" is "during"
    r"місяц|стран|країн|населенн|населен|сел|город|міст|артиллер|артилер|систем|машин|"
    rf"автомобил|автомобіл|{_CIVILIAN}|дет|діт|заложник|заручник|"
    r"рыбак|рибалк|%|процент|відсот|гаубиц|гармат|орудий|орудия|пушек|пушк|миномет|міномет|"
    # "знищено два склади боєприпасів", "уничтожены две РЛС": stores and systems, not men
    r"склад\w*\s+(?:боєприпас|боеприпас|паливн|ПММ)|пункт\w*\s+управл|радар|радіолокац|"
    r"радиолокац|(?-i:РЛС|САУ|БМП|БТР|РСЗО|ЗРК)(?!\w)|"
    r"раз\b|рази|разів|гектар|тонн|долар|доллар|рубл|гривен|гривень|евро|євро|самол|літак|"
    # "по 100 тыс. руб.", "5 млн грн", "200 долл.", "10 млн франков": money, however written
    r"(?:руб|грн|долл|дол|коп)(?:\.|(?!\w))|франк|фунт|юан|иен|ієн|"
    r"вертол|гелікоптер|корабл|катер|позиц|атак|удар|обстріл|обстрел|КАБ|бомб|авиабомб|"
    r"авіабомб|взрыв|вибух|теракт|полигон|полігон|"  # "двух взрывов": blasts, not people
    # "совершила 40 вылетов", "задействовано 20 воинских эшелонов": sorties and trains
    r"вылет|вил[іе]т|вильот|эшелон|ешелон|"
    # "бежали 785 родственников боевиков": the fighters' families are no fighters
    r"родственник|родич|член\w*\s+(?:сем|родин)|"
    # "ранения получили трое сотрудников МЧС, тушивших пожар": rescuers are no armed force
    r"спасател|рятувальник|(?-i:МЧС|ДСНС)(?!\w))", re.I)

_HOW_BADLY = r"(?:(?:тяжело|серьезно|серьёзно|легко|важко|тяжко|серйозно)\s+)?"

RUSSIAN_UKRAINIAN = CueTable(
    metrics=(
        # "убиты или тяжело ранены", "вбиті або важко поранені": the badly wounded with the dead
        ("casualties", _stems(rf"убит\w*\s+(?:и|или|та|і|й|або)\s+{_HOW_BADLY}(?:ранен|поранен)",
                              rf"вбит\w*\s+(?:та|і|й|або)\s+{_HOW_BADLY}поранен",
                              r"погибш\w*\s+и\s+ранен", r"загибл\w*\s+(?:та|і)\s+поранен",
                              r"(?:ранен|поранен)\w*\s+(?:или|и|або|та|і)\s+(?:убит|вбит)",
                              # "вбило та поранило понад 50 талібів": the verbs of both
                              r"(?:убил|вбил|убива|вбива)\w*\s+(?:и|та|і|й)\s+(?:ранил|поранил|"
                              r"ранива|поранюва)",
                              # (not "связь потеряна": contact lost, the men are missing)
                              r"потер(?!яна(?!\w))[иья]", r"потерял", r"потеряв", r"потеряет",
                              r"втрат", r"втрача", r"теря(?:ет|ют|ла|ли|л)", r"знешкод",
                              r"выбыл\w*\s+из\s+строя", r"вибул\w*\s+з\s+ладу",
                              r"санитарн\w*\s+потер", r"лишил(?:ся|[аои]сь)",
                              r"нейтрализ", r"нейтраліз")),
        # people "destroyed" or "liquidated" are dead (the contract's killed); those "put out
        # of action" or "neutralised" are casualties, as are "losses"
        ("killed", _stems(r"погиб", r"гибел", r"гибл", r"гибн", r"убит", r"убил", r"загин", r"загибл", r"загибел",
                          r"вбит", r"вбил", r"смерт(?!ник)", r"погибш", r"уничтож", r"знищ", r"ликвид",
                          r"ліквід", r"убийств", r"вбивств", r"умер(?!ен)", r"умира", r"помер",
                          r"помира", r"скончал", r"жертв",  # "жертвами стали": the dead
                          # "обнаружены тела 50 офицеров", "знайдено тіла трьох": bodies found
                          r"тел[ао](?!\w)", r"тіл[ао]?(?!\w)", r"труп")),
        # the wounded also as a compound ("тяжкопоранених", "тяжелораненых") and as those
        # taken to hospital ("госпитализированы", "госпіталізовано")
        ("wounded", _stems(r"ранен", r"ранени", r"поранен", r"травм", r"ранил", r"поранил",
                           r"ранив", r"поранив", r"(?:тяжело|легко|тяжко|важко)-?(?:ранен|поранен)",
                           r"госпитализ", r"госпіталіз")),
        ("captured", _stems(r"плен", r"полон", r"сдал\w*ся", r"сдались", r"здал\w*ся", r"здалися",
                            r"захвачен\w*\s+в\s+плен", r"сложил\w*\s+оружие",
                            r"сложив\w*\s+оружие", r"склал\w*\s+зброю", r"склав\w*\s+зброю",
                            r"оружие\s+сложил", r"зброю\s+склал", r"зброю\s+склав",
                            r"задержа", r"затрима", r"арестова", r"заарештува")),
        ("missing", _stems(r"пропал\w*\s+без\s+вести", r"пропавш\w*\s+без\s+вести", r"без\s+вести", r"зникл\w*\s+безвісти",
                           r"безвісти",
                           # "Судьба ещё десяти бойцов неизвестна", "місцеперебування трьох
                           # невідоме": whose fate is unknown (the short form, said of them)
                           r"(?:неизвестн|невідом)(?:а|о|ы|е|і|ой|ою|ым|им)(?!\w)",
                           # "Зв'язок втрачено з 12 військовими", "связь потеряна с пятью":
                           # men no one can reach are missing
                           r"(?:связь|зв['’ʼ]язок)\s+(?:с\s+[^,.;]{0,40}?\s+)?(?:потеряна|"
                           r"утрачена|прервана|втрачено|втрачений|обірвався|перервано)",
                           r"не\s+выход\w*\s+на\s+связь", r"не\s+виход\w*\s+на\s+зв['’ʼ]язок",
                           r"на\s+связь\s+не\s+выход", r"на\s+зв['’ʼ]язок\s+не\s+виход")),
    ),
    strength=_stems(r"численност", r"чисельн", r"группиров", r"угрупован", r"контингент",
                    r"насчитыва", r"налічу", r"участву", r"участвова", r"участь", r"участи",
                    r"задейств",
                    r"задіян", r"привлечен", r"залучен", r"находят", r"находит", r"перебува",
                    r"сосредоточ", r"зосеред", r"развернут", r"розгорнут", r"размещ", r"розміщ",
                    r"направил", r"направив", r"направлен", r"отправил", r"перебросил",
                    r"перекинул", r"дислоцир", r"состав\w*\s+группировки", r"присутств",
                    r"прибыл", r"прибул", r"стоят", r"стоїть", r"воюют", r"воюють", r"стянут",
                    r"стягива", r"стягну", r"служат", r"служать", r"служит", r"служить",
                    r"служили", r"входят", r"входять", r"входит", r"входить",
                    # "Вооруженные силы … не превышают 2,5 тыс. человек": a force's size
                    r"превыша", r"перевищу",
                    # "Аэропорт обороняли около 600 человек": the men who held a place
                    r"обороня", r"захищал", r"захищают", r"захищають",
                    # "до лав міліції записалися понад 4,5 мільйона людей": enlisted in its ranks
                    r"(?:записал|записа|вступил|вступи)\w*\s+(?:в|до|у)\s+(?:ряд|лав)",
                    r"(?:в|до|у)\s+(?:ряды|лав)\s+(?:\S+\s+){0,3}?(?:записал|записа|вступил|вступи)"),
    # a force that is there, said with "ещё" (also): "ще 500 військових входять до складу"
    stative=_stems(r"входят", r"входять", r"входит", r"входить", r"служат", r"служать",
                   r"насчитыва", r"налічу", r"находят", r"перебува",
                   # "ещё 500 военных остаются в городе": more who remain are no addition
                   r"остают", r"оста[её]тся", r"залишают", r"залишаєт", r"лишают", r"лишаєт"),
    reinforcements=_stems(r"подкреплени", r"підкріплен", r"дополнительн", r"додатков",
                          r"ещё\s", r"еще\s", r"ще\s"),
    rate=re.compile(r"(?<!\w)(?:в\s+день|в\s+сутки|за\s+сутки|щодоби|ежесуточно|за\s+последние\s+сутки|"
                    r"ежедневн\w*|каждый\s+день|на\s+добу|за\s+добу|за\s+минулу\s+добу|"
                    r"протягом\s+(?:минулої\s+)?доби|щодня|щоденн\w*|кожного\s+дня|"
                    r"минулої\s+доби|(?:прошедшие|минувшие|истекшие|последние)\s+сутки|"
                    r"(?:за\s+|протягом\s+)?останн(?:ю|ьої)\s+доб[уи]|среднесуточн\w*|середньодобов\w*|"
                    r"в\s+среднем\s+в\s+сутки|в\s+середньому\s+за\s+добу|"
                    # "з початку доби", "с начала суток": the day's count so far
                    r"(?:з|від)\s+початку\s+доби|с\s+начала\s+суток)(?!\w)", re.I),
    loss=_stems(r"потер", r"втрат", r"убит", r"погиб", r"гибл", r"гибн", r"гибел", r"загин", r"вбит", r"ранен", r"поранен",
                r"уничтож", r"знищ", r"ліквід", r"ликвид", r"знешкод", r"теря", r"втрача",
                r"лишил"),
    force=_FORCE,
    people=_PEOPLE,
    manner=re.compile(r"(?:ыми|ими)$", re.I),
    conjunction=re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:и|і|й|та|а\s+также|а\s+також)\s+$", re.I),
    # "Жители Комсомольского, около 5 тыс. человек, находятся в лагере": the count restates
    # people who are no force, named before it
    other_before=re.compile(r"(?<!\w)(?:жител|мешканц|беженц|біженц|переселенц|населени|"
                            r"населенн)\w*(?:\s+[\w'’-]+){0,2},\s+(?:около|более|почти|свыше|"
                            r"близько|понад|майже|приблизно)?\s*$|"
                            # "в нем проживают около 300 человек": who live there
                            r"(?<!\w)(?:прожива|мешка|живут|живуть)\w*\s+$|"
                            # "Среди жителей кишлака … погибли семь человек": the count is theirs
                            r"(?<!\w)(?:среди|серед)\s+(?:[\w'’-]+\s+)?"
                            rf"(?:{_CIVILIAN}|населен)|"
                            # "Из заложников … освобождено 82 человека": hostages, no force
                            r"(?<!\w)(?:из|з|із)\s+(?:числа\s+)?(?:заложник|заручник)|"
                            # "стан трьох із них оцінюється як важкий": the state of some of
                            # the wounded counted before, no toll of its own
                            r"(?<!\w)(?:стан|состояни\w*)\s*$", re.I),
    civilians=re.compile(rf"(?:[\w'’-]+\s+){{0,2}}?(?:{_CIVILIAN}|дет|діт|"
                         r"пассажир|пасажир|журналист|журналіст|рабоч|працівник|студент|"
                         r"беженц|біженц|пациент|пацієнт|медик|заложник|заручник|моряк\w*\s+"
                         r"(?:торгов|судн)|рыбак|рибалк)", re.I),
    # "погибли 183 боевика ХТШ и союзных ей формирований, а также 100 военнослужащих"
    also=re.compile(r"^[^.;:—–\d]{0,80}?,\s+а\s+(?:также|також)\s+$", re.I),
    aside=re.compile(r"(?<=\w),\s+(?:котор\w+|як(?:ий|а|е|і)|що|\w+(?:ющ|ящ|ащ|ущ|вш)(?:ий|ая|ее|ие|ої|ого))"
                     r"\s[^,;:.!?«»]*(?=,)", re.I),
    gapped=re.compile(r"^[^.;:—–\d]{0,60},\s+[^,.;:—–\d]{1,40}\s[—–-]\s+$"),
    # "Не менее 30 военнослужащих армии Нигера и двое нигерийских военных погибли": two
    # subjects of one verb, after the second
    subject_of_next=re.compile(r"^\s*(?:[^\s\d,.;:—–()«»]+\s+){1,4}?(?:и|і|й|та)\s+$", re.I),
    another=re.compile(r"^[^.;:\d]{0,50},\s+(?:а\s+|и\s+|і\s+)?(?:ещё|еще|ще)\s+$", re.I),
    # "може мати до 300 тисяч": "may have" hedges what a force has now, as "may amount to" does
    possible=re.compile(r"\s+(?:достига|доходи|составля|становит|числит|числят|числиться|быть|"
                        r"бути|сяга|налічу|насчитыва|превыша|перевищу|мати|иметь)", re.I),
    planned=re.compile(r"\s+(?:участвовать|принимать\s+участие|брати\s+участь|задействован\w*|"
                       r"задіян\w*|привлечен\w*|залучен\w*|направлен\w*|направлено|розгорнут\w*|"
                       r"развернут\w*)(?!\w)", re.I),
    reach=re.compile(r"(?<!\w)(?:может|могут|може|можуть)\s+(?:достигать|доходить\s+до|сягати|"
                     r"сягає|досягати)\s*$", re.I),
    munitions=_stems(r"(?-i:КАБ)", r"бомб", r"авиабомб", r"авіабомб", r"ракет", r"снаряд", r"дрон",
                     r"беспилотник", r"безпілотник", r"мин(?:ами|ы)(?!\w)", r"мін(?:ами|и)(?!\w)",
                     r"артиллери", r"артилері"),
    of_toll=re.compile(r"\s*(?:из\s+|з\s+|із\s+)?(?:погибш|убит|ранен|загибл|поранен|вбит|жертв)\w*",
                       re.I),
    chance=_stems(r"вероятност", r"ймовірніст", r"шанс"),
    # "по уничтожению условного бандформирования численностью до 300 боевиков", "знищили 40
    # умовних диверсантів": the enemy an exercise plays against, in the clause of the count
    notional=re.compile(r"(?<!\w)(?:условн|умовн)\w*(?:\s+[^\s,.;:]+){0,4}\s*$|^(?:условн|умовн)",
                        re.I),
    # "По замыслу учений …", "«За сценарієм ми відбиваємо напад …»": the scenario an exercise
    # plays, whose enemy is make-believe
    scenario=re.compile(r"^\s*[«\"„“]?\s*(?:(?:по\s+замыслу|по\s+легенде|за\s+задумом|за\s+легендою)"
                        r"\s+(?:учени|маневр|навчан)|по\s+сценарию|за\s+сценарієм|"
                        r"согласно\s+сценарию|згідно\s+зі?\s+сценарієм)", re.I),
    enemy=re.compile(r"(?<!\w)(?:формировани|формуван|противник|ворог|боевик|бойовик|террорист|"
                     r"терорист|диверсант|бандгрупп|бандгруп|бандформ)\w*\s+(?:численностью|чисельністю)"
                     r"(?:\s+(?:до|около|более|свыше|близько|понад))?\s*$",
                     re.I),
    of_dead=re.compile(r"(?<!\w)(?:среди|серед|из\s+числа|з\s+числа)\s+(?:погибш|убит|загибл|вбит|"
                       r"жертв)\w*", re.I),
    size=_stems(r"численност", r"чисельн"),
    # "у групі було близько 17 людей", "в отряде было около 40 человек": the men an armed
    # group was made of, said with "there were"
    named_force=re.compile(r"(?<!\w)(?:в|у)\s+(?:групп|груп|отряд|загон|загін|банд|формировани|"
                           r"формуванн|колонн|колон[аіиуо](?!\w)|гарнизон|гарнізон)\w*\s+"
                           r"(?:был[оаи]?|було|були)\s+(?:около|более|до|свыше|не\s+менее|"
                           r"примерно|порядка|близько|понад|щонайменше|приблизно)?\s*$", re.I),
    made_of=re.compile(rf"(?<!\w)(?:групп|груп|отряд|загон|загін|банд)\w*\s+(?:(?P<q>{_QUALIFIER})\s+)?"
                       r"(?:из|з|із)\s*$", re.I),
    qualifier_of=_qualifier,
    removed=_stems(r"вывез", r"вивез", r"эвакуир", r"эвакуаци", r"евакую", r"евакуйов",
                   r"евакуаці", r"евакуюв",
                   # (but "к началу вывода оставалось 1,8 тыс.": when the withdrawal began, the
                   # men still there)
                   rf"{_WHEN_WITHDRAWAL}вывод", rf"{_WHEN_WITHDRAWAL}виведен",
                   # "з початку року пройшли підготовку 4 тисячі": the men trained over months,
                   # who are no force there either
                   r"пройшл\w*\s+(?:підготовк|навчан)", r"прошл\w*\s+(?:подготовк|обучени)",
                   # "22 десантника представят к званию Героя посмертно", "нагородили 40 бійців":
                   # the men honoured, counted for an award, are no force there
                   r"представ\w*\s+к\s+(?:звани|наград|орден)", r"представлен\w*\s+до\s+"
                   r"(?:звання|нагород|орден)", r"награ(?:жд|ди)", r"нагород", r"посмертно",
                   r"посмертн",
                   # "в результате обмена домой вернулись 71 военный": the freed, home again
                   r"вернул\w*\s+(?:домой|на\s+родину|из\s+плена)",
                   r"повернул\w*\s+(?:додому|на\s+батьківщину|з\s+полону)",
                   r"(?:домой|додому|на\s+родину|на\s+батьківщину)\s+(?:вернул|повернул)",
                   r"(?<!для\s)обмен(?!\w*\s+фонд)",
                   r"(?<!для\s)обмін(?!\w*\s+фонд)"),
    # (but "для поповнення обмінного фонду", "для обмена": the captured are kept to be traded)
    # (not "готові обміняти їх": men still held, whom their captors offer to trade)
    released=_stems(r"(?:из|с|з|із)\s+(?:плена|полону)",
                    r"(?<!для\s)(?<!готові\s)(?<!готовы\s)(?<!готов\s)обмен(?!\w*\s+фонд)",
                    r"(?<!для\s)(?<!готові\s)(?<!готовы\s)(?<!готов\s)обмін(?!\w*\s+фонд)",
                    r"освобожд",
                    r"звільн", r"вернул", r"повернул", r"вернувш", r"повернувш"),
    part_of=re.compile(r"^\s*(?:из|з|із)\s+$", re.I),
    among=re.compile(r"(?<!\w)(?:среди|из|з|серед|із)\s+(?:них|которых|яких)\s*(?:[—–-]\s*)?$|"
                     r"(?<!\w)(?:в\s+том\s+числе|у\s+тому\s+числі|включая|зокрема)\s+$", re.I),
    other=_OTHER,
    with_civilians=_WITH_CIVILIANS,
    things_join=False,
    boundary=_BOUNDARY,
    forecast=_stems(r"могут", r"может", r"смогут", r"будет", r"будут", r"буде\b", r"будуть",
                    r"можуть", r"може\b", r"прогноз", r"ожидает", r"ожидают", r"очікує",
                    r"очікують", r"планиру", r"плану"),
    anaphoric_base=re.compile(r"^\s*(?:из|з|із|от|від)\s+(?:них|нас|которых|яких|этих|цих)\b|"
                              r"^\s*(?:них|их|їх)\b", re.I),
)


_UNIT = (r"полк|батальон|батальйон|бригад|рот[аыуи]|взвод|групп|груп|отряд|загон|загін|дивизи|"
         r"дивізі|(?-i:БТГ)|подразделени|підрозділ|гарнизон|гарнізон|группировк|угруповань")
# "16 військових, які обороняли термінал, потрапили в полон", "половини особового складу
# батальйону «Донбас», що перебуває в місті, поранені": a relative clause between commas
# describes the force (or the unit whose men are counted) before it; what befell the count is
# the verb after it
_RELATIVE_ASIDE = re.compile(rf"(?<!\w)(?i:{_FORCE_NOUNS}|(?:складу|состава)\s+(?:{_UNIT}))\w*"
                             r"(?:\s+«[^»]{1,30}»)?"
                             r"(,\s+(?:[Кк]отор|[Кк]отр|[Яя]к(?=[іаиоеу])|[Щщ]о(?!\w)|[Чч]то(?!\w))"
                             r"\w*\s[^,;:.!?«»\"]*,)(?=\s+[а-яёіїєґ])")


def read_figures(sentence: str, quantities: list[Quantity],
                 blocked: list[tuple[int, int]]):
    """Figures read with a relative clause that holds no figure blanked out (its positions
    kept), so it breaks no clause between a count and its verb."""
    for m in _RELATIVE_ASIDE.finditer(sentence):
        a, b = m.span(1)
        if not any(a < q.start < b for q in quantities):
            sentence = sentence[:a] + " " * (b - a) + sentence[b:]
    for m in _NOTIONAL_DASH.finditer(sentence):
        sentence = sentence[:m.start(1)] + " " + sentence[m.end(1):]
    civilians = _CIVILIANS_NAMED.search(sentence)
    readings = [r for r in read_with_cues(RUSSIAN_UKRAINIAN, sentence, quantities, blocked)
                if not (r.people and _civilians_before(sentence, civilians, r.quantity.start))]
    readings = _lost_then_wounded(sentence, readings)
    return sorted(readings + _restated_sizes(sentence, quantities, blocked, readings),
                  key=lambda r: r.quantity.start)


# "Ми втратили шістьох бійців, ще близько двадцяти поранені", "потеряли пятерых, еще 12 ранены":
# the men lost, then more wounded beside them, are the dead
_LOST = re.compile(r"(?:потерял|потеряв|теря(?:ет|ют|ла|ли|л)|втратил|втратив|втрача)\w*", re.I)
_MORE_WOUNDED = re.compile(r"[^.;:!?]*,\s*(?:а\s+|и\s+|і\s+)?(?:ещё|еще|ще)\s+(?:[^\W\d_]+\s+)?$",
                           re.I)


def _lost_then_wounded(sentence: str, readings: list[Reading]) -> list[Reading]:
    """A loss said with the verb "to lose", followed by more men wounded, is the dead."""
    out = list(readings)
    for i, (lost, wounded) in enumerate(zip(readings, readings[1:])):
        if lost.metric == "casualties" and wounded.metric == "wounded" \
                and _LOST.fullmatch(sentence[lost.cue[0]:lost.cue[1]]) \
                and _MORE_WOUNDED.fullmatch(sentence, lost.quantity.end, wounded.quantity.start):
            out[i] = replace(lost, metric="killed")
    return out


# "по школі, в якій ховалися мешканці, загинули 60 людей": a toll of "people" after the
# civilians its sentence names is theirs
_CIVILIANS_NAMED = re.compile(r"(?<!\w)(?:мешканц|жител|мирн\w*\s+(?:жител|населен|мешканц)|"
                              r"цивільн|гражданск\w*\s+(?:лиц|населен))\w*", re.I)


def _civilians_before(sentence: str, first: re.Match | None, position: int) -> bool:
    """Whether civilians are named before `position`, from the sentence's first mention
    (searched once per sentence, not once per figure)."""
    return first is not None and first.start() < position and (
        first.end() <= position or _CIVILIANS_NAMED.search(sentence, first.start(), position)
        is not None)


# "условный противник — диверсионная группа численностью до 40 человек": the dash names
# what the make-believe enemy is, so it breaks no clause between "условный" and the count
_NOTIONAL_DASH = re.compile(r"(?<!\w)(?:условн|умовн)\w*\s+(?:противник|ворог|враг)\w*\s+([—–])\s",
                            re.I)


# a force or a unit, then a comma or a dash: "часть украинских военных, около сотни человек",
# "дві батальйонно-тактичні групи, близько 800 людей", "сили до двох полків – до 4 тисяч осіб"
_APPOSED_TO = re.compile(rf"(?<!\w)(?:{_FORCE_NOUNS}|{_UNIT})[\w'’-]*\s*(?:,|\s[—–])\s*$", re.I)
# the count's own noun, people or a force, and the end of the aside
_RESTATING = re.compile(rf"\s*(?:[\w'’-]+\s+)?(?:{_FORCE_NOUNS})[\w'’.-]*\s*(?:[,.;!?»\"”)]|\s[—–]|$)",
                        re.I)


def _restated_sizes(sentence: str, quantities: list[Quantity], blocked: list[tuple[int, int]],
                    readings) -> list[Reading]:
    """A count of people set off right after a force or a unit restates its size: a strength
    (the force itself was not counted, or was counted in its units)."""
    read = {r.quantity.start for r in readings} | starting_inside(quantities, blocked)
    out = []
    for q in quantities:
        before = sentence[max(0, q.start - 60):q.start]
        named = _APPOSED_TO.search(before)
        if q.start in read or q.is_fraction \
                or not named or _PEOPLE.match(named.group()) \
                or not _RESTATING.match(sentence, q.end):
            continue
        out.append(Reading(q, "strength", cue=(q.start, q.end)))
    return out


_ADJECTIVE = (r"[а-яёіїєґА-ЯЁІЇЄҐ'’-]+(?:их|ых|ких|ьких|ские|ські|ская|ська|ский|ський|ые|ий|ій|ой|"
              r"ої|ого|ая|ое|і)")
# whose losses or strength a figure is: also a whole army ("потери российской армии")
_PHRASE = re.compile(rf"(?<!\w)((?:{_ADJECTIVE}\s+){{0,2}})((?:{_FORCE_NOUNS}|арми|армі|войск|"
                     rf"військ)[\w'’]*)"
                     r"(\s+[А-ЯЁІЇЄҐ]{2,6}(?!\w)|\s+(?:[\w'’-]+\s+)?«[^»]{2,30}»)?")


def force_phrases(text: str):
    """Force noun phrases that name whose force they are, as written: "северокорейских
    солдат", "военнослужащих ВСУ", "білоруських військових"."""
    out = []
    for m in _PHRASE.finditer(text):
        group, noun, acronym = m.group(1).strip(), m.group(2), (m.group(3) or "").strip()
        if not group and not acronym:
            continue
        label = " ".join(x for x in (group, noun, acronym) if x)
        out.append(ForcePhrase(m.start(), m.end(), label, ""))
    return out
