"""The domain's values: validation messages, fuzzy dates and how numbers are said."""
import datetime as dt
import re
from pathlib import Path

import pytest

from briefing.domain import Claim, Event, FuzzyDate, Source, ValidationError, figure, grade
from briefing.domain.wording import FractionBase


def claim(**overrides) -> Claim:
    values = dict(id="c1", source="nis", subject="DPRK contingent, Kursk", metric="killed",
                  as_of="2025-01-13", credibility=2, quote="300 North Koreans had been killed",
                  value=300)
    values.update(overrides)
    return Claim(**values)


def problems_of(entity) -> list[str]:
    with pytest.raises(ValidationError) as info:
        entity.validated()
    lines = str(info.value).splitlines()
    assert lines == [str(p) for p in info.value.problems]
    return lines


# ---- validation messages name the field and the offending value -------------------------

def test_valid_claim_passes():
    assert claim().validated() == claim()
    assert claim().problems() == []


def test_missing_field_is_named():
    lines = problems_of(claim(subject=None))
    assert lines == ["subject: is required (got None)"]


def test_blank_quote_is_named():
    lines = problems_of(claim(quote="   "))
    assert len(lines) == 1 and lines[0].startswith("quote: is required")


def test_unknown_metric_is_named_with_the_value():
    lines = problems_of(claim(metric="deaths"))
    assert len(lines) == 1
    assert lines[0].startswith("metric: 'deaths' is not one of")
    assert "killed" in lines[0]


def test_low_above_high():
    lines = problems_of(claim(value=None, low=2400, high=2000))
    assert lines == ["low: low 2400 is above high 2000"]


def test_low_above_value_and_value_above_high():
    assert problems_of(claim(value=300, low=400)) == ["low: low 400 is above value 300"]
    assert problems_of(claim(value=300, high=200)) == ["high: high 200 is below value 300"]


def test_negative_number():
    lines = problems_of(claim(value=-5))
    assert lines == ["value: must be >= 0 (got -5)"]


def test_impossible_date():
    lines = problems_of(claim(as_of="2025-02-30"))
    assert len(lines) == 1
    assert lines[0].startswith("as_of:") and "'2025-02-30'" in lines[0]


def test_badly_formed_date():
    lines = problems_of(claim(as_of="13/01/2025"))
    assert lines == ["as_of: not a YYYY-MM-DD date: '13/01/2025'"]


@pytest.mark.parametrize("fraction", [0, -0.5, 1.5])
def test_fraction_outside_zero_one(fraction):
    lines = problems_of(claim(value=None, fraction=fraction, fraction_of="strength"))
    assert lines == [f"fraction: must be in (0, 1] (got {fraction!r})"]


def test_fraction_of_one_is_allowed():
    assert claim(value=None, fraction=1, fraction_of="strength").problems() == []


def test_fraction_with_a_value_names_the_value():
    lines = problems_of(claim(value=300, fraction=0.5, fraction_of="strength"))
    assert len(lines) == 1
    assert lines[0].startswith("fraction:")
    assert "value" in lines[0] and "300" in lines[0]


def test_fraction_needs_a_known_fraction_of():
    lines = problems_of(claim(value=None, fraction=0.5, fraction_of="army"))
    assert len(lines) == 1 and lines[0].startswith("fraction_of: 'army' is not one of")


def test_claim_without_any_quantity():
    lines = problems_of(claim(value=None))
    assert len(lines) == 1 and lines[0].startswith("value:")


def test_credibility_seven():
    lines = problems_of(claim(credibility=7))
    assert len(lines) == 1
    assert lines[0].startswith("credibility: 7 is not one of")


def test_reliability_g():
    lines = problems_of(Source(id="s", name="Someone", reliability="G"))
    assert len(lines) == 1
    assert lines[0].startswith("reliability: 'G' is not one of")
    assert "A" in lines[0] and "F" in lines[0]


def test_every_problem_is_reported_at_once():
    lines = problems_of(claim(metric="deaths", credibility=7, as_of="2025-02-30", value=-1))
    fields = [line.split(":", 1)[0] for line in lines]
    assert set(fields) == {"metric", "credibility", "as_of", "value"}


def test_event_end_before_start():
    event = Event(id="e", date="2025-01-10", end_date="2025-01-05", title="x")
    assert problems_of(event) == ["end_date: 2025-01-05 is before date 2025-01-10"]


# ---- fuzzy dates ----------------------------------------------------------------------

