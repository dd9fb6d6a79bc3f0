"""The evidence model: one reading of the claims that the fit, conflicts and ledger share."""
import pytest

from briefing.domain import figure
from briefing.projection import Evidence


def test_a_fraction_uses_its_own_base_claim_when_set(make_claim, sources):
    claims = [make_claim("sent", "nis", "strength", "2024-10-15", 2, "season", value=11_000,
                         qualifier="about"),
              make_claim("isw", "isw", "strength", "2025-01-29", 3, "week", value=12_000),
              make_claim("third", "isw", "casualties", "2025-01-29", 3, "week",
                         fraction=1 / 3, fraction_of="strength", qualifier="about",
                         base_claim="sent")]
    ev = Evidence(claims, sources)
    base = ev.bases["third"]
    assert (base.claim_id, base.of, base.source) == ("sent", 11_000, "NIS")
    assert base.count == pytest.approx(11_000 / 3)
    assert ev.readings["third"].value == base.count             # the number the fit uses
    assert figure(claims[2], base) == "≈ a third (≈ 3,700 of 11,000, NIS)"


def test_without_a_base_claim_the_nearest_strength_of_the_same_force_is_taken(make_claim,
                                                                              sources):
    claims = [make_claim("early", "nis", "strength", "2024-10-01", 2, value=12_000),
              make_claim("late", "isw", "strength", "2025-01-20", 2, value=8_000),
              make_claim("half", "nis", "casualties", "2025-01-25", 2, fraction=0.5,
                         fraction_of="strength", qualifier="nearly")]
    base = Evidence(claims, sources).bases["half"]
    assert base.claim_id == "late" and base.count == pytest.approx(0.5 * 0.95 * 8_000)


def test_a_fraction_is_never_taken_of_another_forces_strength(make_claim, sources):
    claims = [make_claim("army", "nis", "strength", "2025-01-01", 2, value=1_200_000,
                         subject="DPRK armed forces"),
              make_claim("third", "isw", "casualties", "2025-01-29", 3, fraction=1 / 3,
                         fraction_of="strength")]
    ev = Evidence(claims, sources)
    assert "third" not in ev.bases and "third" not in ev.readings
    assert ev.unreadable["third"] == ("no strength figure of DPRK contingent, Kursk to take "
                                      "a third of")
    series = ev.series("DPRK contingent, Kursk")
    assert [(s.claim_id, s.reason) for s in series.skipped] == [("third", ev.unreadable["third"])]
    assert figure(claims[1], ev.bases.get("third")) == "a third"


def test_a_base_claim_that_is_not_a_strength_figure_is_said_so(make_claim, sources):
    claims = [make_claim("k", "nis", "killed", "2025-01-01", 2, value=300),
              make_claim("f", "isw", "casualties", "2025-01-29", 3, fraction=0.5,
                         fraction_of="strength", base_claim="k")]
    assert Evidence(claims, sources).unreadable["f"] == ("its base claim k is not a strength "
                                                         "figure (killed)")


def test_excluded_strength_claims_are_not_chosen_as_a_base(make_claim, sources):
    claims = [make_claim("doubt", "nis", "strength", "2025-01-28", 2, value=50_000,
                         include_in_projection=False),
              make_claim("ok", "isw", "strength", "2024-12-01", 2, value=10_000),
              make_claim("f", "isw", "casualties", "2025-01-29", 3, fraction=0.5,
                         fraction_of="strength")]
    assert Evidence(claims, sources).bases["f"].claim_id == "ok"


def test_the_series_is_the_subjects_included_casualty_figures_in_date_order(kursk_claims,
                                                                            make_claim,
                                                                            sources):
    other = make_claim("r", "isw", "casualties", "2025-01-01", 2, value=90_000,
                       subject="Russian forces")
    ev = Evidence(kursk_claims + [other], sources)
    series = ev.series("DPRK contingent, Kursk")
    assert [p.claim_ids for p in series.points] == [("z1",), ("n1", "n2"), ("i1",), ("z2",)]
    assert ev.series("Russian forces").points[0].claim_ids == ("r",)
    assert ev.subjects == ("DPRK contingent, Kursk", "Russian forces")
