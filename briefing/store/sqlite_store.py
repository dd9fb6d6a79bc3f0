"""A briefing in a `.briefing` file: SQLite used as an application file format (§1).

A write is one `BEGIN IMMEDIATE` … `COMMIT` (SQLite lets one writer in at a time, so audit
ids are committed in order). Another process's commit is noticed through `PRAGMA
data_version` (~3 µs a call), and what it changed is read from the audit rows after the last
one seen; a commit the audit does not explain (raw SQL, a restored file) reads as unknown.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import socket
import sqlite3
from pathlib import Path

from . import schema
from .base import DETAIL_LIMIT, Store, current_user
from .batch_indexes import expression_indexes_built_after
from .checks import checked_after
from .errors import BriefingFileError
from .location import network_file_system, network_notice
from .sqlite_files import copy_database


BULK_CACHE_KIB = 400 * 1024


class SqliteStore(Store):
    _claim_strings = True   # `claim_strings.py`

    def __init__(self, path: Path, create: bool = True, read_only: bool = False,
                 check_pages: bool = True):
        """`check_pages=False`: open without SQLite's page check (schema.inspect); the
        caller runs `page_damage` itself before it writes."""
        super().__init__()
        self.path = Path(path)
        self.location = str(self.path)
        shared = network_file_system(self.path)
        if shared:
            if not self.path.exists():
                raise BriefingFileError(f"{self.path}: cannot create a briefing here: "
                                        f"{network_notice(self.path, shared)}")
            read_only, self.read_only_reason = True, network_notice(self.path, shared)
        self.conn, self.read_only = schema.connect(self.path, create, read_only, check_pages)
        self.pages_checked = check_pages
        self._who = current_user()
        self.own_audit_max = 0  # the newest audit row this connection wrote itself
        self._seen_version: int | None = None
        self._seen_audit = 0
        self._check_queries: dict = {}   # table → its CHECKs as one query (checks.py)

    def close(self) -> None:
        self.conn.close()

    @property
    def who(self) -> str:
        return self._who

    # ---- the dialect --------------------------------------------------------------------
    def _execute(self, sql: str, args: tuple = ()):
        return self.conn.execute(sql, args)

    def _executemany(self, sql: str, rows: list) -> None:
        self.conn.executemany(sql, rows)

    def _begin(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        self._now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")

    def _commit(self) -> None:
        last = self.conn.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0]
        self.conn.execute("COMMIT")
        self.own_audit_max = last

    def _rollback(self) -> None:
        # After SQLITE_FULL (and some I/O errors) SQLite has already rolled the transaction
        # back itself; a second ROLLBACK would raise and hide the real error.
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def _bulk(self, on: bool) -> None:
        """An import's index pages stay in memory (SQLite's default cache is 2 MB: at 100,000
        claims its indexes' pages were read back again and again; 3× faster commits)."""
        self.conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB if on else -2000}")

    def _indexes_deferred(self):
        return expression_indexes_built_after(self.conn)

    def _rows_checked(self, table: str):
        if self._import_id is None:
            return super()._rows_checked(table)
        return checked_after(self.conn, table, self._check_queries)

    def _begin_snapshot(self) -> None:
        self.conn.execute("BEGIN")  # deferred: WAL readers see the state of their first read

    def columns(self, table: str) -> list[str]:
        return [r[1] for r in self._guard(
            lambda: self.conn.execute(f"PRAGMA table_info({table})").fetchall())]

    def _span_start(self, claim: str) -> str:
        # A season (meteorological: Dec, Mar, Jun, Sep) starts in the quarter that holds
        # the month after the date's month, one month before that quarter begins.
        after = f"date({claim}.as_of, 'start of month', '+1 month')"
        return (f"CASE {claim}.date_precision WHEN 'day' THEN {claim}.as_of "
                f"WHEN 'week' THEN date({claim}.as_of, '-3 days') "
                f"WHEN 'month' THEN date({claim}.as_of, 'start of month') "
                f"WHEN 'season' THEN date({after}, printf('-%d months', "
                f"(CAST(strftime('%m', {after}) AS INTEGER) - 1) % 3 + 1)) "
                f"ELSE date({claim}.as_of, 'start of year') END")

    def _failure(self, exc: BaseException) -> BriefingFileError | None:
        if isinstance(exc, sqlite3.Error):
            return schema._sql_error(self.path, exc)
        if isinstance(exc, UnicodeEncodeError):
            # Text with a lone surrogate (valid JSON "\ud800", or pasted) is not storable.
            return BriefingFileError(f"{self.path}: text that is not valid Unicode (a lone "
                                     "surrogate) cannot be saved; nothing was saved")
        if isinstance(exc, (UnicodeDecodeError, json.JSONDecodeError)):
            return BriefingFileError(f"{self.path}: not a usable briefing file (damaged "
                                     f"data: {exc})")
        return None

    # ---- reads --------------------------------------------------------------------------
    def schema_version(self) -> int:
        return self._guard(lambda: self.conn.execute("PRAGMA user_version").fetchone()[0])

    def data_version(self) -> int:
        """Changes whenever another connection commits (cheap: ~3 µs)."""
        return self._guard(lambda: self.conn.execute("PRAGMA data_version").fetchone()[0])

    def sync_home(self) -> str:
        """This file's host, device and inode (§6): a byte-for-byte copy or a restored
        backup is another file; a file moved or renamed (as a new briefing is, from the
        temporary name it is built under) is the same one."""
        try:
            st = os.stat(self.path)
        except OSError:
            return ""
        where = f"{socket.gethostname()}\0{st.st_dev}\0{st.st_ino}"
        return "file:" + hashlib.sha256(where.encode("utf-8", "surrogateescape")).hexdigest()

    # ---- other writers ------------------------------------------------------------------
    def watch(self) -> None:
        self._seen_version = self.data_version()
        self._seen_audit = self._last_audit_id()

    def others_changes(self) -> list[tuple[str, str]] | None:
        if self._seen_version is None:
            self.watch()
            return []
        version = self.data_version()
        if version == self._seen_version:
            return []
        self._seen_version = version
        seen = max(self._seen_audit, self.own_audit_max)
        rows = self._guard(lambda: self.conn.execute(
            "SELECT id, entity, entity_id FROM audit WHERE id > ? ORDER BY id LIMIT ?",
            (seen, DETAIL_LIMIT + 1)).fetchall())
        if not rows or len(rows) > DETAIL_LIMIT:
            self._seen_audit = self._last_audit_id()
            return None
        self._seen_audit = rows[-1][0]
        return [(entity, entity_id) for _, entity, entity_id in rows]

    def _last_audit_id(self) -> int:
        return self.fingerprint()[1]

    # ---- the whole file -----------------------------------------------------------------
    def save_copy(self, target: Path, journal: str | None = None) -> None:
        """A consistent copy of the whole file (SQLite's backup API, safe while others
        write), written atomically; `journal` sets the copy's journal mode (backups are
        plain rollback-journal files, so they open read-only without sidecar files)."""
        if journal is None:
            schema.backup_copy(self.conn, Path(target))
        else:
            copy_database(self.conn, Path(target), journal)

    def checkpoint(self) -> None:
        """Move the WAL into the main file, so the file alone is the whole briefing."""
        self._guard(lambda: self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)"))

    @contextlib.contextmanager
    def unpublished(self):
        """Filling a new file nobody else can see yet (built under a temporary name and
        given its name only when complete: new_briefings.py). Its rollback journal stays in
        memory and nothing is synced meanwhile — a failed write still rolls back, and a crash
        leaves only a temporary file that is never published — then the file goes to WAL, as
        every briefing is, with nothing in its log: the whole briefing is the file. Through
        WAL, each page of a big import was written twice (to the log, then into the file at
        the checkpoint): 0.2 s of a 3.3 s import of 100,000 claims."""
        self._guard(lambda: self.conn.execute("PRAGMA journal_mode = MEMORY").fetchall())
        self.conn.execute("PRAGMA synchronous = OFF")
        try:
            yield
        finally:
            self.conn.execute("PRAGMA synchronous = NORMAL")
            (mode,), = self._guard(
                lambda: self.conn.execute("PRAGMA journal_mode = WAL").fetchall())
        if mode != "wal":
            raise BriefingFileError(f"{self.path}: the new briefing could not be put in WAL "
                                    f"mode (SQLite left it in {mode!r}); it was not saved")

    def page_damage(self) -> str | None:
        if self.path.stat().st_size > schema.QUICK_CHECK_BYTES:
            return None  # as on open: `briefing check` reads a file this big
        try:
            damage = schema.page_damage(self.conn)
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            damage = " ".join(str(exc).split())
        return None if damage is None else schema.damaged(self.path, damage)

    def integrity_problems(self) -> list[str]:
        """The schema is the program's own (no foreign trigger or view), then SQLite's own
        checks: page integrity and foreign keys (a check that cannot even run on a damaged
        page is reported as a problem, not raised)."""
        try:
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            foreign = schema.schema_problems(self.conn, version)
            if foreign:
                return [schema.schema_refusal(foreign)]
            out = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
            out += [f"{table} row {rowid}: dangling reference to {parent}"
                    for table, rowid, parent, _ in self.conn.execute("PRAGMA foreign_key_check")]
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            return [f"damaged: {exc}"]
        return out


__all__ = ["SqliteStore"]
