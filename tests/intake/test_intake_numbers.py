"""Quantities: digits, words, magnitudes, fractions, ranges and hedges."""
import pytest

from briefing.intake.numbers import find_quantities


def one(text):
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, value", [
    ("11,000 troops", 11000), ("1.2 million", 1_200_000), ("a dozen", 12),
    ("two thousand soldiers", 2000), ("two dozen fighters", 24), ("Twelve soldiers", 12),
    ("twenty-five men", 25), ("one hundred and fifty", 150), ("half a million", 500_000),
    ("12 thousand", 12000), ("300", 300),
])
def test_numbers_and_magnitudes(text, value):
    assert one(text).value == value


@pytest.mark.parametrize("text, fraction", [
    ("a third of them", 1 / 3), ("nearly half of them", 0.5), ("a quarter of the troops", 0.25),
    ("two thirds of the force", 2 / 3), ("two-thirds of the force", 2 / 3),
    ("40 percent of the troops", 0.4), ("40% of the troops", 0.4),
])
def test_fractions(text, fraction):
    q = one(text)
    assert q.fraction == pytest.approx(fraction) and q.value is None


@pytest.mark.parametrize("text, low, high", [
    ("between 2,000 and 2,400", 2000, 2400), ("2,000-2,400", 2000, 2400),
    ("2,000 to 2,400", 2000, 2400), ("between 20 and 30 thousand", 20000, 30000),
    ("from 100 to 200", 100, 200), ("two or three thousand", 2000, 3000),
])
def test_ranges(text, low, high):
    q = one(text)
    assert (q.low, q.high, q.value) == (low, high, None)


@pytest.mark.parametrize("text, qualifier", [
    ("about 92", "about"), ("some 1,500", "about"), ("around 40", "about"),
    ("approximately 4,300", "about"), ("roughly 20,000", "about"), ("an estimated 10,000", "about"),
    ("nearly half", "nearly"), ("almost 300", "nearly"), ("at least 40", "at least"),
    ("more than 20,000", "more than"), ("over 300", "more than"), ("up to half", "up to"),
    ("as many as 40,000", "up to"), ("fewer than 3,000", "up to"), ("300", None),
])
def test_qualifiers(text, qualifier):
    assert one(text).qualifier == qualifier


def test_the_span_covers_hedge_and_number():
    text = "sent about 11,000 soldiers"
    q = one(text)
    assert text[q.start:q.end] == "about 11,000"
