"""Round 14, Russian and Ukrainian: an exercise's make-believe enemy ("условного противника",
"умовних диверсантів", the enemy of "по замыслу учения") and an earlier edition's figure
("Предыдущее учение … в 2022 году") are no claim, while the troops that exercise are;
"протягом минулого тижня" is the week up to the report, as "за минулий тиждень" is; "Жители
X, около 5 тыс. человек," are no force; a list of places ("сел А, Б и В") is no clause break;
"30 бойовиків і два танки": the tanks (and depots, radars, САУ) are no dead. Sentences
written for these tests, none from any file of the repository."""
import datetime as dt

import pytest
from intake_support import rows

DAY = dt.date(2025, 3, 18)  # a Tuesday


@pytest.mark.parametrize("text", [
    # an exercise's pretend enemy
    "По замыслу учения десантники уничтожат условную диверсионную группу численностью до 60 "
    "человек.",
    "За задумом навчань бригада знищила 150 умовних диверсантів.",
    "Условный противник потерял 70 человек убитыми, доложил руководитель учения.",
    "Під час навчань було ліквідовано умовне угруповання чисельністю близько 500 бойовиків.",
    "По легенде учений, войска отражают нападение бандформирований численностью до 800.",
    "За задумом навчань, бригада відбиває наступ угруповання противника чисельністю близько "
    "2 тисяч.",
    # an earlier edition of the event, dated by its past year
    "Предыдущие учения «Щит» проходили в 2023 году в Армении, в них участвовали 4 тыс. "
    "военнослужащих.",
    "Попередні навчання пройшли у 2024 році в Польщі, в них взяли участь понад 2 тисячі "
    "військових.",
    "В прошлый раз, в 2021 году в Индии, в учениях участвовали около 900 военнослужащих.",
    "Торік у навчаннях брали участь понад 3 тисячі військових.",
    # people who are no force, restated by their count
    "Жители Шатоя, около 4 тыс. человек, находятся в палаточном лагере под Гудермесом.",
    "Біженці з Бахмута, понад 3 тисячі людей, перебувають у таборі під Дніпром.",
    "Переселенцы из района, более 700 человек, размещены в школах.",
    # stores and systems destroyed
    "Під час рейду знищено три склади боєприпасів і радар, повідомили в ВМС.",
    "Уничтожены две РЛС и четыре САУ, сообщили в Минобороны.",
    "Знищено два пункти управління противника, повідомили в Генштабі.",
])
def test_no_claim(text):
    assert rows(text, DAY) == []


def test_the_troops_of_an_exercise_still_count():
    assert rows("В учениях участвуют более 3 тыс. военнослужащих, которые отразят атаку "
                "условного противника, сообщило Минобороны.", DAY) == [
        (3000, "strength", "more than", "Минобороны", "2025-03-18", "week")]


def test_troops_in_an_exercises_scenario_still_count():
    assert rows("По замыслу учения, к отражению атаки боевиков привлекут 1500 "
                "военнослужащих, сообщило Минобороны.", DAY) == [
        (1500, "strength", None, "Минобороны", "2025-03-18", "week")]


def test_a_past_years_figure_of_no_earlier_edition_still_counts():
    (row,) = rows("В 2023 году в Армении учения проходили с участием 4 тыс. военнослужащих.",
                  DAY)
    assert row[:2] == (4000, "strength") and row[4:] == ("2023-07-01", "year")


def test_last_years_dead_are_no_earlier_edition():
    (row,) = rows("В прошлом году на полигоне погибли 14 военнослужащих, сообщил Генштаб.", DAY)
    assert row[:4] == (14, "killed", None, "Генштаб") and row[4:] == ("2024-07-01", "year")


def test_a_real_enemy_beside_an_exercise_still_counts():
    assert rows("Пока шли учения, на границе были уничтожены 25 боевиков, сообщило Минобороны.",
                DAY) == [(25, "killed", None, "Минобороны", "2025-03-18", "week")]


@pytest.mark.parametrize("text, metric, value, source", [
    ("Протягом минулого тижня десантники знищили 180 окупантів, повідомив речник бригади "
     "Олег Бондар.", "killed", 180, "Олег Бондар"),
    ("В течение последней недели погибли 35 военнослужащих, сообщило Минобороны.",
     "killed", 35, "Минобороны"),
    ("Впродовж останнього тижня поранено 64 військових, повідомив Генштаб.",
     "wounded", 64, "Генштаб"),
])
def test_during_the_past_week_is_the_week_up_to_the_report(text, metric, value, source):
    assert rows(text, DAY) == [(value, metric, None, source, "2025-03-15", "week")]


def test_last_week_alone_is_the_calendar_week_before():
    (row,) = rows("Минулого тижня десантники знищили 180 окупантів, повідомив Бондар.", DAY)
    assert row[4:] == ("2025-03-08", "week")


def test_fighters_restated_by_their_count_are_a_strength():
    assert rows("Бойовики, близько 300 осіб, перебувають у селі, повідомив Генштаб.", DAY) == [
        (300, "strength", "about", "Генштаб", "2025-03-18", "week")]


@pytest.mark.parametrize("text, value", [
    ("Десантники знищили біля села 25 бойовиків і три танки, повідомили в Генштабі.", 25),
    ("Уничтожены 18 боевиков и два миномета, сообщили в Генштабе.", 18),
    ("Знищено 40 окупантів та 6 одиниць техніки, повідомили в Генштабі.", 40),
])
def test_things_counted_after_the_dead_are_no_more_dead(text, value):
    assert [r[:3] for r in rows(text, DAY)] == [(value, "killed", None)]


def test_men_counted_after_the_dead_are_dead_too():
    assert [r[:2] for r in rows("Погибли 12 военнослужащих и 4 добровольца, сообщили в штабе.",
                                DAY)] == [(12, "killed"), (4, "killed")]



@pytest.mark.parametrize("text, low, high", [
    ("Численность боевиков в районе сел Хунзах, Гоцатль и Ругуджа оценивается в 2–3 тыс. "
     "человек, сообщил Генштаб.", 2000, 3000),
    ("Чисельність окупантів біля Кремінної, Торського, Діброви та Ямполівки становить 8–10 "
     "тисяч військових, повідомив Генштаб.", 8000, 10000),
])
def test_a_list_of_places_keeps_the_count_in_its_clause(text, low, high):
    assert rows(text, DAY) == [((low, high), "strength", None, "Генштаб", "2025-03-18", "week")]
