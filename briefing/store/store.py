"""The one owner of SQLite: reads entities, writes them in audited transactions.

Every write goes through `transaction()` (one `BEGIN IMMEDIATE` … `COMMIT`; any error rolls
the whole thing back) and through `put`/`put_many`/`delete`, which record each change in the
audit table with who, when, field, old and new value. Nothing else in the program issues SQL.
"""
from __future__ import annotations

import contextlib
import functools
import datetime as dt
import getpass
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..domain import Briefing, Entity
from . import schema
from .codecs import CODEC_OF_CLASS, CODECS, EVENT, SCENARIO, SCENARIO_PARAMS, Codec, read_fields
from .errors import BriefingFileError, NotFoundError, ReadOnlyError, StaleEditError


def current_user() -> str:
    """The audit's 'who': BRIEFING_USER if configured, else the OS user name."""
    configured = os.environ.get("BRIEFING_USER")
    if configured:
        return configured
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass(frozen=True)
class AuditEntry:
    at: str
    who: str
    action: str
    entity: str
    entity_id: str
    field: str | None
    old: object
    new: object


def _reading(method):
    """A read that meets a damaged page or undecodable bytes raises a one-line
    BriefingFileError naming the file, not a bare sqlite3 or decoding error."""
    @functools.wraps(method)
    def guarded(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except (sqlite3.Error, UnicodeDecodeError, json.JSONDecodeError) as exc:
            if isinstance(exc, sqlite3.Error):
                raise schema._sql_error(self.path, exc) from None
            raise BriefingFileError(f"{self.path}: not a usable briefing file (damaged "
                                    f"data: {exc})") from None
    return guarded


_JSON = json.JSONEncoder(ensure_ascii=False)  # one encoder: json.dumps makes one per call


def _encode(value) -> str | None:
    return None if value is None else _JSON.encode(value)


def _decode(text: str | None):
    return None if text is None else json.loads(text)


def _column_value(codec: Codec, column: str, value):
    """What SQLite stores for a field: lists of the codec's JSON columns as JSON text."""
    return _JSON.encode(value) if column in codec.json_columns else value


class Store:
    def __init__(self, path: Path, create: bool = True, read_only: bool = False):
        self.path = Path(path)
        self.conn, self.read_only = schema.connect(self.path, create, read_only)
        self._depth = 0
        self._who = current_user()
        self.own_audit_max = 0  # the newest audit row this connection wrote itself

    def close(self) -> None:
        self.conn.close()

    # ---- transactions -------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self):
        """One atomic unit of work; nested calls join the outer transaction."""
        if self.read_only:
            raise ReadOnlyError(f"{self.path}: opened read-only; changes are not allowed")
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise schema._sql_error(self.path, exc) from None
        self._depth = 1
        self._now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        try:
            yield self
            last = self.conn.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0]
            self.conn.execute("COMMIT")
            self.own_audit_max = last
        except sqlite3.Error as exc:
            self._rollback()
            raise schema._sql_error(self.path, exc) from None
        except UnicodeEncodeError:
            # Text with a lone surrogate (valid JSON "\ud800", or pasted) is not storable.
            self._rollback()
            raise BriefingFileError(f"{self.path}: text that is not valid Unicode (a lone "
                                    "surrogate) cannot be saved; nothing was saved") from None
        except BaseException:
            self._rollback()
            raise
        finally:
            self._depth = 0

    def _rollback(self) -> None:
        # After SQLITE_FULL (and some I/O errors) SQLite has already rolled the transaction
        # back itself; a second ROLLBACK would raise and hide the real error.
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def _audit_many(self, rows: list[tuple]) -> None:
        self.conn.executemany(
            "INSERT INTO audit(at, who, action, entity, entity_id, field, old, new) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(self._now, self._who, *row) for row in rows])

    # ---- reads --------------------------------------------------------------------------
    @_reading
    def briefing(self) -> Briefing:
        row = self.conn.execute(
            "SELECT title, subject, classification, as_of FROM briefing").fetchone()
        return Briefing(*row) if row else Briefing()

    @_reading
    def all(self, entity: str) -> list[Entity]:
        codec = CODECS[entity]
        return [codec.from_fields(f) for f in read_fields(self.conn, codec)]

    @_reading
    def get(self, entity: str, entity_id: str) -> Entity:
        codec = CODECS[entity]
        rows = read_fields(self.conn, codec, "WHERE id = ?", (entity_id,))
        if not rows:
            raise NotFoundError(entity, entity_id)
        return codec.from_fields(rows[0])

    @_reading
    def ids(self, entity: str) -> list[str]:
        return [r[0] for r in self.conn.execute(f"SELECT id FROM {entity} ORDER BY seq")]

    @_reading
    def ids_where(self, entity: str, column: str, value: str) -> list[str]:
        """Ids of the rows of `entity` whose `column` is `value` (a claim's ratings, an
        assessment's resolutions), in the analyst's order."""
        if column not in CODECS[entity].columns:
            raise ValueError(f"{entity} has no column {column!r}")
        return [r[0] for r in self.conn.execute(
            f'SELECT id FROM {entity} WHERE "{column}" = ? ORDER BY seq', (value,))]

    @_reading
    def revision(self, entity: str, entity_id: str) -> int | None:
        row = self.conn.execute(f"SELECT rev FROM {entity} WHERE id = ?", (entity_id,)).fetchone()
        return row[0] if row else None

    @_reading
    def rows(self, sql: str, args: tuple = ()) -> list[tuple]:
        """A read-only query for views that need columns, not entities (the ledger)."""
        return self.conn.execute(sql, args).fetchall()

    @_reading
    def history(self, entity: str, entity_id: str) -> list[AuditEntry]:
        rows = self.conn.execute(
            "SELECT at, who, action, entity, entity_id, field, old, new FROM audit "
            "WHERE entity = ? AND entity_id = ? ORDER BY id", (entity, entity_id)).fetchall()
        return [AuditEntry(*r[:6], _decode(r[6]), _decode(r[7])) for r in rows]

    @_reading
    def revisions(self, entity: str) -> dict[str, int]:
        """Every row's revision, for an editor that shows many rows at once (the ACH
        matrix) and must refuse a stale edit of any of them."""
        return dict(self.conn.execute(f"SELECT id, rev FROM {entity}"))

    # ---- the record of judgments: where in the audit each was made ----------------------
    @_reading
    def audit_position(self) -> int:
        """The newest audit row's id (0 for a file with no history)."""
        return self.conn.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0]

    def mark_recorded(self, assessment_id: str, at: str) -> None:
        """Note, inside the transaction that records it, where in this file's audit the
        assessment was made (file-local, like `seq`: never exported)."""
        with self.transaction():
            self.conn.execute("INSERT OR REPLACE INTO recording(assessment, at, audit_position) "
                              "VALUES (?, ?, ?)", (assessment_id, at, self.audit_position()))

    @_reading
    def recorded_positions(self) -> dict[tuple[str, str], int]:
        """(assessment id, at) → its audit position, for assessments recorded in this file."""
        return {(a, at): pos for a, at, pos in self.conn.execute(
            "SELECT assessment, at, audit_position FROM recording")}

    @_reading
    def audit_between(self, after: int, upto: int | None,
                      entities: tuple[str, ...]) -> list[AuditEntry]:
        """The audit rows of `entities` with an id in (after, upto] (upto None: to the end),
        oldest first."""
        marks = ", ".join("?" * len(entities))
        rows = self.conn.execute(
            "SELECT at, who, action, entity, entity_id, field, old, new FROM audit "
            f"WHERE id > ? AND id <= ? AND entity IN ({marks}) ORDER BY id",
            (after, upto if upto is not None else 2 ** 62, *entities)).fetchall()
        return [AuditEntry(*r[:6], _decode(r[6]), _decode(r[7])) for r in rows]

    @_reading
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    @_reading
    def data_version(self) -> int:
        """Changes whenever another connection commits (cheap: ~3 µs)."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    # ---- writes -------------------------------------------------------------------------
    def set_briefing(self, briefing: Briefing) -> bool:
        briefing.validated()
        old = self.briefing()
        diffs = [(k, v) for k, v in briefing.as_dict().items() if getattr(old, k) != v]
        if not diffs:
            return False
        exists = self.conn.execute("SELECT count(*) FROM briefing").fetchone()[0]
        with self.transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO briefing(singleton, title, subject, classification, "
                "as_of) VALUES (1, ?, ?, ?, ?)",
                (briefing.title, briefing.subject, briefing.classification, briefing.as_of))
            self._audit_many([("update" if exists else "insert", "briefing", "briefing", k,
                               _encode(getattr(old, k)), _encode(v)) for k, v in diffs])
        return True

    def put(self, entity: Entity, expected_rev: int | None = None) -> bool:
        """Insert or update one entity; False when nothing changed."""
        codec = CODEC_OF_CLASS[type(entity)]
        entity.validated()
        new = codec.to_fields(entity)
        with self.transaction():
            rows = read_fields(self.conn, codec, "WHERE id = ?", (entity.id,))
            if not rows:
                self._insert(codec, [new])
                return True
            if expected_rev is not None and self.revision(codec.entity, entity.id) != expected_rev:
                raise StaleEditError(codec.entity, entity.id)
            old = rows[0]
            diffs = [k for k in new if old.get(k) != new[k]]
            if not diffs:
                return False
            self._update(codec, old, new, diffs)
            return True

    def put_many(self, entities: list[Entity]) -> tuple[set[str], set[str]]:
        """Bulk insert-or-update of one kind (imports): (inserted ids, updated ids)."""
        if not entities:
            return set(), set()
        codec = CODEC_OF_CLASS[type(entities[0])]
        with self.transaction():
            existing = set(self.ids(codec.entity))
            fresh = [codec.to_fields(e) for e in entities if e.id not in existing]
            self._insert(codec, fresh)
            updated = set()
            for e in entities:
                if e.id in existing and self.put(e):
                    updated.add(e.id)
        return {f["id"] for f in fresh}, updated

    def delete(self, entity: str, entity_id: str) -> None:
        codec = CODECS[entity]
        with self.transaction():
            rows = read_fields(self.conn, codec, "WHERE id = ?", (entity_id,))
            if not rows:
                raise NotFoundError(entity, entity_id)
            self.conn.execute(f"DELETE FROM {entity} WHERE id = ?", (entity_id,))
            self._audit_many([("delete", entity, entity_id, None, _encode(rows[0]), None)])

    def _insert(self, codec: Codec, fields: list[dict]) -> None:
        if not fields:
            return
        cols = list(codec.columns)
        start = self.conn.execute(f"SELECT coalesce(max(seq), 0) FROM {codec.entity}").fetchone()[0]
        values = [[_column_value(codec, c, f[c]) for c in cols] + [start + i + 1]
                  for i, f in enumerate(fields)]
        if codec is SCENARIO:
            cols.append("params")
            for row, f in zip(values, fields):
                row.insert(-1, json.dumps({k: f[k] for k in SCENARIO_PARAMS}))
        names = ", ".join(f'"{c}"' for c in cols) + ", seq"
        marks = ", ".join("?" * (len(cols) + 1))
        self.conn.executemany(f"INSERT INTO {codec.entity}({names}) VALUES ({marks})", values)
        if codec is EVENT:
            self._write_links(fields, fresh=True)
        self._audit_many([("insert", codec.entity, f["id"], None, None, _encode(f))
                          for f in fields])

    def _update(self, codec: Codec, old: dict, new: dict, diffs: list[str]) -> None:
        sets = {c: _column_value(codec, c, new[c]) for c in codec.columns if c in diffs}
        if codec is SCENARIO and any(k in SCENARIO_PARAMS for k in diffs):
            sets["params"] = json.dumps({k: new[k] for k in SCENARIO_PARAMS})
        assignments = ", ".join(f'"{c}" = ?' for c in sets)
        self.conn.execute(
            f"UPDATE {codec.entity} SET {assignments}{', ' if sets else ''}rev = rev + 1 "
            "WHERE id = ?", (*sets.values(), new["id"]))
        if codec is EVENT and ({"claims", "sources"} & set(diffs)):
            self._write_links([new])
        self._audit_many([("update", codec.entity, new["id"], k, _encode(old.get(k)),
                           _encode(new[k])) for k in diffs])

    def _write_links(self, events: list[dict], fresh: bool = False) -> None:
        """Events' claim and source links, in one statement per table (an import of 20,000
        events is two statements, not 80,000). `fresh` events have no old links to drop."""
        for table, column, key in (("event_claim", "claim", "claims"),
                                   ("event_source", "source", "sources")):
            if not fresh:
                self.conn.executemany(f"DELETE FROM {table} WHERE event = ?",
                                      [(e["id"],) for e in events])
            self.conn.executemany(
                f"INSERT INTO {table}(event, {column}, pos) VALUES (?, ?, ?)",
                [(e["id"], ref, i) for e in events for i, ref in enumerate(e[key])])

    def save_copy(self, target: Path) -> None:
        """A consistent copy of the whole file (SQLite's backup API, safe while others
        write), written atomically."""
        schema.backup_copy(self.conn, Path(target))

    def integrity_problems(self) -> list[str]:
        """The schema is the program's own (no foreign trigger or view), then SQLite's own
        checks: page integrity and foreign keys (a check that cannot even run on a damaged
        page is reported as a problem, not raised)."""
        try:
            foreign = schema.schema_problems(self.conn, self.schema_version())
            if foreign:
                return [schema.schema_refusal(foreign)]
            out = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
            out += [f"{table} row {rowid}: dangling reference to {parent}"
                    for table, rowid, parent, _ in self.conn.execute("PRAGMA foreign_key_check")]
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            return [f"damaged: {exc}"]
        return out


__all__ = ["AuditEntry", "BriefingFileError", "NotFoundError", "ReadOnlyError",
           "StaleEditError", "Store", "current_user"]
