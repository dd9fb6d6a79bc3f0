"""Key judgments: ICD 203 words, likelihood and confidence kept in separate sentences."""
import datetime as dt

import pytest

from briefing.domain import Scenario, likelihood_words
from briefing.projection import project
from briefing.projection.judgments import confidence, likelihood_sentence

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


def test_the_likelihood_sentence_reads_like_a_key_judgment():
    assert likelihood_sentence(SUBJECT, 0.86, dt.date(2025, 4, 30), "at the current loss rate") \
        == ("The DPRK contingent, Kursk is very likely (86%) to be depleted by 30 April 2025 "
            "at the current loss rate.")
    assert likelihood_sentence("the contingent", 0.5, dt.date(2025, 4, 30), "at this rate") == (
        "There is roughly even chance (50%) that the contingent is depleted by 30 April 2025 "
        "at this rate.")
    assert "(<1%)" in likelihood_sentence("X", 0.001, dt.date(2025, 4, 30), "here")
    assert "(>99%)" in likelihood_sentence("X", 0.999, dt.date(2025, 4, 30), "here")


def test_two_reliable_sources_that_agree_give_high_confidence(make_claim, sources):
    claims = [make_claim("a", "nis", "casualties", "2025-01-06", 2, value=3_800),
              make_claim("b", "isw", "casualties", "2025-01-06", 2, value=3_750)]
    c = confidence(claims, sources, SUBJECT)
    assert c.level == "high"
    assert c.sentence == "Confidence: high — two usually reliable sources agree."


def test_conflicting_sources_cap_confidence_and_say_by_how_much(kursk_claims, sources):
    c = confidence(kursk_claims[:4], sources, SUBJECT)     # Zelenskyy C vs NIS B, 27 %
    assert c.sentence == ("Confidence: moderate — two sources, usually reliable to fairly "
                          "reliable, differ by 27%.")


def test_weak_or_missing_evidence_gives_low_confidence(make_claim, sources):
    lone = [make_claim("a", "osint", "casualties", "2025-01-06", 5, value=10_000)]
    assert confidence(lone, sources, SUBJECT).sentence == \
        "Confidence: low — a single unreliable source."
    assert confidence([], sources, SUBJECT).sentence == (
        "Confidence: low — no claims on the DPRK contingent, Kursk support the scenario's "
        "figures.")


def test_a_large_conflict_lowers_confidence_a_further_step(make_claim, sources):
    claims = [make_claim("a", "nis", "casualties", "2025-01-06", 2, value=3_000),
              make_claim("b", "isw", "casualties", "2025-01-06", 2, value=6_000)]
    c = confidence(claims, sources, SUBJECT)
    assert c.level == "low" and c.sentence.endswith("differ by 100%.")


def test_likelihood_and_confidence_never_share_a_sentence(kursk_claims, sources):
    scenario = Scenario("isw", "ISW estimate", initial_strength=12_000, anchor_date="2025-01-06",
                        anchor_losses=3_800, daily_loss_rate=92, subject=SUBJECT,
                        initial_strength_range=(11_000, 13_000))
    p = project(scenario, kursk_claims, sources)
    assert p.likelihood.startswith("The DPRK contingent, Kursk is ")
    assert "onfidence" not in p.likelihood
    assert p.confidence.sentence.startswith("Confidence: ")
    assert not any(w in p.confidence.sentence for w in ALL_WORDS)
    assert p.deterministic == "At 92 a day the DPRK contingent, Kursk is depleted on 6 April 2025."
