"""The store interface the workspace uses, and the audited SQL both backends share.

A briefing lives in a `.briefing` file (`SqliteStore`) or in a database on the team's
PostgreSQL server (`PostgresStore`, reference.md §5). Everything that is plain SQL lives
here once: entities are read through their codecs, and every change goes through `put`,
`put_many`, `delete` or `set_briefing`, inside `atomically`, which records each change in
the audit table (when, who, entity, field, old and new value) in the same transaction. A
subclass supplies the connection, how a transaction begins and commits, how the other
writers' commits are noticed, and how its driver's errors read as one line.

SQL is written once with `?` placeholders; a dialect translates them if it must.

`atomically(fn)` runs `fn` in one transaction. Writers take turns (a file's write lock, a
server's advisory write lock: postgres_store.py), and `fn` reads what it changes inside the
transaction, so an edit made against a revision that changed meanwhile fails as stale
instead of overwriting it. A transaction the server rolls back because it deadlocked with
someone else's (a DBA's statement, say) is run again from the start. A nested call joins
the outer transaction; only the outermost retries.
"""
from __future__ import annotations

import abc
import contextlib
import getpass
import os
import random
import time
from itertools import chain, repeat
from pathlib import Path
from typing import Callable, Iterable, TypeVar

from ..domain import Briefing, Entity
from ..domain.plain import SCENARIO_PARAMS
from .codecs import (CLAIM, CODEC_OF_CLASS, CODECS, EVENT, JSON_TEXT, SCENARIO, TABLES, Codec,
                     decode, encode, read_fields)
from .errors import BriefingFileError, NotFoundError, ReadOnlyError, StaleEditError
from .audit_rows import AUDIT_COLUMNS, DETAIL_LIMIT, AuditEntry, reading
from .claim_read import ClaimColumns, read_claim_columns, read_claim_texts
from .imports import ImportLog
from .operations import OperationLog
from .recording import RecordingPositions

T = TypeVar("T")
RETRIES = 8           # serialisation conflicts before a write gives up (each one re-reads)
_ROW_BATCH = 10_000   # claims fetched and turned into columns at a time (claim_row_columns)


def current_user() -> str:
    """A file's audit 'who': BRIEFING_USER if configured, else the OS user name."""
    configured = os.environ.get("BRIEFING_USER")
    if configured:
        return configured
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


class Conflict(BriefingFileError):
    """The server rolled a transaction back because it collided with another session's
    (a deadlock or serialisation failure); `atomically` runs it again."""


def _column_value(codec: Codec, column: str, value):
    """What a column stores for a field: lists of the codec's JSON columns as JSON text,
    booleans as 0/1 (an INTEGER in both dialects, so a copy moves them unchanged)."""
    if column in codec.json_columns:
        return JSON_TEXT.encode(value)
    return int(value) if isinstance(value, bool) else value


def _column_values(codec: Codec, column: str, values: list) -> list:
    """`_column_value` of a whole column (most hold no boolean and no list to encode)."""
    if column in codec.json_columns:
        return ["[]" if v == [] else JSON_TEXT.encode(v) for v in values]
    if bool in set(map(type, values)):
        return [int(v) if isinstance(v, bool) else v for v in values]
    return values


