"""A briefing on the team's PostgreSQL server (reference.md §5), through psycopg 3.

Writes take turns, as in a file: each writing transaction first takes the briefing's write
lock (a transaction-level advisory lock of this database, released by COMMIT, ROLLBACK or a
lost connection), and only then reads what it is about to change. Under READ COMMITTED every
statement after the lock sees every earlier writer's commit, and no other writer can commit
until this one ends, so two analysts' writes never interleave into a lost update: the second
re-reads what the first wrote, and an edit made against a revision that changed meanwhile is
refused as stale. Readers take no lock. Serialisable transactions that retry on conflict
were tried first: four analysts saving the same claim at once exhausted any sensible number
of retries (a small table is one predicate lock), where waiting a few milliseconds for the
lock always succeeds. A writer that waits longer than `LOCK_WAIT` gives up with one line;
a session left idle inside a transaction (its client gone) is ended by the server after
`IDLE_IN_TRANSACTION`, which frees the lock for everyone else.
The audit's 'who' is the database user, its 'when' the server's clock once the lock is held.

Live for everyone: a write's transaction also sends `pg_notify('briefing', …)` naming the
entities it changed (or that there were too many to name). PostgreSQL delivers it to every
listening session once the transaction commits, exactly once and in commit order — unlike
audit ids, which come from a sequence and can commit out of order, so a cursor over them
could skip a row. The window's poll reads the notifications from a separate LISTEN
connection (never inside a transaction, where they would wait), skipping our own writes by
the sending session's process id.

A connection lost mid-session makes every read and write fail with one line
(`ServerUnavailableError`) until `reconnect` succeeds; a transaction cut by the network is
committed whole or not at all (the server's own guarantee), and the caller is told which
cannot be known until the server is back.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

import psycopg
from psycopg import errors
from psycopg.pq import TransactionStatus

from . import postgres_schema
from .base import DETAIL_LIMIT, Conflict, Store
from .errors import BriefingFileError, ReadOnlyError, ServerUnavailableError
from .location import check_server_uri

# psycopg logs a warning of its own when a lost connection ends a pipelined executemany
# ("error ignored terminating <psycopg.Pipeline [BAD]>"); with no handler, Python prints it to
# stderr beside our one line. The error itself reaches us as an exception, reported once.
logging.getLogger("psycopg").addHandler(logging.NullHandler())

CHANNEL = "briefing"
_PAYLOAD_BYTES = 7900   # PostgreSQL refuses a payload of 8000 bytes or more
_NOW = ("SELECT to_char(statement_timestamp() AT TIME ZONE 'UTC', "
        "'YYYY-MM-DD\"T\"HH24:MI:SS\"+00:00\"')")
_WRITE_LOCK = "SELECT pg_advisory_xact_lock(hashtext('briefing writes'))"
LOCK_WAIT = "30s"             # another analyst's save (a large import) may take this long
IDLE_IN_TRANSACTION = "60s"   # our transactions never idle; a client that vanished does


def payload(changed: list[tuple[str, str]], everything: bool = False) -> str:
    """The notification a write sends: the entities it changed, or null for 'too many' (or
    for rows written without naming them, as a copy does)."""
    few = not everything and len(changed) <= DETAIL_LIMIT
    named = [list(pair) for pair in changed] if few else None
    text = json.dumps({"changed": named}, ensure_ascii=False, separators=(",", ":"))
    if len(text.encode("utf-8")) > _PAYLOAD_BYTES:
        text = json.dumps({"changed": None})
    return text


def read_payload(text: str) -> list[tuple[str, str]] | None:
    try:
        named = json.loads(text).get("changed")
        return None if named is None else [(str(e), str(i)) for e, i in named]
    except (ValueError, AttributeError, TypeError):
        return None  # not ours, or damaged: re-read everything


class PostgresStore(Store):
    is_server = True

    def __init__(self, uri: str, create: bool = True, read_only: bool = False):
        super().__init__()
        self.uri = check_server_uri(uri)
        self.location = self.uri
        self._create, self._asked_read_only = create, read_only
        self._listener: psycopg.Connection | None = None
        self._committing = False
        self._who = "?"
        self.conn = self._open()

    def _open(self) -> psycopg.Connection:
        conn = postgres_schema.connect(self.uri, self.location)
        try:
            self._who = conn.execute("SELECT current_user").fetchone()[0]
            exists = postgres_schema.current_version(conn) is not None
            may_write = postgres_schema.writable(conn, exists)
            self.read_only = self._asked_read_only or not may_write
            self.read_only_reason = None if may_write else (
                f"the database user {self._who} may only read this briefing")
            postgres_schema.prepare(conn, self.location, self._who, self.read_only,
                                    self._create)
            if self.read_only:
                conn.execute("SET default_transaction_read_only = on")
            conn.execute(f"SET lock_timeout = '{LOCK_WAIT}'")
            conn.execute(f"SET idle_in_transaction_session_timeout = '{IDLE_IN_TRANSACTION}'")
        except psycopg.Error as exc:
            conn.close()
            raise self._failure(exc) or exc from None
        except BaseException:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        for conn in (self._listener, getattr(self, "conn", None)):
            if conn is not None:
                conn.close()

    @property
    def who(self) -> str:
        return self._who

    @property
    def connected(self) -> bool:
        return not (self.conn.closed or self.conn.broken)

    def reconnect(self) -> None:
        """Open the connections again (after the server came back); raises one line if it
        is still unreachable. The caller re-reads everything: what happened meanwhile was
        not notified to us."""
        watching = self._listener is not None
        conn = self._open()
        self.close()
        self.conn, self._listener = conn, None
        if watching:
            self.watch()

    # ---- the dialect --------------------------------------------------------------------
    @staticmethod
    def _sql(text: str) -> str:
        return text.replace("%", "%%").replace("?", "%s")

    def _execute(self, sql: str, args: tuple = ()):
        return self.conn.execute(self._sql(sql), args)

    def _executemany(self, sql: str, rows: list) -> None:
        if rows:
            with self.conn.cursor() as cursor:
                cursor.executemany(self._sql(sql), rows)

    def _begin(self) -> None:
        self.conn.execute("BEGIN ISOLATION LEVEL READ COMMITTED")
        self.conn.execute(_WRITE_LOCK)
        self._now = self.conn.execute(_NOW).fetchone()[0]

    def _commit(self) -> None:
        if self._changed or self._unnamed_change:
            named = [] if self._unnamed_change else list(self._changed)
            self.conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload(
                named, everything=self._unnamed_change)))
        self._committing = True
        try:
            self.conn.execute("COMMIT")
        finally:
            self._committing = False

    def _begin_snapshot(self) -> None:
        self.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")

    def columns(self, table: str) -> list[str]:
        return [r[0] for r in self._guard(lambda: self.conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = %s ORDER BY ordinal_position",
            (table,)).fetchall())]

    def _span_start(self, claim: str) -> str:
        # A season (meteorological: Dec, Mar, Jun, Sep) starts one month before the quarter
        # that holds the month after the date's month.
        day = f"{claim}.as_of::date"
        start = (f"CASE {claim}.date_precision WHEN 'day' THEN {day} "
                 f"WHEN 'week' THEN {day} - 3 "
                 f"WHEN 'month' THEN date_trunc('month', {day})::date "
                 f"WHEN 'season' THEN (date_trunc('quarter', {day} + interval '1 month') "
                 f"- interval '1 month')::date "
                 f"ELSE date_trunc('year', {day})::date END")
        return f"to_char({start}, 'YYYY-MM-DD')"

    def _rollback(self) -> None:
        if self.conn.info.transaction_status != TransactionStatus.IDLE and self.connected:
            self.conn.execute("ROLLBACK")

    def _failure(self, exc: BaseException) -> BriefingFileError | None:
        where = self.location
        if isinstance(exc, UnicodeEncodeError):
            return BriefingFileError(f"{where}: text that is not valid Unicode (a lone "
                                     "surrogate) cannot be saved; nothing was saved")
        if isinstance(exc, (UnicodeDecodeError, json.JSONDecodeError)):
            return BriefingFileError(f"{where}: damaged data on the server ({exc})")
        if not isinstance(exc, psycopg.Error):
            return None
        line = postgres_schema.one_line(exc)
        if isinstance(exc, (errors.SerializationFailure, errors.DeadlockDetected)):
            return Conflict(f"{where}: another analyst saved at the same moment, again and "
                            "again; nothing was saved; try again")
        if isinstance(exc, errors.LockNotAvailable):
            return BriefingFileError(f"{where}: another analyst's save has held the briefing "
                                     f"for over {LOCK_WAIT}; nothing was saved; try again")
        if isinstance(exc, (errors.ReadOnlySqlTransaction, errors.InsufficientPrivilege)):
            return ReadOnlyError(f"{where}: the database user {self._who} may not change "
                                 f"this briefing ({line}); nothing was saved")
        conn = getattr(self, "conn", None)
        if isinstance(exc, psycopg.OperationalError) and (conn is None or conn.broken
                                                           or conn.closed):
            if self._committing:
                return ServerUnavailableError(
                    f"{where}: the connection to the team server was lost while saving; the "
                    "server kept the change whole or not at all, and the window shows which "
                    f"once it is back ({line})")
            return ServerUnavailableError(f"{where}: disconnected from the team server "
                                          f"({line}); nothing was saved")
        if isinstance(exc, psycopg.DataError) and "NUL" in line:
            return BriefingFileError(f"{where}: text with a NUL character cannot be stored "
                                     "on a team server; nothing was saved")
        if isinstance(exc, (psycopg.IntegrityError, psycopg.DataError)):
            return BriefingFileError(f"{where}: the server refused the change ({line}); "
                                     "nothing was saved")
        return BriefingFileError(f"{where}: the server reported an error ({line})")

    # ---- reads --------------------------------------------------------------------------
    def schema_version(self) -> int:
        return self._guard(lambda: postgres_schema.current_version(self.conn))

    def _sequence_numbers(self, count: int) -> list[int]:
        """From the database's sequence: two analysts' transactions never contend for the
        next number (reading the last one would make every pair of writes collide)."""
        self._tx()
        return [r[0] for r in self.conn.execute(
            "SELECT nextval('operation_seq') FROM generate_series(1, %s)", (count,))]

    def _import_numbering(self, first: int, count: int):
        """An import's operations take their numbers from the sequence as they are written."""
        self._tx()
        return "nextval('operation_seq')", (), lambda seq: self._sequence_numbers(1)[0]

    def sync_home(self) -> str:
        """This database (a briefing copied to another takes a new origin, §6)."""
        row = self._execute("SELECT current_setting('port'), d.oid, d.datname, "
                            "current_schema() FROM pg_database d "
                            "WHERE d.datname = current_database()").fetchone()
        return "server:" + ":".join(str(v) for v in row)

    # ---- other writers ------------------------------------------------------------------
    def watch(self) -> None:
        listener = postgres_schema.connect(self.uri, self.location)
        try:
            listener.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            listener.close()
            raise self._failure(exc) from None
        if self._listener is not None:
            self._listener.close()
        self._listener = listener

    def others_changes(self) -> list[tuple[str, str]] | None:
        if self._listener is None:
            self.watch()
            return []
        try:
            notes = list(self._listener.notifies(timeout=0))  # a dead server raises here
        except psycopg.Error as exc:
            raise ServerUnavailableError(f"{self.location}: disconnected from the team "
                                         f"server ({postgres_schema.one_line(exc)})") from None
        own = self.conn.info.backend_pid if self.connected else None
        changed: list[tuple[str, str]] = []
        for note in notes:
            if note.pid == own:
                continue
            named = read_payload(note.payload)
            if named is None:
                return None
            changed += named
        return None if len(changed) > DETAIL_LIMIT else changed

    # ---- the whole briefing -------------------------------------------------------------
    def integrity_problems(self) -> list[str]:
        """The schema is the program's own; PostgreSQL enforces the foreign keys and
        CHECK constraints itself, so a row cannot dangle."""
        try:
            version = postgres_schema.current_version(self.conn)
            problems = postgres_schema.schema_problems(self.conn, version or 0)
        except psycopg.Error as exc:
            failure = self._failure(exc)
            if isinstance(failure, ServerUnavailableError):
                raise failure from None
            return [f"cannot be checked: {postgres_schema.one_line(exc)}"]
        return [postgres_schema.schema_refusal(problems)] if problems else []

    def save_copy(self, target: Path) -> None:
        """A new briefing file holding this one, audit history included (`copying`)."""
        from .copying import copy_to_new_file
        copy_to_new_file(self, Path(target), replace=True)


__all__ = ["CHANNEL", "PostgresStore", "payload", "read_payload"]
