"""Korean reports as published: numbers, metric words, sources and dates (development set)."""
import datetime as dt

import pytest
from intake_support import one_claim, one_date, one_quantity

from briefing.intake import detect_language, extract
from briefing.intake.korean import find_quantities
from briefing.intake.korean_text import find_dates

PUBLISHED = dt.date(2025, 1, 15)  # a Wednesday


def only(sentence):
    return one_claim(sentence, PUBLISHED)


@pytest.mark.parametrize("text, value, low, high, qualifier", [
    ("300여 명", 300, None, None, "more than"), ("1만1000명", 11000, None, None, None),
    ("1만 1000명", 11000, None, None, None), ("약 1만9000명", 19000, None, None, "about"),
    ("2,700명", 2700, None, None, None), ("3천여 명", 3000, None, None, "more than"),
    ("4000명 이상", 4000, None, None, "at least"), ("1000명 가까이", 1000, None, None, "nearly"),
    ("최소 100명", 100, None, None, "at least"), ("1만~1만2000명", None, 10000, 12000, None),
    ("두 명", 2, None, None, None),
])
def test_numbers_as_written(text, value, low, high, qualifier):
    assert one_quantity(find_quantities, text) == (value, low, high, qualifier)


def test_vague_counts_are_not_numbers():
    assert find_quantities("수천 명이 사망했다") == []


@pytest.mark.parametrize("sentence, metric", [
    ("국방부는 북한군 300여 명이 사망했다고 밝혔다.", "killed"),
    ("국방부는 북한군 600여 명이 부상했다고 밝혔다.", "wounded"),
    ("국방부는 북한군 4000명 이상이 죽거나 다쳤다고 밝혔다.", "casualties"),
    ("국방부는 북한군 사상자가 4000명에 이른다고 밝혔다.", "casualties"),
    ("국방부는 북한군 포로 2명을 생포했다고 밝혔다.", "captured"),
    ("국방부는 북한군 1만1000명이 러시아에 파병됐다고 밝혔다.", "strength"),
    ("국방부는 북한이 병력 3000여 명을 추가로 파병했다고 밝혔다.", "reinforcements"),
    ("국방부는 북한군이 하루 평균 50여 명의 병력을 잃고 있다고 밝혔다.", "loss_rate"),
])
def test_metric_words(sentence, metric):
    assert only(sentence).metric == metric


@pytest.mark.parametrize("sentence, source", [
    ("국가정보원은 13일 북한군 300여 명이 사망했다고 보고했다.", "국가정보원"),
    ("특수작전군에 따르면 북한군 300여 명이 사망했다.", "특수작전군"),
    ("한미 양국은 연합훈련에 병력 약 1만9000명을 동원했다고 국방부가 전했다.", "국방부"),
    ("볼로디미르 젤렌스키 우크라이나 대통령은 북한군 4000명이 죽거나 다쳤다고 주장했다.",
     "볼로디미르 젤렌스키"),
])
def test_sources_as_written(sentence, source):
    assert only(sentence).source == source


def test_abbreviation_is_the_full_name():
    found = extract("국가정보원은 북한군 300여 명이 사망했다고 보고했다.\n"
                    "국정원은 또 북한군 포로 2명이 생포됐다고 밝혔다.\n", PUBLISHED)
    assert [p.claim.source for p in found] == ["국가정보원", "국가정보원"]


def test_statement_day_dates_the_figures():
    c = only("국가정보원은 13일 북한군 300여 명이 사망했다고 보고했다.")
    assert (c.as_of, c.date_precision) == ("2025-01-13", "day")


@pytest.mark.parametrize("text, expected", [
    ("13일", ("2025-01-13", "day")), ("1월 13일", ("2025-01-13", "day")),
    ("2024년 12월 19일", ("2024-12-19", "day")), ("2025.01.26", ("2025-01-26", "day")),
    ("1월 초", ("2025-01-05", "week")), ("12월 말", ("2024-12-25", "week")),
    ("지난해 10월", ("2024-10-15", "month")), ("이번 주", ("2025-01-12", "week")),
    ("지난주", ("2025-01-05", "week")), ("지난달", ("2024-12-15", "month")),
    ("어제", ("2025-01-14", "day")),
])
def test_dates(text, expected):
    assert one_date(find_dates, text, PUBLISHED) == expected


def test_language_detected():
    assert detect_language("국방부는 북한군 HUR 300여 명이 사망했다고 밝혔다.") == "ko"
