"""The fitted loss rate: which claims it uses, how it weighs them, and when it says no."""
import datetime as dt

import pytest

from briefing.domain import Scenario
from briefing.projection import fit_losses, project, projection_json
from briefing.projection.evidence import QUALIFIERS

SUBJECT = "DPRK contingent, Kursk"


def fitted(**overrides):
    fields = dict(id="fit", name="Fitted", kind="fitted", initial_strength=11_000,
                  anchor_date=None, anchor_losses=0, daily_loss_rate=None, subject=SUBJECT)
    fields.update(overrides)
    return Scenario(**fields)


def test_kursk_claims_give_a_positive_rate_and_list_what_was_used(kursk_claims, sources):
    fit = fit_losses(kursk_claims, sources, SUBJECT)
    assert fit.ok and fit.explanation is None
    assert fit.rate > 0 and fit.rate_se > 0
    assert set(fit.claims_used) == {"z1", "n1", "n2", "i1", "z2"}
    assert fit.bases == ("s1",)                          # the 11,000 the fractions are of
    assert set(fit.residuals) == set(fit.claims_used)
    assert fit.residuals["n1"] == fit.residuals["n2"]   # killed + wounded are one point
    assert fit.anchor_date == dt.date(2025, 1, 29)       # the latest used claim
    assert 3_000 < fit.anchor_losses < 5_500
    assert fit.skipped == ()


def test_killed_and_wounded_combine_into_one_casualty_point(kursk_claims, sources):
    point = next(p for p in fit_losses(kursk_claims, sources).points if "n1" in p.claim_ids)
    assert point.claim_ids == ("n1", "n2") and point.value == 3_000
    assert point.day == dt.date(2025, 1, 13)


def test_fractions_use_the_strength_figure_and_the_qualifier(kursk_claims, sources):
    points = {p.claim_ids: p for p in fit_losses(kursk_claims, sources).points}
    assert points[("i1",)].value == pytest.approx(11_000 / 3)               # about a third
    assert points[("z2",)].value == pytest.approx(11_000 / 2 * QUALIFIERS["nearly"].factor)
    assert points[("z2",)].value < 11_000 / 2                              # nearly: a bit below


def test_the_nearest_strength_figure_in_date_is_used(make_claim, sources):
    claims = [make_claim("early", "nis", "strength", "2024-10-01", 2, value=12_000),
              make_claim("late", "nis", "strength", "2025-01-20", 2, value=8_000),
              make_claim("a", "nis", "casualties", "2025-01-01", 2, value=2_000),
              make_claim("half", "nis", "casualties", "2025-01-25", 2, fraction=0.5,
                         fraction_of="strength")]
    point = next(p for p in fit_losses(claims, sources).points if p.claim_ids == ("half",))
    assert point.value == pytest.approx(4_000) and point.base == "late"


def test_unusable_claims_are_skipped_with_a_reason(make_claim, sources):
    claims = [make_claim("k", "nis", "killed", "2025-01-13", 2, value=300),
              make_claim("w", "isw", "wounded", "2025-01-13", 2, value=2_700),  # other source
              make_claim("x", "nis", "casualties", "2025-01-20", 2, value=5_000,
                         include_in_projection=False),
              make_claim("f", "nis", "casualties", "2025-01-20", 2, fraction=0.3,
                         fraction_of="strength"),
              make_claim("c1", "nis", "casualties", "2025-01-01", 2, value=2_000),
              make_claim("c2", "nis", "casualties", "2025-02-01", 2, value=4_000)]
    fit = fit_losses(claims, sources)
    reasons = {s.claim_id: s.reason for s in fit.skipped}
    assert set(reasons) == {"k", "w", "x", "f"}
    assert "no wounded figure" in reasons["k"] and "no killed figure" in reasons["w"]
    assert reasons["x"] == "excluded from projection"
    assert "no strength figure" in reasons["f"]
    assert fit.claims_used == ("c1", "c2")


def test_a_straight_line_of_reliable_claims_is_recovered(make_claim, sources):
    claims = [make_claim(f"c{i}", "nis", "casualties", f"2025-01-{1 + 7 * i:02d}", 1,
                         value=1_000 + 50 * 7 * i) for i in range(5)]
    fit = fit_losses(claims, sources)
    assert fit.rate == pytest.approx(50)
    assert fit.anchor_date == dt.date(2025, 1, 29)
    assert fit.anchor_losses == pytest.approx(2_400)
    assert max(abs(r) for r in fit.residuals.values()) < 1e-6


