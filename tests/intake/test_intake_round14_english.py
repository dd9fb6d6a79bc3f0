"""Round 14, English: general classes of miss found in the fifteenth and sixteenth sets'
English articles. Each snippet was written for this file (varied names, numbers, verbs), none
copied from a set; expected claims follow the held-out sets' conventions
(tests/intake/heldout15/README.md)."""
import datetime as dt

import pytest
from intake_support import paradigm_case as case
from intake_support import assert_one_row, rows

DAY = dt.date(2025, 3, 12)  # a Wednesday
PUB = ("2025-03-12", "week")
MON = ("2025-03-10", "day")


CASES = [
    case("Some 1,200 soldiers guard the pipeline, which cost €300 million, the army said.",
         "strength", 1200, "about", "army", PUB),
]

# money is never a claim, whatever force word follows it
NOTHING = [
    "Washington has given the country about $290 million in military aid since 2015.",
    "The ministry set aside £45 million for troops' housing, the paper reported.",
    "Brussels pledged €1.5 billion to the armed forces, officials said on Monday.",
]


@pytest.mark.parametrize("text, metric, value, qualifier, source, when", CASES)
def test_the_one_claim_of_a_snippet(text, metric, value, qualifier, source, when):
    assert_one_row(text, DAY, metric, value, qualifier, source, when)


@pytest.mark.parametrize("text", NOTHING)
def test_no_claim_is_proposed(text):
    assert rows(text, DAY) == []
