"""A `.briefing` whose schema is not the program's own is refused before anything runs in it:
triggers run on our writes, views on our reads (briefing.store.schema.schema_problems)."""
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.workspace import Workspace, create_from_seed
from crash_support import REPO, SEED, child_env

RECURSIVE_VIEW = ("DROP TABLE event_source; CREATE VIEW event_source AS "
                  "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
                  "SELECT CAST(n AS TEXT) AS event, 'y' AS source, n AS pos FROM r")
FOREIGN = {
    "trigger emptying the audit": (
        "CREATE TRIGGER wipe AFTER INSERT ON claim BEGIN DELETE FROM audit; END",
        "a trigger 'wipe' that Briefing did not create"),
    "trigger multiplying imported values": (
        "CREATE TRIGGER inflate AFTER INSERT ON claim BEGIN "
        "UPDATE claim SET value = value * 10 WHERE id = new.id; END",
        "a trigger 'inflate' that Briefing did not create"),
    "extra view": ("CREATE VIEW everything AS SELECT * FROM claim",
                   "a view 'everything' that Briefing did not create"),
    "table altered": ("ALTER TABLE claim ADD COLUMN secret TEXT",
                      "its table 'claim' is not Briefing's"),
    "index dropped": ("DROP INDEX claim_source", "its index 'claim_source' is missing"),
}


@pytest.fixture(scope="module")
def seed_bytes(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("seed") / "kursk.briefing"
    create_from_seed(path)
    return path.read_bytes()


def planted(folder: Path, seed_bytes: bytes, sql: str) -> Path:
    db = folder / "planted.briefing"
    db.write_bytes(seed_bytes)
    conn = sqlite3.connect(db)
    conn.executescript(sql)
    conn.close()
    return db


@pytest.mark.parametrize("kind", list(FOREIGN))
@pytest.mark.parametrize("command", ["check", "import", "export", "project"])
def test_a_foreign_schema_is_refused_in_one_line(capsys, tmp_path, seed_bytes, kind, command):
    sql, problem = FOREIGN[kind]
    db = planted(tmp_path, seed_bytes, sql)
    before = db.read_bytes()
    argv = {"check": ["check"], "import": ["import", SEED],
            "export": ["export", tmp_path / "out.json"],
            "project": ["project", "--samples", "50"]}[command]
    status = main(["--db", str(db), *map(str, argv)])
    out, err = capsys.readouterr()
    assert status == 2 and out == ""
    assert err.startswith(f"{db}: refused: not Briefing's own schema ({problem})")
    assert err.count("\n") == 1
    assert db.read_bytes() == before
    assert not (tmp_path / "out.json").exists()


def test_the_window_refuses_a_foreign_schema(tmp_path, seed_bytes):
    from briefing.store import BriefingFileError

    db = planted(tmp_path, seed_bytes, FOREIGN["trigger emptying the audit"][0])
    with pytest.raises(BriefingFileError, match="a trigger 'wipe' that Briefing did not"):
        Workspace.open(db)


def test_check_of_an_open_file_reports_a_trigger_added_meanwhile(tmp_path, seed_bytes):
    from briefing.cli.data_commands import check_problems

    db = tmp_path / "open.briefing"
    db.write_bytes(seed_bytes)
    ws = Workspace.open(db)
    try:
        assert check_problems(ws) == []
        other = sqlite3.connect(db)
        other.execute(FOREIGN["trigger emptying the audit"][0])
        other.commit()
        other.close()
        assert check_problems(ws) == ["refused: not Briefing's own schema (a trigger 'wipe' "
                                      "that Briefing did not create)"]
    finally:
        ws.close()


@pytest.mark.parametrize("command", ["check", "export", "project", "import"])
def test_a_recursive_view_in_place_of_a_table_does_not_hang(tmp_path, seed_bytes, data_dir,
                                                             command):
    """In a real process with a timeout: reading that view never ends, and SQLite does not
    return to Python for SIGINT (`check` and `export` hung before the fix)."""
    db = planted(tmp_path, seed_bytes, RECURSIVE_VIEW)
    argv = {"check": ["check"], "import": ["import", SEED],
            "export": ["export", tmp_path / "out.json"],
            "project": ["project", "--samples", "50"]}[command]

    def limited():
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
    done = subprocess.run([sys.executable, "-m", "briefing", "--db", str(db), *map(str, argv)],
                          cwd=REPO, env=child_env(data_dir), capture_output=True, text=True,
                          timeout=60, preexec_fn=limited)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == (f"{db}: refused: not Briefing's own schema (a view 'event_source' "
                           "that Briefing did not create) (and 1 more difference)\n")


def test_the_expected_schema_is_derived_from_the_migrations():
    from briefing.store.schema import expected_schema, latest_version

    objects = expected_schema(latest_version())
    assert ("table", "claim") in objects and ("index", "audit_entity") in objects
    assert not [k for k in objects if k[0] in ("trigger", "view")]
    assert all("--" not in sql for sql in objects.values())
