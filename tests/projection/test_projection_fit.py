"""The fitted loss rate: which claims it uses, how it weighs them, and when it says no."""
import datetime as dt

import numpy as np
import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.domain import LossesStart, Scenario
from briefing.projection import QUALIFIERS, fit_losses, project, projection_json
from briefing.projection.fit import EXACT_WITHOUT_LIMIT
from kursk_claims import SOURCES, claim

SUBJECT = "DPRK contingent, Kursk"


def fitted(**overrides):
    fields = dict(id="fit", name="Fitted", kind="fitted", initial_strength=11_000,
                  anchor_date=None, anchor_losses=0, daily_loss_rate=None, subject=SUBJECT)
    fields.update(overrides)
    return Scenario(**fields)


FIRST_CLASH = LossesStart("2024-12-05", "week")


def test_kursk_claims_alone_do_not_determine_a_rate(kursk_claims, sources):
    fit = fit_losses(kursk_claims, sources, SUBJECT)
    assert fit.status == "undetermined" and not fit.ok
    assert fit.reason == ("the claims do not determine the loss rate (23 ± 57 a day: more "
                          "than a 10% chance that it is zero or less)")
    assert fit.rate < 1.2816 * fit.rate_se                 # the line is kept, for diagnostics
    assert set(fit.claims_used) == {"z1", "n1", "n2", "i1", "z2"}


def test_a_start_of_losses_determines_the_rate_and_lists_what_was_used(kursk_claims, sources):
    fit = fit_losses(kursk_claims, sources, SUBJECT, FIRST_CLASH)
    assert fit.ok and fit.reason is None
    assert 60 < fit.rate < 110 and fit.rate > 1.2816 * fit.rate_se
    assert set(fit.claims_used) == {"z1", "n1", "n2", "i1", "z2"}
    assert fit.bases == ("s1",)                          # the 11,000 the fractions are of
    assert set(fit.residuals) == set(fit.claims_used)
    assert fit.residuals["n1"] == fit.residuals["n2"]   # killed + wounded are one point
    assert fit.anchor_date == dt.date(2025, 1, 29)       # the latest claim, not the zero
    zero = next(p for p in fit.points if p.reading is None)
    assert (zero.id, zero.value, zero.day, zero.trust) == ("losses_start", 0, dt.date(2024, 12, 5), 1)
    assert fit.skipped == ()


def test_one_claim_and_a_start_of_losses_make_isws_line(make_claim, sources):
    """ISW's method: 3,800 over the days since the first clash."""
    claims = [make_claim("z", "zelenskyy", "casualties", "2025-01-06", 2, value=3_800)]
    fit = fit_losses(claims, sources, SUBJECT, LossesStart("2024-11-26"))
    assert fit.ok and fit.rate == pytest.approx(3_800 / 41)
    assert fit.anchor_losses == pytest.approx(3_800)


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
    assert point.value == pytest.approx(4_000) and point.base.claim_id == "late"


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
    assert fit.ok and fit.rate == pytest.approx(50)
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
    ([], "there are no usable casualty figures"),
    ([("a", "2025-01-10", 1_000)], "1 usable casualty figure is dated 10 January 2025"),
    ([("a", "2025-01-10", 1_000), ("b", "2025-01-10", 1_500)], "all 2 usable casualty figures are "
                                                              "dated 10 January 2025; a rate "
                                                              "needs figures from at least two"),
    ([("a", "2025-01-10", 3_000), ("b", "2025-02-10", 1_000)], "do not grow over time "
                                                              "(fitted -65 ± "),
])
def test_an_undetermined_fit_gets_no_date_no_percentiles_and_no_probability(
        claims, words, make_claim, sources):
    made = [make_claim(i, "nis", "casualties", d, 2, value=v) for i, d, v in claims]
    fit = fit_losses(made, sources, SUBJECT)
    assert not fit.ok and words in fit.reason
    p = project(fitted(judgment_date="2025-06-01", initial_strength_range=(10_000, 12_000)),
                made, sources)
    out = projection_json(p)
    assert (out["status"], out["reason"]) == ("undetermined", fit.reason)
    assert {k: out[k] for k in ("daily_loss_rate", "depletion_date", "p10", "p50", "p90",
                                "probability", "judgment", "confidence")} == dict.fromkeys(
        ("daily_loss_rate", "depletion_date", "p10", "p50", "p90", "probability", "judgment",
         "confidence"))
    assert out["sentences"] == [f"No depletion date for the DPRK contingent, Kursk: {fit.reason}."]
    assert p.band is None and p.remaining is None


def test_an_undetermined_fit_never_falls_back_to_the_stored_rate(make_claim, sources):
    made = [make_claim("a", "nis", "casualties", "2025-01-10", 2, value=1_000)]
    p = project(fitted(anchor_date="2025-01-06", anchor_losses=3_800, daily_loss_rate=92,
                       initial_strength=12_000), made, sources)
    assert p.status == "undetermined" and p.depletion_date is None and p.rate is None


