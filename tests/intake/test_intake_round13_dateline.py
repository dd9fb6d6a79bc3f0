"""A first line that opens with a relative day ("Yesterday…", "Вчера…", "Вчора…") is a
sentence, not a dateline: taken for one, it became the publication date and its own figure
lost its day (dated at week precision)."""
import datetime as dt

import pytest

from briefing.intake.extract import extract_article

TODAY = dt.date(2025, 3, 12)


@pytest.mark.parametrize("text", [
    "Yesterday two soldiers died, police said.",
    "Вчера погибли трое военных, сообщил губернатор.",
    "Вчора загинули троє військових, повідомив губернатор.",
    "Сегодня погибли двое, сообщил губернатор.",
])
def test_a_sentence_opening_with_a_relative_day_is_no_dateline(text):
    found = extract_article(text, None, today=TODAY)
    assert found.published_from != "dateline"
    (p,) = found.proposals
    assert p.claim.date_precision == "day"
    day = TODAY if text.startswith("Сегодня") else TODAY - dt.timedelta(days=1)
    assert p.claim.as_of == day.isoformat()


def test_a_written_date_alone_on_its_line_is_still_the_dateline():
    found = extract_article("March 3, 2025\nTwo soldiers were killed on Monday, police said.",
                            None, today=TODAY)
    assert found.published == dt.date(2025, 3, 3)
    (p,) = found.proposals
    assert p.claim.as_of == "2025-03-03"
