"""The record of key judgments (reference.md §7) from the command line: record, change a
claim by import, record again — `judgments --json` says what changed and names the claims;
resolve — `scores --json` gives the Brier score worked out by hand."""
import json

import pytest

from briefing.cli import main
from briefing.workspace import create_from_seed


def run(capsys, *argv):
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def as_json(capsys, *argv) -> dict:
    status, out, err = run(capsys, *argv, "--json")
    assert (status, err) == (0, "")
    return json.loads(out)


@pytest.fixture
def seed_db(tmp_path):
    path = tmp_path / "kursk.briefing"
    create_from_seed(path)
    return path


@pytest.fixture
def two_assessments(capsys, seed_db, tmp_path):
    """a1 on the seed; then NIS's killed 300 → 600 and a new Zelenskyy figure imported; a2."""
    assert run(capsys, "--db", seed_db, "record", "--note", "weekly brief")[0] == 0
    exported = tmp_path / "out.json"
    assert run(capsys, "--db", seed_db, "export", exported)[0] == 0
    package = json.loads(exported.read_text(encoding="utf-8"))
    claims = {c["id"]: c for c in package["claims"]}
    claims["nis-killed"]["value"] = 600
    package["claims"].append(dict(claims["zelenskyy-3800"], id="zelenskyy-4500", value=4500,
                                  as_of="2025-01-20"))
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(package), encoding="utf-8")
    assert run(capsys, "--db", seed_db, "import", changed)[0] == 0
    assert run(capsys, "--db", seed_db, "record")[0] == 0
    return seed_db


def test_record_stores_every_scenarios_judgment_with_who_and_note(capsys, seed_db):
    status, out, err = run(capsys, "--db", seed_db, "record", "--note", "weekly brief")
    assert (status, err) == (0, "")
    assert out.startswith("recorded assessment a1 (3 scenarios) by tester at ")
    [a1] = as_json(capsys, "--db", seed_db, "judgments")["assessments"]
    assert (a1["id"], a1["who"], a1["note"], a1["previous"]) == ("a1", "tester",
                                                                 "weekly brief", None)
    project = as_json(capsys, "--db", seed_db, "project")
    assert [(j["scenario"], j["probability"], j["central_date"]) for j in a1["judgments"]] == [
        (s["id"], s["probability"], s.get("p50") or s.get("depletion_date")
         if s["status"] == "ok" else None) for s in project["scenarios"]]


def test_judgments_say_what_changed_and_name_the_changed_claims(capsys, two_assessments):
    a1, a2 = as_json(capsys, "--db", two_assessments, "judgments")["assessments"]
    assert a2["previous"] == "a1"
    fitted = next(j for j in a2["judgments"] if j["scenario"] == "fitted")
    change = fitted["change"]
    assert change["changed"] and change["since"] == a1["at"]
    assert change["before"]["central_date"] != change["after"]["central_date"]
    # In the order they were made: an import adds before it updates.
    assert change["claims"] == ["zelenskyy-4500", "nis-killed"]
    assert ": claims zelenskyy-4500 added, nis-killed changed 300 → 600" in change["summary"]
    # ISW's straight line rests on its own parameters: unchanged, and said so.
    isw = next(j for j in a2["judgments"] if j["scenario"] == "isw")
    assert not isw["change"]["changed"]
    assert isw["change"]["summary"].startswith("unchanged since ")
    assert [c["id"] for c in a2["changed_between"]] == ["zelenskyy-4500", "nis-killed"]


