"""Attributed names, titles dropped, pronouns and generic sources recognised."""
import pytest

from briefing.intake.attribution import EXPLICIT, GENERIC, PRONOUN, PUBLICATION
from briefing.intake.english_sources import find_attribution
from briefing.intake.source_names import SourceNames


@pytest.mark.parametrize("sentence, name", [
    ("According to Ukrainian and American officials, about a third were hit.",
     "Ukrainian and American officials"),
    ("As the publication notes, last fall, North Korea sent about 11,000 soldiers.", PUBLICATION),
    ("Ukrainian Armed Forces Commander-in-Chief Oleksandr Syrsky said this week that ...",
     "Oleksandr Syrsky"),
    ("Ukrainian leader Volodymyr Zelenskyy officially confirmed in early January that ...",
     "Volodymyr Zelenskyy"),
    ("South Korea's National Intelligence Service also shared its data.",
     "South Korea's National Intelligence Service"),
    ("Twelve soldiers were injured on Monday, the Austrian Armed Forces said.",
     "Austrian Armed Forces"),
    ("The exercise began on Monday, according to KFOR spokesperson Lt. Col. Ana Kovač.",
     "Ana Kovač"),
    ("According to the ISW team's forecast, the contingent could be destroyed.", "ISW"),
    ("Western analysts estimate that Russia committed 40,000 troops.", "Western analysts"),
    ("Some 300 were killed, the UN panel of experts said in its report.", "UN panel of experts"),
    ("A Sudanese army officer inside the city, who spoke on condition of anonymity, said 40 died.",
     "Sudanese army officer"),
    ("The RSF denied the figure and said that only 37 had died.", "RSF"),
])
def test_explicit_names(sentence, name):
    a = find_attribution(sentence)
    assert a is not None and a.kind == EXPLICIT and a.name == name


@pytest.mark.parametrize("sentence", ["It claims that 300 were killed.",
                                      "He added that 20,000 more had been wounded.",
                                      "At the same time, he stressed that they remain brave."])
def test_pronouns_carry(sentence):
    assert find_attribution(sentence).kind == PRONOUN


def test_generic_source_names_no_one():
    a = find_attribution("According to the latest data, the troops are losing 92 a day.")
    assert a.kind == GENERIC and a.name is None


def test_no_attribution_and_passive_verbs():
    assert find_attribution("The North Korean armed forces, numbering 1.2 million, are large.") \
        is None
    assert find_attribution("Moscow is expected to send another 10,000 troops.") is None


def test_article_wide_names():
    text = "ISW ... Ana Kovač ... HUR"
    names = SourceNames(["American Institute for the Study of War", "Ana Kovač"],
                        {"HUR": "Ukraine's Defence Intelligence"}, text)
    assert names.canonical("ISW") == "Institute for the Study of War"
    assert names.canonical("American Institute for the Study of War") == \
        "Institute for the Study of War"
    assert names.canonical("Kovač") == "Ana Kovač"
    assert names.canonical("HUR") == "Ukraine's Defence Intelligence"
