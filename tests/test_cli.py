"""The `briefing` command (reference.md §1–2): exit statuses, one-line errors, no tracebacks."""
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.store import latest_version
from briefing.workspace import create_from_seed
from fixtures.malformed_inputs import cases

REPO = Path(__file__).resolve().parent.parent


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def seed_db(tmp_path) -> Path:
    path = tmp_path / "kursk.briefing"
    create_from_seed(path)
    return path


def exported(capsys, db: Path, target: Path) -> str:
    status, _, err = run(capsys, "--db", db, "export", target)
    assert (status, err) == (0, "")
    return target.read_text(encoding="utf-8")


# ---- version and usage -------------------------------------------------------------------

def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == "briefing 0.1.0\n"


@pytest.mark.parametrize("argv", [
    ["frobnicate"],
    ["project", "--samples", "0"],
    ["project", "--samples", "many"],
    ["import"],
    ["export", "a.json", "--colour", "red"],
    ["screenshot", "x.png", "--size", "10x10"],
], ids=" ".join)
def test_bad_usage_is_one_line_and_status_2(capsys, argv, data_dir):
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("briefing")
    assert "Traceback" not in err
    assert not (data_dir / "default.briefing").exists()


def test_samples_zero_says_what_is_wrong(capsys):
    _, _, err = run(capsys, "project", "--samples", "0")
    assert "--samples" in err and "must be 1..1,000,000 (got 0)" in err


# ---- the default briefing and export ---------------------------------------------------------

def test_export_of_default_briefing_has_the_seed_facts(capsys, tmp_path, data_dir):
    target = tmp_path / "seed.json"
    status, out, err = run(capsys, "export", target)
    assert (status, err) == (0, "")
    assert out == f"wrote {target}\n"
    assert (data_dir / "default.briefing").exists()
    package = json.loads(target.read_text(encoding="utf-8"))
    claims = {c["id"]: c for c in package["claims"]}

    def fact(claim_id, **expected):
        assert {k: claims[claim_id][k] for k in expected} == expected

    fact("sent-11000", metric="strength", value=11000, qualifier="about")
    fact("isw-contingent", metric="strength", value=12000, source="isw")
    fact("officials-third", metric="casualties", fraction=0.333333, fraction_of="strength")
    fact("syrskyi-half", fraction=0.5, qualifier="nearly")
    fact("zelenskyy-3800", metric="casualties", value=3800)
    fact("nis-killed", metric="killed", value=300, as_of="2025-01-13")
    fact("nis-wounded", metric="wounded", value=2700)
    fact("isw-rate", metric="loss_rate", value=92)
    fact("dprk-forces", metric="strength", value=1200000)
    assert [e["id"] for e in package["events"]][:4] == ["deployment", "first-clash",
                                                        "zelenskyy-confirms", "nis-figures"]
    assert len(package["events"]) == 10
    assert [s["id"] for s in package["scenarios"]] == ["isw", "fitted", "claims-alone"]
    assert package["briefing"]["title"] == "North Korean troops in Kursk"


def test_export_csv(capsys, tmp_path, seed_db):
    target = tmp_path / "claims.csv"
    status, _, err = run(capsys, "--db", seed_db, "export", target)
    assert (status, err) == (0, "")
    lines = target.read_bytes().decode("utf-8").splitlines()
    assert len(lines) == 12
    assert lines[0].startswith("id,source,source_name,document,subject,metric")


def test_default_briefing_is_reused(capsys, tmp_path, data_dir):
    run(capsys, "check")
    conn = sqlite3.connect(data_dir / "default.briefing")
    conn.execute("UPDATE claim SET note = 'kept' WHERE id = 'nis-killed'")
    conn.commit()
    conn.close()
    exported_text = exported(capsys, data_dir / "default.briefing", tmp_path / "a.json")
    status, _, _ = run(capsys, "export", tmp_path / "b.json")
    assert status == 0
    assert (tmp_path / "b.json").read_text(encoding="utf-8") == exported_text
    assert '"note": "kept"' in exported_text


@pytest.mark.parametrize("suffix", [".xlsx", ".txt", ""])
def test_unknown_export_extension(capsys, tmp_path, seed_db, suffix):
    target = tmp_path / f"out{suffix}"
    status, out, err = run(capsys, "--db", seed_db, "export", target)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"{target}: cannot export")
    assert not target.exists()


def test_export_into_missing_folder(capsys, tmp_path, seed_db):
    target = tmp_path / "nowhere" / "out.json"
    status, _, err = run(capsys, "--db", seed_db, "export", target)
    assert status == 2 and err.count("\n") == 1 and str(target) in err


