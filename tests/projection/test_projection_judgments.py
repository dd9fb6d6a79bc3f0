"""Key judgments: ICD 203 words, likelihood and confidence kept in separate sentences."""
import datetime as dt

import pytest

from briefing.domain import Scenario, likelihood_words
from briefing.projection import Evidence, project
from briefing.projection.judgments import (Basis, Outlook, confidence, judgment_sentences,
                                           percent)

SUBJECT = "DPRK contingent, Kursk"
ALL_WORDS = ("almost no chance", "very unlikely", "unlikely", "roughly even chance", "likely",
             "very likely", "almost certain")


@pytest.mark.parametrize("p, words", [
    (0.0, "almost no chance"), (0.0499, "almost no chance"),
    (0.05, "very unlikely"), (0.1999, "very unlikely"),
    (0.20, "unlikely"), (0.4499, "unlikely"),
    (0.45, "roughly even chance"), (0.55, "roughly even chance"),
    (0.5501, "likely"), (0.7999, "likely"),
    (0.80, "very likely"), (0.9499, "very likely"),
    (0.95, "almost certain"), (1.0, "almost certain"),
])
def test_icd_203_words_at_every_boundary(p, words):
    assert likelihood_words(p) == words


HORIZON = dict(who=SUBJECT, threshold=0, horizon_days=730, horizon_end=dt.date(2027, 1, 6))
PREMISE = "If losses continue at about 92 a day (ISW, B3) and no reinforcements arrive"


def say(**outlook):
    return judgment_sentences(PREMISE, Outlook(**{**HORIZON, **outlook}))


def test_a_judgment_states_its_premise_and_what_depleted_counts():
    [first, central] = say(uncertain=True, p10=dt.date(2025, 3, 22), p50=dt.date(2025, 4, 6),
                           p90=dt.date(2025, 4, 24), judgment_date=dt.date(2025, 4, 15),
                           probability=0.76)
    assert first == ("If losses continue at about 92 a day (ISW, B3) and no reinforcements "
                     "arrive, the DPRK contingent, Kursk is likely (76%) to be entirely killed "
                     "or wounded by 15 April 2025.")
    assert central == "Most likely around 6 April 2025; 80% range 22 March 2025 to 24 April 2025."


def test_noun_words_make_a_there_is_sentence_and_probabilities_never_reach_0_or_100():
    [first, _] = say(uncertain=True, p50=dt.date(2025, 4, 6), judgment_date=dt.date(2025, 4, 1),
                     probability=0.5)
    assert first.endswith("there is roughly even chance (50%) that the DPRK contingent, Kursk "
                          "will be entirely killed or wounded by 1 April 2025.")
    assert percent(0.0) == percent(0.004) == "<1%" and percent(1.0) == percent(0.996) == ">99%"
    assert percent(0.99) == "99%" and percent(0.01) == "1%" and percent(0.994) == ">99%"


def test_without_a_judgment_date_no_probability_word_is_used():
    [only] = say(uncertain=True, p10=dt.date(2025, 3, 22), p50=dt.date(2025, 4, 6),
                 p90=None)
    assert only == (f"{PREMISE}, the DPRK contingent, Kursk would most likely be entirely "
                    "killed or wounded around 6 April 2025 (80% range 22 March 2025 to beyond "
                    "6 January 2027).")
    assert not any(w in only for w in ALL_WORDS if w != "likely")
    [beyond] = say(uncertain=True, p10=dt.date(2026, 3, 3))
    assert beyond.endswith("would most likely not be entirely killed or wounded by 6 January "
                           "2027, the end of the 730-day horizon (10% chance by 3 March 2026).")


def test_a_threshold_is_said_as_what_is_left():
    [only] = say(uncertain=False, depletion=dt.date(2025, 3, 1), threshold=2_000)
    assert only.endswith("would be reduced to 2,000 or fewer not yet killed or wounded on "
                         "1 March 2025.")


def basis(claims, sources, **kw):
    return Basis(claims, Evidence(claims, sources), **kw)


