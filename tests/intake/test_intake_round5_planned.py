"""Round 5 of issue 16: a contingent pledged to an exercise or a deployment ("Britain will
send about 20,000 personnel", "will contribute", "В учениях будут участвовать …", "буде
залучено …") is the planned strength the analyst records, not a forecast — as Korean "…이
참가한다" and Russian "примут участие" always were; a prediction ("could send", "is expected
to send", "может вырасти до") and more of a force ("will send 2,000 more") still forecast. And
a Korean unit "made up of" N operatives ("요원 30여 명으로 구성된") states its strength.
Sentences written for these tests, none from a held-out article; every case failed on the
rules before round 5 (main at 306c938) but those marked as guards."""
import datetime as dt

import pytest
from intake_support import claims

DAY = dt.date(2025, 3, 12)


@pytest.mark.parametrize("sentence", [
    "Britain will send about 20,000 personnel to the exercise, the defence secretary said.",
    "The alliance will deploy about 20,000 troops in the drills, its commander said.",
    "Norway will contribute about 20,000 personnel, the Norwegian defence ministry said.",
    "В учениях будут участвовать около 20 тысяч военнослужащих, сообщил министр обороны.",
    "До навчань буде залучено близько 20 тисяч військових, повідомив міністр оборони.",
])
def test_a_pledged_contingent_is_its_planned_strength(sentence):
    (c,) = claims(sentence, DAY)
    assert (c.metric, c.value, c.include_in_projection) == ("strength", 20000, True)


@pytest.mark.parametrize("sentence, metric", [
    ("Russia could send about 20,000 troops, the defence secretary said.", "strength"),
    ("Russia is expected to send about 20,000 troops, the defence secretary said.", "strength"),
    ("Britain will send 20,000 more troops, the defence secretary said.", "reinforcements"),
    ("Численность группировки может вырасти до 20 тыс. военных, сообщил министр обороны.",
     "strength"),
    ("해병대는 이번 훈련에 장병 약 2만 명이 참가할 것으로 예상된다고 밝혔다.", "strength"),
])
def test_a_prediction_or_more_of_a_force_stays_a_forecast(sentence, metric):
    # guards: the rules before round 5 read these the same way
    (c,) = claims(sentence, DAY)
    assert (c.metric, c.value, c.include_in_projection) == (metric, 20000, False)


def test_more_of_a_force_that_would_arrive_is_a_forecast():
    text = ("The army has deployed some 12,000 troops to the region, a senior officer said, "
            "adding that another 3,000 would arrive next month.")
    assert [(c.metric, c.value, c.include_in_projection) for c in claims(text, DAY)] == [
        ("strength", 12000, True), ("reinforcements", 3000, False)]


@pytest.mark.parametrize("sentence", [
    "부대에는 특수전 요원 30여 명으로 구성된 검문검색대가 포함됐다고 해군은 밝혔다.",
    "검문검색대는 30여 명으로 구성됐다고 해군은 밝혔다.",
])
def test_a_korean_unit_made_up_of_n_is_its_strength(sentence):
    (c,) = claims(sentence, DAY)
    assert (c.metric, c.value, c.qualifier, c.source) == ("strength", 30, "more than", "해군")


def test_a_korean_possibility_of_sending_more_is_a_forecast_not_a_chance():
    (c,) = claims("국정원은 북한이 병력 1만여 명을 추가로 파병할 가능성이 있다고 전망했다.", DAY)
    assert (c.metric, c.value, c.include_in_projection) == ("reinforcements", 10000, False)


def test_the_threshold_of_a_chance_stays_no_count():
    # guard: the rules before round 5 read this the same way
    assert claims("지질조사국은 사망자가 1만 명을 넘을 가능성을 71%로 추정했다.", DAY) == []
