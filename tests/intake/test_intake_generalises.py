"""Issue 16's Goma paragraph and its kin: named speakers, the lead figure, "lost only 40
men", "a third of them", one subject per figure, and the dateline as the publication date."""
import datetime as dt
from pathlib import Path

import pytest

from briefing.intake import extract, read_article

ARTICLES = Path(__file__).resolve().parent / "articles"
GOMA_DAY = dt.date(2025, 2, 3)


def goma():
    return read_article(ARTICLES / "goma.txt")[1]


def by_value(proposals):
    return {(p.claim.value if p.claim.value is not None else p.claim.fraction): p.claim
            for p in proposals}


def test_the_lead_figure_and_the_health_ministrys_are_proposed_with_their_speakers():
    claims = by_value(extract(goma(), GOMA_DAY))
    un = claims[2900]
    assert (un.metric, un.qualifier, un.source) == ("killed", "at least", "United Nations")
    assert (un.as_of, un.date_precision) == ("2025-02-03", "day")  # "said on Monday"
    ministry = claims[1500]
    assert (ministry.metric, ministry.source) == ("killed", "Congo's health ministry")
    assert (ministry.as_of, ministry.date_precision) == ("2025-01-24", "week")  # "last week"


def test_named_speakers_not_the_publication():
    claims = by_value(extract(goma(), GOMA_DAY))
    assert claims[2800].source == "Hospital officials"
    assert claims[4000].source == "senior Western diplomat"
    assert claims[1200].source == "Sylvain Ekenge"  # "Army spokesman General Sylvain Ekenge"


def test_lost_only_40_men_are_the_speakers_losses():
    c = by_value(extract(goma(), GOMA_DAY))[40]
    assert (c.metric, c.source, c.subject) == ("casualties", "M23", "M23")


def test_a_third_of_them_were_civilians_is_no_claim():
    found = extract(goma(), GOMA_DAY)
    assert [p.claim for p in found if p.claim.fraction is not None] == []
    assert len(found) == 6


def test_each_figure_gets_its_own_subject():
    claims = by_value(extract(goma(), GOMA_DAY))
    assert claims[1200].subject == "Congolese soldiers"
    assert claims[4000].subject == "Rwandan soldiers"
    assert claims[2900].subject == "all sides"  # "2,900 people were killed": every side


def extract_article(*args, **kwargs):
    from briefing.intake import extract_article as article  # new in issue 16
    return article(*args, **kwargs)


def test_without_a_publication_date_the_datelines_dates_the_figures_not_today():
    text = "Headline\nKYIV, March 4, 2024 - Officials said on Monday that 300 soldiers had been killed.\n"
    assert [p.claim.as_of for p in extract(text)] == ["2024-03-04"]


def test_the_dateline_is_the_publication_date_when_none_is_given():
    found = extract_article(goma(), today=dt.date(2025, 2, 5))
    assert (found.published, found.published_from) == (GOMA_DAY, "dateline")
    assert "Feb 3" in found.notices[0] and "no year" in found.notices[0]
    assert by_value(found.proposals)[2900].as_of == "2025-02-03"


def test_a_dateline_with_its_year_needs_no_guess():
    text = "Headline\nKYIV, March 4, 2024 - Officials said on Monday that 300 soldiers had been killed.\n"
    found = extract_article(text, today=dt.date(2026, 12, 1))
    assert found.published == dt.date(2024, 3, 4)
    assert found.proposals[0].claim.as_of == "2024-03-04"
    assert "no year" not in found.notices[0]


def test_without_a_date_or_dateline_the_notice_says_today_was_used():
    found = extract_article("Officials said on Monday that 300 soldiers had been killed.",
                            today=dt.date(2026, 12, 2))
    assert found.published_from == "today"
    assert "No publication date" in found.notices[0] and "2026-12-02" in found.notices[0]


def test_a_given_date_wins_over_the_dateline_and_needs_no_notice():
    found = extract_article(goma(), dt.date(2025, 2, 4))
    assert (found.published_from, found.notices) == ("given", [])


@pytest.mark.parametrize("sentence, source", [
    ("Fano spokesman Asres Mare Damte claimed that government forces had lost about 5,000 "
     "soldiers.", "Asres Mare Damte"),
    ("According to a regional health official, at least 240 people were killed.",
     "regional health official"),
    ("A European diplomat in Addis Ababa, speaking on condition of anonymity, estimated that "
     "the army had deployed some 40,000 troops.", "European diplomat"),
    ("At least 60 people were killed in a drone strike, two medical sources told Reuters.",
     "medical sources"),
])
def test_attribution_to_the_named_or_anonymous_speaker(sentence, source):
    found = extract(sentence, dt.date(2024, 3, 4))
    assert [p.claim.source for p in found] == [source]


def test_lost_names_whose_losses_they_are():
    c = extract("Fano spokesman Asres Mare Damte claimed that government forces had lost about "
                "5,000 soldiers.", dt.date(2024, 3, 4))[0].claim
    assert (c.metric, c.subject) == ("casualties", "government forces")


def test_a_share_of_the_wounded_is_a_fraction_of_the_wounded():
    found = extract("Hospital officials said 900 soldiers had been wounded, and that a third "
                    "of them later died.", dt.date(2025, 2, 3))
    wounded, died = (p.claim for p in found)
    assert (died.metric, died.fraction_of, died.base_claim) == ("killed", "wounded", None)
    assert died.fraction == pytest.approx(1 / 3) and wounded.value == 900


def test_a_share_of_a_stated_strength_names_it_as_its_base():
    found = extract("Officials said the contingent of 4,000 soldiers has lost half of them "
                    "killed or wounded.", dt.date(2025, 2, 3))
    strength, share = (p.claim for p in found)
    assert strength.metric == "strength"
    assert (share.metric, share.fraction_of, share.base_claim) == ("casualties", "strength",
                                                                   strength.id)


def test_a_headline_restating_a_body_figure_is_one_proposal():
    text = ("Rebels say junta lost 1,200 soldiers\n"
            "The alliance said on Tuesday that 1,200 junta soldiers had been killed.\n")
    found = extract(text, dt.date(2024, 8, 6))
    assert [(p.claim.metric, p.claim.value, p.summary) for p in found] == [("killed", 1200, False)]


def test_figures_with_no_speaker_are_counted_in_a_notice_for_the_analyst():
    """No analyst who wrote a held-out set recorded a claim as "the publication"'s: such a
    proposal is a figure the rules found no speaker for, and the analyst must find who said it."""
    text = ("Officials said on Monday that 300 soldiers had been killed.\n\n"
            "About 1,200 soldiers remain in the town.")
    found = extract_article(text, dt.date(2024, 3, 6))
    assert [p.claim.source for p in found.proposals] == ["Officials", "the publication"]
    assert found.notices == ['1 of 2 proposals name no speaker ("the publication"): check each '
                             "one's source against its quote."]
