"""The pack's sections: what a long briefing's tables leave out, and say they left out."""
from briefing.report import sections
from briefing.workspace.analysis import analyse


def test_long_tables_say_how_many_rows_they_left_out(seeded, monkeypatch):
    monkeypatch.setattr(sections, "MAX_CLAIM_ROWS", 5)
    monkeypatch.setattr(sections, "MAX_EVENT_ROWS", 3)
    content = sections.Content.read(seeded, analyse(seeded, samples=200))
    claims = sections.claims_table(content)
    assert claims.count("<tr>") == 1 + 5
    assert "6 more claims are not printed here" in claims
    events = sections.events_table(content)
    assert "7 more events (the earliest are shown) are not printed here" in events


def test_conflicting_claims_come_first_in_the_claims_table(seeded):
    content = sections.Content.read(seeded, analyse(seeded, samples=200))
    table = sections.claims_table(content)
    first_row = table.split("<tr>")[2]
    assert "⚠" in first_row