def test_resolving_gives_the_brier_score_by_hand(capsys, two_assessments):
    a1, a2 = as_json(capsys, "--db", two_assessments, "judgments")["assessments"]
    p1, p2 = (next(j["probability"] for j in a["judgments"] if j["scenario"] == "isw")
              for a in (a1, a2))
    assert run(capsys, "--db", two_assessments, "resolve", "a1", "isw", "--outcome", "yes")[0] == 0
    status, out, _ = run(capsys, "--db", two_assessments, "resolve", "a2", "isw",
                         "--outcome", "no")
    assert status == 0 and out.rstrip().endswith(f"Brier {p2 ** 2:.4f}")
    scores = as_json(capsys, "--db", two_assessments, "scores")
    expected = ((p1 - 1) ** 2 + p2 ** 2) / 2
    assert scores["brier"] == round(expected, 4)
    assert scores["analysts"] == [{"who": "tester", "brier": round(expected, 4), "scored": 2}]
    assert scores["scored"] == 2 and scores["unresolved"] == 0
    [band] = scores["calibration"]          # both were "very likely"
    assert (band["band"], band["judgments"], band["came_true"]) == ("very likely", 2, 0.5)


def test_resolving_again_replaces_the_outcome(capsys, two_assessments):
    run(capsys, "--db", two_assessments, "resolve", "a1", "isw", "--outcome", "yes")
    status, out, _ = run(capsys, "--db", two_assessments, "resolve", "a1", "isw",
                         "--outcome", "no")
    assert status == 0 and "resolved a1 isw: no (was yes)" in out
    assert as_json(capsys, "--db", two_assessments, "scores")["scored"] == 1


@pytest.mark.parametrize("argv, message", [
    (("a9", "isw"), "cannot resolve a9 isw: no assessment 'a9' (assessments: a1, a2)"),
    (("a1", "ghost"), "cannot resolve a1 ghost: assessment a1 made no judgment of 'ghost' "
                      "(it judged: isw, fitted, claims-alone)"),
    (("a1", "fitted"), "cannot resolve a1 fitted: assessment a1 judged 'fitted' without a "
                       "probability"),
])
def test_a_resolution_that_cannot_be_scored_is_refused_in_one_line(capsys, two_assessments,
                                                                   argv, message):
    status, out, err = run(capsys, "--db", two_assessments, "resolve", *argv, "--outcome", "yes")
    assert status == 2 and out == ""
    assert len(err.splitlines()) == 1 and message in err


def test_assessments_and_resolutions_travel_in_the_package(capsys, two_assessments, tmp_path):
    run(capsys, "--db", two_assessments, "resolve", "a1", "isw", "--outcome", "yes")
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert run(capsys, "--db", two_assessments, "export", first)[0] == 0
    data = json.loads(first.read_text(encoding="utf-8"))
    assert [a["id"] for a in data["assessments"]] == ["a1", "a2"]
    assert data["resolutions"] == [{"assessment": "a1", "scenario": "isw", "outcome": "yes",
                                    "who": "tester", "at": data["resolutions"][0]["at"]}]
    copy = tmp_path / "copy.briefing"
    assert run(capsys, "--db", copy, "import", first)[0] == 0
    assert run(capsys, "--db", copy, "export", second)[0] == 0
    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")
    # Imported, the record is whole, but what changed between is not known here.
    _, a2 = as_json(capsys, "--db", copy, "judgments")["assessments"]
    assert a2["changed_between"] is None
    assert "not known here" in a2["judgments"][1]["change"]["summary"]


def test_a_judgment_that_moved_though_nothing_it_uses_did_names_what_changed():
    """A conflict elsewhere can lower a judgment's confidence: say so, not "nothing
    changed"."""
    from briefing.structured import EntityChange, compare

    before = [{"id": "isw", "name": "ISW", "status": "ok", "probability": 0.84,
               "judgment": "very likely", "judgment_date": "2025-04-15",
               "confidence": "moderate", "claims_used": ["isw-rate"]}]
    after = [dict(before[0], confidence="low")]
    changes = [EntityChange("claim", "nis-killed", "changed", (("value", 300, 600),))]
    [change] = compare(before, after, "2025-02-03T10:15:00+00:00", changes, {})
    assert change.indirect
    assert change.summary == ("very likely (84%) → very likely (84%), confidence moderate → "
                              "low since 3 Feb 2025: none of the claims it uses changed; in "
                              "between, claim nis-killed changed 300 → 600")
