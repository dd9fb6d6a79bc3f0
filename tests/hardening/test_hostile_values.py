"""Values that used to import cleanly and break everything after, or be stored as something
else: refused by the domain rules, so `import` and `check` both say so in one located line."""
import copy
import json
import sqlite3

import pytest

from briefing.cli import main
from briefing.workspace import create_from_seed
from crash_support import SEED

SEED_PACKAGE = json.loads(SEED.read_text(encoding="utf-8"))


def run(capsys, *argv):
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def claim_index(claim_id: str) -> int:
    return next(i for i, c in enumerate(SEED_PACKAGE["claims"]) if c["id"] == claim_id)


def scenario(package, scenario_id):
    return next(s for s in package["scenarios"] if s["id"] == scenario_id)


def edited(change) -> dict:
    package = copy.deepcopy(SEED_PACKAGE)
    change(package)
    return package


K = claim_index("nis-killed")
CASES = {
    "claim 9999-12-31, week": (
        lambda p: p["claims"][K].update(as_of="9999-12-31", date_precision="week"),
        f"$.claims[{K}].as_of: 9999-12-31 is outside the years 1900–2200 that every view "
        "can draw"),
    "claim 9999-12-31, season": (
        lambda p: p["claims"][K].update(as_of="9999-12-31", date_precision="season"),
        f"$.claims[{K}].as_of: 9999-12-31 is outside the years 1900–2200"),
    "event 0001-01-01, week": (
        lambda p: p["events"][0].update(date="0001-01-01", date_precision="week"),
        "$.events[0].date: 0001-01-01 is outside the years 1900–2200"),
    "scenario anchor 9999-12-30": (
        lambda p: scenario(p, "isw").update(anchor_date="9999-12-30"),
        "$.scenarios[0].anchor_date: 9999-12-30 is outside the years 1900–2200"),
    "1.7e308 reinforcements": (
        lambda p: scenario(p, "isw").update(reinforcements=[{"date": "2025-02-01",
                                                             "count": 1.7e308}]),
        "$.scenarios[0].reinforcements[0].count: must be at most 1,000,000,000,000 "
        "(got 1.7e+308)"),
    "1e300 claimed killed": (
        lambda p: p["claims"][K].update(value=1e300),
        f"$.claims[{K}].value: must be at most 1,000,000,000,000 (got 1e+300)"),
    "credibility true": (
        lambda p: p["claims"][K].update(credibility=True),
        f"$.claims[{K}].credibility: True is not one of 1, 2, 3, 4, 5, 6"),
    "version true": (
        lambda p: p.update(version=True), "$.version: unknown format version True"),
    "zero-width source name": (
        lambda p: p["sources"][0].update(name="\u200b"),
        r"$.sources[0].name: is required (got '\u200b')"),
    "invisible-only source name": (
        lambda p: p["sources"][0].update(name=" \u2060\ufeff\u200d\u3164 "),
        "$.sources[0].name: is required"),
    "direction marks only as a title": (
        lambda p: p["briefing"].update(title="\u202e\u200f"),
        "$.briefing.title: is required"),
    "rate 5 with range [0, 1]": (
        lambda p: scenario(p, "isw").update(daily_loss_rate=5, daily_loss_rate_range=[0, 1]),
        "$.scenarios[0].daily_loss_rate_range: 0–1 does not contain daily_loss_rate 5"),
    "strength outside its range": (
        lambda p: scenario(p, "isw").update(initial_strength=20000),
        "$.scenarios[0].initial_strength_range: 11000–12000 does not contain "
        "initial_strength 20000"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_import_refuses_it_in_one_located_line(capsys, tmp_path, case):
    change, message = CASES[case]
    path = tmp_path / "package.json"
    path.write_text(json.dumps(edited(change), ensure_ascii=False), encoding="utf-8")
    status, out, err = run(capsys, "--db", tmp_path / "new.briefing", "import", path)
    assert status == 2 and out == ""
    assert err.startswith(f"{path}: {message}") and err.count("\n") == 1, err
    assert not (tmp_path / "new.briefing").exists()


@pytest.mark.parametrize("sql, message", [
    ("UPDATE claim SET as_of = '9999-12-31', date_precision = 'week' "
     "WHERE id = 'nis-killed'", f"$.claims[{K}].as_of: 9999-12-31 is outside the years"),
    ("UPDATE source SET name = char(8203) WHERE id = 'nis'", "name: is required (got"),
])
def test_check_finds_it_in_a_file_written_before(capsys, tmp_path, sql, message):
    db = tmp_path / "old.briefing"
    create_from_seed(db)
    conn = sqlite3.connect(db)
    conn.execute(sql)
    conn.commit()
    conn.close()
    status, out, _ = run(capsys, "--db", db, "check")
    assert status == 1 and message in out


def test_such_a_file_still_opens_and_draws(capsys, tmp_path):
    """A date past the bounds written by an earlier version: the views clamp, not crash."""
    db = tmp_path / "old.briefing"
    create_from_seed(db)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE claim SET as_of = '9999-12-31', date_precision = 'week' "
                 "WHERE id = 'nis-killed'")
    conn.commit()
    conn.close()
    assert run(capsys, "--db", db, "project", "--samples", "50")[0] == 0
    assert run(capsys, "--db", db, "export", tmp_path / "out.png")[0] == 0
