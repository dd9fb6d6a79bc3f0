"""The default (Kursk) briefing as a reviewing analyst reads it: no judgment claims more than
its evidence, every premise is said, and the fractions name what they are of."""
import datetime as dt

import pytest

from briefing.domain import figure
from briefing.workspace.analysis import analyse


@pytest.fixture
def analysis(seeded):
    return analyse(seeded)


def by_id(analysis, scenario_id):
    return next(p for p in analysis.projections if p.scenario.id == scenario_id)


def test_isws_scenario_is_not_almost_certain_and_states_isws_premise(analysis):
    p = by_id(analysis, "isw")
    assert p.judgment_date == dt.date(2025, 4, 15)            # ISW's own "mid-April"
    assert p.judgment != "almost certain" and p.probability < 0.95
    assert p.sentences[0] == (
        "If losses continue at about 92 a day (Institute for the Study of War, B3) and no "
        f"reinforcements arrive, the DPRK contingent, Kursk is {p.judgment} "
        f"({p.probability:.0%}) to be entirely killed or wounded by 15 April 2025.")
    assert p.claims_used == ("isw-contingent", "zelenskyy-3800", "isw-rate")


def test_isws_confidence_comes_from_its_cited_claims_and_says_the_rate_is_derived(analysis):
    p = by_id(analysis, "isw")
    assert p.confidence.level == "moderate"
    assert p.confidence.sentence == (
        "Confidence: moderate — two sources, usually reliable to fairly reliable, agree; "
        "Institute for the Study of War's ≈ 92 is derived from Volodymyr Zelenskyy's 3,800, "
        "not independent of it.")


def test_a_stated_rate_far_from_a_flat_series_is_said_as_a_factor(seeded):
    """NIS's killed 300 → 600 flattens the casualty series to under one a day, so ISW's 92
    a day is 112 times it: said so, not 'differ by 11119%'."""
    seeded.put(seeded.get("claim", "nis-killed").changed(value=600))
    p = by_id(analyse(seeded), "isw")
    assert p.confidence.level == "low"
    assert "differ by a factor of 112;" in p.confidence.sentence
    [rate] = [c for c in analyse(seeded).evidence.conflicts if c.metric == "loss_rate"]
    assert "(one 112 times the other)" in rate.reason


def test_the_fit_from_the_first_clash_is_determined_and_depletes_april_to_june(analysis):
    p = by_id(analysis, "fitted")
    assert p.status == "ok" and 60 <= p.rate <= 110
    assert dt.date(2025, 4, 1) <= p.p50 <= dt.date(2025, 6, 30)
    assert dt.date(2025, 4, 1) <= p.depletion_date <= dt.date(2025, 6, 30)
    assert p.scenario.losses_start.date == "2024-12-05"
    assert p.probability is None and p.judgment is None       # no judgment date: an interval
    assert "(80% range " in p.sentences[0]


def test_the_claims_alone_do_not_determine_a_rate(analysis):
    p = by_id(analysis, "claims-alone")
    assert p.status == "undetermined" and p.depletion_date is None and p.p50 is None
    assert "do not grow over time" in p.reason


def test_fractions_name_their_base_and_the_ledger_shows_the_number_the_fit_uses(analysis,
                                                                                 seeded):
    third, half = seeded.get("claim", "officials-third"), seeded.get("claim", "syrskyi-half")
    assert third.base_claim == half.base_claim == "sent-11000"
    assert figure(third, analysis.bases["officials-third"]) == (
        "≈ a third (≈ 3,700 of 11,000, Publication cited by the article)")
    assert figure(half, analysis.bases["syrskyi-half"]) == (
        "nearly half (≈ 5,200 of 11,000, Publication cited by the article)")
    fit = by_id(analysis, "fitted").fit
    used = {pt.id: pt.value for pt in fit.points}
    assert used["syrskyi-half"] == pytest.approx(analysis.bases["syrskyi-half"].count)
    assert used["officials-third"] == pytest.approx(analysis.bases["officials-third"].count)


def test_the_default_briefing_has_one_isw_forecast_and_the_headline(seeded, analysis):
    forecasts = [c for c in seeded.claims() if c.source == "isw" and c.metric == "casualties"]
    assert [c.id for c in forecasts] == ["isw-mid-april"]
    assert not forecasts[0].include_in_projection
    headline = seeded.get("event", "headline-many-died")
    assert "many of whom have already died" in headline.description
    assert seeded.get("claim", "isw-rate").derived_from == ("zelenskyy-3800",)


def test_the_two_reported_sizes_of_the_contingent_are_a_conflict(analysis):
    strength = [c for c in analysis.conflicts if c.metric == "strength"]
    assert [(c.first, c.second) for c in strength] == [(("sent-11000",), ("isw-contingent",))]
    assert "no reinforcements reported between" in strength[0].reason


def test_no_judgment_in_the_default_briefing_says_0_or_100_percent(analysis):
    text = " ".join(s for p in analysis.projections for s in p.sentences)
    assert "100%" not in text and "(0%)" not in text
