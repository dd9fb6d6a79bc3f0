"""Round 3 of issue 16: who speaks is remembered per paragraph, in every language — the
paragraph's last named speaker goes on in a sentence that names no one, and a sentence that
refers back ("Про це повідомили в ...", "Об этом заявил ...", "... 이같이 밝혔다") names the
speaker of what its paragraph said before it; and within a sentence, a bare count goes on
counting the people counted before it. Sentences of their own; every test here failed on the
rules before round 3 unless it says it guards a rule."""
import datetime as dt

import pytest
from intake_support import rows

DAY = dt.date(2025, 3, 12)  # a Wednesday


def test_the_paragraphs_speaker_goes_on_in_a_sentence_naming_no_one():
    text = ("Chad's army loses 100 soldiers\n\n"
            "Army spokesman Col. Ali Mahamat said 60 soldiers were killed. The brigade lost "
            "another 40 men in the second attack.\n\nChad has about 2,000 troops in the region.")
    assert [r[3] for r in rows(text, DAY)][1:] == ["Ali Mahamat", "Ali Mahamat",
                                                   "the publication"]


def test_a_ukrainian_sentence_that_refers_back_names_the_speaker_before_it():
    text = ("Унаслідок обстрілу загинули 12 військових, ще 20 дістали поранень. Про це "
            "повідомили в Командуванні Сил підтримки.")
    assert [r[:4] for r in rows(text, DAY)] == [
        (12, "killed", None, "Командуванні Сил підтримки"),
        (20, "wounded", None, "Командуванні Сил підтримки")]


def test_a_russian_sentence_that_refers_back_gives_its_day_too():
    text = ("Противник потерял 300 военнослужащих\n\nВ Курской области ВСУ потеряли 500 военных."
            "\n\nВСУ потеряли до 150 военных убитыми. Об "
            "этом в понедельник заявил Игорь Конашенков.")
    assert rows(text, DAY) == [
        (300, "casualties", None, "the publication", "2025-03-12", "week"),
        (500, "casualties", None, "the publication", "2025-03-12", "week"),
        (150, "killed", "up to", "Игорь Конашенков", "2025-03-10", "day")]


def test_a_korean_sentence_that_refers_back():
    text = "러시아군 40명이 숨졌다. 우크라이나 국방부는 10일 이같이 밝혔다."
    assert rows(text, DAY) == [(40, "killed", None, "우크라이나 국방부", "2025-03-10", "day")]


def test_the_speaker_a_back_reference_names_is_not_given_past_a_sentence_with_its_own():
    """A sentence that names its own speaker keeps it, and the back reference stops there."""
    text = ("За даними ОВА, загинули 5 військових. Ворог втратив 30 осіб. Про це повідомив "
            "речник Олег Петренко.")
    assert [r[3] for r in rows(text, DAY)] == ["ОВА", "Олег Петренко"]


@pytest.mark.parametrize("sentence", [
    "Two civilians were killed and five others wounded, police said.",
    "Глава области сообщил, что погибли двое мирных жителей, еще пятеро получили ранения.",
    "Внаслідок обстрілу загинули 4 цивільних, ще 6 дістали поранень.",
    "민간인 5명이 숨지고 10명이 다쳤다고 경찰이 밝혔다.",
])
def test_a_bare_count_after_civilians_counts_civilians_too(sentence):
    assert rows(sentence, DAY) == []


@pytest.mark.parametrize("sentence, count", [
    # guards a rule: after soldiers, or after days, the bare count is a figure
    ("Fourteen soldiers were killed and 30 wounded, police said.", 2),
    ("The death toll from three days of clashes rose to 120 on Thursday, officials said.", 1),
    ("За три дня боев погибли 120 военных и еще 40 получили ранения.", 2),
    ("정부군 장병 14명이 숨지고 30명이 다쳤다.", 2),
])
def test_a_bare_count_after_a_force_is_a_figure(sentence, count):
    assert len(rows(sentence, DAY)) == count
