"""Every export and copy is written whole or not at all (briefing.store.atomic).

A nearly full disk is simulated with RLIMIT_FSIZE in a child process: writes past the limit
fail with EFBIG, exactly where a full disk fails with ENOSPC — and Qt's PDF writer, like on
a full disk, says nothing and leaves a truncated file."""
import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.workspace import Workspace, create_from_seed
from briefing.workspace.backups import backup_dir, make_backup, prune
from crash_support import REPO, child_env


@pytest.fixture
def seed_db(tmp_path) -> Path:
    path = tmp_path / "kursk.briefing"
    create_from_seed(path)
    ws = Workspace.open(path)
    try:  # a long quote, so the JSON and CSV exports are well past the limits used below
        claim = ws.claims()[0]
        ws.put(claim.changed(quote="A long quote. " * 20_000))
    finally:
        ws.close()
    return path


def briefing(*argv, data_dir: Path, limit: int | None = None) -> subprocess.CompletedProcess:
    def nearly_full():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    env = dict(child_env(data_dir), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "briefing", *map(str, argv)], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=180,
                          preexec_fn=nearly_full if limit else None)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if "partial" in p.name)


# (what, argv after --db, file, a limit below the file's full size but above SQLite's -shm)
EXPORTS = [
    ("pdf", ["export"], "pack.pdf"),
    ("png", ["export"], "chart.png"),
    ("svg", ["export"], "chart.svg"),
    ("json", ["export"], "package.json"),
    ("csv", ["export"], "claims.csv"),
    ("screenshot", ["screenshot"], "window.png"),
]


@pytest.mark.parametrize("what, command, name", EXPORTS, ids=[e[0] for e in EXPORTS])
def test_a_nearly_full_disk_keeps_the_previous_export(tmp_path, seed_db, data_dir, what,
                                                     command, name):
    target = tmp_path / name
    done = briefing("--db", seed_db, *command, target, data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    good = target.read_bytes()
    limit = len(good) // 2          # the disk fills half way through the next write
    done = briefing("--db", seed_db, *command, target, data_dir=data_dir, limit=limit)
    assert done.returncode == 1 and done.stdout == ""
    lines = [line for line in done.stderr.splitlines() if "propagateSizeHints" not in line]
    reason = "the PDF came out incomplete; the disk may be full" if what == "pdf" \
        else "File too large"
    assert lines == [f"{target}: could not write the file ({reason}); the previous file is "
                     "unchanged"]
    assert target.read_bytes() == good
    assert leftovers(tmp_path) == []


def test_a_pdf_that_qt_truncates_silently_is_caught_by_its_missing_eof(tmp_path, seed_db,
                                                                       data_dir):
    target = tmp_path / "pack.pdf"
    done = briefing("--db", seed_db, "export", target, data_dir=data_dir, limit=40_000)
    assert done.returncode == 1
    assert done.stderr.strip().endswith(
        f"{target}: could not write the file (the PDF came out incomplete; the disk may be "
        "full); nothing was written")
    assert not target.exists() and leftovers(tmp_path) == []


def test_a_writer_that_writes_nothing_or_fails_keeps_the_old_file(tmp_path):
    from briefing.store.atomic import WriteError, atomic_write

    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with pytest.raises(WriteError) as info:
        atomic_write(target, lambda tmp: None)
    assert str(info.value) == (f"{target}: could not write the file (the written file is "
                               "empty; the disk may be full); the previous file is unchanged")

    def half(tmp):
        tmp.write_bytes(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")
    with pytest.raises(WriteError, match=r"\(No space left on device\); the previous file"):
        atomic_write(target, half)
    with pytest.raises(ValueError):
        atomic_write(target, lambda tmp: (tmp.write_bytes(b"x"), int("no")))
    assert target.read_bytes() == b"old" and leftovers(tmp_path) == []


def test_a_replaced_file_keeps_its_permissions(tmp_path):
    from briefing.store.atomic import atomic_write

    target = tmp_path / "restricted.json"
    target.write_text("{}")
    target.chmod(0o600)
    atomic_write(target, lambda tmp: tmp.write_text('{"new": 1}'))
    assert json.loads(target.read_text()) == {"new": 1}
    assert target.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("name", ["package.json", "claims.csv"])
def test_a_symlink_planted_at_the_old_temporary_name_is_not_followed(capsys, tmp_path, seed_db,
                                                                     name):
    from briefing.cli import main

    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    target = tmp_path / name
    (tmp_path / f"{name}.partial").symlink_to(victim)
    assert main(["--db", str(seed_db), "export", str(target)]) == 0
    assert victim.read_text() == "precious"
    assert target.is_file() and not target.is_symlink()
    assert target.stat().st_size > 100_000


def test_stale_partial_files_are_pruned_and_fresh_ones_kept(tmp_path, seed_db):
    from briefing.store.atomic import prune_partials
    from briefing.workspace.transfer import export_data

    stale = tmp_path / ".package.json.0123456789ab.partial"
    fresh = tmp_path / ".package.json.ba9876543210.partial"
    other = tmp_path / ".other.json.0123456789ab.partial"
    for p in (stale, fresh, other):
        p.write_text("torn")
    old = time.time() - 3600
    for p in (stale, other):
        os.utime(p, (old, old))
    ws = Workspace.open(seed_db)
    try:
        export_data(ws, tmp_path / "package.json")
    finally:
        ws.close()
    assert not stale.exists()
    assert fresh.exists() and other.exists()      # another writer's, and another target's
    assert prune_partials(tmp_path, "other.json") == [other]


def test_partial_copies_a_killed_backup_or_restore_left_are_pruned(tmp_path, seed_db):
    ws = Workspace.open(seed_db)
    try:
        made = make_backup(ws)
    finally:
        ws.close()
    folder = backup_dir(seed_db)
    killed = [folder / f"{made.name}.partial",                      # before this change
              folder / f"{made.name}.partial-journal",
              folder / f".{made.name}.0123456789ab.partial"]
    for p in killed:
        p.write_bytes(b"SQLite format 3\0 torn")
        os.utime(p, (time.time() - 3600,) * 2)
    removed = prune(seed_db)
    assert sorted(removed) == sorted(killed)
    assert sorted(p.name for p in folder.iterdir()) == ["ORIGIN.txt", made.name]


def test_save_as_on_a_nearly_full_disk_is_one_line_and_leaves_nothing(tmp_path, seed_db,
                                                                       data_dir):
    copy = tmp_path / "copy.briefing"
    code = ("import sys; from briefing.workspace import Workspace\n"
            "ws = Workspace.open(sys.argv[1])\n"
            "try:\n    ws.save_copy(sys.argv[2])\n"
            "except Exception as exc:\n    print(type(exc).__name__, exc); sys.exit(1)\n")

    def nearly_full():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))
    done = subprocess.run([sys.executable, "-c", code, str(seed_db), str(copy)], cwd=REPO,
                          env=child_env(data_dir), capture_output=True, text=True, timeout=60,
                          preexec_fn=nearly_full)
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stdout.startswith(f"WriteError {copy}: could not write the file (")
    assert not copy.exists() and leftovers(tmp_path) == []
