"""Opening a `.briefing` file: identify it, refuse what we cannot read, migrate what is old.

A new file is created by running the same numbered migrations an old file would get, so
there is one definition of the schema. Checks happen on a read-only connection first, so a
file we refuse (not a briefing, damaged, newer schema) is never written to.

The numbered migrations live in `migrations/<dialect>/NNNN_name.sql`, one folder per SQL
dialect (`sqlite`, `postgres`) with one sequence of numbers: version N means the same tables
and columns in both (tests/server/test_server_schema.py checks it).
"""
from __future__ import annotations

import functools
import os
import re
import sqlite3
from importlib import resources
from pathlib import Path

from .atomic import atomic_write
from .errors import BriefingFileError

APPLICATION_ID = 0x42524946  # "BRIF"


DIALECTS = ("sqlite", "postgres")


def migrations(dialect: str = "sqlite") -> list[tuple[int, str]]:
    """(version, sql) for every numbered file in `migrations/<dialect>/`, in order."""
    folder = resources.files(__package__).joinpath("migrations", dialect)
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            found.append((int(entry.name.split("_", 1)[0]), entry.read_text("utf-8")))
    return sorted(found)


def latest_version() -> int:
    return migrations()[-1][0]


# ---- is this file's schema the program's own? -------------------------------------------
# A SQLite file is code as well as data: a trigger runs on our writes (one could empty the
# audit or multiply every imported value) and a view in place of a table runs on our reads
# (a recursive one never ends, and SQLite does not stop for SIGINT). So before anything
# reads a file, its schema objects are compared with those the program's own migrations
# make, derived here in an in-memory database — never a hard-coded list.

@functools.lru_cache(maxsize=None)
def expected_schema(version: int) -> dict[tuple[str, str], str]:
    """(type, name) → normalised SQL of every object migrations 1..`version` create."""
    conn = sqlite3.connect(":memory:")
    try:
        for v, sql in migrations():
            if v <= version:
                for statement in _statements(sql):
                    conn.execute(statement)
        return schema_objects(conn)
    finally:
        conn.close()


def schema_objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """The file's own tables, indexes, triggers and views (SQLite's internal `sqlite_*`
    objects aside), read from sqlite_master without running any of them."""
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master "
                        "WHERE substr(name, 1, 7) != 'sqlite_'").fetchall()
    return {(kind, name): _normalised(sql) for kind, name, sql in rows}


def _normalised(sql: str | None) -> str:
    text = re.sub(r"--[^\n]*", " ", sql or "")
    return " ".join(text.split())


def schema_problems(conn: sqlite3.Connection, version: int) -> list[str]:
    """How the file's schema differs from the one Briefing makes for `version`."""
    return schema_differences(schema_objects(conn), expected_schema(version))


def schema_differences(found: dict, expected: dict) -> list[str]:
    """(kind, name) → definition, found against expected: what is foreign, missing or
    altered (both dialects describe their schema objects this way)."""
    out = [f"a {kind} {name!r} that Briefing did not create"
           for kind, name in sorted(found.keys() - expected.keys())]
    out += [f"its {kind} {name!r} is missing"
            for kind, name in sorted(expected.keys() - found.keys())]
    out += [f"its {kind} {name!r} is not Briefing's"
            for kind, name in sorted(found.keys() & expected.keys())
            if found[(kind, name)] != expected[(kind, name)]]
    return out


def schema_refusal(problems: list[str]) -> str:
    """One line for a file whose schema is not the program's own."""
    n = len(problems) - 1
    more = f" (and {n} more difference{'s' if n > 1 else ''})" if n else ""
    return f"refused: not Briefing's own schema ({problems[0]}){more}"


def _sql_error(path: Path, exc: sqlite3.Error) -> BriefingFileError:
    text = " ".join(str(exc).split())
    if "locked" in text or "busy" in text:
        return BriefingFileError(f"{path}: the file is locked by another program; try again")
    if "full" in text:
        return BriefingFileError(f"{path}: the disk is full; nothing was saved")
    if "readonly" in text or "read-only" in text:
        return BriefingFileError(f"{path}: the file is read-only")
    return BriefingFileError(f"{path}: not a usable briefing file ({text})")


# quick_check reads every page: ~70 ms at 30 MB, but 16 s for a 1.3 GB (1M-claim) file read
# cold. Larger files are checked by `briefing check`; damage met while reading them is still
# reported in one line by the store.
QUICK_CHECK_BYTES = 256 * 1024 * 1024


def inspect(path: Path, check_pages: bool = True) -> tuple[int, int, int]:
    """(application_id, user_version, number of schema objects) of an existing file, read
    without writing. A damaged file (SQLite's quick_check fails) is refused here, before
    anything opens it for writing. `check_pages=False` leaves the quick_check to the caller
    (the window runs it after its first paint and refuses edits until it passed) — unless
    the file needs a migration, which writes."""
    # The file is never opened with open(): closing any descriptor of a database file drops
    # every POSIX lock this process holds on it, and a window's connection to the same file
    # then stops seeing other processes' commits (SQLite's "posix advisory locks" hazard).
    try:
        size = path.stat().st_size
        if size == 0:
            return 0, 0, 0
    except OSError as exc:
        raise BriefingFileError(f"{path}: cannot read the file ({exc.strerror})") from None
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            foreign = (schema_problems(conn, version)
                       if app_id == APPLICATION_ID and 0 < version <= latest_version() else [])
            check = check_pages or version != latest_version()  # a migration writes
            damage = (page_damage(conn)
                      if check and size <= QUICK_CHECK_BYTES and not foreign else None)
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        # (SQLite's message about a damaged schema can itself be undecodable bytes.)
        if "not a database" in str(exc):
            raise BriefingFileError(f"{path}: not a briefing file (not an SQLite database)") \
                from None
        raise _sql_error(path, exc) from None
    if foreign:
        raise BriefingFileError(f"{path}: {schema_refusal(foreign)}")
    if damage is not None:
        raise BriefingFileError(damaged(path, damage))
    return app_id, version, objects


