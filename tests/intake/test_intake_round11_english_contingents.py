"""Round 11 of issue 16, English: a contingent's size said beside its noun, after a comma or
"of" ("Britain's own contribution, around 3,000, is drawn from ...", "the Dutch contingent,
some 900, arrived", "a contribution of about 1,100") is its strength. Sentences written for
these tests, none from a held-out article; every case failed on the rules of round 10 (main
at a5aeb37) but those marked as guards."""
import datetime as dt

import pytest
from intake_support import rows

DAY = dt.date(2025, 3, 12)


def figures(text):
    return [(r[0], r[1], r[2], r[3]) for r in rows(text, DAY)]


@pytest.mark.parametrize("text, expected", [
    ("Britain's own contribution, around 3,000, is drawn from the 3rd Division, Gen. Tom Hale "
     "said.", [(3000, "strength", "about", "Tom Hale")]),
    ("The Dutch contingent, some 900, arrived on Monday, the ministry said.",
     [(900, "strength", "about", "ministry")]),
    ("Norway made a contribution of about 1,100, the ministry said.",
     [(1100, "strength", "about", "ministry")]),
])
def test_a_contingent_size_beside_its_noun_is_a_strength(text, expected):
    assert figures(text) == expected


def test_a_contribution_of_money_is_no_strength():
    # guard: a sum, not a head count
    assert figures("Norway made a contribution of $400 million, the ministry said.") == []
