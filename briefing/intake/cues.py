"""Reading a figure's metric from cue words: the rule for languages described by tables.

Russian, Ukrainian and Korean reports name the metric with a handful of word stems on either
side of the number ("погибли 300", "1 230 окупантів ліквідували", "300여 명이 사망"). A
`CueTable` lists those stems per metric; `read_with_cues` takes, for every number, the cue
nearest to it inside its clause (a window that stops at the neighbouring numbers and at
clause breaks), so in "погибли 300 солдат, ещё 2,7 тыс. получили ранения" the 300 are killed
and the 2,700 wounded. English keeps its own, richer reader (`metrics`).

The windows are found with `spans.Marks`, so a sentence with many numbers costs n log n.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .attribution import CYRILLIC
from .readings import LOSS_METRICS, Reading, coordinated
from .numbers import Quantity
from .spans import Marks, matched_spans, outside

METRIC_ORDER = ("casualties", "killed", "wounded", "captured", "missing")


@dataclass(frozen=True)
class CueTable:
    """The words of one language. `metrics`: (metric, pattern) for the losses and captures;
    `strength` and `reinforcements`: patterns for a force's size and additions; `rate`:
    "a day" words; `loss`: words that make a rate a loss rate; `force`/`other`: nouns
    right after a number that count people under arms / something else; `boundary`:
    clause breaks; `forecast`: modal words; `anaphoric_base`: "of them" after a fraction."""

    metrics: tuple[tuple[str, re.Pattern], ...]
    strength: re.Pattern
    reinforcements: re.Pattern
    rate: re.Pattern
    loss: re.Pattern
    force: re.Pattern
    other: re.Pattern
    boundary: re.Pattern
    forecast: re.Pattern
    anaphoric_base: re.Pattern
    needs_force_noun: bool = True  # Korean counts people with 명, so every figure has one
    other_before: re.Pattern | None = None  # a noun right before the number: "어린이가 50명"
    people: re.Pattern | None = None  # "человек": a force figure only with a cue word
    manner: re.Pattern | None = None  # the ending of a loss named after its count: "пораненими"
    conjunction: re.Pattern | None = None  # "і", "и", "та" joining two counts of one verb
    joins_next: re.Pattern | None = None  # "군인 30명과 민간인 15명이 숨졌다": the verb comes last
    sum_of: re.Pattern | None = None  # "… 90여 명 등 모두 550여 명": the total of the counts before
    # "이라크에 약 2천500명, 시리아에 약 900명의 병력을 주둔": counts listed by place share the
    # last one's noun and verb, a strength too
    place_list: re.Pattern | None = None
    among: re.Pattern | None = None  # "среди них двое офицеров": a part of the figure before
    whole: re.Pattern | None = None  # "1만1천여 명 가운데 사망자가": what follows is a part of it
    released: re.Pattern | None = None  # "з полону повернулися 150": freed, no one captured
    part_of: re.Pattern | None = None  # "половина из 2 тыс. военных погибла": the base follows
    also: re.Pattern | None = None  # ", а также 100": joins a count after the first's noun phrase
    civilians: re.Pattern | None = None  # people who are no force, after their count
    with_civilians: re.Pattern | None = None  # "900 человек, включая мирных": a mixed toll
    toll_noun: re.Pattern | None = None  # "부상자는 300명": a toll's noun that names no kind
    stative: re.Pattern | None = None  # a force that is there: "ещё" is then no addition
    possible: re.Pattern | None = None  # "может достигать": a present count hedged, no forecast
    reach: re.Pattern | None = None  # "... достигать 41" right before the count: up to 41
    munitions: re.Pattern | None = None  # "знищують КАБами, по 20–30": a count of the bombs
    of_toll: re.Pattern | None = None  # "половина погибших": a share of a toll, not of a force
    chance: re.Pattern | None = None  # "1만 명을 넘을 가능성": the threshold of a probability
    # "знищили 30 бойовиків і два танки": a count of things joined to one of men is no loss
    things_join: bool = True
    notional: re.Pattern | None = None  # "условного противника численностью до 300": make-believe
    # "По замыслу учения, силы ОДКБ отражают вторжение формирований численностью до 1,5 тыс.":
    # a sentence that tells an exercise's scenario, and the enemy named before a count in it
    scenario: re.Pattern | None = None
    enemy: re.Pattern | None = None
    size: re.Pattern | None = None  # "численность группировки превышает 100 тыс.": no noun needed
    # a noun that makes its own count a strength, found right before it (searched in the text
    # to its left) or right after it (matched at the start of the text to its right)
    named_force: re.Pattern | None = None
    # "группа примерно из 60 вооруженных людей атаковала …, убила четверых": the size of a
    # group made of the men counted, whatever the group then did (searched to the left)
    made_of: re.Pattern | None = None
    # "Не менее 30 военнослужащих армии Нигера и двое нигерийских военных погибли": a force
    # joined by "and" to the next count, both the subject of the loss verb after it (matched
    # on the words between the two counts)
    subject_of_next: re.Pattern | None = None
    qualifier_of: Callable[[str], str | None] | None = None  # its hedge: "примерно" -> about
    removed: re.Pattern | None = None  # "вивезли 264 захисників": taken away, no force there
    planned: re.Pattern | None = None  # "будут участвовать 5 тыс.": a pledge, no forecast
    of_dead: re.Pattern | None = None  # "среди погибших": every count after it is of the dead
    gapped: re.Pattern | None = None  # ", Пакистан — около 150": the verb of the count before
    # ", еще около 60 захвачены": another count of the men counted before, with a verb of its own
    another: re.Pattern | None = None
    aside: re.Pattern | None = None  # ", насчитывающий 800 военных,": a noun's size, up to its comma
    serial: re.Pattern | None = None  # "무기를 버리고 투항했다": a break joining two verbs of one subject


# "навчання Agile Spirit 2019", "учения Noble Partner 2018": in Russian or Ukrainian copy, a
# year right after a name in Latin letters is the edition of what it names
_LATIN_NAME_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]+\s+$")


def _year_of_name(sentence: str, q: Quantity) -> bool:
    return bool(_LATIN_NAME_BEFORE.search(sentence, max(0, q.start - 30), q.start)
                and CYRILLIC.search(sentence))


def _not_a_figure(sentence: str, q: Quantity, force: re.Pattern) -> bool:
    before = sentence[max(0, q.start - 1):q.start]
    if before.isalpha() or before == "-" and q.start >= 2 and sentence[q.start - 2].isalpha():
        return True  # "Запад-2025", "Су-25"
    after = sentence[q.end:q.end + 1]
    if q.value is not None and not q.words and after == "-":
        return True  # "2025-го", "25-й"
    if q.value is not None and q.text.isdigit():
        named = _year_of_name(sentence, q)
        counted = bool(force.match(sentence[q.end:].lstrip()))
        if 1900 <= q.value <= 2100:
            # a year, but not "насчитывалось 2030 военнослужащих": a count of the men it
            # names (not "навчання Agile Spirit 2019 за участю військових": the year of a name)
            return named or not counted
        if named and not counted:
            return True  # "угруповання Barrio 18 у неділю вбили": the number of a name
    if q.fraction is not None and not 0 < q.fraction <= 1:
        return True
    return q.value is not None and q.value != int(q.value) and q.value < 100


def _cut_left(text: str, boundary: re.Pattern) -> tuple[str, int]:
    """The part of `text` after its last clause break, and where that part starts."""
    last = None
    for last in boundary.finditer(text):
        pass
    return (text[last.end():], last.end()) if last else (text, 0)


def _cut_right(sentence: str, start: int, end: int, boundary: re.Pattern) -> str:
    """`sentence[start:end]` up to its first clause break, found in the whole sentence so a
    break that looks back sees the word it ends: in "사망자가 900명을 넘었고 부상자는" the count
    took "넘었", and "고" after it still ends the clause."""
    m = boundary.search(sentence, start, end)
    return sentence[start:m.start()] if m else sentence[start:end]


def _nearest(patterns, left: str, right: str):
    """(metric, distance, absolute-ish span) of the cue nearest to the number; right cues
    win ties, and a longer cue wins at the same place ("убитыми и ранеными" over "убит")."""
    best = None
    for metric, pattern in patterns:
        for m in pattern.finditer(right):
            cand = (m.start(), -(m.end() - m.start()), metric, ("right", m.start(), m.end()))
            if best is None or cand[:2] < best[:2]:
                best = cand
            break
        last = None
        for last in pattern.finditer(left):
            pass
        if last is not None:
            cand = (len(left) - last.end(), 1, metric, ("left", last.start(), last.end()))
            if best is None or cand[:2] < best[:2]:
                best = cand
    return best


def _manner(table: CueTable, right: str):
    """"втратила 40 бійців пораненими": the loss verb, then the kind of loss after the count
    (but "убитыми и ранеными" after it is still both)."""
    manner = _nearest([(m, p) for m, p in table.metrics if m != "casualties"], "", right)
    if not manner or not table.manner.search(right[manner[3][1]:manner[3][2]]):
        return None
    both = _nearest([(m, p) for m, p in table.metrics if m == "casualties"], "", right)
    return None if both and both[3][1] <= manner[3][1] else manner


def read_with_cues(table: CueTable, sentence: str, quantities: list[Quantity],
                   blocked: list[tuple[int, int]]) -> list[Reading]:
    """The force figures among `quantities`; numbers inside `blocked` spans (dates) are not
    figures."""
    live = [q for q in outside(quantities, blocked) if not _not_a_figure(sentence, q, table.force)]
    # a date between a count and its metric word ("40명이 10일 전투에서 숨졌다", "사상자가
    # 지난달 1천500명") ends no window: only other counts do
    counts = Marks([(q.start, q.end) for q in live], len(sentence))
    # "может достигать 41", "могут числиться 850": a modal over a verb of being or amounting
    # hedges a count of now; only a modal over anything else forecasts
    modal = next((m for m in table.forecast.finditer(sentence)
                  if not (table.possible and table.possible.match(sentence, m.end()))
                  and not (table.planned and table.planned.match(sentence, m.end()))), None)
    first_modal = modal.start() if modal else len(sentence) + 1
    out: list[Reading] = []
    dead = table.of_dead.search(sentence) if table.of_dead else None  # "среди погибших"
    previous, not_force, whole_before = None, False, False
    for q in live:
        prev_end, next_start = counts.prev_end(q.start), counts.next_start(q.end)
        base_of = bool(previous and previous.is_fraction and previous.end == prev_end
                       and table.part_of and table.part_of.match(sentence[prev_end:q.start]))
        previous = q
        left, left_at = _cut_left(sentence[prev_end:q.start], table.boundary)
        left_at += prev_end
        if not left.strip() and left_at > prev_end and sentence[:left_at].rstrip()[-1:] in "—–":
            # "а пораненими — от 550 до 600 тысяч": the metric stands before the dash
            left_at = max(prev_end, len(sentence[:left_at].rstrip()[:-1].rstrip()) - 30)
            left = sentence[left_at:q.start]
        raw = sentence[q.end:next_start]
        # "з них майже 4 тисячі — загиблими": the metric stands after the dash; "близько 2,2
        # тис. з них – морські піхотинці": after "of them" and the dash, who they are
        of_them = None if q.is_fraction else table.anaphoric_base.match(raw)
        dash = re.match(r"\s*[—–-]\s+", raw[of_them.end():]) if of_them \
            else re.match(r"\s*[—–]\s+", raw)
        dashed = dash and dash.end() + (of_them.end() if of_them else 0)
        right = raw[:dashed] + _cut_right(sentence, q.end + dashed, next_start,
                                          table.boundary) if dash \
            else _cut_right(sentence, q.end, next_start, table.boundary)
        # "Контингент, насчитывающий около 800 военнослужащих, будет выведен": past the
        # aside's closing comma the main clause tells of the unit, not of its count
        closing = next((end for start, end in matched_spans(table.aside, sentence)
                        if start < q.start and q.end <= end), None) if table.aside else None
        if closing is not None:
            right = right[:closing - q.end]
        if table.whole and table.whole.match(raw):
            right = ""  # the metric after "가운데" is the part's, not this figure's
        if q.is_fraction and table.part_of and table.part_of.match(raw):
            # past the base
            right = raw + _cut_right(sentence, next_start, len(sentence), table.boundary)
        # a modal word makes a forecast of the figures of its clause and of the clauses after
        # it ("можуть зрости до 15 тисяч" after "налічують від 4,5 до 7,5 тисячі" is no
        # forecast of the 4,500-7,500)
        forecast_sentence = first_modal < q.end + len(right)
        reading = _read_one(table, sentence, q, left, left_at, right, forecast_sentence)
        if reading is None or reading.metric == "strength":
            reading = _across_serial_verb(table, sentence, q, left, left_at, right, next_start,
                                          forecast_sentence) or reading
        if reading and out and reading.cue == out[-1].cue and reading.cue[1] <= q.start:
            # "34 погибли и 14 получили ранения": the verb before this count is the count
            # before's; a verb of this count's own clause names its metric
            own = _read_one(table, sentence, q, "", q.start, right, forecast_sentence)
            if own and own.cue[0] >= q.end:
                reading = own
        head = raw.lstrip(" \t«»\"“”„")[:40]
        other = bool(table.civilians and table.civilians.match(head)
                     or table.other_before and table.other_before.search(left))
        bare = not table.force.match(head) if table.needs_force_noun \
            else not re.search(r"[^\W\d_]\s*$", left)
        bare = bare or bool(table.toll_noun and table.toll_noun.search(left))
        # "인질 251명 가운데 116명이 억류돼 있으며, 이 중 41명은 숨진": a part of people who
        # are no force are none either
        part = whole_before or bool(table.among and table.among.search(left))
        anyone = bool(table.people and table.people.match(head))
        if not_force and (bare or part or anyone) and not q.is_fraction:
            # "погибли двое мирных жителей, еще пятеро ранены", "민간인 5명이 숨지고 10명이
            # 다쳤다": a count with no noun of its own, or only "people" ("ще понад 400 людей
            # поранені"), counts the people counted before it (but "за три дня боев погибли
            # 120": days are no people)
            reading, other = None, True
        not_force = other
        whole_before = bool(table.whole and table.whole.match(raw))
        if base_of:  # the 2,000 of "half of 2,000 soldiers": the force the share is of
            reading = Reading(q, "strength", descriptive=True, cue=(q.start, q.end))
        listed = reading is None and table.place_list and table.place_list.match(raw)
        def with_next_clause() -> Reading | None:
            """The count read with the clause after it, whose verb it shares."""
            return _read_one(table, sentence, q, left, left_at,
                             raw + _cut_right(sentence, next_start, len(sentence),
                                              table.boundary), forecast_sentence)

        if (reading is None or reading.metric == "strength") and table.joins_next \
                and (table.joins_next.match(raw) or listed) and next_start < len(sentence):
            shared = with_next_clause()
            if shared and (listed or reading is None
                           or shared.metric not in ("strength", "reinforcements")):
                reading = shared
        if reading is not None and reading.metric == "strength" and table.subject_of_next \
                and table.subject_of_next.match(raw) and next_start < len(sentence):
            shared = with_next_clause()
            if shared and shared.metric in LOSS_METRICS:
                reading = shared
        gap = sentence[prev_end:q.start]
        if reading is None and out and out[-1].quantity.end == prev_end and table.joins_next \
                and (table.joins_next.match(gap) or table.sum_of and table.sum_of.match(gap)) \
                and not (table.other_before and table.other_before.search(left)):
            # "서희부대 460여 명과 제마부대 90여 명 등 모두 550여 명": the second count of a pair,
            # and their sum, count what the first does (not "과 민간인 15명", no force)
            reading = replace(out[-1], quantity=q, cue=(q.start, q.end))
        if (reading is None or reading.metric == "strength") and out \
                and out[-1].quantity.end == prev_end \
                and (table.things_join or not table.other.match(head)) \
                and (coordinated(out[-1], left, table.conjunction)
                     or coordinated(out[-1], sentence[prev_end:q.start], table.also)):
            reading = replace(out[-1], quantity=q, cue=(q.start, q.end))
        if reading is None and out and out[-1].quantity.end == prev_end and table.gapped \
                and table.gapped.match(sentence[prev_end:q.start]) \
                and re.match(r"[\s.!»”\"]*(?:,|$)", right):
            # "Индия прислала около 200 военнослужащих, Пакистан — около 150": the verb and
            # the noun left out after the dash are those of the count before
            reading = replace(out[-1], quantity=q, cue=(q.start, q.end))
        if reading is None and out and out[-1].quantity.end == prev_end and bare \
                and table.another and table.another.match(sentence[prev_end:q.start]):
            # "в плен сдались не менее 300 бойцов, еще около 60 захвачены", "ще близько 1,5
            # тис. виставила Румунія": more of the men counted before, the loss its own verb
            # names, or else what the count before is
            own = _nearest(table.metrics, "", right)
            reading = Reading(q, own[2], forecast=forecast_sentence,
                              cue=(q.end + own[3][1], q.end + own[3][2])) if own \
                else replace(out[-1], quantity=q, cue=(q.start, q.end))
        if reading is None and table.needs_force_noun and _NAMED_THEN_COUNTED.match(left) \
                and table.force.match(left.lstrip(" «\"„“")) \
                and re.match(r"[\s»”\".!]*(?:,|$)", right):
            # "Американських військових — близько 150", "Боевиков насчитывалось около 300",
            # "що нападників було близько сотні", "було «від 300 до 400»": the force named
            # first, then its count, with nothing after it
            reading = Reading(q, "strength", cue=(left_at, q.start))
        if reading is None and table.needs_force_noun and _of_whom(table, sentence, left_at) \
                and _PLACE_ONLY.match(left) and re.match(r"[\s»”\".!]*(?:,|$)", right):
            # "прикордонники ФСБ, яких у Вірменії … від 4 до 5 тисяч", "бойцов, которых в
            # Ливии от 800 до 1200": a force, then "of whom there are" and its count
            reading = Reading(q, "strength", cue=(left_at, q.start))
        if reading is None and out and out[-1].metric == "strength" and bare \
                and table.among and table.among.search(left) \
                and not re.search(r"[.;:!?]", sentence[out[-1].quantity.end:q.start]):
            # "около 4 тыс. военнослужащих (трех стран), из них более 1,5 тыс. — белорусские":
            # a part of the force before, with no noun of its own, is a strength of its own
            reading = replace(out[-1], quantity=q, cue=(q.start, q.end))
        toll = out[-1] if out and out[-1].metric in LOSS_METRICS else None
        if reading and reading.metric == "strength" and toll and table.among \
                and (table.among.search(left) or part):
            # a sub-count with no loss of its own is no force figure ("погибли 12 военных,
            # среди них трое офицеров"), but a force among a toll of people is that force's
            # share of it ("погибли 120 человек, среди них 40 военных": 40 killed)
            reading = replace(reading, metric=toll.metric, cue=toll.cue) if toll.people \
                else None
        elif reading and reading.metric == "strength" and dead and dead.end() <= q.start:
            # "среди погибших 745 мирных жителей, а также 148 боевиков": killed
            reading = replace(reading, metric="killed", cue=dead.span())
        if reading and table.reach and q.qualifier is None and table.reach.search(left):
            reading = replace(reading, quantity=replace(q, qualifier="up to"))
        if reading:
            out.append(reading)
    return out


def _across_serial_verb(table, sentence, q, left, left_at, right, next_start, forecast):
    """"300여 명이 무기를 버리고 투항했다": a count whose clause names no loss or capture, cut
    by a break that joins two verbs of one subject, takes the loss or capture of the next
    verb, up to the next break or count (so "…다치고 3명이 숨졌다" is the next count's), when
    its own verb is none of a force's."""
    end = q.end + len(right)
    if not table.serial or end >= next_start or table.strength.search(right):
        return None  # "300명을 투입하고 반군을 사살했다": the count's own verb sent them
    joint = table.serial.match(sentence, end)
    if joint is None:
        return None
    more = _cut_right(sentence, joint.end(), next_start, table.boundary)
    found = _read_one(table, sentence, q, left, left_at, right + joint.group() + more, forecast)
    return found if found and found.metric in METRIC_ORDER else None


def _of_munitions(table, before: str, has_force: bool, people: bool) -> bool:
    """A count with no noun of its own after the munitions its clause names counts them."""
    return bool(table.munitions and table.needs_force_noun and not has_force and not people
                and table.munitions.search(before))


# "за последние сутки отбили 12 атак и уничтожили 35 военнослужащих": a day's span opening
# the clause holds for the verb of loss coordinated after an earlier figure
_AND_LOSS = re.compile(r"(?<!\w)(?:и|і|й|та)\s+(?:\w+\s+)?$", re.I)


_NAMED_THEN_COUNTED = re.compile(r"^[\s«\"„“]*(?:(?:що|что)\s+)?(?:[^\W\d_]+\s+)?[^\W\d_]+\s+(?:[—–]|насчитывал\w*|"
                                 r"налічувал\w*|було|было)\s+[«\"„“]?$")


# ", яких" / ", которых" closing the text before a count's clause
_WHOM = re.compile(r",\s+(?:яких|которых)$", re.I)
# what may stand between "яких" and the count: where they are ("у Лівії"), nothing else
_PLACE_ONLY = re.compile(r"^\s*(?:(?:у|в|на)\s+[^\W\d_]+\s*)?$", re.I)


def _of_whom(table, sentence: str, left_at: int) -> bool:
    """Whether the count's clause opens on ", яких" after a force named in the six words
    before it."""
    m = _WHOM.search(sentence, max(0, left_at - 20), left_at)
    if not m:
        return False
    head = sentence[max(0, m.start() - 100):m.start()]
    words = list(re.finditer(r"[^\W\d_]+", head))[-6:]
    return any(table.force.match(head, w.start()) for w in words)


def _rate_before(table, sentence, left_at, left) -> bool:
    if not (_AND_LOSS.search(left) and table.loss.search(left)):
        return False  # the short window first: the clause before may be the whole sentence
    clause = sentence[:left_at]
    clause = clause[max(clause.rfind(c) for c in ";:.") + 1:]
    return bool(clause and table.rate.search(clause))


def _make_believe(table, sentence, left, right) -> bool:
    """A count of the enemy an exercise plays against: "условного противника численностью до
    300", or any enemy's in a sentence that tells the exercise's scenario."""
    if not table.notional:
        return False
    if table.notional.search(left[-60:]) or table.notional.match(right.lstrip()):
        return True
    return bool(table.scenario.match(sentence) and table.enemy.search(left[-60:]))


_JOINED_VERB = re.compile(r"(?:^|\s)(?:і|и|й|та|а|and)\s+$", re.I)


def _rate_of_its_clause(table, right: str) -> bool:
    """A rate word after the count, unless the count's own loss comes first and "and" then
    opens the next clause ("втратила понад 200 солдатів убитими й пораненими і щодня втрачає до
    15": the 200 are two weeks' casualties, the 15 a day's)."""
    m = table.rate.search(right)
    if not m:
        return False
    before = right[:m.start()]
    return not (_JOINED_VERB.search(before) and _nearest(table.metrics, "", before))


def _read_one(table, sentence, q, left, left_at, right, forecast_sentence):
    head = right.lstrip(" \t«»\"“”„")[:40]  # 'стянуты «до 2 тыс.» таджикских военных'
    thing, force = table.other.match(head), table.force.match(head)
    if thing and not (table.needs_force_noun and force and force.end() < thing.end()) \
            or table.other_before and table.other_before.search(left):
        return None  # but "гибель 12 военнослужащих при ударе": the force noun comes first
    if table.with_civilians and table.with_civilians.match(head):
        return None  # the force noun first, then the civilians among those it counts
    people = bool(table.people and table.people.match(head))
    has_force = bool(table.force.match(head)) and not people or not table.needs_force_noun
    forecast = forecast_sentence
    anaphor = q.is_fraction and bool(table.anaphoric_base.match(right))
    if (table.rate.search(left) or _rate_of_its_clause(table, right)
            or _rate_before(table, sentence, left_at, left)) and table.loss.search(sentence) \
            and not q.is_fraction and not _of_munitions(table, left, has_force, people):
        return Reading(q, "loss_rate", forecast=forecast, cue=(q.start, q.end))
    made_of = table.made_of.search(left[-80:]) if table.made_of and not q.is_fraction else None
    if made_of:
        hedge = made_of.group("q") and table.qualifier_of(made_of.group("q"))
        return Reading(replace(q, qualifier=q.qualifier or hedge or None), "strength",
                       forecast=forecast, cue=(q.start, q.end))
    cue = _nearest(table.metrics, left, right)
    if cue and cue[2] == "casualties" and cue[3][0] == "left" and table.manner:
        cue = _manner(table, right) or cue
    if cue and cue[2] == "captured" and table.released \
            and table.released.search(left + " " + right):
        return None  # a prisoner exchange counts people freed, not a loss
    toll = q.is_fraction and table.of_toll and table.of_toll.match(right)
    if toll:
        # "половина погибших — бывшие заключенные": who the dead were, no claim; a loss of
        # its own after the toll ("половина раненых позже умерли") is a share of that toll
        own = _nearest(table.metrics, "", right[toll.end():])
        if own is None:
            return None
        a, b = own[3][1] + toll.end(), own[3][2] + toll.end()
        of = _nearest(table.metrics, "", toll.group())
        return Reading(q, own[2], forecast=forecast, cue=(q.end + a, q.end + b),
                       fraction_of=of[2] if of else None)
    if table.chance and table.chance.search(left[-60:] + " " + right[:40]):
        return None  # "사망자가 1만 명을 넘을 가능성", "вероятность гибели 500": a chance, no count
    if _make_believe(table, sentence, left, right):
        return None  # an exercise's pretend enemy: "уничтожить 300 условных боевиков"
    if cue:
        side, a, b = cue[3]
        span = (left_at + a, left_at + b) if side == "left" else (q.end + a, q.end + b)
        if side == "left" and _of_munitions(table, sentence[span[1]:q.start], has_force,
                                            people):
            return None  # "знищують КАБами, по 20–30 на день": the count is of the bombs
        of_people = people or not table.needs_force_noun and not table.strength.search(left)
        return Reading(q, cue[2], forecast=forecast, cue=span, anaphoric_base=anaphor,
                       people=of_people and cue[2] in LOSS_METRICS)
    if q.is_fraction:
        return None  # "треть из них вернулась в строй": a share of something else
    window = left + " " + right
    if table.removed and table.removed.search(window):
        return None  # people evacuated or taken away are neither a force there nor an addition
    if table.reinforcements.search(window) and (has_force or people
                                                or table.strength.search(window)) \
            and not (table.stative and table.stative.search(window)):
        return Reading(q, "reinforcements", forecast=forecast, cue=(q.start, q.end))
    if table.strength.search(window) and (has_force or people or not table.needs_force_noun
                                          or table.size and table.size.search(left)) \
            or has_force and table.needs_force_noun:
        return Reading(q, "strength", forecast=forecast, cue=(q.start, q.end))
    if table.named_force and (table.named_force.search(left) or table.named_force.match(right)):
        return Reading(q, "strength", forecast=forecast, cue=(q.start, q.end))
    return None