@pytest.mark.parametrize("command", [["export", "out.json"], ["check"]], ids=" ".join)
def test_missing_db_is_an_error(capsys, tmp_path, command):
    db = tmp_path / "missing.briefing"
    argv = ["--db", db, *command]
    if command[0] == "export":
        argv[-1] = tmp_path / "out.json"
    status, out, err = run(capsys, *argv)
    assert status == 2 and out == ""
    assert err == f"{db}: no such briefing file\n"
    assert not db.exists()
    assert not (tmp_path / "out.json").exists()


def test_db_option_after_the_command(capsys, tmp_path, seed_db):
    status, out, _ = run(capsys, "check", "--db", seed_db)
    assert status == 0 and "ok" in out


# ---- import -------------------------------------------------------------------------------

def test_import_into_new_db_creates_it(capsys, tmp_path, seed_path):
    db = tmp_path / "new.briefing"
    status, out, err = run(capsys, "--db", db, "import", seed_path)
    assert (status, err) == (0, "")
    assert db.exists()
    assert out.startswith(f"imported {seed_path} into {db}:\n")
    assert "  claims: 11 added, 0 updated, 0 unchanged\n" in out
    again = exported(capsys, db, tmp_path / "again.json")
    # The export names the briefing it came from (§6); the seed names none.
    assert re.sub(r'\n  "briefing_id": "\w+",', "", again) == seed_path.read_text(encoding="utf-8")


def test_import_csv(capsys, tmp_path, seed_db):
    from fixtures.malformed_inputs import csv_text, good_row
    source = tmp_path / "more.csv"
    source.write_text(csv_text([good_row(id="more1")]), encoding="utf-8")
    status, out, err = run(capsys, "--db", seed_db, "import", source)
    assert (status, err) == (0, "")
    assert "  claims: 1 added, 0 updated, 0 unchanged\n" in out
    assert '"id": "more1"' in exported(capsys, seed_db, tmp_path / "out.json")


@pytest.mark.parametrize("case", cases(), ids=str)
def test_malformed_import_exits_2_with_located_lines(capsys, tmp_path, seed_db, case):
    path = tmp_path / f"{case.name}{case.suffix}"
    path.write_bytes(case.data)
    before = exported(capsys, seed_db, tmp_path / "before.json")
    status, out, err = run(capsys, "--db", seed_db, "import", path)
    assert status == 2
    assert out == ""
    lines = err.splitlines()
    assert lines and err.endswith("\n")
    assert all(line.startswith(f"{path}: ") for line in lines), lines
    for fragment in case.expected:
        assert any(fragment in line for line in lines), (fragment, lines)
    assert "Traceback" not in err
    assert exported(capsys, seed_db, tmp_path / "after.json") == before


def test_failed_import_into_new_db_leaves_no_file(capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    db = tmp_path / "new.briefing"
    status, _, err = run(capsys, "--db", db, "import", bad)
    assert status == 2 and err.startswith(f"{bad}: line 1 column 2")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "data"]


def test_import_of_missing_file(capsys, tmp_path, seed_db):
    path = tmp_path / "nowhere.csv"
    status, _, err = run(capsys, "--db", seed_db, "import", path)
    assert status == 2
    assert err.count("\n") == 1 and err.startswith(f"{path}: cannot read the file")


def test_import_of_unknown_extension(capsys, tmp_path, seed_db):
    path = tmp_path / "claims.xlsx"
    path.write_bytes(b"PK\x03\x04")
    status, _, err = run(capsys, "--db", seed_db, "import", path)
    assert status == 2 and err == f"{path}: cannot import .xlsx files; use .json or .csv\n"


@pytest.mark.parametrize("content", [b"not a database at all" * 10, b"\x00" * 4096])
def test_db_that_is_not_a_briefing(capsys, tmp_path, content):
    db = tmp_path / "fake.briefing"
    db.write_bytes(content)
    for argv in (["check"], ["export", tmp_path / "out.json"]):
        status, _, err = run(capsys, "--db", db, *argv)
        assert status == 2 and err.count("\n") == 1 and err.startswith(f"{db}: ")
        assert "Traceback" not in err
    assert db.read_bytes() == content


# ---- check --------------------------------------------------------------------------------

def test_check_on_the_seed(capsys, seed_db):
    status, out, err = run(capsys, "--db", seed_db, "check")
    assert (status, err) == (0, "")
    assert out == f"{seed_db}: ok (schema {latest_version()}, 11 claims, 10 events)\n"