def test_fitted_projection_reports_claims_diagnostics_and_an_interval(kursk_claims, sources):
    p = project(fitted(losses_start=FIRST_CLASH, initial_strength_range=(11_000, 12_000)),
                kursk_claims, sources)
    out = projection_json(p)
    assert out["status"] == "ok" and out["daily_loss_rate"] == round(p.fit.rate, 2)
    assert set(out["claims_used"]) == {"z1", "n1", "n2", "i1", "z2", "s1"}
    assert out["probability"] is None and out["judgment"] is None     # no judgment date
    assert p.anchor_date == dt.date(2025, 1, 29)
    assert p.sentences[0].startswith(f"If losses continue at the fitted {p.fit.rate_text} (4 "
                                     "casualty figures and zero losses in early Dec 2024) and "
                                     "no reinforcements arrive, the DPRK contingent, Kursk would "
                                     "most likely be entirely killed or wounded around ")
    diag = out["diagnostics"]
    assert diag["rate_se"] == round(p.fit.rate_se, 2)
    assert [d["id"] for d in diag["claims"]] == ["losses_start", "z1", "n1", "i1", "z2"]
    assert sum(d["weight_share"] for d in diag["claims"]) == pytest.approx(1, abs=1e-3)
    assert next(d for d in diag["claims"] if d["id"] == "n1")["claims"] == ["n1", "n2"]


def test_the_rate_without_each_point_is_the_refit_without_it(kursk_claims, sources):
    fit = fit_losses(kursk_claims, sources, SUBJECT, FIRST_CLASH)
    for point in fit.points:
        if point.reading is None:
            rest = fit_losses(kursk_claims, sources, SUBJECT)      # without the zero point
        else:
            drop = set(point.claim_ids)
            rest = fit_losses([c for c in kursk_claims if c.id not in drop], sources, SUBJECT,
                              FIRST_CLASH)
        assert point.rate_without == pytest.approx(rest.rate), point.id


def test_a_large_fit_leaves_points_out_without_refitting_each(make_claim, sources):
    rng = np.random.default_rng(5)
    claims = [make_claim(f"c{i}", ("nis", "isw", "zelenskyy")[i % 3], "casualties",
                         (dt.date(2025, 1, 1) + dt.timedelta(days=i % 300)).isoformat(), 2,
                         ("day", "week")[i % 2], value=round(50 * (i % 300) + 500
                                                             + rng.normal(0, 200)))
              for i in range(EXACT_WITHOUT_LIMIT + 200)]
    fit = fit_losses(claims, sources, SUBJECT)
    for point in fit.points[:3] + fit.points[-3:]:
        rest = fit_losses([c for c in claims if c.id != point.id], sources, SUBJECT)
        assert point.rate_without == pytest.approx(rest.rate, rel=1e-3), point.id


@settings(max_examples=40, deadline=None)
@given(values=st.lists(st.floats(100, 50_000), min_size=2, max_size=8),
       grades=st.lists(st.sampled_from(["nis", "isw", "zelenskyy", "osint"]), min_size=8,
                       max_size=8),
       start=st.booleans())
def test_weight_shares_always_sum_to_one(values, grades, start):
    sources = {s.id: s for s in SOURCES}
    claims = [claim(f"c{i}", grades[i], "casualties", f"2025-0{1 + i % 6}-{1 + 3 * i:02d}", 2,
                    value=v) for i, v in enumerate(values)]
    fit = fit_losses(claims, sources, SUBJECT, LossesStart("2024-12-01") if start else None)
    if fit.rate is not None:
        assert sum(p.share for p in fit.points) == pytest.approx(1)
        assert all(0 < p.share < 1 for p in fit.points)


def test_a_fit_never_uses_another_subjects_claims(kursk_claims, make_claim, sources):
    other = [make_claim("r1", "isw", "casualties", "2025-01-01", 2, value=100_000,
                        subject="Russian forces"),
             make_claim("r2", "isw", "casualties", "2025-02-01", 2, value=130_000,
                        subject="Russian forces"),
             make_claim("rs", "isw", "strength", "2025-01-28", 2, value=600_000,
                        subject="Russian forces")]
    fit = fit_losses(kursk_claims + other, sources, SUBJECT, FIRST_CLASH)
    assert not {"r1", "r2", "rs"} & set(fit.claims_used + fit.bases)
    assert fit.rate == pytest.approx(fit_losses(kursk_claims, sources, SUBJECT,
                                                FIRST_CLASH).rate)
    unnamed = project(fitted(subject=None), kursk_claims + other, sources)
    assert unnamed.status == "undetermined"
    assert unnamed.reason.startswith("the scenario names no force and the claims are about 2")
    named = project(fitted(subject=None, losses_start=FIRST_CLASH), kursk_claims + other,
                    sources, subject=SUBJECT)                # the briefing's subject
    assert named.status == "ok" and named.subject == SUBJECT
