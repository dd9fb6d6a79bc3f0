"""Round 7 of issue 16: the day a figure is dated by. A Korean reported clause that names the
day of the act ("15일 오후 … 5명을 사살했다고 16일 발표했다") is dated by that day, not by
the later day of telling. Sentences written for these tests, none from a held-out article;
every case fails on the rules of round 6 (main at 71d7e12) but the guards."""
import datetime as dt

import pytest
from intake_support import rows

DAY = dt.date(2025, 3, 14)


@pytest.mark.parametrize("text, day", [
    ("경찰은 11일 오후 산악 지대에서 무장 괴한들과 교전을 벌여 괴한 5명을 사살했다고 12일 "
     "발표했다.", "2025-03-11"),
    ("해군은 9일 새벽 침투한 괴선박의 승조원 4명을 생포했다고 10일 밝혔다.", "2025-03-09"),
])
def test_the_day_of_the_act_dates_a_korean_reported_figure(text, day):
    assert [(r[4], r[5]) for r in rows(text, DAY)] == [(day, "day")]


def test_a_korean_figure_with_only_the_day_of_telling_keeps_it():
    # guard: no day of the act in the clause, so the day it was told dates it (as before)
    text = "경찰은 무장 괴한 5명을 사살했다고 12일 발표했다."
    assert [(r[4], r[5]) for r in rows(text, DAY)] == [("2025-03-12", "day")]
