"""Ukrainian reports as published: numbers, metric words, sources and dates (development set)."""
import datetime as dt

import pytest
from intake_support import one_claim, one_date, one_quantity

from briefing.intake import detect_language, extract
from briefing.intake.cyrillic import find_quantities
from briefing.intake.cyrillic_dates import find_dates

PUBLISHED = dt.date(2024, 12, 20)  # a Friday


def only(sentence):
    return one_claim(sentence, PUBLISHED)


@pytest.mark.parametrize("text, value, low, high, qualifier", [
    ("11–12 тисяч", None, 11000, 12000, None), ("понад 30 тисяч", 30000, None, None, "more than"),
    ("близько 853 тисяч", 853000, None, None, "about"),
    ("щонайменше 150", 150, None, None, "at least"), ("1 150", 1150, None, None, None),
    ("двоє", 2, None, None, None), ("від 400 до 500", None, 400, 500, None),
    ("майже 2 тисячі", 2000, None, None, "nearly"), ("півтори тисячі", 1500, None, None, None),
])
def test_numbers_as_written(text, value, low, high, qualifier):
    assert one_quantity(find_quantities, text) == (value, low, high, qualifier)


@pytest.mark.parametrize("sentence, metric", [
    ("Речник заявив, що загинули 150 російських військових.", "killed"),
    ("Речник заявив, що 300 військових отримали поранення.", "wounded"),
    ("Речник заявив, що втрати становлять 4 тисячі військових убитими та пораненими.",
     "casualties"),
    ("Речник заявив, що в полон потрапили двоє північнокорейських військових.", "captured"),
    ("Речник заявив, що 7 військових зникли безвісти.", "missing"),
    ("Речник заявив, що біля кордону зосереджено до 7 тисяч військовослужбовців.", "strength"),
    ("Речник заявив, що за минулу добу Сили оборони ліквідували 1 230 окупантів.", "loss_rate"),
])
def test_metric_words(sentence, metric):
    assert only(sentence).metric == metric


@pytest.mark.parametrize("sentence, source", [
    ("За минулу добу ліквідовано 1 150 окупантів, повідомив у п'ятницю Генеральний штаб ЗСУ.",
     "Генеральний штаб ЗСУ"),
    ("Головнокомандувач ЗСУ Олександр Сирський заявив, що загинули 300 військових.",
     "Олександр Сирський"),
    ("На початку грудня, за оцінкою ГУР, Росія зосередила 11–12 тисяч військових.", "ГУР"),
    ("Троє солдатів загинули, повідомило видання «Наша Ніва» з посиланням на джерела.",
     "Наша Ніва"),
    ("Двоє солдатів отримали поранення, повідомила військова поліція.", "військова поліція"),
])
def test_sources_as_written(sentence, source):
    assert only(sentence).source == source


def test_his_words_and_the_surname_carry_the_speaker():
    found = extract("Заголовок\n"
                    "Речник Андрій Демченко заявив, що зосереджено до 7 тисяч військових.\n"
                    "За його словами, загинули троє військових.\n"
                    "За словами Демченка, ще четверо дістали поранення.\n", PUBLISHED)
    assert [p.claim.source for p in found] == ["Андрій Демченко"] * 3


@pytest.mark.parametrize("text, expected", [
    ("на початку грудня", ("2024-12-05", "week")), ("наприкінці листопада", ("2024-11-25", "week")),
    ("13 січня 2025 року", ("2025-01-13", "day")), ("у жовтні", ("2024-10-15", "month")),
    ("у понеділок", ("2024-12-16", "day")), ("минулого тижня", ("2024-12-10", "week")),
    ("минулої суботи", ("2024-12-14", "day")), ("учора", ("2024-12-19", "day")),
])
def test_dates(text, expected):
    assert one_date(find_dates, text, PUBLISHED) == expected


def test_language_detected():
    assert detect_language("Генштаб повідомив, що загинули 300 військових.") == "uk"
