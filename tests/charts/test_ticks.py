"""Axis ticks of painted figures: round numbers a reader can use, dates that carry a year."""
import datetime as dt

from briefing.charts.ticks import date_ticks, nice_step, number_label, value_ticks


def test_value_ticks_are_round_and_inside_the_range():
    assert value_ticks(-500, 13_000, 7) == [0, 2_000, 4_000, 6_000, 8_000, 10_000, 12_000]
    assert value_ticks(0, 1, 4) == [0, 0.25, 0.5, 0.75, 1.0]
    assert nice_step(45_000, 5) == 10_000


def test_numbers_have_thousands_separators_and_no_minus_zero():
    assert [number_label(v, 2_000) for v in (0, 2_000, 12_000)] == ["0", "2,000", "12,000"]
    assert number_label(1_250_000, 250_000) == "1,250,000"
    assert number_label(2.5, 0.5) == "2.5"
    assert number_label(0.25, 0.25) == "0.25"
    assert number_label(-0.0000001, 0.5) == "0"


def test_month_ticks_show_the_year_first_and_where_it_changes():
    ticks = date_ticks(dt.date(2024, 12, 20), dt.date(2026, 11, 30),
                       lambda ticks: len(ticks) <= 24)
    assert ticks[0].label == "Jan" and ticks[0].year == "2025"
    assert [t.year for t in ticks if t.year] == ["2025", "2026"]
    assert next(t for t in ticks if t.year == "2026").day == dt.date(2026, 1, 1)
    assert all(t.day.day == 1 for t in ticks)


def test_the_densest_spacing_that_fits_is_chosen():
    def at_most(n):
        return lambda ticks: len(ticks) <= n
    quarterly = date_ticks(dt.date(2025, 1, 1), dt.date(2026, 12, 31), at_most(9))
    assert [t.day.month for t in quarterly[:4]] == [1, 4, 7, 10]
    yearly = date_ticks(dt.date(2010, 1, 1), dt.date(2026, 1, 1), at_most(9))
    assert [t.label for t in yearly] == ["2010", "2012", "2014", "2016", "2018", "2020", "2022",
                                         "2024", "2026"]
    assert all(t.year == "" for t in yearly)  # the label is the year


def test_short_ranges_get_day_ticks_with_month_and_year():
    ticks = date_ticks(dt.date(2023, 5, 10), dt.date(2023, 5, 25), lambda ticks: len(ticks) <= 8)
    assert ticks[0].label == "10 May" and ticks[0].year == "2023"
    assert {t.label.split()[1] for t in ticks} == {"May"}


def test_spacings_too_dense_for_the_axis_are_never_built():
    asked = []

    def fits(ticks):
        asked.append(len(ticks))
        return len(ticks) <= 12
    ticks = date_ticks(dt.date(2000, 1, 1), dt.date(2026, 1, 1), fits, most=12)
    assert [t.label for t in ticks][:3] == ["2000", "2005", "2010"]
    assert max(asked) <= 30  # not 9,497 days, 1,357 weeks or 313 months
    # the same ticks as measuring every spacing finds
    assert ticks == date_ticks(dt.date(2000, 1, 1), dt.date(2026, 1, 1),
                               lambda t: len(t) <= 12)
