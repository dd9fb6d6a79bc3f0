"""Damaged and hostile briefing files through the command line, read-only files, a full
disk and a locked file. (tests/test_store.py covers the store-level refusals; this adds the
CLI for every kind of damage, damage below the header, and the runtime failures.)"""
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import briefing.store.schema as schema
from briefing.cli import main
from briefing.domain import Briefing
from briefing.store import BriefingFileError, ReadOnlyError
from briefing.workspace import Workspace, create_from_seed
from briefing.workspace.transfer import import_file
from crash_support import REPO, SEED, big_package
from sql_support import rows

PAGE = 4096


@pytest.fixture(scope="module")
def seed_bytes(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("seed") / "kursk.briefing"
    create_from_seed(path)
    return path.read_bytes()


def run(capsys, *argv) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def sidecars(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.glob(path.name + "-*"))


# ---- kinds of damage -------------------------------------------------------------------------

def _truncated_mid_page(whole: bytes) -> bytes:
    return whole[:len(whole) // 2 + 1234]


def _truncated_in_header_page(whole: bytes) -> bytes:
    return whole[:4000]


def _truncated_to_header(whole: bytes) -> bytes:
    return whole[:100]


def _zeroed_header(whole: bytes) -> bytes:
    return b"\0" * 100 + whole[100:]


def _zeroed_first_page(whole: bytes) -> bytes:
    return b"\0" * PAGE + whole[PAGE:]


def _random_bytes(whole: bytes) -> bytes:
    rng = random.Random(1)
    return bytes(rng.randrange(256) for _ in range(len(whole)))


def _garbage_after_header_page(whole: bytes) -> bytes:
    rng = random.Random(2)
    return whole[:PAGE] + bytes(rng.randrange(256) for _ in range(len(whole) - PAGE))


def _overwritten_table_page(whole: bytes) -> bytes:
    rng = random.Random(3)
    return whole[:PAGE] + bytes(rng.randrange(256) for _ in range(PAGE)) + whole[2 * PAGE:]


def _another_application(whole: bytes) -> bytes:
    return _sqlite_bytes("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('x');")


def _newer_schema(whole: bytes) -> bytes:
    data = bytearray(whole)
    data[60:64] = (99).to_bytes(4, "big")   # PRAGMA user_version lives at offset 60
    return bytes(data)


def _sqlite_bytes(script: str) -> bytes:
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.db"
        conn = sqlite3.connect(path)
        conn.executescript(script)
        conn.close()
        return path.read_bytes()


DAMAGE = {
    "truncated-mid-page": (_truncated_mid_page, "not a usable briefing file"),
    "truncated-in-page-1": (_truncated_in_header_page, "not a usable briefing file"),
    "truncated-to-header": (_truncated_to_header, "not a usable briefing file"),
    "zeroed-header": (_zeroed_header, "not a briefing file"),
    "zeroed-first-page": (_zeroed_first_page, "not a briefing file"),
    "random-bytes": (_random_bytes, "not a briefing file"),
    "garbage-after-page-1": (_garbage_after_header_page, "not a usable briefing file"),
    "overwritten-table-page": (_overwritten_table_page, "not a usable briefing file"),
    "another-application": (_another_application, "another application"),
    "newer-schema": (_newer_schema, "newer version of Briefing"),
}


@pytest.mark.parametrize("kind", list(DAMAGE))
@pytest.mark.parametrize("command", ["check", "export", "project", "import"])
def test_damaged_file_is_refused_in_one_line_and_left_untouched(capsys, tmp_path, seed_bytes,
                                                                kind, command):
    make, words = DAMAGE[kind]
    db = tmp_path / "damaged.briefing"
    data = make(seed_bytes)
    db.write_bytes(data)
    argv = {"check": ["check"], "export": ["export", tmp_path / "out.json"],
            "project": ["project", "--samples", "50"], "import": ["import", SEED]}[command]
    status, out, err = run(capsys, "--db", db, *argv)
    assert status == 2, (out, err)
    assert out == "" and err.count("\n") == 1
    assert err.startswith(f"{db}: ") and words in err
    assert db.read_bytes() == data
    assert sidecars(db) == []                  # no -wal/-shm left next to a refused file
    assert not (tmp_path / "out.json").exists()


def test_a_damaged_file_refused_by_a_real_process_has_no_traceback(tmp_path, seed_bytes):
    db = tmp_path / "damaged.briefing"
    db.write_bytes(_truncated_mid_page(seed_bytes))
    done = subprocess.run([sys.executable, "-m", "briefing", "--db", str(db), "check"],
                          cwd=REPO, capture_output=True, text=True, timeout=60,
                          env={**__import__("os").environ, "BRIEFING_DATA_DIR": str(tmp_path)})
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def _undecodable_quote(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("UPDATE claim SET quote = CAST(x'41fffe42' AS TEXT) WHERE id = 'nis-killed'")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("command", ["check", "export", "project"])
def test_damaged_cell_contents_fail_in_one_line(capsys, tmp_path, seed_bytes, command):
    """Bytes that are not UTF-8 inside a text cell pass SQLite's page checks; reading them
    is a one-line failure naming the file (it was a sqlite3 traceback before the fix)."""
    db = tmp_path / "cell.briefing"
    db.write_bytes(seed_bytes)
    _undecodable_quote(db)
    argv = {"check": ["check"], "export": ["export", tmp_path / "out.json"],
            "project": ["project", "--samples", "50"]}[command]
    status, out, err = run(capsys, "--db", db, *argv)
    assert status == 1
    assert err.count("\n") == 1 and err.startswith(f"{db}: ") and "damaged" in err


@pytest.mark.parametrize("trial", range(30))
def test_random_corruption_never_escapes_as_an_exception(capsys, tmp_path, seed_bytes, trial):
    """Random pages or bytes overwritten: every command ends with a status, never a
    traceback, and never writes to the damaged file."""
    rng = random.Random(trial)
    data = bytearray(seed_bytes)
    if trial % 2:
        page = rng.randrange(1, len(data) // PAGE)
        data[page * PAGE:(page + 1) * PAGE] = bytes(rng.randrange(256) for _ in range(PAGE))
    else:
        for _ in range(rng.randrange(1, 30)):
            data[rng.randrange(100, len(data))] = rng.randrange(256)
    db = tmp_path / "c.briefing"
    db.write_bytes(bytes(data))
    for argv in (["check"], ["export", tmp_path / "o.json"], ["project", "--samples", "50"]):
        status, out, err = run(capsys, "--db", db, *argv)
        assert status in (0, 1, 2)
        if status and argv[0] != "check":
            assert err.count("\n") == 1 and err.startswith(f"{db}: "), err
        assert "Traceback" not in err
    assert db.read_bytes() == bytes(data)


# ---- read-only -------------------------------------------------------------------------------

@pytest.fixture
def seed_file(tmp_path, seed_bytes) -> Path:
    path = tmp_path / "kursk.briefing"
    path.write_bytes(seed_bytes)
    return path


def _every_write(ws: Workspace):
    claim = ws.claims()[0]
    yield "put", lambda: ws.put(claim.changed(value=1))
    yield "delete", lambda: ws.delete("claim", claim.id)
    yield "apply", lambda: ws.apply([("claim", claim.id, claim.changed(value=2))])
    yield "set_briefing", lambda: ws.set_briefing(Briefing(title="Other", classification="SECRET"))
    yield "import", lambda: import_file(ws, SEED.with_name("kursk.json"))


def test_read_only_open_refuses_every_write_clearly(seed_file):
    before = seed_file.read_bytes()
    ws = Workspace.open(seed_file, read_only=True)
    try:
        assert ws.read_only and len(ws.claims()) == 11
        for name, write in _every_write(ws):
            with pytest.raises(ReadOnlyError) as info:
                write()
            message = str(info.value)
            assert message == f"{seed_file}: opened read-only; changes are not allowed", name
        assert len(ws.claims()) == 11
    finally:
        ws.close()
    assert seed_file.read_bytes() == before


def test_a_file_we_cannot_write_opens_read_only(seed_file, monkeypatch):
    """chmod 444 does not stop root, so the permission check itself is simulated."""
    real_access = schema.os.access
    monkeypatch.setattr(schema.os, "access",
                        lambda p, mode: False if mode == schema.os.W_OK else real_access(p, mode))
    ws = Workspace.open(seed_file)
    try:
        assert ws.read_only
        with pytest.raises(ReadOnlyError, match="read-only"):
            ws.put(ws.claims()[0].changed(value=5))
    finally:
        ws.close()


def test_a_read_only_window_says_so_and_cannot_edit(qtbot, seed_file):
    from PySide6.QtCore import Qt

    from briefing.ui.ledger_rows import COLUMNS
    from briefing.ui.main_window import MainWindow
    from briefing.ui.session import Session

    ws = Workspace.open(seed_file, read_only=True)
    window = MainWindow(Session(ws))
    qtbot.addWidget(window)
    assert "READ-ONLY" in window.status_title.text()
    model = window.model
    assert model.rowCount() == 11
    for name in ("figure", "subject", "grade", "quote", "include_in_projection"):
        flags = model.flags(model.index(0, COLUMNS.index(name)))
        assert not flags & Qt.ItemIsEditable and not flags & Qt.ItemIsUserCheckable, name
    index = model.index(0, COLUMNS.index("figure"))
    claim_id = model.claim_id(0)
    before = ws.get("claim", claim_id)
    with qtbot.waitSignal(model.editRefused) as refused:
        assert model.setData(index, "4000") is False
    assert "read-only" in refused.args[0]
    assert ws.get("claim", claim_id) == before


# ---- a full disk -----------------------------------------------------------------------------

def _fill_to_the_brim(ws: Workspace) -> None:
    pages = ws.store.conn.execute("PRAGMA page_count").fetchone()[0]
    ws.store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")


def test_full_disk_during_import_is_a_clear_error_and_loses_nothing(tmp_path, seed_file):
    package = big_package(tmp_path / "big.json", 2000)
    ws = Workspace.open(seed_file)
    try:
        before = ws.package()
        audit = rows(ws.store, "SELECT count(*) FROM audit")
        _fill_to_the_brim(ws)
        with pytest.raises(BriefingFileError) as info:
            import_file(ws, package)
        assert str(info.value) == f"{seed_file}: the disk is full; nothing was saved"
        assert ws.package() == before
        assert rows(ws.store, "SELECT count(*) FROM audit") == audit
        assert ws.store.integrity_problems() == []
        assert not ws.store.conn.in_transaction
        # a small edit still fits, and the connection is usable after the failure
        claim = ws.claims()[0]
        ws.put(claim.changed(value=claim.value + 1))
    finally:
        ws.close()
    ws = Workspace.open(seed_file)
    try:
        assert len(ws.claims()) == 11 and ws.store.integrity_problems() == []
    finally:
        ws.close()


def test_full_disk_during_a_single_edit(seed_file):
    ws = Workspace.open(seed_file)
    try:
        claim = ws.claims()[0]
        _fill_to_the_brim(ws)
        with pytest.raises(BriefingFileError, match="disk is full"):
            ws.put(claim.changed(quote="x" * 200_000))
        assert ws.get("claim", claim.id) == claim
        assert ws.history("claim", claim.id)[-1].action == "insert"
    finally:
        ws.close()


def test_full_disk_through_the_cli_is_one_line(capsys, tmp_path, seed_file, monkeypatch):
    package = big_package(tmp_path / "big.json", 2000)
    real_configure = schema.configure

    def nearly_full(conn, read_only):
        real_configure(conn, read_only)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    monkeypatch.setattr(schema, "configure", nearly_full)
    status, out, err = run(capsys, "--db", seed_file, "import", package)
    assert status == 1 and out == ""
    assert err == f"{seed_file}: the disk is full; nothing was saved\n"
    monkeypatch.undo()
    assert run(capsys, "--db", seed_file, "check")[0] == 0


# ---- a locked file ---------------------------------------------------------------------------

@pytest.fixture
def held(seed_file):
    """Another program holds the write lock (its transaction stays open)."""
    other = sqlite3.connect(seed_file, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE briefing SET title = 'theirs'")
    yield seed_file
    other.execute("ROLLBACK")
    other.close()


def test_a_write_to_a_locked_file_waits_then_says_it_is_locked(held):
    ws = Workspace.open(held)
    try:
        claim = ws.claims()[0]
        with pytest.raises(BriefingFileError) as info:
            ws.put(claim.changed(value=1))
        assert str(info.value) == f"{held}: the file is locked by another program; try again"
        assert ws.get("claim", claim.id) == claim
        assert not ws.store.conn.in_transaction
    finally:
        ws.close()


def test_cli_import_into_a_locked_file_fails_in_one_line(capsys, held, tmp_path):
    package = big_package(tmp_path / "small.json", 5)
    status, out, err = run(capsys, "--db", held, "import", package)
    assert status == 1 and out == ""
    assert err == f"{held}: the file is locked by another program; try again\n"
