"""Round 15, English: general classes of miss found in the English articles of the fifth to
twentieth sets.

Wire copy recalls old fighting beside its news ("In March 2021, militants killed 60
soldiers"): a loss dated to a month or a day two or more calendar years before the story is
history an analyst does not record, as a loss dated only by a past year already was.

Each snippet was written for this file (varied names, numbers, verbs), none copied from a
set; expected claims follow the held-out sets' conventions (tests/intake/heldout11/README.md,
"Conventions").
"""
import datetime as dt

import pytest
from intake_support import assert_one_row, rows

DAY = dt.date(2025, 3, 12)  # a Wednesday
PUB = ("2025-03-12", "week")
MON = ("2025-03-10", "day")


CASES = [
]

NOTHING = [
    # a loss of two or more years before the story is history
    "In March 2021, militants killed 60 soldiers at the border post, the army said.",
    "On 4 June 2022, at least 35 Malian soldiers died when jihadists overran their camp.",
    "The regiment lost 120 men in September 2019, the last time the town changed hands.",
]

# a loss of last year's month is still news; a past force's size is still a strength
KEPT = [
    ("In January 2024, 12 soldiers were killed in a similar ambush, the army said.",
     "killed", 12, None, "army", ("2024-01-15", "month")),
    ("In May 2021, about 5,000 troops took part in the exercise, the ministry said.",
     "strength", 5000, "about", "ministry", ("2021-05-15", "month")),
]


@pytest.mark.parametrize("text, metric, value, qualifier, source, when", CASES + KEPT)
def test_the_one_claim_of_a_snippet(text, metric, value, qualifier, source, when):
    assert_one_row(text, DAY, metric, value, qualifier, source, when)


@pytest.mark.parametrize("text", NOTHING)
def test_no_claim_is_proposed(text):
    assert rows(text, DAY) == []