def test_an_unreliable_outlier_moves_the_rate_less_than_a_reliable_one(make_claim, sources):
    line = [make_claim(f"c{i}", "isw", "casualties", f"2025-01-{1 + 7 * i:02d}", 2,
                       value=1_000 + 350 * i) for i in range(4)]

    def rate_with(source, credibility):
        outlier = make_claim("o", source, "casualties", "2025-02-05", credibility, value=9_000)
        return fit_losses(line + [outlier], sources).rate

    clean = fit_losses(line, sources).rate
    assert abs(rate_with("osint", 5) - clean) < abs(rate_with("nis", 1) - clean) / 10


def test_a_wider_range_weighs_less(make_claim, sources):
    base = [make_claim("a", "nis", "casualties", "2025-01-01", 2, value=1_000),
            make_claim("b", "nis", "casualties", "2025-01-11", 2, value=2_000)]
    narrow = make_claim("r", "nis", "casualties", "2025-01-21", 2, low=2_900, high=3_100)
    wide = make_claim("r", "nis", "casualties", "2025-01-21", 2, low=1_000, high=5_000)
    weight = {p.claim_ids: p.weight for p in fit_losses(base + [narrow], sources).points}
    wide_weight = {p.claim_ids: p.weight for p in fit_losses(base + [wide], sources).points}
    assert wide_weight[("r",)] < weight[("r",)] / 10
    point = next(p for p in fit_losses(base + [wide], sources).points if p.claim_ids == ("r",))
    assert point.value == 3_000                                           # the midpoint


def test_date_precision_puts_the_point_mid_span(make_claim, sources):
    claims = [make_claim("m", "nis", "casualties", "2025-01-03", 2, "month", value=1_000),
              make_claim("d", "nis", "casualties", "2025-02-20", 2, value=3_000)]
    points = {p.claim_ids[0]: p for p in fit_losses(claims, sources).points}
    assert points["m"].day == dt.date(2025, 1, 16)


def test_only_the_scenarios_subject_is_fitted(kursk_claims, make_claim, sources):
    other = [make_claim("r1", "isw", "casualties", "2025-01-01", 2, value=100_000,
                        subject="Russian forces"),
             make_claim("r2", "isw", "casualties", "2025-02-01", 2, value=130_000,
                        subject="Russian forces")]
    fit = fit_losses(kursk_claims + other, sources, SUBJECT)
    assert not {"r1", "r2"} & set(fit.claims_used)


@pytest.mark.parametrize("claims, words", [
    ([], "at least two usable casualty figures; found 0"),
    ([("a", "2025-01-10", 1_000)], "found 1"),
    ([("a", "2025-01-10", 1_000), ("b", "2025-01-10", 1_500)], "dated 10 January 2025"),
    ([("a", "2025-01-10", 3_000), ("b", "2025-02-10", 1_000)], "do not grow over time"),
])
def test_degenerate_claims_explain_and_give_no_number(claims, words, make_claim, sources):
    made = [make_claim(i, "nis", "casualties", d, 2, value=v) for i, d, v in claims]
    fit = fit_losses(made, sources)
    assert fit.rate is None and not fit.ok and words in fit.explanation
    p = project(fitted(), made, sources)
    assert p.note == fit.explanation and p.deterministic is None
    assert projection_json(p) == {
        "id": "fit", "name": "Fitted", "kind": "fitted", "daily_loss_rate": None,
        "depletion_date": None, "p10": None, "p50": None, "p90": None,
        "judgment_date": None, "probability": None, "judgment": None, "claims_used": []}


def test_a_failed_fit_falls_back_to_the_stored_rate_and_says_so(make_claim, sources):
    made = [make_claim("a", "nis", "casualties", "2025-01-10", 2, value=1_000)]
    p = project(fitted(anchor_date="2025-01-06", anchor_losses=3_800, daily_loss_rate=92,
                       initial_strength=12_000), made, sources)
    assert p.depletion_date == dt.date(2025, 4, 6)
    assert "found 1" in p.note and "stored anchor and rate" in p.note
    assert projection_json(p)["claims_used"] == []


def test_fitted_projection_reports_claims_and_a_probability(kursk_claims, sources):
    p = project(fitted(), kursk_claims, sources)
    out = projection_json(p)
    assert out["kind"] == "fitted" and out["daily_loss_rate"] == round(p.fit.rate, 2)
    assert set(out["claims_used"]) == {"z1", "n1", "n2", "i1", "z2"}
    assert 0 <= out["probability"] <= 1 and out["judgment"]
    assert p.anchor_date == dt.date(2025, 1, 29)
    assert "fitted to 5 claims" in p.likelihood
