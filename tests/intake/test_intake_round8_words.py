"""Round 8 of issue 16: words of wire copy. A source that "put the (death) toll … at N" or
"the number of dead … at N" gives the killed; "более десятка", "около десятка", "понад
десяток" are ten; military instructors ("инструкторов", "інструкторів") are a force; a
count "N strong" and one a country is "contributing" or "fielding" are a strength.
Sentences written for these tests, none from a held-out article; every case fails on the
rules of round 7 (main at 93c1aea) but the guards."""
import datetime as dt

import pytest
from intake_support import rows

DAY = dt.date(2025, 3, 14)


@pytest.mark.parametrize("text, value, metric, qualifier", [
    ("It put the toll among the rebels at 212, the observatory said.", 212, "killed", None),
    ("The monitoring group put the death toll among government troops at 57.", 57, "killed",
     None),
    ("The army puts the number of dead on its side at about 90.", 90, "killed", "about"),
])
def test_a_toll_put_at_a_number_is_that_toll(text, value, metric, qualifier):
    assert [r[:3] for r in rows(text, DAY)] == [(value, metric, qualifier)]


@pytest.mark.parametrize("text, metric, qualifier", [
    ("В ходе боя уничтожены более десятка боевиков, сообщили в штабе.", "killed", "more than"),
    ("Понад десяток окупантів потрапили в полон, повідомили в бригаді.", "captured",
     "more than"),
    ("Около десятка военных получили ранения, сообщили в госпитале.", "wounded", "about"),
])
def test_a_ten_with_a_qualifier_is_ten(text, metric, qualifier):
    assert [r[:3] for r in rows(text, DAY)] == [(10, metric, qualifier)]


def test_tens_without_a_qualifier_are_no_number():
    # guard: "десятки" (tens of) is vague, as "сотни" is
    assert rows("Десятки военных получили ранения, сообщили в госпитале.", DAY) == []


@pytest.mark.parametrize("text, value, qualifier", [
    ("В республике сейчас работают около 300 российских инструкторов.", 300, "about"),
    ("На полігоні перебувають понад 40 британських інструкторів.", 40, "more than"),
])
def test_military_instructors_are_a_force(text, value, qualifier):
    assert [r[:3] for r in rows(text, DAY)] == [(value, "strength", qualifier)]


@pytest.mark.parametrize("text, value, qualifier", [
    ("The battalion is about 800 strong, its commander said.", 800, "about"),
    ("Poland's share of the exercise is more than 1,500 strong, the ministry said.", 1500,
     "more than"),
    ("Latvia is contributing some 600 to the exercise, the army said.", 600, "about"),
    ("Denmark is fielding 1,200 at the ranges near Tapa, the army said.", 1200, None),
])
def test_a_count_strong_or_contributed_is_a_strength(text, value, qualifier):
    assert [r[:3] for r in rows(text, DAY)] == [(value, "strength", qualifier)]


def test_things_contributed_are_no_strength():
    # guard: what the count names is no force
    assert rows("Germany is contributing 40 tanks to the exercise, officials said.", DAY) == []