def _raw(db: Path, sql: str) -> None:
    conn = sqlite3.connect(db)
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_check_finds_a_domain_rule_violation(capsys, seed_db):
    _raw(seed_db, "UPDATE claim SET low = 500 WHERE id = 'nis-killed'")
    status, out, _ = run(capsys, "--db", seed_db, "check")
    assert status == 1
    assert out == f"{seed_db}: $.claims[5].low: low 500 is above value 300\n"


def test_check_finds_an_impossible_date(capsys, seed_db):
    _raw(seed_db, "UPDATE event SET date = '2025-02-30' WHERE id = 'first-clash'")
    status, out, _ = run(capsys, "--db", seed_db, "check")
    assert status == 1
    assert f"{seed_db}: $.events[1].date:" in out and "2025-02-30" in out
    assert "ok" not in out


def test_check_finds_a_dangling_event_link(capsys, seed_db):
    conn = sqlite3.connect(seed_db)            # foreign keys are off by default here
    conn.execute("INSERT INTO event_claim(event, claim, pos) VALUES ('first-clash', 'ghost', 0)")
    conn.commit()
    conn.close()
    status, out, _ = run(capsys, "--db", seed_db, "check")
    assert status == 1
    assert "event_claim" in out and "ok" not in out


def test_check_of_a_newer_file(capsys, seed_db):
    _raw(seed_db, "PRAGMA user_version = 99")
    before = seed_db.read_bytes()
    status, out, err = run(capsys, "--db", seed_db, "check")
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and "newer" in err and err.startswith(f"{seed_db}: ")
    assert seed_db.read_bytes() == before


# ---- a real process -----------------------------------------------------------------------

def python_m_briefing(*argv, env_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, BRIEFING_DATA_DIR=str(env_dir), BRIEFING_USER="tester")
    return subprocess.run([sys.executable, "-m", "briefing", *map(str, argv)], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=120)


def test_process_version_and_check(tmp_path):
    done = python_m_briefing("--version", env_dir=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, "briefing 0.1.0\n", "")
    done = python_m_briefing("check", env_dir=tmp_path)
    assert done.returncode == 0 and "ok" in done.stdout and done.stderr == ""
    assert (tmp_path / "default.briefing").exists()


def test_process_malformed_import_has_no_traceback(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"id,subject\n\xff\xfe\n")
    done = python_m_briefing("import", bad, env_dir=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert "Traceback" not in done.stderr
    assert all(line.startswith(f"{bad}: ") for line in done.stderr.splitlines())
    done = python_m_briefing("frobnicate", env_dir=tmp_path)
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr


# ---- project ------------------------------------------------------------------------------

CONTRACT_KEYS = ["id", "name", "kind", "subject", "status", "reason", "daily_loss_rate",
                 "depletion_date", "p10", "p50", "p90", "judgment_date", "probability",
                 "judgment", "confidence", "sentences", "assumptions", "claims_used",
                 "diagnostics"]


def test_project_json_has_the_contract_fields_for_every_scenario(capsys, seed_db):
    status, out, err = run(capsys, "--db", seed_db, "project", "--json")
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert [list(s) for s in data["scenarios"]] == [CONTRACT_KEYS] * 3
    isw, fitted, alone = data["scenarios"]
    assert (isw["status"], isw["judgment_date"], isw["judgment"]) == ("ok", "2025-04-15",
                                                                       "very likely")
    assert isw["diagnostics"] is None and isw["sentences"][-1].startswith("Confidence: ")
    assert fitted["diagnostics"]["claims"][0]["id"] == "losses_start"
    assert (alone["status"], alone["p50"], alone["probability"]) == ("undetermined", None, None)


def test_project_table_prints_premises_assumptions_and_fit_diagnostics(capsys, seed_db):
    status, out, err = run(capsys, "--db", seed_db, "project", "--scenario", "fitted")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["id", "kind", "status", "daily_loss_rate"]
    assert lines[1].split()[:3] == ["fitted", "fitted", "ok"]
    assert any(line.startswith("  If losses continue at the fitted 81 ± 12 a day") for line in lines)
    assert "  Assumptions:" in lines
    assert "  - The loss rate stays the same for the whole 730-day horizon." in lines
    assert any(line.startswith("  Fit: 81 ± 12 a day. The assumed start of losses carries 44%")
               for line in lines)
    row = next(line for line in lines if line.strip().startswith("nis-killed"))
    assert row.split()[1:5] == ["3,000", "2025-01-13", "44%", "-192"]
