"""Russian reports as published: numbers, metric words, sources and dates (development set)."""
import datetime as dt

import pytest
from intake_support import one_claim, one_date, one_quantity

from briefing.intake import detect_language, extract
from briefing.intake.cyrillic import find_quantities
from briefing.intake.cyrillic_dates import find_dates

PUBLISHED = dt.date(2025, 1, 13)  # a Monday


def only(sentence):
    return one_claim(sentence, PUBLISHED)


@pytest.mark.parametrize("text, value, low, high, qualifier", [
    ("более 4 тысяч", 4000, None, None, "more than"), ("около 2,7 тыс.", 2700, None, None, "about"),
    ("до 1 800", 1800, None, None, "up to"), ("90 019", 90019, None, None, None),
    ("не менее 6 тысяч", 6000, None, None, "at least"), ("свыше 50 тысяч", 50000, None, None,
                                                           "more than"),
    ("2–3 тысячи", None, 2000, 3000, None), ("от 2 до 3 тысяч", None, 2000, 3000, None),
    ("полторы тысячи", 1500, None, None, None), ("трое", 3, None, None, None),
    ("1,2 млн", 1_200_000, None, None, None),
])
def test_numbers_as_written(text, value, low, high, qualifier):
    assert one_quantity(find_quantities, text) == (value, low, high, qualifier)


@pytest.mark.parametrize("sentence, metric", [
    ("Минобороны сообщило, что погибли 300 северокорейских солдат.", "killed"),
    ("Минобороны сообщило, что 300 военнослужащих получили ранения.", "wounded"),
    ("Минобороны сообщило, что потери ВСУ составили 300 военнослужащих.", "casualties"),
    ("Минобороны сообщило, что 300 военных убиты или ранены.", "casualties"),
    ("Минобороны сообщило, что в плен сдались 27 украинских военных.", "captured"),
    ("Минобороны сообщило, что 12 военных пропали без вести.", "missing"),
    ("Минобороны сообщило, что группировка насчитывает свыше 50 тысяч военнослужащих.",
     "strength"),
    ("Минобороны сообщило, что ВСУ за сутки потеряли до 1 350 военных.", "loss_rate"),
])
def test_metric_words(sentence, metric):
    assert only(sentence).metric == metric


@pytest.mark.parametrize("sentence", [
    "Минобороны сообщило, что уничтожены 50 танков.",
    "В учениях участвуют военные из 9 стран.",
    "Треть из них вернулась в строй, уточнил собеседник агентства.",
    "В учениях «Запад-2025» участвуют военные.",
])
def test_not_force_figures(sentence):
    assert extract(sentence, PUBLISHED) == []


@pytest.mark.parametrize("sentence, source", [
    ("Потери составили 300 военнослужащих, заявил в понедельник официальный представитель "
     "Минобороны России Игорь Конашенков.", "Игорь Конашенков"),
    ("По данным источника ТАСС в силовых структурах, погибли 300 солдат.", "источника ТАСС"),
    ("Ранее министр обороны Андрей Белоусов сообщил, что группировка насчитывает 50 тысяч "
     "военнослужащих.", "Андрей Белоусов"),
    ("Издание «Медиазона» установило имена 900 погибших военных.", "Медиазона"),
    ("Потери ВСУ за сутки составили до 1 350 военнослужащих, говорится в сводке Минобороны "
     "России.", "Минобороны России"),
])
def test_sources_as_written(sentence, source):
    assert only(sentence).source == source


def test_pronoun_and_described_sources_carry():
    found = extract("Сводка\n"
                    "Министерство обороны России заявило, что погибли 300 военных.\n"
                    "По его словам, в плен сдались 27 военных.\n"
                    "Глава Генштаба Павел Муравейко сказал, что ранены 40 военных.\n"
                    "Ранее в министерстве сообщали, что погибли 20 военных.\n", PUBLISHED)
    assert [p.claim.source for p in found] == [
        "Министерство обороны России", "Министерство обороны России", "Павел Муравейко",
        "Министерство обороны России"]


@pytest.mark.parametrize("text, expected", [
    ("к 13 января", ("2025-01-13", "day")), ("13 января 2025 года", ("2025-01-13", "day")),
    ("в начале января", ("2025-01-05", "week")), ("в конце декабря", ("2024-12-25", "week")),
    ("в январе", ("2025-01-15", "month")), ("во вторник", ("2025-01-07", "day")),
    ("на прошлой неделе", ("2025-01-03", "week")), ("прошлой осенью", ("2024-10-15", "season")),
    ("в июле прошлого года", ("2024-07-15", "month")), ("вчера", ("2025-01-12", "day")),
])
def test_dates(text, expected):
    assert one_date(find_dates, text, PUBLISHED) == expected


def test_since_the_start_of_a_count_dates_no_figure():
    c = only("По данным ведомства, с начала операции в августе противник потерял более 52 "
             "тысяч человек.")
    assert (c.as_of, c.date_precision) == ("2025-01-13", "week")


def test_language_detected():
    assert detect_language("Минобороны сообщило, что погибли 300 военных.") == "ru"
