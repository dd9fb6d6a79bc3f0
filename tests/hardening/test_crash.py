"""Crash safety (reference.md §1): SIGKILL at random moments loses no acknowledged write and
leaves nothing half-done. A fast subset; tests/bench/bench_crash.py runs 100+ kills."""
import random
import shutil
import sqlite3
import time

import pytest

import crash_support as cs
from briefing.cli import main
from briefing.workspace import Workspace, create_from_seed

KILLS = 10
PACKAGE_CLAIMS = 3000


@pytest.fixture
def base(tmp_path):
    path = tmp_path / "base.briefing"
    create_from_seed(path)
    return path


def _import_duration(tmp_path, package, data_dir) -> float:
    """How long one whole import takes here, to spread the kills over it (calibration
    only; nothing asserts on time)."""
    start = time.monotonic()
    done = cs.briefing_cli("--db", tmp_path / "calibrate.briefing", "import", package,
                           data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    return time.monotonic() - start


def test_killed_imports_are_all_or_nothing(tmp_path, base, data_dir):
    package = cs.big_package(tmp_path / "big.json", PACKAGE_CLAIMS)
    span = _import_duration(tmp_path, package, data_dir)
    rng = random.Random(20250301)
    for n in range(KILLS):
        db = tmp_path / f"victim{n}.briefing"
        fresh = n % 2 == 1      # half into a new file (`--db` naming nothing yet)
        if not fresh:
            shutil.copyfile(base, db)
        result = cs.kill_import(db, package, PACKAGE_CLAIMS, rng.uniform(0, span * 1.2),
                                data_dir)
        assert result.opens, result.problems
        assert not result.partial, f"kill {n}: {result.claims_after} of {PACKAGE_CLAIMS}"
        assert result.problems == []
        if db.exists():
            done = cs.cli_check(db, data_dir)
            assert done.returncode == 0, done.stdout + done.stderr
            if not fresh:   # the seed that was there before is intact either way
                ws = Workspace.open(db, create=False)
                try:
                    assert len(ws.claims()) - result.claims_after == 11
                finally:
                    ws.close()


def test_killed_editor_loses_no_acknowledged_write(tmp_path, base, data_dir):
    rng = random.Random(7)
    claim = "sent-11000"
    outcomes = []
    for n in range(KILLS):
        early = n % 4 == 3      # sometimes kill before the first commit is acknowledged
        result = cs.kill_edits(base, claim, rng.uniform(0, 0.05 if early else 0.25),
                               data_dir, wait_for_first=not early)
        outcomes.append(result)
        assert not result.lost, f"kill {n}: acknowledged {result.acknowledged}, " \
                                f"file holds {result.stored}"
        assert result.stored - result.acknowledged in (0, 1), result
        assert result.problems == []
        done = cs.cli_check(base, data_dir)
        assert done.returncode == 0, done.stdout + done.stderr
    assert outcomes[-1].stored > 11000   # the editors did run


def test_interrupted_creation_of_a_new_briefing_is_rebuilt(tmp_path, capsys):
    """A kill between SQLite writing a new file's header (journal_mode = WAL) and the first
    migration committing leaves a header-only database: it is not another application's
    file, so it opens and becomes a briefing (it was refused before the fix)."""
    path = tmp_path / "new.briefing"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    assert path.stat().st_size > 0
    assert main(["--db", str(path), "import", str(cs.SEED)]) == 0
    assert main(["--db", str(path), "check"]) == 0
    assert "11 claims" in capsys.readouterr().out


def test_a_database_with_tables_but_no_identity_is_still_refused(tmp_path):
    path = tmp_path / "other.briefing"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(Exception, match="another application"):
        Workspace.open(path)
    assert path.read_bytes() == before
