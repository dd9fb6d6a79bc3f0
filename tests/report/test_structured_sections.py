"""The pack's and present mode's structured-analysis sections: the matrix with its leader and
sensitivity, the indicators, and what changed since the previous assessment and why."""
import html as html_text
import re

from briefing.report import sections, structured_sections as A
from briefing.workspace.analysis import analyse
from briefing.workspace.record import record


def content(ws):
    return sections.Content.read(ws, analyse(ws, samples=200))


def projections(ws):
    """As `content` computes them, so a judgment recorded now reads as unchanged."""
    return analyse(ws, samples=200).projections


def text(html: str) -> str:
    return " ".join(html_text.unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_before_any_assessment_the_pack_says_how_to_record_one(seeded):
    assert "No assessment has been recorded yet" in A.changes_since(content(seeded))


def test_the_pack_names_the_claim_that_moved_a_judgment_since_the_last_assessment(seeded):
    record(seeded, projections(seeded), "weekly")
    seeded.put(seeded.get("claim", "nis-killed").changed(value=600))
    shown = text(A.changes_since(content(seeded)))
    assert "Against assessment a1 , recorded " in shown and "— “weekly”" in shown
    assert re.search(r"Fitted from the first clash\. most likely around \d+ April 2025 → "
                     r"most likely around \d+ April 2025 since ", shown)
    assert "claim nis-killed changed 300 → 600" in shown


def test_right_after_recording_the_pack_says_what_changed_at_it(seeded):
    record(seeded, projections(seeded))
    seeded.put(seeded.get("claim", "nis-killed").changed(value=600))
    record(seeded, projections(seeded))
    shown = text(A.changes_since(content(seeded)))
    assert shown.startswith("Nothing has changed since assessment a2 was recorded ")
    assert "Against the one before it, a1 (" in shown
    assert "Everything that changed in between: claim nis-killed changed 300 → 600." in shown


def test_the_matrix_section_dims_what_does_not_discriminate(seeded):
    html = html_text.unescape(A.matrix_section(content(seeded)))
    assert "“Attrition continues at the reported rate” leads (inconsistency 0.36" in html
    assert "If Institute for the Study of War's ≈ 92 loss rate (isw-rate) is wrong" in html
    row = next(r for r in html.split("<tr") if "zelenskyy-3800" in r)
    assert f"color:{A.DIM}" in row
    row = next(r for r in html.split("<tr") if "nis-killed" in r)
    assert f"color:{A.DIM}" not in row


def test_the_indicators_table_says_met_and_by_what(seeded):
    shown = text(A.indicators_table(content(seeded)))
    assert ("Casualties pass 5,000 by mid-February casualties ≥ 5,000 by 15 February 2025 "
            "met on 29 January 2025 by syrskyi-half") in shown
