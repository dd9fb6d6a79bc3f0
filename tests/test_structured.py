"""Competing hypotheses and indicators (reference.md §7) on an unseen briefing, through
`briefing ach --json`: scores, leader, diagnosticity, sensitivity and indicators, each worked
out by hand in structured_support.py."""
import json

import pytest

from briefing.cli import main
from briefing.domain import Rating
from structured_support import package


def run(capsys, *argv):
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def garrison(tmp_path, capsys):
    """A new briefing holding the unseen garrison package."""
    db, pkg = tmp_path / "hill.briefing", tmp_path / "hill.json"
    pkg.write_text(json.dumps(package()), encoding="utf-8")
    assert run(capsys, "new", db, "--title", "Hill 204")[0] == 0
    assert run(capsys, "--db", db, "import", pkg)[0] == 0
    return db


def ach(capsys, db) -> dict:
    status, out, err = run(capsys, "--db", db, "ach", "--json")
    assert (status, err) == (0, "")
    return json.loads(out)


def test_ach_json_names_the_leader_scores_and_sensitivity(capsys, garrison):
    found = ach(capsys, garrison)
    assert [(h["id"], h["inconsistency"], h["rank"]) for h in found["hypotheses"]] == [
        ("holds", 0.36, 1), ("withdraws", 2.8, 3), ("reinforced", 0.72, 2)]
    assert found["leader"] == "holds"
    assert [(c["id"], c["diagnosticity"]) for c in found["claims"]] == [
        ("r1", 2.0), ("k1", 0.8), ("k2", 0.72), ("s1", 0.0)]
    assert found["sensitivity"] == ["k2"]


def test_ach_json_says_which_indicators_were_met_and_by_what(capsys, garrison):
    indicators = {i["id"]: (i["hypothesis"], i["met"], i["claims"])
                  for i in ach(capsys, garrison)["indicators"]}
    assert indicators == {"killed-300": ("holds", True, ["k2"]),
                          "few-killed": ("withdraws", True, ["k1"]),
                          "fresh-1000": ("reinforced", False, [])}


def test_a_regraded_source_moves_the_leader(capsys, garrison, tmp_path):
    """k2 rated II for holds (2 × 0.36 = 0.72) ties holds with reinforced: no leader. Then
    Alpha regraded E (weight 0.05): k1 weighs 0.04, r1 0.05, and withdraws (0.04 + 2 × 0.05
    = 0.14) leads."""
    from briefing.workspace import Workspace

    ws = Workspace.open(garrison)
    try:
        ws.put(Rating("holds", "k2", "II"))
    finally:
        ws.close()
    found = ach(capsys, garrison)
    assert (found["leader"], found["tied"]) == (None, ["holds", "reinforced"])
    ws = Workspace.open(garrison)
    try:
        ws.put(ws.get("source", "alpha").changed(reliability="E"))
    finally:
        ws.close()
    found = ach(capsys, garrison)
    assert found["leader"] == "withdraws"
    assert [h["inconsistency"] for h in found["hypotheses"]] == [0.72, 0.14, 0.72]


def test_an_indicator_is_met_only_by_a_claim_dated_by_its_day(capsys, garrison, tmp_path):
    """k2's 400 is dated 5 March: an indicator due 4 March is not met by it."""
    pkg = package()
    pkg["hypotheses"][0]["indicators"][0]["by"] = "2025-03-04"
    path = tmp_path / "early.json"
    path.write_text(json.dumps(pkg), encoding="utf-8")
    assert run(capsys, "--db", garrison, "import", path)[0] == 0
    met = {i["id"]: (i["met"], i["claims"]) for i in ach(capsys, garrison)["indicators"]}
    assert met["killed-300"] == (False, [])


def test_ach_text_says_who_leads_and_why(capsys, garrison):
    status, out, _ = run(capsys, "--db", garrison, "ach")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == ("“The garrison holds” leads (inconsistency 0.36 against 2.80 and "
                        "0.72).")
    assert "If Bravo Daily's 400 killed (k2) is wrong, “The garrison holds” and “The " \
           "garrison is reinforced” tie." in out


def test_ach_of_a_briefing_without_hypotheses(capsys, tmp_path):
    db = tmp_path / "bare.briefing"
    assert run(capsys, "new", db, "--title", "Bare")[0] == 0
    assert ach(capsys, db) == {"hypotheses": [], "leader": None, "tied": [], "claims": [],
                               "sensitivity": [], "sensitivity_sentences": [],
                               "indicators": []}


def test_deleting_a_claim_takes_its_ratings_and_undo_brings_them_back(tmp_path, capsys,
                                                                      garrison):
    from briefing.workspace import Workspace

    ws = Workspace.open(garrison)
    try:
        before, after = ws.deletion_states("claim", "k2")
        changes = ws.apply(after)
        assert changes.ratings == {"holds/k2", "withdraws/k2", "reinforced/k2"}
        assert [r.id for r in ws.ratings() if r.claim == "k2"] == []
        ws.apply(before)
        assert {r.id: r.rating for r in ws.ratings() if r.claim == "k2"} == {
            "holds/k2": "I", "withdraws/k2": "C", "reinforced/k2": "II"}
        assert [e.action for e in ws.history("rating", "holds/k2")] == [
            "insert", "delete", "insert"]
    finally:
        ws.close()