def test_two_reliable_sources_that_agree_give_high_confidence(make_claim, sources):
    claims = [make_claim("a", "nis", "casualties", "2025-01-06", 2, value=3_800),
              make_claim("b", "isw", "casualties", "2025-01-06", 2, value=3_750)]
    c = confidence(basis(claims, sources))
    assert c.level == "high"
    assert c.sentence == "Confidence: high — two usually reliable sources agree."


def test_conflicting_sources_cap_confidence_and_say_by_how_much(kursk_claims, sources):
    c = confidence(basis(kursk_claims[:4], sources))     # Zelenskyy C vs NIS B, 27 %
    assert c.sentence == ("Confidence: moderate — two sources, usually reliable to fairly "
                          "reliable, differ by 27%.")


def test_confidence_looks_only_at_the_claims_used(kursk_claims, sources):
    used = [kursk_claims[1]]                              # Zelenskyy alone
    c = confidence(Basis(used, Evidence(kursk_claims, sources)))
    assert c.sentence == "Confidence: low — a single fairly reliable source."    # no conflict


def test_a_derived_claim_is_not_independent_agreement(make_claim, sources):
    zel = make_claim("z", "zelenskyy", "casualties", "2025-01-06", 2, value=3_800)
    rate = make_claim("r", "isw", "loss_rate", "2025-01-29", 3, value=92, qualifier="about",
                      derived_from=("z",))
    c = confidence(basis([zel, rate], sources))
    assert c.level == "low"                               # one fair source, not two
    assert c.sentence == ("Confidence: low — a single fairly reliable source; ISW's ≈ 92 is "
                          "derived from Zelenskyy's 3,800, not independent of it.")


def test_unsourced_premises_and_a_dominant_point_lower_confidence(make_claim, sources):
    claims = [make_claim("a", "nis", "casualties", "2025-01-06", 2, value=3_800),
              make_claim("b", "isw", "casualties", "2025-01-06", 2, value=3_750)]
    assert confidence(Basis([], Evidence([], sources), ("the rate", "the strength"))).sentence \
        == "Confidence: low — the rate and the strength are assumptions, not sourced figures."
    capped = confidence(basis(claims, sources, assumed=("the strength",),
                              assumed_caps="moderate"))
    assert capped.sentence == ("Confidence: moderate — two usually reliable sources agree; the "
                               "strength is an assumption.")
    lead = confidence(basis(claims, sources, dominant=("NIS's 3,800", 0.69)))
    assert lead.sentence.endswith("; NIS's 3,800 carries 69% of the fit's weight.")
    assert lead.level == "moderate"


def test_weak_or_missing_evidence_gives_low_confidence(make_claim, sources):
    lone = [make_claim("a", "osint", "casualties", "2025-01-06", 5, value=10_000)]
    assert confidence(basis(lone, sources)).sentence == \
        "Confidence: low — a single unreliable source."


def test_a_large_conflict_lowers_confidence_a_further_step(make_claim, sources):
    claims = [make_claim("a", "nis", "casualties", "2025-01-06", 2, value=3_000),
              make_claim("b", "isw", "casualties", "2025-01-06", 2, value=6_000)]
    c = confidence(basis(claims, sources))
    assert c.level == "low" and c.sentence.endswith("differ by 100%.")


def test_likelihood_and_confidence_never_share_a_sentence(kursk_claims, sources):
    scenario = Scenario("isw", "ISW estimate", initial_strength=12_000, anchor_date="2025-01-06",
                        anchor_losses=3_800, daily_loss_rate=92, subject=SUBJECT,
                        initial_strength_range=(11_000, 13_000), judgment_date="2025-04-15")
    p = project(scenario, kursk_claims, sources)
    judgment, central, trust = p.sentences
    assert judgment.startswith("If losses continue at 92 a day (an assumed rate; no claim is "
                               "cited) and no reinforcements arrive, the DPRK contingent, Kursk "
                               "is ")
    assert "onfidence" not in judgment + central
    assert trust == p.confidence.sentence and trust.startswith("Confidence: low — ")
    assert not any(w in trust for w in ALL_WORDS)
