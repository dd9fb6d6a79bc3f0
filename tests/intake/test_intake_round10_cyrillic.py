"""Round 10 of issue 16, Russian and Ukrainian. A part of a force named with no noun of
its own after "из них" / "з них" ("около 4 тыс. военнослужащих, из них более 1,5 тыс. —
белорусские") is that force's part, a strength of its own; "полутора", the genitive that
"более" and "около" ask for, is one and a half, as "полторы" was. Sentences written for
these tests, none from a held-out article; every case but the guards fails on the rules of
round 9 (main at 6448622)."""
import datetime as dt

import pytest
from intake_support import rows

DAY = dt.date(2025, 3, 18)


@pytest.mark.parametrize("text, whole, part", [
    ("Всего в маневрах задействованы около 4 тыс. военнослужащих, из них более 1,5 тыс. — "
     "белорусские, сообщил генерал Иванов.", 4000, 1500),
    ("У навчанні беруть участь 3 тисячі військових, з них близько 800 — британські, "
     "повідомив генерал Кравчук.", 3000, 800),
    ("В учениях участвуют около 2 тыс. военнослужащих двух стран, из них около 1,2 тыс. — "
     "казахстанские, сообщил генерал Иванов.", 2000, 1200),
])
def test_a_part_of_a_force_after_of_them_is_a_strength_of_its_own(text, whole, part):
    found = rows(text, DAY)
    assert [(r[0], r[1]) for r in found] == [(whole, "strength"), (part, "strength")]
    assert all(r[3].endswith(("Иванов", "Кравчук")) for r in found)


def test_a_part_of_a_toll_is_still_no_claim_of_its_own():
    found = rows("Погибли 12 военных, из них трое — офицеры, сообщил генерал Иванов.", DAY)
    assert [(r[0], r[1]) for r in found] == [(12, "killed")]


@pytest.mark.parametrize("text, qualifier", [
    ("На полигон прибыли более полутора тысяч военнослужащих, сообщил генерал Смирнов.",
     "more than"),
    ("По словам генерала Смирнова, в районе сосредоточено около полутора тысяч боевиков.",
     "about"),
])
def test_one_and_a_half_thousand_in_the_genitive(text, qualifier):
    (row,) = rows(text, DAY)
    assert (row[0], row[1], row[2]) == (1500, "strength", qualifier)


@pytest.mark.parametrize("text, speaker", [
    ("Представитель штаба Андрей Петров назвал число погибших боевиков — более 50.",
     "Андрей Петров"),
    ("Речник бригади Олег Коваль називає іншу цифру — 60 загиблих окупантів.", "Олег Коваль"),
])
def test_who_names_a_figure_states_it(text, speaker):
    (row,) = rows(text, DAY)
    assert row[1] == "killed" and row[3] == speaker


def test_another_source_naming_a_figure_is_not_the_first():
    found = rows("По данным источника «Известий» в Минобороны, погибли 12 военных. Другой "
                 "собеседник издания называет большее число — до 30 погибших.", DAY)
    assert [(r[0], "собеседник" in r[3]) for r in found] == [(12, False), (30, True)]


@pytest.mark.parametrize("text, sign", [
    ("Командир роти, який попросив називати його за позивним «Сокіл», розповів, що за "
     "тиждень боїв загинули 14 бійців роти.", "Сокіл"),
    ("Командир взвода, попросивший называть его по позывному «Кедр», рассказал, что за "
     "неделю боев погибли 9 бойцов взвода.", "Кедр"),
])
def test_the_call_sign_in_an_aside_is_who_speaks(text, sign):
    (row,) = rows(text, DAY)
    assert row[1] == "killed" and row[3] == sign


def test_an_aside_with_no_call_sign_is_still_skipped():
    (row,) = rows("Офіцер бригади, який попросив не називати його імені, розповів, що за тиждень "
                  "загинули 14 бійців.", DAY)
    assert row[3] == "Офіцер бригади"
