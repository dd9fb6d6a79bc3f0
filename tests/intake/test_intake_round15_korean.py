"""Round 15 of issue 16, Korean: a side's running tally of the enemy it has killed or taken
("지금까지 공비 23명을 사살하고") counts since its operation began, so the day said with it
is the day of telling and the figure is dated by the publication at week precision, as the
conventions date every toll since an operation's start; two days joined ("지난 2일과 3일
밤", "12∼13일") are a span, dated the same way, as English "on Wednesday and Thursday" is;
and a sentence that only adds ("…고 덧붙였다") still has the speaker before for its source,
but, as the conventions say of "he said", its figure is dated by the publication, not by the
day of the sentence before.

Every sentence was written for this table, none taken from a file of the repository. Each
case proposes exactly one claim unless it says otherwise."""
import datetime as dt

import pytest
from intake_support import assert_one_row, rows

DAY = dt.date(2025, 3, 18)  # a Tuesday, the day of publication
WEEK = (DAY.isoformat(), "week")  # a figure dated by the publication

CASES = [
    # --- a side's running tally of the enemy it killed or took --------------------------
    ("군 당국은 현재까지 반군 40여 명을 사살했다고 16일 밝혔다.",
     40, "killed", "more than", "군 당국", WEEK),
    ("경찰청은 15일 소탕 작전에서 이제까지 조직원 8명을 생포했다고 밝혔다.",
     8, "captured", None, "경찰청", WEEK),
    ("해병대사령부는 17일 지금까지 해적 11명을 사살했다고 발표했다.",
     11, "killed", None, "해병대사령부", WEEK),
    # --- two days joined are a span ------------------------------------------------------
    ("합참은 지난 14일과 15일 밤 두 차례에 걸쳐 침투한 공작원은 모두 9명이라고 밝혔다.",
     9, "strength", None, "합참", WEEK),
    ("국방부는 3월 10일과 11일 교전에서 장병 4명이 숨졌다고 밝혔다.",
     4, "killed", None, "국방부", WEEK),
    ("경찰은 12∼13일 충돌로 경찰관 6명이 다쳤다고 밝혔다.",
     6, "wounded", None, "경찰", WEEK),
]


@pytest.mark.parametrize("text, value, metric, qualifier, keyword, date", CASES)
def test_a_running_tally_or_a_span_of_days_is_dated_by_the_publication(
        text, value, metric, qualifier, keyword, date):
    assert_one_row(text, DAY, metric, value, qualifier, keyword, date)


def test_both_counts_of_a_running_tally_are_dated_by_the_publication():
    assert rows("합동참모본부는 17일 지금까지 무장공비 12명을 사살하고 3명을 생포했다고 발표했다.",
                DAY) == [(12, "killed", None, "합동참모본부", *WEEK),
                         (3, "captured", None, "합동참모본부", *WEEK)]


def test_a_toll_of_strikes_so_far_keeps_the_day_it_was_told():
    # no tally of the side's own operation: the day said with the toll dates it
    assert rows("보건부는 17일 공습으로 지금까지 120명이 숨졌다고 밝혔다.", DAY) == [
        (120, "killed", None, "보건부", "2025-03-17", "day")]


def test_a_single_day_is_still_that_day():
    assert rows("국방부는 지난 14일 교전에서 장병 4명이 숨졌다고 밝혔다.", DAY) == [
        (4, "killed", None, "국방부", "2025-03-14", "day")]


@pytest.mark.parametrize("text, first, added", [
    ("국방부는 16일 교전으로 장병 3명이 숨졌다고 밝혔다.\n\n작전 과정에서 해병대원 2명도 다쳤다고 덧붙였다.",
     (3, "killed", None, "국방부", "2025-03-16", "day"),
     (2, "wounded", None, "국방부", *WEEK)),
    ("해군은 15일 \"해적 5명을 생포했다\"고 밝혔다.\n\n이어 해적 2명이 숨졌다고 덧붙였습니다.",
     (5, "captured", None, "해군", "2025-03-15", "day"),
     (2, "killed", None, "해군", *WEEK)),
])
def test_what_is_added_is_the_speakers_dated_by_the_publication(text, first, added):
    assert rows(text, DAY) == [first, added]
