"""Round 6 of issue 16: the words military press offices of South Asia use for the dead and
the captured. Militants "sent to hell", soldiers who "embraced shahadat" (martyrdom) or "laid
down their lives" are killed; fighters "apprehended", also "apprehended in injured
condition", are captured (the wound says how they were taken, not that they are only
wounded). Sentences written for these tests, none from a held-out article; every case failed
on the rules of round 5 (main at 4ce88d4)."""
import datetime as dt

import pytest
from intake_support import rows

DAY = dt.date(2025, 3, 12)


@pytest.mark.parametrize("text", [
    "After an intense exchange of fire, 25 terrorists were sent to hell, the army said.",
    "During the exchange of fire, 25 soldiers embraced shahadat, the army said.",
    "During the exchange of fire, 25 soldiers embraced martyrdom, the army said.",
    "During the exchange of fire, 25 soldiers laid down their lives, the army said.",
])
def test_press_office_words_for_the_dead_are_killed(text):
    assert [(r[0], r[1]) for r in rows(text, DAY)] == [(25, "killed")]


@pytest.mark.parametrize("text", [
    "Nine militants were apprehended during the raid, the army said.",
    "Nine militants were apprehended in injured condition, the army said.",
])
def test_militants_apprehended_are_captured(text):
    assert [(r[0], r[1]) for r in rows(text, DAY)] == [(9, "captured")]