def page_damage(conn: sqlite3.Connection) -> str | None:
    """SQLite's quick_check of every page: None when sound, else its report on one line."""
    found = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    return None if found == "ok" else " ".join(str(found).split())  # the report spans lines


def damaged(path: Path, damage: str) -> str:
    return f"{path}: not a usable briefing file (damaged: {damage})"


def read_only_uri(path: Path) -> str:
    """A URI opening `path` read-only. On a read-only medium (CD, write-protected stick,
    read-only mount) SQLite cannot create the -shm a WAL file needs, and fails; a file with
    no -wal there holds all its data in the main file and nothing can change it, so it is
    opened `immutable` (no locks, no -shm). A folder merely not writable by us is not a
    read-only medium: its owner may be writing, so SQLite's usual read-only mode is kept."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if _read_only_medium(path) and not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    return uri


def _read_only_medium(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # no statvfs on Windows
        return False


def _sidecars(path: Path) -> list[Path]:
    return [Path(f"{path}-wal"), Path(f"{path}-shm")]


def _remove_empty(created: list[Path]) -> None:
    """Remove the empty -wal/-shm that a read-only look at a refused file left behind (a
    read-only connection cannot delete them), so a refusal leaves the folder as it was."""
    for p in created:
        if p.name.endswith("-wal") and p.exists() and p.stat().st_size == 0:
            _unlink(p)
    for p in created:
        if p.name.endswith("-shm") and p.exists() and not Path(str(p)[:-4] + "-wal").exists():
            _unlink(p)


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:  # gone already, or a read-only medium (where SQLite made none)
        pass


def check_openable(path: Path, check_pages: bool = True) -> int:
    """The file's schema version, or a refusal naming the problem (`check_pages`: inspect)."""
    created = [p for p in _sidecars(path) if not p.exists()]
    try:
        return _openable_version(path, check_pages)
    except BriefingFileError:
        _remove_empty(created)
        raise


def _openable_version(path: Path, check_pages: bool) -> int:
    app_id, version, objects = inspect(path, check_pages)
    if app_id == 0 and version == 0:
        if objects == 0:
            # Empty, or a new briefing whose creation was interrupted between SQLite writing
            # its header and the first migration committing: nothing to lose, build it.
            return 0
        raise BriefingFileError(f"{path}: not a briefing file (an SQLite database of "
                                "another application)")
    if app_id != APPLICATION_ID:
        raise BriefingFileError(f"{path}: not a briefing file (application id {app_id:#x})")
    if version > latest_version():
        raise BriefingFileError(
            f"{path}: made by a newer version of Briefing (schema {version}; this program "
            f"reads up to {latest_version()}); update Briefing to open it")
    return version


def configure(conn: sqlite3.Connection, read_only: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 3000")
    if not read_only:
        conn.execute("PRAGMA synchronous = NORMAL")


def use_wal(conn: sqlite3.Connection) -> None:
    """WAL, switched on after any migration: the pre-migration backup is then the old file
    exactly, header included."""
    conn.execute("PRAGMA journal_mode = WAL")


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.stem}.schema{version}.bak{path.suffix}")


def migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Bring the file to the latest schema in one transaction; back up an old file first."""
    pending = [(v, sql) for v, sql in migrations() if v > version]
    if not pending:
        return
    if version > 0:
        backup_copy(conn, backup_path(path, version))
    try:
        conn.execute("BEGIN IMMEDIATE")
        for v, sql in pending:
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {v}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:  # SQLite has already rolled back after e.g. a full disk
            conn.execute("ROLLBACK")
        raise _sql_error(path, exc) from None


def backup_copy(conn: sqlite3.Connection, target: Path) -> None:
    """A copy through SQLite's backup API, written atomically (a raw file copy would open
    and close the database file, dropping this process's locks on it: see inspect)."""
    def write(tmp: Path) -> None:
        copy = sqlite3.connect(tmp)
        try:
            conn.backup(copy)
        finally:
            copy.close()
    atomic_write(target, write)


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (executescript would commit our transaction)."""
    out, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            out.append(buffer.strip())
            buffer = ""
    return out


def connect(path: Path, create: bool, read_only: bool = False,
            check_pages: bool = True) -> tuple[sqlite3.Connection, bool]:
    """An open, migrated connection and whether it is read-only.

    A file the user cannot write, or that lies on a read-only medium, opens read-only.
    `check_pages`: see `inspect`.
    """
    exists = path.exists()
    if not exists and not create:
        raise BriefingFileError(f"{path}: no such briefing file")
    if not exists and not path.parent.is_dir():
        raise BriefingFileError(f"{path}: the folder {path.parent} does not exist")
    version = check_openable(path, check_pages) if exists else 0
    read_only = read_only or (exists and not os.access(path, os.W_OK)) or (
        exists and not os.access(path.parent, os.W_OK))
    if read_only and version < latest_version():
        raise BriefingFileError(f"{path}: read-only and made by an older version; copy it "
                                "somewhere writable to upgrade it")
    conn = None
    try:
        if read_only:
            conn = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None,
                                   check_same_thread=False)
        else:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        configure(conn, read_only)
        if not read_only:
            migrate(conn, path, version)
            use_wal(conn)
    except (sqlite3.Error, UnicodeDecodeError, BriefingFileError) as exc:
        if conn is not None:
            conn.close()
        if isinstance(exc, BriefingFileError):
            raise
        raise _sql_error(path, exc) from None
    return conn, read_only
