"""Round 11 of issue 16, English: a count of "them" said to be troops or to be in place ("About
600 of them are Royal Marines", "some 450 of them were on the ground by nightfall") is a force of its
own, a strength, where a count of them said to be no force ("200 of them were civilians")
stays none. Sentences written for these tests, none from a held-out article; every case
failed on the rules of round 10 (main at a5aeb37) but those marked as guards."""
import datetime as dt

import pytest
from intake_support import rows

DAY = dt.date(2025, 3, 12)
BEFORE = "Some 2,000 British troops are taking part in the exercise, the army said. "


def figures(text):
    return [(r[0], r[1], r[3]) for r in rows(text, DAY)]


@pytest.mark.parametrize("text, expected", [
    (BEFORE + "About 600 of them are Royal Marines, according to Maj. Tom Hale.",
     [(2000, "strength", "army"), (600, "strength", "Tom Hale")]),
    (BEFORE + "By nightfall some 450 of them were on the ground, Col. Ada Reyes said.",
     [(2000, "strength", "army"), (450, "strength", "Ada Reyes")]),
])
def test_a_count_of_them_in_place_is_a_force(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    BEFORE + "About 600 of them are from Wales, the army said.",
    BEFORE + "About 600 of them were women, the army said.",
])
def test_a_count_of_them_that_names_no_force_is_none(text):
    # guard
    assert figures(text) == [(2000, "strength", "army")]