class Store(RecordingPositions, ImportLog, OperationLog, abc.ABC):
    """One open briefing. `location` names it in every message (a path, or a server URI
    without any password); `path` is the file (None for a server); `read_only_reason`
    says why a briefing opened read-only."""

    location: str
    path: Path | None = None
    read_only: bool = False
    read_only_reason: str | None = None
    is_server: bool = False
    pages_checked: bool = True  # SQLite's page check ran on open (`page_damage` otherwise)
    _claim_strings = False   # the claims read for the analysis as group_concat strings

    def __init__(self):
        self._depth = 0
        self._reading = 0
        self._now = ""
        self._changed: dict[tuple[str, str], None] = {}
        self._unnamed_change = False  # rows written without audit (a copy): views re-read

    # ---- what a backend supplies --------------------------------------------------------
    @abc.abstractmethod
    def close(self) -> None: ...

    @abc.abstractmethod
    def _execute(self, sql: str, args: tuple = ()):
        """A cursor over the result of one statement (`?` placeholders)."""

    @abc.abstractmethod
    def _executemany(self, sql: str, rows: list) -> None: ...

    @abc.abstractmethod
    def _begin(self) -> None:
        """Start a writing transaction and set `self._now` (the audit's 'when')."""

    @abc.abstractmethod
    def _commit(self) -> None: ...

    @abc.abstractmethod
    def _rollback(self) -> None: ...

    @abc.abstractmethod
    def _begin_snapshot(self) -> None:
        """Start a read-only transaction that sees one consistent state."""

    @abc.abstractmethod
    def columns(self, table: str) -> list[str]:
        """The columns of one of the briefing's tables, in their order."""

    @abc.abstractmethod
    def _span_start(self, claim: str) -> str:
        """SQL for the first day a claim's fuzzy date may mean (`FuzzyDate.span()[0]`) as
        `YYYY-MM-DD` text, from the columns of the claim table aliased `claim`."""

    @abc.abstractmethod
    def _failure(self, exc: BaseException) -> BriefingFileError | None:
        """The one-line error for a driver error (a `Conflict` for a serialisation
        failure), or None if `exc` is not the driver's."""

    @property
    @abc.abstractmethod
    def who(self) -> str:
        """The audit's 'who' for this connection."""

    @abc.abstractmethod
    def schema_version(self) -> int: ...

    @abc.abstractmethod
    def watch(self) -> None:
        """Start noticing other connections' commits (`others_changes`)."""

    @abc.abstractmethod
    def others_changes(self) -> list[tuple[str, str]] | None:
        """(entity, id) pairs other connections changed since the last call (or since
        `watch`): [] for none, None when unknown or too many — then every view re-reads."""

    @abc.abstractmethod
    def integrity_problems(self) -> list[str]: ...

    def page_damage(self) -> str | None:
        """One line naming damaged pages, or None (a server checks its own pages)."""
        return None

    @abc.abstractmethod
    def save_copy(self, target: Path) -> None:
        """A consistent copy of the whole briefing, as a new file written atomically."""

    # ---- transactions -------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self):
        """One atomic unit of work; nested calls join the outer transaction."""
        if self.read_only:
            raise ReadOnlyError(f"{self.location}: {self.read_only_reason or 'opened read-only'}"
                                "; changes are not allowed")
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        if self._reading:
            raise RuntimeError("a write inside a read snapshot")
        self._guard(self._begin)
        self._depth, self._changed, self._unnamed_change = 1, {}, False
        self._oplog_tx = None
        try:
            yield self
            self._guard(self._commit)
        except BaseException as exc:
            self._safe_rollback()
            failure = self._failure(exc) if not isinstance(exc, BriefingFileError) else None
            if failure is None:
                raise
            raise failure from None
        finally:
            self._depth = 0

    def atomically(self, fn: Callable[[], T]) -> T:
        """`fn()` in one transaction, run again (from the start) when the server says it
        collided with another analyst's; inside a transaction, simply `fn()`."""
        if self._depth:
            return fn()
        for attempt in range(RETRIES):
            try:
                with self.transaction():
                    return fn()
            except Conflict:
                if attempt == RETRIES - 1:
                    raise
                time.sleep(random.uniform(0, 0.01 * 2 ** attempt))
        raise AssertionError("unreachable")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    @contextlib.contextmanager
    def snapshot(self):
        """Reads that see one consistent state while others write (an export, a copy):
        without it, each read sees the latest commit, and two tables read one after the
        other could disagree. Inside a transaction, its own view is already consistent."""
        if self._depth or self._reading:
            yield self
            return
        self._guard(self._begin_snapshot)
        self._reading = 1
        try:
            yield self
        finally:
            self._reading = 0
            self._safe_rollback()

    def _guard(self, step: Callable[[], object]):
        try:
            return step()
        except BriefingFileError:
            raise
        except Exception as exc:  # noqa: BLE001 - only what `_failure` recognises
            failure = self._failure(exc)
            if failure is None:
                raise
            raise failure from None

    def _safe_rollback(self) -> None:
        try:
            self._rollback()
        except Exception:  # noqa: BLE001 - the connection may be gone; the first error counts
            pass

    def _audit_many(self, rows: list[tuple], positions: list[int] | None = None) -> None:
        """Record changes (action, entity, id, field, old, new) in the audit and, as this
        copy's operations, in the log change bundles carry (operations.py); `positions`:
        the places in the analyst's order of inserted or deleted rows."""
        self._executemany(
            "INSERT INTO audit(at, who, action, entity, entity_id, field, old, new, import_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(self._now, self.who, *row, self._import_id) for row in rows])
        if self._import_id is not None:
            self._import_rows += len(rows)
        for row in rows:
            self._changed[(row[1], row[2])] = None
        self._log_operations(rows, positions)

    # ---- reads --------------------------------------------------------------------------
    @reading
    def briefing(self) -> Briefing:
        row = self._execute(
            "SELECT title, subject, classification, as_of FROM briefing").fetchone()
        return Briefing(*row) if row else Briefing()

    @reading
    def all(self, entity: str) -> list[Entity]:
        codec = CODECS[entity]
        return [codec.from_fields(f) for f in read_fields(self._execute, codec)]

    @reading
    def get(self, entity: str, entity_id: str) -> Entity:
        codec = CODECS[entity]
        rows = read_fields(self._execute, codec, "WHERE id = ?", (entity_id,))
        if not rows:
            raise NotFoundError(entity, entity_id)
        return codec.from_fields(rows[0])

    @reading
    def ids(self, entity: str) -> list[str]:
        return [r[0] for r in self._execute(f"SELECT id FROM {CODECS[entity].entity} "
                                            "ORDER BY seq, id").fetchall()]

    @reading
    def count(self, table: str) -> int:
        """Rows of one table (an entity kind, or any of `TABLES`)."""
        if table not in TABLES:
            raise KeyError(table)
        return self._execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    @reading
    def revision(self, entity: str, entity_id: str) -> int | None:
        row = self._execute(f"SELECT rev FROM {CODECS[entity].entity} WHERE id = ?",
                            (entity_id,)).fetchone()
        return row[0] if row else None

    @reading
    def history(self, entity: str, entity_id: str) -> list[AuditEntry]:
        """Every audited change of one entity, oldest first; an import's insert says which
        import (and file) it came from, with the fields it was imported with."""
        return self._audit_entries(self._execute(
            f"SELECT {AUDIT_COLUMNS} FROM audit a LEFT JOIN import_record r ON r.id = "
            "a.import_id WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.id",
            (entity, entity_id)).fetchall())

    @reading
    def ids_where(self, entity: str, column: str, value: str) -> list[str]:
        """Ids of the rows of `entity` whose `column` is `value` (a claim's ratings, an
        assessment's resolutions), in the analyst's order."""
        codec = CODECS[entity]
        if column not in codec.columns:
            raise ValueError(f"{entity} has no column {column!r}")
        return [r[0] for r in self._execute(
            f'SELECT id FROM {codec.entity} WHERE "{column}" = ? ORDER BY seq',
            (value,)).fetchall()]

    @reading
    def revisions(self, entity: str) -> dict[str, int]:
        """Every row's revision, for an editor that shows many rows at once (the ACH
        matrix) and must refuse a stale edit of any of them."""
        return dict(self._execute(f"SELECT id, rev FROM {CODECS[entity].entity}").fetchall())

    @reading
    def claim_row_columns(self, ids: list[str] | None = None, first: int | None = None
                          ) -> tuple[list[str], list[list[tuple]]]:
        """(column names, columns) of claims (all, or those with `ids`) with their source's
        name and reliability, in the analyst's order: what the ledger sorts and filters.
        Each column is a list of tuples, one per batch of `_ROW_BATCH` rows: the rows are
        fetched and turned into columns a batch at a time, so no list of every row is built
        and then freed at once — at 100,000 claims each is a single call that holds the
        interpreter for 20–50 ms, and a window's thread waits that long while a worker reads
        (bench_open.py --stalls). `first`: only the first claims in the ledger's opening
        order (by the start of their date span, then the analyst's order), the page a window
        paints before the rest."""
        order = "c.seq, c.id" if first is None else \
            f"{self._span_start('c')}, c.seq, c.id LIMIT {int(first)}"
        where, args = "", ()
        if ids is not None:
            if not ids:
                where = "WHERE 1 = 0 "
            else:
                where, args = f"WHERE c.id IN ({', '.join('?' * len(ids))}) ", tuple(ids)
        cols = ", ".join(f'c."{c}"' for c in ("seq", "rev", *CLAIM.columns))
        cursor = self._execute(f"SELECT {cols}, s.name AS source_name, s.reliability "
                               f"FROM claim c JOIN source s ON s.id = c.source {where}"
                               f"ORDER BY {order}", args)
        names = [d[0] for d in cursor.description]
        columns: list[list[tuple]] = [[] for _ in names]
        while batch := cursor.fetchmany(_ROW_BATCH):
            for column, values in zip(columns, zip(*batch)):
                column.append(values)
        return names, columns

    @reading
    def claim_values(self, subjects: Iterable[str] | None = None,
                     ids: Iterable[str] | None = None) -> ClaimColumns:
        """Every claim's values as columns (`claim_read.py`: few-valued fields packed, rows
        in the table's order with their seq), read in one statement for the analysis (which
        keeps them as columns: no entity per row). With `subjects` or `ids`: only the claims
        of those subjects, those claims, and the strength claims any of them names as its
        base (read again with those, in the rare case one is of another subject)."""
        with self.snapshot():
            if subjects is None and ids is None:
                return read_claim_columns(self._execute, "", (), self._claim_strings)
            subjects, ids = tuple(subjects or ()), tuple(ids or ())
            while True:
                where = " OR ".join(
                    [f"subject IN ({', '.join('?' * len(subjects))})"] * bool(subjects)
                    + [f"id IN ({', '.join('?' * len(ids))})"] * bool(ids))
                read = read_claim_columns(self._execute, f"WHERE {where or '1 = 0'}",
                                          subjects + ids, self._claim_strings)
                missing = set(read.columns["base_claim"]) - {None} \
                    - set(read.columns["id"]) - set(ids)
                if not missing:
                    return read
                ids += tuple(sorted(missing))

    @reading
    def claim_texts(self, ids: Iterable[str]) -> dict[str, dict]:
        """Claim id → {"quote", "document", "note"} of the claims with these ids still
        stored: what `claim_values` leaves out, read for the Claims an analysis makes."""
        return read_claim_texts(self._execute, ids)

    @reading
    def events_citing(self, claim_id: str) -> list[str]:
        """Ids of the events that cite a claim, in timeline order."""
        return [r[0] for r in self._execute(
            "SELECT e.id FROM event_claim ec JOIN event e ON e.id = ec.event "
            "WHERE ec.claim = ? ORDER BY e.seq, e.id", (claim_id,)).fetchall()]

    @reading
    def citations_of_source(self, source_id: str) -> tuple[int, int]:
        """How many claims and how many events cite a source (deleting it is refused)."""
        row = self._execute("SELECT (SELECT count(*) FROM claim WHERE source = ?), "
                            "(SELECT count(*) FROM event_source WHERE source = ?)",
                            (source_id, source_id)).fetchone()
        return row[0], row[1]

    @reading
    def fingerprint(self) -> tuple[int, int]:
        """What changes whenever the program writes: the audit's length and last entry."""
        return tuple(self._execute(
            "SELECT count(*), coalesce(max(id), 0) FROM audit").fetchone())

    # ---- writes -------------------------------------------------------------------------
    def set_briefing(self, briefing: Briefing) -> bool:
        briefing.validated()
        return self.atomically(lambda: self._set_briefing(briefing))

    def _set_briefing(self, briefing: Briefing) -> bool:
        old = self.briefing()
        diffs = [(k, v) for k, v in briefing.as_dict().items() if getattr(old, k) != v]
        if not diffs:
            return False
        exists = self._execute("SELECT count(*) FROM briefing").fetchone()[0]
        self._execute(
            "INSERT INTO briefing(singleton, title, subject, classification, as_of) "
            "VALUES (1, ?, ?, ?, ?) ON CONFLICT (singleton) DO UPDATE SET "
            "title = excluded.title, subject = excluded.subject, "
            "classification = excluded.classification, as_of = excluded.as_of",
            (briefing.title, briefing.subject, briefing.classification, briefing.as_of))
        self._audit_many([("update" if exists else "insert", "briefing", "briefing", k,
                           encode(getattr(old, k)), encode(v)) for k, v in diffs])
        return True

    def put(self, entity: Entity, expected_rev: int | None = None) -> bool:
        """Insert or update one entity; False when nothing changed. With `expected_rev`,
        a row whose revision is no longer that raises StaleEditError."""
        codec = CODEC_OF_CLASS[type(entity)]
        entity.validated()
        new = codec.to_fields(entity)
        return self.atomically(lambda: self._put(codec, new, expected_rev))

    def _put(self, codec: Codec, new: dict, expected_rev: int | None) -> bool:
        rows = read_fields(self._execute, codec, "WHERE id = ?", (new["id"],))
        if not rows:
            self._insert(codec, [new])
            return True
        if expected_rev is not None and self.revision(codec.entity, new["id"]) != expected_rev:
            raise StaleEditError(codec.entity, new["id"])
        old = rows[0]
        diffs = [k for k in new if old.get(k) != new[k]]
        if not diffs:
            return False
        self._update(codec, old, new, diffs)
        return True

    def put_many(self, entities: list[Entity]) -> tuple[set[str], set[str]]:
        """Bulk insert-or-update of one kind (imports, inside `importing`): (inserted ids,
        updated ids)."""
        if not entities:
            return set(), set()
        codec = CODEC_OF_CLASS[type(entities[0])]
        return self.atomically(lambda: self._put_many(codec, entities))

    def _put_many(self, codec: Codec, entities: list[Entity]) -> tuple[set[str], set[str]]:
        existing = set(self.ids(codec.entity))
        fresh = [codec.to_fields(e) for e in entities if e.id not in existing]
        self._insert(codec, fresh)
        updated = set()
        for e in entities:
            if e.id in existing and self.put(e):
                updated.add(e.id)
        return {f["id"] for f in fresh}, updated

    def delete(self, entity: str, entity_id: str) -> None:
        self.atomically(lambda: self._delete(CODECS[entity], entity_id))

    def _delete(self, codec: Codec, entity_id: str) -> None:
        rows = read_fields(self._execute, codec, "WHERE id = ?", (entity_id,))
        if not rows:
            raise NotFoundError(codec.entity, entity_id)
        seq = self._execute(f"SELECT seq FROM {codec.entity} WHERE id = ?",
                            (entity_id,)).fetchone()[0]
        self._keep_imported(codec.entity, entity_id, rows[0])
        self._execute(f"DELETE FROM {codec.entity} WHERE id = ?", (entity_id,))
        self._audit_many([("delete", codec.entity, entity_id, None, encode(rows[0]), None)],
                         [seq])

    def _insert(self, codec: Codec, fields: list[dict]) -> None:
        if fields:
            names = codec.columns + (("claims", "sources") if codec is EVENT else ())
            self._insert_rows(codec, {c: [f[c] for f in fields] for c in names},
                              fields.__getitem__)

    def insert_columns(self, entity: str, columns: dict[str, list]) -> None:
        """Insert new entities of one kind given column by column, each list holding one
        field (as `Codec.to_fields` gives it) of every entity: a validated batch of an
        import (inside `importing`), without an object or a dict per row."""
        codec = CODECS[entity]
        self.atomically(lambda: self._insert_rows(
            codec, columns, lambda i: {c: columns[c][i] for c in columns}))

    def _insert_rows(self, codec: Codec, columns: dict[str, list], field_of) -> None:
        """`columns` of new rows; `field_of(i)`: the fields of the i-th, as a dict."""
        cols, ids = list(codec.columns), columns["id"]
        start = self._execute(
            f"SELECT coalesce(max(seq), 0) FROM {codec.entity}").fetchone()[0]
        positions = list(range(start + 1, start + len(ids) + 1))
        data = [_column_values(codec, c, columns[c]) for c in cols]
        if codec is SCENARIO:
            cols.append("params")
            data.append([JSON_TEXT.encode({k: field_of(i)[k] for k in SCENARIO_PARAMS})
                         for i in range(len(ids))])
        names = ", ".join(f'"{c}"' for c in cols) + ", seq"
        marks = ", ".join("?" * (len(cols) + 1))
        with self._rows_checked(codec.entity):
            self._executemany(f"INSERT INTO {codec.entity}({names}) VALUES ({marks})",
                              list(zip(*data, positions)))
        if codec is EVENT:
            self._write_links(ids, columns["claims"], columns["sources"], fresh=True)
        if self._import_id is not None and not self._replaying:
            self._audit_imported(codec, ids, positions, field_of)
            return
        self._audit_many([("insert", codec.entity, entity_id, None, None, encode(field_of(i)))
                          for i, entity_id in enumerate(ids)], positions)

    def _rows_checked(self, table: str):
        """Around an import's insert of rows into `table`: a backend may ask the new rows'
        CHECKs once at the end, raising what the insert would have (checks.py)."""
        return contextlib.nullcontext()

    def _update(self, codec: Codec, old: dict, new: dict, diffs: list[str]) -> None:
        sets = {c: _column_value(codec, c, new[c]) for c in codec.columns if c in diffs}
        if codec is SCENARIO and any(k in SCENARIO_PARAMS for k in diffs):
            sets["params"] = JSON_TEXT.encode({k: new[k] for k in SCENARIO_PARAMS})
        assignments = ", ".join(f'"{c}" = ?' for c in sets)
        self._keep_imported(codec.entity, new["id"], old)
        self._execute(
            f"UPDATE {codec.entity} SET {assignments}{', ' if sets else ''}rev = rev + 1 "
            "WHERE id = ?", (*sets.values(), new["id"]))
        if codec is EVENT and ({"claims", "sources"} & set(diffs)):
            self._write_links([new["id"]], [new["claims"]], [new["sources"]])
        self._audit_many([("update", codec.entity, new["id"], k, encode(old.get(k)),
                           encode(new[k])) for k in diffs])

    def _write_links(self, ids: list[str], claims: list[list], sources: list[list],
                     fresh: bool = False) -> None:
        """Events' claim and source links (each event's lists, in `ids`' order), in one
        statement per table (an import of 20,000 events is two statements, not 80,000).
        `fresh` events have no old links to drop."""
        for table, column, lists in (("event_claim", "claim", claims),
                                     ("event_source", "source", sources)):
            if not fresh:
                self._executemany(f"DELETE FROM {table} WHERE event = ?",
                                  [(i,) for i in ids])
            counts = list(map(len, lists))   # the rows built in C passes, not row by row
            self._executemany(
                f"INSERT INTO {table}(event, {column}, pos) VALUES (?, ?, ?)",
                list(zip(chain.from_iterable(map(repeat, ids, counts)),
                         chain.from_iterable(lists), chain.from_iterable(map(range, counts)))))

    # ---- whole tables (briefing copy) ---------------------------------------------------
    @reading
    def table_rows(self, table: str, columns: Iterable[str]) -> list[tuple]:
        """Every row of `table` as stored (copying a briefing, audit history included)."""
        cols = ", ".join(f'"{c}"' for c in columns)
        order = "id" if table == "audit" else "1"
        return self._execute(f"SELECT {cols} FROM {table} ORDER BY {order}").fetchall()

    def load_rows(self, table: str, columns: list[str], rows: list[tuple]) -> None:
        """Rows written as they are, unaudited: only `copying` does this, into an empty
        briefing, with the source's audit copied alongside."""
        if rows:
            cols = ", ".join(f'"{c}"' for c in columns)
            self._executemany(f"INSERT INTO {table}({cols}) VALUES "
                              f"({', '.join('?' * len(columns))})", rows)
            self._unnamed_change = True


__all__ = ["AUDIT_COLUMNS", "AuditEntry", "Conflict", "DETAIL_LIMIT", "Store", "current_user", "decode",
           "encode", "reading"]