@pytest.mark.parametrize("day, precision, label", [
    ("2025-01-13", "day", "13 Jan 2025"),
    ("2025-01-05", "week", "early Jan 2025"),
    ("2025-01-10", "week", "early Jan 2025"),
    ("2025-01-11", "week", "mid Jan 2025"),
    ("2025-01-15", "week", "mid Jan 2025"),
    ("2025-01-20", "week", "mid Jan 2025"),
    ("2025-01-21", "week", "late Jan 2025"),
    ("2025-01-29", "week", "late Jan 2025"),
    ("2025-01-15", "month", "Jan 2025"),
    ("2024-10-15", "season", "fall 2024"),
    ("2024-12-20", "season", "winter 2024–25"),
    ("2025-01-15", "season", "winter 2024–25"),
    ("2025-02-28", "season", "winter 2024–25"),
    ("2024-07-01", "season", "summer 2024"),
    ("2024-04-01", "season", "spring 2024"),
    ("2024-06-30", "year", "2024"),
])
def test_label(day, precision, label):
    assert FuzzyDate.parse(day, precision).label() == label


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.mark.parametrize("day, precision, first, last", [
    ("2025-01-13", "day", "2025-01-13", "2025-01-13"),
    ("2025-01-06", "week", "2025-01-03", "2025-01-09"),
    ("2025-02-10", "month", "2025-02-01", "2025-02-28"),
    ("2024-10-15", "season", "2024-09-01", "2024-11-30"),
    ("2025-01-15", "season", "2024-12-01", "2025-02-28"),
    ("2023-12-15", "season", "2023-12-01", "2024-02-29"),
    ("2024-06-30", "year", "2024-01-01", "2024-12-31"),
])
def test_span(day, precision, first, last):
    assert FuzzyDate.parse(day, precision).span() == (d(first), d(last))


def test_overlaps():
    early_jan = FuzzyDate.parse("2025-01-06", "week")       # 3–9 Jan
    assert early_jan.overlaps(FuzzyDate.parse("2025-01-09"))
    assert not early_jan.overlaps(FuzzyDate.parse("2025-01-13"))
    assert FuzzyDate.parse("2025-01-13").overlaps(FuzzyDate.parse("2025-01-15", "month"))
    winter = FuzzyDate.parse("2025-01-15", "season")
    assert winter.overlaps(FuzzyDate.parse("2024-12-01"))
    assert not winter.overlaps(FuzzyDate.parse("2024-11-30"))
    assert winter.overlaps(early_jan) and early_jan.overlaps(winter)


def test_unknown_precision_is_refused():
    with pytest.raises(ValueError, match="fortnight"):
        FuzzyDate(d("2025-01-01"), "fortnight")


def test_impossible_date_is_refused_by_parse():
    with pytest.raises(ValueError, match="2025-02-30"):
        FuzzyDate.parse("2025-02-30")


# ---- figures and grades ----------------------------------------------------------------

def test_figure_about_a_value():
    assert figure(claim(value=11000, qualifier="about")) == "≈ 11,000"


def test_figure_range():
    assert figure(claim(value=None, low=2000, high=2400)) == "2,000–2,400"


def test_figure_value_with_range():
    assert figure(claim(value=2200, low=2000, high=2400)) == "2,200 (2,000–2,400)"


def test_figure_fraction_with_base():
    third = claim(value=None, fraction=0.333333, fraction_of="strength", qualifier="about")
    base = FractionBase("sent", 11_000 / 3, 11_000, "NIS")
    assert figure(third, base=base) == "≈ a third (≈ 3,700 of 11,000, NIS)"
    assert figure(third) == "≈ a third"


def test_figure_nearly_half():
    half = claim(value=None, fraction=0.5, fraction_of="strength", qualifier="nearly")
    assert figure(half) == "nearly half"


def test_figure_million():
    assert figure(claim(value=1_200_000)) == "1.2 million"


def test_grade():
    source = Source(id="nis", name="NIS", reliability="B")
    assert grade(source, claim(credibility=2)) == "B2"
    assert grade(None, claim(credibility=6)) == "F6"


def test_dates_are_said_without_strftime_so_they_work_on_windows():
    from briefing.domain.fuzzy_dates import long_date, short_date

    assert short_date(dt.date(2025, 4, 6)) == "6 Apr 2025"
    assert long_date(dt.date(2025, 4, 30)) == "30 April 2025"
    # "%-d" (no leading zero) is a glibc extension: strftime raises ValueError on Windows.
    package = Path(__file__).parents[1] / "briefing"
    offenders = [str(p.relative_to(package)) for p in package.rglob("*.py")
                 if re.search(r"strftime\([^)]*%-", p.read_text(encoding="utf-8"))]
    assert offenders == []
