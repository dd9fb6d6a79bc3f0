"""SQLite files handled whole: the copies behind backups and restores (briefing.workspace.backups).

Every copy goes through SQLite's backup API (consistent while the file is being written, by
us or another process) into a file written by `store.atomic`, so a crash leaves the old file
or the new one. Nothing here opens a database file with open(): closing any descriptor of a
database file drops every POSIX lock this process holds on it (see schema.inspect).
"""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from .atomic import WriteError, atomic_write
from .errors import FileInUseError


def copy_database(source: sqlite3.Connection, target: Path, journal: str) -> None:
    """`source` → `target` through the backup API, in journal mode `journal`."""
    atomic_write(target, lambda tmp: _backup_into(source, tmp, journal))


def _backup_into(source: sqlite3.Connection, tmp: Path, journal: str) -> None:
    dest = sqlite3.connect(tmp, isolation_level=None)
    try:
        source.backup(dest)
        dest.execute(f"PRAGMA journal_mode = {journal}")
        if journal == "WAL":
            dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        dest.close()
    for sidecar in (Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        sidecar.unlink(missing_ok=True)  # nobody else ever opens the temporary file


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def claim_count(path: Path) -> int | None:
    """How many claims a briefing file holds; None when SQLite cannot read it."""
    try:
        conn = _read_only(path)
        try:
            return conn.execute("SELECT count(*) FROM claim").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def audit_fingerprint(path: Path) -> tuple | None:
    """The audit's length and last entry of a briefing file (Store.fingerprint of an open
    one); None when SQLite cannot read it."""
    try:
        conn = _read_only(path)
        try:
            return tuple(conn.execute(
                "SELECT count(*), coalesce(max(id), 0) FROM audit").fetchone())
        finally:
            conn.close()
    except sqlite3.Error:
        return None


class ExclusiveLock:
    """Proof that no other connection has a briefing file open (in WAL mode every open
    connection holds a shared lock), kept until `close`."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def copy_to(self, target: Path) -> None:
        copy_database(self.conn, target, "DELETE")

    def close(self) -> None:
        self.conn.close()


def lock_exclusively(path: Path) -> ExclusiveLock | None:
    """An exclusive lock on the briefing file; FileInUseError if another connection has it
    open; None if SQLite cannot read the file at all (a damaged file is handled as raw
    bytes)."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=0.5)
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise FileInUseError(f"{path}: the briefing is open in another window or program; "
                                 "close it there, then restore") from None
        return None
    return ExclusiveLock(conn)


def safety_copy(path: Path, lock: ExclusiveLock | None, target: Path) -> None:
    """The current file saved before it is replaced: through the backup API, or as raw
    bytes (with its -wal) when SQLite cannot copy it."""
    if lock is not None:
        try:
            lock.copy_to(target)
            return
        except WriteError:
            pass  # damaged beyond what SQLite will copy: keep the raw bytes instead
    atomic_write(target, lambda tmp: shutil.copyfile(path, tmp))
    if Path(f"{path}-wal").exists():
        atomic_write(Path(f"{target}-wal"), lambda tmp: shutil.copyfile(f"{path}-wal", tmp))


def restore_file(path: Path, backup: Path, lock: ExclusiveLock | None) -> None:
    """Replace the briefing file `path` by the content of `backup`, atomically. The
    briefing is released once the copy is made and its sidecars go: the old file's -wal
    belongs to the old file, and replayed onto the restored one it would corrupt it. Nobody
    else has the file open (checked by taking `lock`)."""
    source = _read_only(backup)
    try:
        def write(tmp: Path) -> None:
            _backup_into(source, tmp, "WAL")
            if lock is not None:
                lock.close()
            for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):
                stale.unlink(missing_ok=True)
        atomic_write(path, write)
    finally:
        source.close()


__all__ = ["ExclusiveLock", "audit_fingerprint", "claim_count", "copy_database",
           "lock_exclusively", "restore_file", "safety_copy"]
