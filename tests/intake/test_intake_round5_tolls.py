"""Round 5 of issue 16: soldiers among a toll's dead are that force's share of the toll
(killed), not its strength — in the toll's own sentence ("120 people were killed, among them
40 soldiers", "среди погибших … 148 боевиков", "숨진 120명 가운데 40명은 군인") or in the
sentence after it that opens on its parts ("Among the dead were …", "이 가운데 … 군인이
40명"); a part of a toll that already names the force stays no figure of its own ("14
soldiers were killed, including two officers"). And a Korean demonstrative subject ("이
단체는 전했다") is the source named before. Sentences written for these tests, none from a
held-out article; every case failed on the rules before round 5 (main at 306c938) but those
marked as guards."""
import datetime as dt

import pytest
from intake_support import rows

DAY = dt.date(2025, 3, 12)


@pytest.mark.parametrize("text", [
    "The fighting has killed 120 people, among them 40 soldiers and 30 rebel fighters, the "
    "monitor said.",
    "The fighting has killed 120 people, the monitor said. Among the dead were 40 soldiers and "
    "30 rebel fighters, it said.",
    "Погибли 120 человек, среди них 40 военнослужащих и 30 боевиков, сообщила обсерватория.",
    "Загинули 120 людей, серед них 40 військових і 30 бойовиків, повідомила обсерваторія.",
    "Погибли 120 человек, сообщила обсерватория. Среди них 40 военнослужащих и 30 боевиков.",
])
def test_forces_among_a_toll_of_people_are_their_share_of_it(text):
    assert [(r[0], r[1]) for r in rows(text, DAY)] == [(120, "killed"), (40, "killed"),
                                                      (30, "killed")]


def test_a_force_named_between_commas_in_a_toll_of_people_is_its_share():
    # round 3 held the eight as no figure; the fourth and fifth sets' writers record such
    # shares, and they are what an analyst counts against the force
    text = "At least 12 people, including eight soldiers, were killed, police said."
    assert [r[:3] for r in rows(text, DAY)] == [(12, "killed", "at least"), (8, "killed", None)]


@pytest.mark.parametrize("text", [
    "По подсчетам обсерватории, среди погибших 745 мирных жителей, а также 125 сотрудников сил "
    "безопасности и 148 боевиков.",
    "За даними моніторів, серед загиблих 745 мирних жителів, а також 125 співробітників сил "
    "безпеки і 148 бойовиків.",
])
def test_every_force_counted_among_the_dead_is_killed(text):
    assert [(r[0], r[1]) for r in rows(text, DAY)] == [(125, "killed"), (148, "killed")]


@pytest.mark.parametrize("text", [
    "숨진 120명 가운데 40명은 군인이라고 감시단이 밝혔다.",
    "감시단은 사망자를 120명으로 집계했다. 이 가운데 민간인이 50명, 군인이 40명이라고 감시단은 전했다.",
])
def test_korean_soldiers_among_the_dead_are_killed(text):
    assert [(r[0], r[1]) for r in rows(text, DAY)] == [(120, "killed"), (40, "killed")]


def test_a_korean_demonstrative_subject_is_the_source_named_before():
    text = ("인권단체 HRANA는 사망자를 120명으로 집계했다. 이 가운데 민간인이 50명, 군인이 "
            "40명이라고 이 단체는 전했다.")
    assert [(r[0], r[3]) for r in rows(text, DAY)] == [(120, "인권단체 HRANA"),
                                                      (40, "인권단체 HRANA")]


@pytest.mark.parametrize("text, value", [
    ("Fourteen soldiers were killed, including two officers, the army said.", 14),
    ("Погибли 12 военных, среди них трое офицеров, сообщила обсерватория.", 12),
    ("군인 12명이 숨졌다고 군이 밝혔다. 이 가운데 장교는 2명이다.", 12),
])
def test_a_part_of_a_force_toll_stays_no_figure(text, value):
    # guards: the rules before round 5 read these the same way
    assert [(r[0], r[1]) for r in rows(text, DAY)] == [(value, "killed")]


@pytest.mark.parametrize("sentence", [
    "Жертвами столкновений стали более 40 военных, сообщила обсерватория.",
    "Жертвами боїв стали понад 40 військових, повідомила обсерваторія.",
])
def test_victims_of_a_clash_are_its_dead(sentence):
    assert [r[:3] for r in rows(sentence, DAY)] == [(40, "killed", "more than")]
