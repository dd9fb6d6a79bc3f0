"""Round 11 of issue 16, English: a day named inside "who ..." between a figure and a verb in
the present ("Twelve soldiers who were captured in a raid on Tuesday are still being held")
dates what happened to them, not the figure: they are held now, so the figure is dated by the
publication day. Sentences written for these tests, none from a held-out article; every case
failed on the rules of round 10 (main at a5aeb37) but those marked as guards."""
import datetime as dt

import pytest
from intake_support import rows

DAY = dt.date(2025, 3, 12)  # a Wednesday


def dated(text):
    return [(r[0], r[1], r[4], r[5]) for r in rows(text, DAY)]


@pytest.mark.parametrize("text, expected", [
    ("Twelve soldiers who were captured in a raid on Tuesday are still being held, the "
     "ministry said.", [(12, "captured", "2025-03-12", "week")]),
    ("Five marines who went missing near the border on Sunday have not been found, the navy "
     "said.", [(5, "missing", "2025-03-12", "week")]),
])
def test_a_day_in_a_who_clause_before_a_present_verb_does_not_date_the_figure(text, expected):
    assert dated(text) == expected


def test_a_day_after_the_main_verb_still_dates_the_figure():
    # guard
    assert dated("Twelve soldiers who were on patrol were captured on Tuesday, the ministry "
                 "said.") == [(12, "captured", "2025-03-11", "day")]
