"""Round 11 of issue 16, English: a figure whose noun is said once for two ("France sent 1,500
troops and Italy 900", "the largest contingent after Poland's 2,100") counts what the figure
before it counts. Sentences written for these tests, none from a held-out article; every case
failed on the rules of round 10 (main at a5aeb37) but those marked as guards."""
import datetime as dt

import pytest
from intake_support import rows

DAY = dt.date(2025, 3, 12)


def figures(text):
    return [(r[0], r[1], r[3]) for r in rows(text, DAY)]


@pytest.mark.parametrize("text, expected", [
    ("France has deployed 1,500 troops to the exercise and Italy 900, the colonel said.",
     [(1500, "strength", "colonel"), (900, "strength", "colonel")]),
    ("Lithuania has contributed 600 soldiers, the largest group after Poland's 2,100, "
     "Maria Lind said.", [(600, "strength", "Maria Lind"), (2100, "strength", "Maria Lind")]),
    ("Alpha Company lost 40 soldiers in the assault and Bravo Company 25, the ministry said.",
     [(40, "casualties", "ministry"), (25, "casualties", "ministry")]),
])
def test_a_figure_sharing_the_noun_before_it_counts_the_same(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a number that counts something else of its own
    ("France has deployed 1,500 troops and Italy 900 vehicles, the colonel said.",
     [(1500, "strength", "colonel")]),
    # a number after a name that is no gapped figure: an age, a unit's number
    ("France has deployed 1,500 troops under General Lemaire, 58, the colonel said.",
     [(1500, "strength", "colonel")]),
])
def test_a_number_with_a_noun_or_no_gap_is_not_shared(text, expected):
    # guard
    assert figures(text) == expected
