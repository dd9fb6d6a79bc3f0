"""Date mentions resolved against the publication date, with precision and role."""
import datetime as dt

import pytest

from briefing.intake.dates import find_dates

PUBLISHED = dt.date(2025, 2, 1)  # a Saturday


def one(text, published=PUBLISHED, forecast=False):
    found = find_dates(text, published, forecast)
    assert len(found) == 1, found
    d = found[0]
    return d.date.day.isoformat(), d.date.precision, d.role


@pytest.mark.parametrize("text, expected", [
    ("as of January 13, 2025", ("2025-01-13", "day", "as_of")),
    ("on 13 January 2025", ("2025-01-13", "day", "point")),
    ("on 2025-01-13", ("2025-01-13", "day", "point")),
    ("in early January", ("2025-01-05", "week", "point")),
    ("in mid-January", ("2025-01-15", "week", "point")),
    ("in late December", ("2024-12-25", "week", "point")),
    ("said this week", ("2025-01-29", "week", "point")),
    ("last week", ("2025-01-22", "week", "point")),
    ("last fall", ("2024-10-15", "season", "point")),
    ("in the fall of 2023", ("2023-10-15", "season", "point")),
    ("on Tuesday", ("2025-01-28", "day", "point")),
    ("on Saturday", ("2025-02-01", "day", "point")),
    ("yesterday", ("2025-01-31", "day", "point")),
    ("in December", ("2024-12-15", "month", "point")),
    ("in January 2024", ("2024-01-15", "month", "point")),
    ("this month", ("2025-02-01", "week", "point")),  # a count as of now (round 15)
    ("in 2024", ("2024-07-01", "year", "point")),
    ("by mid-April 2025", ("2025-04-15", "week", "by")),
    ("since early December", ("2024-12-05", "week", "since")),
])
def test_date_forms(text, expected):
    assert one(text) == expected


def test_early_month_year_is_inferred_on_or_before_publication():
    assert one("in early March", dt.date(2025, 2, 1))[0] == "2024-03-05"


def test_forecast_targets_lie_ahead():
    assert one("could be destroyed within the next 12 weeks", forecast=True) == \
        ("2025-04-26", "week", "within")
    assert one("by mid-April", forecast=True)[0] == "2025-04-15"
    assert one("could lose more if fighting continues into the summer",
               dt.date(2023, 5, 10), forecast=True)[:2] == ("2023-07-15", "season")


def test_a_by_date_without_year_is_the_nearest_one():
    assert one("had deployed them by December", dt.date(2023, 5, 10))[0] == "2022-12-15"
    assert one("to send reinforcements by late May", dt.date(2023, 5, 10))[0] == "2023-05-25"


def test_until_and_by_mean_the_nearest_occurrence():
    assert one("runs until mid-October", dt.date(2024, 9, 20)) == ("2024-10-15", "week", "until")


def test_not_dates():
    assert find_dates("Moscow May send troops", PUBLISHED) == []
    assert find_dates("troops fall back", PUBLISHED) == []
