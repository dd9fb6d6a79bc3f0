"""The measure says why each expected claim was missed, so a round of rules can count what a
mechanism would fix before writing it."""
import datetime as dt

from briefing.intake.evaluate import report, score
from briefing.intake.extract import extract

DAY = dt.date(2025, 3, 12)
TEXT = "The army said on Monday that 40 soldiers were killed."


def expected(**change):
    claim = {"metric": "killed", "value": 40, "source": "army", "as_of": "2025-03-10",
             "date_precision": "day"}
    return {**claim, **change}


def test_a_found_claim_has_no_reason():
    result = score(extract(TEXT, DAY), [expected()])
    assert (result.matched, result.why_missed) == (1, [])


def test_a_claim_proposed_with_a_wrong_field_names_that_field_and_what_was_proposed():
    result = score(extract(TEXT, DAY), [expected(source="ministry", qualifier="about")])
    assert result.why_missed == ["proposed with qualifier none, source 'army'"]
    assert "— proposed with qualifier none, source 'army'" in report([result])


def test_a_claim_read_under_another_metric_or_not_at_all_says_so():
    result = score(extract(TEXT, DAY), [expected(metric="wounded"), expected(value=41)])
    assert result.why_missed == ["read as killed", "not proposed"]
