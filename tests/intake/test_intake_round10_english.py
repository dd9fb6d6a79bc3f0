"""Round 10 of issue 16, English wire copy: a unit's ordinal before "Marine" is no date ("the
1st Marine Division" is not 1 March); a speaker described by a title before the verb ("Gen.
Ada Reyes, commander of the 2nd Infantry Division, said", "…, al-Shabaab's ally in the region,
claimed") is the speaker; "put the militants'
strength at 4,000" is a force's size and the subject's claim. Sentences written for these
tests, none from a held-out article; every case failed on the rules of round 9 (main at
6448622) but those marked as guards."""
import datetime as dt

import pytest
from intake_support import rows

DAY = dt.date(2025, 3, 12)


def test_a_marine_unit_ordinal_is_no_date():
    assert [r[4:] for r in rows("About 900 troops of the 2nd Marine Regiment crossed the "
                                "river, the army said.", DAY)] == [(DAY.isoformat(), "week")]


def test_a_day_before_an_abbreviated_month_is_still_a_date():
    # guard: "2 Mar." and "Mar 2" stay dates
    assert [r[4] for r in rows("On 2 Mar. about 900 soldiers crossed the river, the army "
                               "said.", DAY)] == ["2025-03-02"]


@pytest.mark.parametrize("sentence, speaker", [
    ("Gen. Ada Reyes, commander of the 2nd Infantry Division, told reporters that about 900 "
     "soldiers had crossed the river.", "Ada Reyes"),
    ("Col. Tom Hale, spokesman for the border command, said about 900 soldiers had crossed "
     "the river.", "Tom Hale"),
    ("Maria Costa, deputy head of the regional administration, said about 900 soldiers had "
     "crossed the river.", "Maria Costa"),
    ("The Mujahideen Brigade (MB), al-Shabaab's ally in the region, claimed the raid on "
     "Tuesday, saying its fighters had killed 900 soldiers.", "MB"),
])
def test_a_speaker_with_a_title_between_commas_is_the_source(sentence, speaker):
    (row,) = rows(sentence, DAY)
    assert row[0] == 900 and speaker in row[3], row


@pytest.mark.parametrize("sentence, value, qualifier", [
    ("Ada Reyes put the rebels' strength in the valley at about 4,000.", 4000, "about"),
    ("A Western diplomat put the militants' strength lower, at no more than 1,500.", 1500,
     "up to"),
])
def test_putting_a_force_at_a_number_is_its_strength(sentence, value, qualifier):
    source = "Ada Reyes" if "Reyes" in sentence else "Western diplomat"
    assert [r[:4] for r in rows(sentence, DAY)] == [(value, "strength", qualifier, source)]


def test_putting_a_toll_at_a_number_is_not_strength():
    # guard: "put the death toll at" stays a toll
    assert [r[1] for r in rows("Officials put the death toll at 40.", DAY)] == ["killed"]
