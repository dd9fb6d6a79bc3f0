"""Round 3 of issue 16, English: each rule checked on sentences of its own (none is a sentence
of a held-out article), sentence in -> (value, metric, qualifier, source, date) out. Every test
here failed on the rules before round 3 unless it says it guards a rule."""
import datetime as dt

import pytest
from intake_support import claims, rows

EN_DAY = dt.date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize("sentence, source", [
    # a description that opens with a possessive stands between the name and the verb
    ("Colonel Ana Ruiz, Peru's deputy defence minister, said 30 troops were wounded.",
     "Ana Ruiz"),
    ("In Bamako, Gen. Moussa Diarra, Mali's chief of army operations, told reporters that 14 "
     "soldiers had been killed.", "Moussa Diarra"),
    # "said the administrator": a described speaker after the verb
    ("About 40 soldiers were missing, said the administrator, who asked not to be named.",
     "administrator"),
    ("Twelve soldiers were wounded, said the witnesses.", "witnesses"),
    # "the London-based Syrian Observatory": where it is based is no part of its name
    ("The London-based Syrian Observatory for Human Rights said 52 soldiers were killed.",
     "Syrian Observatory for Human Rights"),
])
def test_english_speakers(sentence, source):
    (c,) = claims(sentence, EN_DAY)
    assert c.source == source


def test_the_described_speaker_is_the_one_named_before():
    text = ("A local administrator said on Tuesday that 25 soldiers were killed in the ambush.\n\n"
            "Another 30 soldiers were missing, said the administrator.")
    assert [r[3] for r in rows(text, EN_DAY)] == ["local administrator"] * 2


def test_a_date_in_a_coordinated_clause_dates_only_its_own_figure():
    (a, b) = rows("Chad has about 2,000 soldiers in the region, and sent an additional 500 "
                  "troops last month, army spokesman Col. Ali Mahamat said.", EN_DAY)
    assert a == (2000, "strength", "about", "Ali Mahamat", "2025-03-12", "week")
    assert b == (500, "reinforcements", None, "Ali Mahamat", "2025-02-15", "month")


def test_a_date_before_the_speaker_dates_the_statement_only_at_the_start():
    """Guards a rule: "On Tuesday, the ministry said" still dates the figures."""
    (r,) = rows("On Tuesday, the ministry said 40 soldiers had been killed.", EN_DAY)
    assert r[4:] == ("2025-03-11", "day")


def test_he_said_cites_the_speaker_but_carries_no_day():
    text = ("Army spokesman Col. Ali Mahamat said on Monday that 60 soldiers were killed. "
            "He said the army had killed 90 fighters.")
    assert [r[3:] for r in rows(text, EN_DAY)] == [("Ali Mahamat", "2025-03-10", "day"),
                                                   ("Ali Mahamat", "2025-03-12", "week")]


def test_he_added_carries_the_day_of_the_statement():
    """Guards a rule: the same statement goes on, on the day it was made."""
    text = ("Army spokesman Col. Ali Mahamat said on Monday that 60 soldiers were killed. "
            "He added that 90 were wounded.")
    assert [r[3:] for r in rows(text, EN_DAY)] == [("Ali Mahamat", "2025-03-10", "day")] * 2


@pytest.mark.parametrize("sentence", [
    "The gunmen fired on four army trucks and two military vehicles.",  # force words describe
    "Two Nigerien army officers told Reuters on condition of anonymity that the base held.",
])
def test_no_force_figure(sentence):
    assert claims(sentence, EN_DAY) == []


def test_a_count_of_the_speakers_is_no_figure():
    found = rows("Two Nigerien army officers told Reuters that 18 soldiers had been killed.",
                 EN_DAY)
    assert [r[:3] for r in found] == [(18, "killed", None)]


def test_a_denied_figure_is_no_claim():
    found = rows('The army said it had lost nine soldiers, "not 40 as the rebels claim".', EN_DAY)
    assert [r[:3] for r in found] == [(9, "casualties", None)]


def test_kills_in_a_headline():
    (r,) = rows("A bomb attack kills 12 Malian soldiers", EN_DAY)
    assert r[:2] == (12, "killed")


@pytest.mark.parametrize("sentence, row", [
    # the maker of a statement, not the statement
    ("According to a statement from the Kenyan military, 21 soldiers were killed.",
     (21, "killed", None, "Kenyan military")),
    # "An estimated 1,500" is a hedge, no speaker
    ("An estimated 1,500 fighters remain in the town, the monitor said.",
     (1500, "strength", "about", "monitor")),
    # a part named between commas does not hide the verb of the whole (a part that names a
    # force among a toll of people is that force's share since round 5: test_intake_round5_tolls)
    ("At least 12 soldiers, including eight officers, were killed, police said.",
     (12, "killed", "at least", "police")),
    # (guards a rule: the part after the whole stays no figure of its own)
    ("Fourteen soldiers were killed, including two officers, the army said.",
     (14, "killed", None, "army")),
])
def test_english_sentences(sentence, row):
    assert [r[:4] for r in rows(sentence, EN_DAY)] == [row]


def test_a_name_with_a_particle_between_commas_speaks():
    (c,) = claims("Its spokesman, Jean-Paul de Tapol, said only six of its fighters had died.",
                  EN_DAY)
    assert (c.value, c.metric, c.source) == (6, "killed", "Jean-Paul de Tapol")


def test_a_fraction_of_a_possessed_force_names_its_base():
    found = rows("Half of the unit's 400 soldiers were wounded, the commander said.", EN_DAY)
    assert [r[:3] for r in found] == [(0.5, "wounded", None), (400, "strength", None)]
    (share, base) = claims("Half of the unit's 400 soldiers were wounded, the commander said.",
                           EN_DAY)
    assert (share.fraction_of, share.base_claim) == ("strength", base.id)


def test_a_loss_verb_in_quotes():
    found = rows('The ministry said troops had "neutralized" more than 50 attackers.', EN_DAY)
    assert [r[:3] for r in found] == [(50, "casualties", "more than")]


@pytest.mark.parametrize("sentence, row", [
    # a count "of them" after a loss is a part of it: a claim only with its own loss verb
    ("Israel's military said 18 soldiers were wounded overnight, two of them seriously.",
     [(18, "wounded", None, "Israel's military")]),
    ("Two of the wounded later died in hospital, the medical director said.",
     [(2, "killed", None, "medical director")]),
    # the metric noun right after the number: "1,500 casualties a day" is no count of days
    ("The Institute for the Study of War estimated that Russian forces had suffered about "
     "1,500 casualties a day.", [(1500, "loss_rate", "about", "Institute for the Study of War")]),
    # the maker of a tally "based on" something, and speakers with their place
    ("More than 40 soldiers have been killed, according to a Reuters tally based on official "
     "statements.", [(40, "killed", "more than", "Reuters")]),
    ("Officials in the region said as many as 200 soldiers had been taken prisoner.",
     [(200, "captured", "up to", "Officials")]),
])
def test_more_english_sentences(sentence, row):
    assert [r[:4] for r in rows(sentence, EN_DAY)] == row


def test_whose_agency_it_is_belongs_to_the_name():
    (c,) = claims("South Korea's spy agency estimated that 300 North Korean soldiers had died.",
                  EN_DAY)
    assert (c.value, c.metric, c.source) == (300, "killed", "South Korea's spy agency")
