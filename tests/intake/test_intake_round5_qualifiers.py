"""Round 5 of issue 16: a "more than" written after the number, in any of the four
languages — a Korean count that passes a number in any ending of the verb ("80명이
넘습니다", "넘겼다", "웃돌았다"), "80 с лишним", "80 з гаком", "80 or more". Sentences written
for these tests, none from a held-out article; every case failed on the rules before round 5
(main at 306c938)."""
import datetime as dt

import pytest
from intake_support import claims

DAY = dt.date(2025, 3, 12)


@pytest.mark.parametrize("sentence", [
    "국방부에 따르면 올해 숨진 군인은 80명이 넘습니다.",
    "올해 숨진 군인이 80명을 넘겼다고 국방부가 밝혔다.",
    "올해 숨진 군인은 80명을 웃돌았다고 국방부가 밝혔다.",
    "올해 숨진 군인은 80명을 상회한다고 국방부가 밝혔다.",
    "Погибли 80 с лишним военных, сообщил Иван Петров.",
    "Загинули 80 з гаком військових, повідомив Іван Петренко.",
    "80 or more soldiers were killed, the ministry said.",
    "Officials said 80-plus soldiers were killed in the ambush, the ministry said.",
])
def test_a_hedge_after_the_number_is_more_than(sentence):
    killed = [c for c in claims(sentence, DAY) if c.metric == "killed"]
    assert [(c.value, c.qualifier) for c in killed] == [(80, "more than")]


def test_a_threshold_of_a_chance_stays_no_count():
    # guard: "넘을 가능성" is a probability's threshold, not a count passed
    assert claims("사망자가 1만 명을 넘을 가능성이 있다고 국방부가 밝혔다.", DAY) == []
