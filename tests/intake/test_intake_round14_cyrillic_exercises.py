"""Round 14, Russian and Ukrainian: an exercise's make-believe enemy ("условного противника",
"умовних диверсантів") is no claim, while the troops that exercise against it are. Sentences
written for these tests, none from any file of the repository."""
import datetime as dt

import pytest
from intake_support import rows

DAY = dt.date(2025, 3, 18)  # a Tuesday


@pytest.mark.parametrize("text", [
    "По замыслу учения десантники уничтожат условную диверсионную группу численностью до 60 "
    "человек.",
    "За задумом навчань бригада знищила 150 умовних диверсантів.",
    "Условный противник потерял 70 человек убитыми, доложил руководитель учения.",
    "Під час навчань було ліквідовано умовне угруповання чисельністю близько 500 бойовиків.",
])
def test_an_exercises_pretend_enemy_is_no_claim(text):
    assert rows(text, DAY) == []


def test_the_troops_of_an_exercise_still_count():
    assert rows("В учениях участвуют более 3 тыс. военнослужащих, которые отразят атаку "
                "условного противника, сообщило Минобороны.", DAY) == [
        (3000, "strength", "more than", "Минобороны", "2025-03-18", "week")]


def test_a_real_enemy_beside_an_exercise_still_counts():
    assert rows("Пока шли учения, на границе были уничтожены 25 боевиков, сообщило Минобороны.",
                DAY) == [(25, "killed", None, "Минобороны", "2025-03-18", "week")]
