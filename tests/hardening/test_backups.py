"""Rolling backups through the SQLite backup API, `briefing restore`, and the dialog."""
import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.store import BriefingFileError, FileInUseError
from briefing.workspace import Workspace, create_from_seed
from briefing.workspace import backups as bk
from crash_support import REPO

T0 = dt.datetime(2025, 3, 1, 10, 0, 0, tzinfo=dt.timezone.utc)
CLAIM = "nis-killed"


def at(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "work" / "kursk.briefing"
    path.parent.mkdir()
    create_from_seed(path)
    return path


@pytest.fixture
def ws(db):
    w = Workspace.open(db)
    yield w
    w.close()


def edit(ws, value) -> None:
    ws.put(ws.get("claim", CLAIM).changed(value=value))


def value_in(path: Path) -> float:
    w = Workspace.open(path, create=False)
    try:
        return w.get("claim", CLAIM).value
    finally:
        w.close()


def run(capsys, *argv) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


# ---- where ----------------------------------------------------------------------------------

def test_backups_live_in_the_data_dir_one_folder_per_file(tmp_path, data_dir):
    one = tmp_path / "a" / "kursk.briefing"
    two = tmp_path / "b" / "kursk.briefing"
    assert bk.backup_dir(one).parent == data_dir / "backups"
    assert bk.backup_dir(one).name.startswith("kursk-")
    assert bk.backup_dir(one) != bk.backup_dir(two)          # same name, other folder
    assert bk.backup_dir(one) == bk.backup_dir(tmp_path / "a" / ".." / "a" / "kursk.briefing")


def test_the_first_backup_is_a_consistent_plain_copy(ws, db):
    made = bk.maybe_backup(ws, now=T0)
    assert made is not None and made.parent == bk.backup_dir(db)
    assert made.name == "kursk-20250301T100000Z.briefing"
    assert (made.parent / "ORIGIN.txt").read_text().strip().endswith(str(db.resolve()))
    copy = Workspace.open(made, create=False, read_only=True)
    try:
        assert len(copy.claims()) == 11 and copy.store.integrity_problems() == []
        assert copy.package() == ws.package()
    finally:
        copy.close()
    conn = sqlite3.connect(made)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert sorted(p.name for p in made.parent.iterdir()) == ["ORIGIN.txt", made.name]


def test_at_most_one_backup_per_interval_and_only_after_changes(ws):
    assert bk.maybe_backup(ws, now=at(0)) is not None
    assert bk.maybe_backup(ws, now=at(10)) is None             # too soon
    edit(ws, 301)
    assert bk.maybe_backup(ws, now=at(299)) is None            # changed, but too soon
    assert bk.maybe_backup(ws, now=at(300)) is not None        # changed and due
    assert bk.maybe_backup(ws, now=at(900)) is None            # due, but nothing changed
    edit(ws, 302)
    third = bk.maybe_backup(ws, now=at(901), min_interval_s=60)
    assert third is not None
    listed = bk.list_backups(ws.path)
    assert [b.taken for b in listed] == [at(901), at(300), at(0)]      # newest first
    assert [b.claims for b in listed] == [11, 11, 11]
    assert all(b.kind == bk.PERIODIC and b.size > 0 for b in listed)
    assert value_in(third) == 302 and value_in(listed[1].path) == 301


def test_backups_are_pruned_to_the_newest_ones(ws):
    for n in range(14):
        edit(ws, 400 + n)
        assert bk.maybe_backup(ws, now=at(n * 600), keep=10) is not None
    listed = bk.list_backups(ws.path)
    assert len(listed) == 10
    assert listed[0].taken == at(13 * 600) and listed[-1].taken == at(4 * 600)
    assert value_in(listed[0].path) == 413


def test_two_backups_in_one_second_do_not_collide(ws):
    first = bk.make_backup(ws, now=T0)
    second = bk.make_backup(ws, now=T0)
    assert first != second and first.exists() and second.exists()
    assert [b.path for b in bk.list_backups(ws.path)] == [second, first]


def test_no_backup_of_an_empty_or_read_only_briefing(tmp_path, db):
    empty = Workspace.open(tmp_path / "empty.briefing")
    try:
        assert bk.maybe_backup(empty, now=T0) is None
    finally:
        empty.close()
    ro = Workspace.open(db, read_only=True)
    try:
        assert bk.maybe_backup(ro, now=T0) is None
    finally:
        ro.close()
    assert bk.list_backups(db) == []


def test_a_backup_holds_only_committed_work(ws, db):
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE claim SET value = 999 WHERE id = ?", (CLAIM,))
    try:
        made = bk.make_backup(ws, now=T0)          # while the other write is open
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert value_in(made) == 300


def test_a_backup_that_cannot_be_written_is_one_clear_error(ws, data_dir):
    (data_dir / "backups").write_text("a file where the folder should be")
    with pytest.raises(BriefingFileError) as info:
        bk.maybe_backup(ws, now=T0)
    assert str(info.value).startswith(f"{ws.path}: ") and "\n" not in str(info.value)


# ---- restore --------------------------------------------------------------------------------

def test_restore_puts_the_backup_back_and_keeps_a_safety_copy(db):
    ws = Workspace.open(db)
    backup = bk.maybe_backup(ws, now=T0)
    edit(ws, 500)
    ws.close()
    done = bk.restore(db, backup, now=at(60))
    assert done.path == db and done.backup == backup and done.claims == 11
    assert value_in(db) == 300
    assert done.safety is not None and value_in(done.safety) == 500
    assert done.safety.name == "kursk-20250301T100100Z-before-restore.briefing"
    assert [b.kind for b in bk.list_backups(db)] == [bk.SAFETY, bk.PERIODIC]
    assert not Path(f"{db}-wal").exists() and not Path(f"{db}-shm").exists()
    assert not list(db.parent.glob(".*restoring*"))
    w = Workspace.open(db)
    try:
        assert w.store.integrity_problems() == [] and w.history("claim", CLAIM)[-1].new != 500
        assert w.store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        w.close()
    # and the restore itself can be undone from its safety copy
    bk.restore(db, done.safety, now=at(120))
    assert value_in(db) == 500


def test_restore_refuses_while_the_briefing_is_open(db):
    ws = Workspace.open(db)
    backup = bk.maybe_backup(ws, now=T0)
    edit(ws, 600)
    before = db.read_bytes()
    try:
        with pytest.raises(FileInUseError) as info:
            bk.restore(db, backup, now=at(60))
        assert "open in another window or program" in str(info.value)
        assert ws.get("claim", CLAIM).value == 600           # still usable, unchanged
        edit(ws, 601)
    finally:
        ws.close()
    assert value_in(db) == 601 and db.read_bytes() != before
    assert [b.kind for b in bk.list_backups(db)] == [bk.PERIODIC]   # no safety copy made


def _stale_wal_writer(db: Path, value: int) -> None:
    """A process that commits and dies without closing: its committed change is only in
    the -wal file it leaves behind."""
    code = ("import os, sys; from briefing.workspace import Workspace; "
            "ws = Workspace.open(sys.argv[1]); c = ws.get('claim', 'nis-killed'); "
            f"ws.put(c.changed(value={value})); os._exit(0)")
    done = subprocess.run([sys.executable, "-c", code, str(db)], cwd=REPO, timeout=60,
                          env={**os.environ})
    assert done.returncode == 0
    assert Path(f"{db}-wal").stat().st_size > 0


def test_restore_keeps_a_crashed_writers_last_commit_in_the_safety_copy(db):
    ws = Workspace.open(db)
    backup = bk.maybe_backup(ws, now=T0)
    ws.close()
    _stale_wal_writer(db, 700)
    done = bk.restore(db, backup, now=at(60))
    assert value_in(done.safety) == 700     # read through the old -wal before it went
    assert value_in(db) == 300              # the old -wal was not replayed onto the backup


def test_restore_over_a_damaged_file_keeps_its_bytes(db):
    ws = Workspace.open(db)
    backup = bk.maybe_backup(ws, now=T0)
    ws.close()
    damaged = os.urandom(50_000)
    db.write_bytes(damaged)
    done = bk.restore(db, backup, now=at(60))
    assert done.safety.read_bytes() == damaged
    assert value_in(db) == 300
    assert [b.claims for b in bk.list_backups(db)] == [None, 11]


def test_restore_onto_a_deleted_briefing(db):
    ws = Workspace.open(db)
    backup = bk.maybe_backup(ws, now=T0)
    ws.close()
    db.unlink()
    done = bk.restore(db, backup)
    assert done.safety is None and value_in(db) == 300


@pytest.mark.parametrize("bad, words", [
    (lambda p: p.write_bytes(os.urandom(9000)), "not a briefing file"),
    (lambda p: p.write_bytes(b""), "empty"),
    (lambda p: create_from_seed(p) or _set_version(p, 99), "newer version"),
], ids=["random-bytes", "empty", "newer-schema"])
def test_restore_refuses_what_is_not_a_usable_backup(tmp_path, db, bad, words):
    candidate = tmp_path / "candidate.briefing"
    bad(candidate)
    before = db.read_bytes()
    with pytest.raises(BriefingFileError, match=words):
        bk.restore(db, candidate)
    assert db.read_bytes() == before and bk.list_backups(db) == []


def _set_version(path: Path, version: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()


def test_restore_refuses_the_file_itself_and_missing_backups(tmp_path, db):
    with pytest.raises(BriefingFileError, match="the briefing itself"):
        bk.restore(db, db)
    with pytest.raises(BriefingFileError, match="no such backup"):
        bk.restore(db, tmp_path / "nothing.briefing")


# ---- the command --------------------------------------------------------------------------

def _three_backups(db: Path) -> list[Path]:
    ws = Workspace.open(db)
    try:
        made = []
        for n, value in enumerate((310, 320, 330)):
            edit(ws, value)
            made.append(bk.maybe_backup(ws, now=at(n * 600)))
        edit(ws, 340)
        return made
    finally:
        ws.close()


def test_cli_lists_backups_newest_first(capsys, db):
    _three_backups(db)
    status, out, err = run(capsys, "--db", db, "restore")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Backups of {db}, newest first (in {bk.backup_dir(db)}):"
    assert lines[1].split() == ["#", "taken", "(UTC)", "size", "claims", "kind", "file"]
    rows = [line.split() for line in lines[2:5]]
    assert [r[0] for r in rows] == ["1", "2", "3"]
    assert [" ".join(r[1:3]) for r in rows] == ["2025-03-01 10:20:00", "2025-03-01 10:10:00",
                                                 "2025-03-01 10:00:00"]
    assert all(r[3].replace(".", "").isdigit() and r[4] == "KB" and r[5] == "11" for r in rows)
    assert "briefing restore NUMBER" in lines[-1]


def test_cli_restores_by_number_and_by_path(capsys, db):
    made = _three_backups(db)
    status, out, err = run(capsys, "--db", db, "restore", "3")
    assert (status, err) == (0, "")
    assert out.startswith(f"restored {db} from {made[0]} (11 claims); the previous content "
                          "is saved as ")
    assert value_in(db) == 310
    safety = Path(out.strip().rsplit(" ", 1)[1])
    assert safety.exists() and value_in(safety) == 340
    status, out, _ = run(capsys, "--db", db, "restore", made[2])
    assert status == 0 and value_in(db) == 330
    assert run(capsys, "--db", db, "check")[0] == 0


@pytest.mark.parametrize("argv, words", [
    (["restore", "9"], "no backup number 9 (there are 3"),
    (["restore", "0"], "no backup number 0"),
    (["restore", "/no/such/backup.briefing"], "no such backup"),
])
def test_cli_restore_errors_are_one_line_exit_2(capsys, db, argv, words):
    _three_backups(db)
    before = db.read_bytes()
    status, out, err = run(capsys, "--db", db, *argv)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and words in err
    assert db.read_bytes() == before


def test_cli_restore_of_a_non_briefing_is_exit_2(capsys, tmp_path, db):
    junk = tmp_path / "junk.briefing"
    junk.write_bytes(b"hello" * 100)
    status, _, err = run(capsys, "--db", db, "restore", junk)
    assert status == 2 and err == f"{junk}: not a briefing file (not an SQLite database)\n"


def test_cli_restore_while_open_elsewhere_fails_in_one_line(capsys, db):
    _three_backups(db)
    ws = Workspace.open(db)
    try:
        status, out, err = run(capsys, "--db", db, "restore", "1")
    finally:
        ws.close()
    assert status == 1 and out == "" and err.count("\n") == 1
    assert "open in another window or program" in err
    assert value_in(db) == 340


def test_cli_without_backups(capsys, tmp_path, db):
    status, out, _ = run(capsys, "--db", db, "restore")
    assert status == 0 and out.startswith(f"{db}: no backups yet")
    assert run(capsys, "--db", db, "restore", "1")[0] == 2
    missing = tmp_path / "missing.briefing"
    status, _, err = run(capsys, "--db", missing, "restore")
    assert status == 2 and "no such briefing file" in err


def test_cli_restores_a_file_that_no_longer_opens(capsys, db):
    """The point of a restore: the damaged file is not opened first."""
    _three_backups(db)
    db.write_bytes(b"\0" * 8192)
    assert run(capsys, "--db", db, "check")[0] == 2
    status, out, err = run(capsys, "--db", db, "restore", "1")
    assert (status, err) == (0, "")
    assert value_in(db) == 330


def test_cli_restore_of_the_default_briefing(capsys, data_dir):
    assert run(capsys, "check")[0] == 0             # creates the default from the seed
    default = data_dir / "default.briefing"
    ws = Workspace.open(default)
    try:
        made = bk.maybe_backup(ws, now=T0)
        edit(ws, 900)
    finally:
        ws.close()
    status, out, _ = run(capsys, "restore")
    assert status == 0 and made.name in out
    assert run(capsys, "restore", "1")[0] == 0
    assert value_in(default) == 300


def test_cli_restore_in_a_real_process(tmp_path, db):
    _three_backups(db)
    env = dict(os.environ, BRIEFING_DATA_DIR=os.environ["BRIEFING_DATA_DIR"])
    done = subprocess.run([sys.executable, "-m", "briefing", "--db", str(db), "restore", "2"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stderr == "" and "restored" in done.stdout
    assert value_in(db) == 320


# ---- the dialog -------------------------------------------------------------------------

def test_dialog_lists_backups_and_returns_the_chosen_one(qtbot, db):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from briefing.ui.restore_dialog import RestoreDialog, choose_backup

    made = _three_backups(db)
    listed = bk.list_backups(db)
    dialog = RestoreDialog(listed)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(0, 0).text() == "2025-03-01 10:20:00"
    assert dialog.table.item(0, 2).text() == "11"
    assert dialog.selected() == made[2] and dialog.restore_button.isEnabled()
    dialog.table.selectRow(2)
    assert dialog.selected() == made[0]

    def pick_second_and_accept():
        box = QApplication.activeModalWidget()
        box.table.selectRow(1)
        box.accept()
    QTimer.singleShot(0, pick_second_and_accept)
    assert choose_backup(None, listed) == made[1]

    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert choose_backup(None, listed) is None


def test_dialog_without_backups_cannot_restore(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from briefing.ui.restore_dialog import RestoreDialog, choose_backup

    dialog = RestoreDialog([])
    qtbot.addWidget(dialog)
    assert dialog.selected() is None and not dialog.restore_button.isEnabled()
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().accept())
    assert choose_backup(None, []) is None
