"""A briefing on read-only media (a write-protected stick, a CD, a read-only mount) opens
read-only, as the README promises: SQLite cannot create the -shm a WAL file needs there, and
unlinking one fails with EROFS, not ENOENT.

A real read-only file system is needed: a tmpfs mounted here and remounted read-only, which
takes root (CI runs as root); elsewhere these tests are skipped."""
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.workspace import Workspace, create_from_seed


def _mount(folder: Path, *options: str) -> bool:
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join(("size=16m", *options)),
                           "tmpfs", str(folder)], capture_output=True)
    return done.returncode == 0


@pytest.fixture
def medium(tmp_path):
    """A folder on a file system that becomes read-only once `seal()` is called."""
    folder = tmp_path / "medium"
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None or not _mount(folder):
        pytest.skip("mounting a read-only file system needs root")

    def seal():
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    yield folder, seal
    subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def sealed_seed(tmp_path, medium):
    folder, seal = medium
    made = tmp_path / "seed.briefing"
    create_from_seed(made)
    shutil.copyfile(made, folder / "kursk.briefing")
    seal()
    return folder / "kursk.briefing"


@pytest.mark.parametrize("argv", [["check"], ["project", "--samples", "50"],
                                  ["export", "{out}/out.json"]])
def test_commands_read_a_briefing_on_read_only_media(capsys, tmp_path, sealed_seed, argv):
    argv = [a.replace("{out}", str(tmp_path)) for a in argv]
    status = main(["--db", str(sealed_seed), *argv])
    out, err = capsys.readouterr()
    assert (status, err) == (0, ""), err
    assert sorted(p.name for p in sealed_seed.parent.iterdir()) == ["kursk.briefing"]


def test_a_write_to_read_only_media_is_refused_in_one_line(capsys, sealed_seed):
    from crash_support import SEED

    status = main(["--db", str(sealed_seed), "import", str(SEED)])
    _, err = capsys.readouterr()
    assert status == 1 and err == f"{sealed_seed}: opened read-only; changes are not allowed\n"


def test_the_window_opens_it_read_only(qtbot, sealed_seed):
    from briefing.ui.main_window import MainWindow
    from briefing.ui.session import Session

    ws = Workspace.open(sealed_seed)
    assert ws.read_only and len(ws.claims()) == 11
    window = MainWindow(Session(ws), restore=False)
    qtbot.addWidget(window)
    assert "READ-ONLY" in window.status_title.text()
    window.close()


def test_a_copy_with_its_journal_keeps_the_journal_s_commits(tmp_path, medium):
    """Copied while open: the -wal holds a commit the main file does not have yet."""
    folder, seal = medium
    made = tmp_path / "open.briefing"
    create_from_seed(made)
    writer = sqlite3.connect(made)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE claim SET note = 'only in the journal' WHERE id = 'nis-killed'")
    writer.commit()
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(f"{made}{suffix}", folder / f"open.briefing{suffix}")
    writer.close()
    seal()
    ws = Workspace.open(folder / "open.briefing")
    try:
        assert ws.read_only and ws.get("claim", "nis-killed").note == "only in the journal"
    finally:
        ws.close()
