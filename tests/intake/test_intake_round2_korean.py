"""Round 2 of issue 16, Korean: each rule checked on sentences of its own (none is a
sentence of a held-out article), sentence in -> (value, metric, qualifier, source, date) out.
Every test here failed on the rules before round 2 unless it says it guards a rule."""
import datetime as dt

import pytest
from intake_support import claims

KO_DAY = dt.date(2025, 3, 12)  # a Wednesday


def test_korean_speaker_after_the_clause_with_its_day():
    (c,) = claims("북한군 200여 명이 숨졌다고 우크라이나 국방정보국이 10일 밝혔다.", KO_DAY)
    assert (c.value, c.metric, c.qualifier, c.source, c.as_of, c.date_precision) == (
        200, "killed", "more than", "우크라이나 국방정보국", "2025-03-10", "day")


def test_korean_verbs_in_any_tense_and_titles_that_end_a_word():
    (c,) = claims("김철수 국방장관은 북한군 1만2000명이 파병된 것으로 추산하고 있다.", KO_DAY)
    assert (c.value, c.metric, c.source) == (12000, "strength", "김철수")


def test_korean_people_who_are_not_a_force():
    found = claims("보건부는 군인 30명과 민간인 15명이 숨졌다고 밝혔다.", KO_DAY)
    assert [(c.value, c.metric) for c in found] == [(30, "killed")]


def test_korean_force_noun_before_its_number():
    (c,) = claims("국가정보원은 러시아에 있는 북한군 병사가 약 1만1000명이라고 밝혔다.", KO_DAY)
    assert (c.value, c.metric, c.qualifier) == (11000, "strength", "about")


def test_korean_year_alone():
    (c,) = claims("국방부는 2023년 북한군 1만 명이 동원됐다고 밝혔다.", KO_DAY)
    assert (c.as_of, c.date_precision) == ("2023-07-01", "year")


def test_korean_part_of_a_whole():
    found = claims("국방부는 북한군 8천여 명 가운데 사망자가 200여 명이라고 밝혔다.", KO_DAY)
    assert [(c.value, c.metric) for c in found] == [(200, "killed")]


def test_korean_sent_more():
    (c,) = claims("국방부는 북한이 병력 2천여 명을 추가로 보낸 것으로 파악했다고 밝혔다.", KO_DAY)
    assert (c.value, c.metric) == (2000, "reinforcements")


def test_korean_that_day_is_the_day_named_before():
    found = claims("북한군 사상\n"
                   "국방부는 10일 북한군 300여 명이 사망했다고 밝혔다.\n"
                   "국방부는 이날 북한군 20명이 생포됐다고 덧붙였다.\n", KO_DAY)
    assert [(c.value, c.as_of, c.date_precision) for c in found] == [
        (300, "2025-03-10", "day"), (20, "2025-03-10", "day")]


@pytest.mark.parametrize("sentence, value, qualifier", [
    ("국방부는 북한군 200명 내외가 숨졌다고 밝혔다.", 200, "about"),
])
def test_korean_hedges_after_the_number(sentence, value, qualifier):
    (c,) = claims(sentence, KO_DAY)
    assert (c.value, c.qualifier) == (value, qualifier)


def test_korean_said_that_after_a_quote():
    (c,) = claims('한 외교 소식통은 "북한군 사상자가 2천 명을 넘었다"고 했다.', KO_DAY)
    assert (c.value, c.metric, c.qualifier, c.source) == (2000, "casualties", "more than",
                                                          "외교 소식통")


def test_a_korean_headlines_ellipsis_parts_its_clauses():
    found = claims('국방부 "북한군 사상자 4천명 넘어…사망자 500여 명"', KO_DAY)
    assert [(c.value, c.metric) for c in found] == [(4000, "casualties"), (500, "killed")]


@pytest.mark.parametrize("sentence, as_of, precision", [
    ("국방부는 지난해 말 북한군 1만1천 명이 러시아에 파병됐다고 밝혔다.", "2024-12-25", "week"),
    ("국방부는 올해 초 북한군 3천 명이 추가로 파병됐다고 밝혔다.", "2025-01-05", "week"),
    ("국방부는 사흘 전 북한군 40명이 숨졌다고 밝혔다.", "2025-03-09", "day"),
    ("국방부는 2주 전 북한군 40명이 숨졌다고 밝혔다.", "2025-02-26", "week"),
    ("국방부는 북한군 40명이 10일 전투에서 숨졌다고 밝혔다.", "2025-03-10", "day"),
])
def test_korean_part_of_a_year_and_days_ago(sentence, as_of, precision):
    (c,) = claims(sentence, KO_DAY)
    assert (c.as_of, c.date_precision) == (as_of, precision)


@pytest.mark.parametrize("sentence, value, metric, source", [
    ("국방부에 의하면 북한군 300여 명이 사망했다.", 300, "killed", "국방부"),
    # the agency carried what the official it cites said (round 15)
    ("북한군 200명이 사망했다고 로이터통신이 미 당국자를 인용해 보도했다.", 200, "killed",
     "미 당국자"),
    ('김 장관은 기자회견에서 "북한군 2천 명이 추가로 배치됐다"며 우려를 표했다.', 2000,
     "reinforcements", "김 장관"),
    ("이에 대해 러시아 국방부는 우크라이나군 500명을 사살했다고 주장했다.", 500, "killed",
     "러시아 국방부"),
    ("미 국방부 대변인은 북한군 약 1만1천 명이 쿠르스크에 있다고 말했다.", 11000, "strength",
     "미 국방부 대변인"),
])
def test_korean_sources_and_presence(sentence, value, metric, source):
    (c,) = claims(sentence, KO_DAY)
    assert (c.value, c.metric, c.source) == (value, metric, source)


def test_korean_byline_date_between_metric_and_count_and_forecast_verbs():
    (c,) = claims("(런던=연합뉴스) 박영희 특파원 = 영국 국방부는 10일(현지시간) 러시아군의 일일 평균 "
                  "사상자가 지난달 1천500명 안팎이었다고 밝혔다.", KO_DAY)
    assert (c.value, c.metric, c.qualifier, c.source) == (1500, "loss_rate", "about",
                                                          "영국 국방부")
    (c,) = claims("우크라이나 총참모부는 러시아군이 지난 24시간 동안 병력 1천320명을 잃었다고 "
                  "발표했다.", KO_DAY)
    assert (c.value, c.metric) == (1320, "loss_rate")
    (c,) = claims("앞서 미국 국방부는 러시아가 병력 2만~3만 명을 추가로 투입할 것으로 예상했다.",
                  KO_DAY)
    assert (c.low, c.high, c.metric, c.source, c.include_in_projection) == (
        20000, 30000, "reinforcements", "미국 국방부", False)
