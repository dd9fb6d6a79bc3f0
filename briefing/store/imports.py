"""Imports recorded once: the provenance of imported entities without a copy of each row.

An import (`briefing import`, the window's, the seed) writes one `import_record` — when,
who, the file, and the counts of what it added, updated and left unchanged — and every audit
row and operation of the changes it made points to it. The entities it *inserts* are written
with plain SQL from the rows just inserted: an audit row naming the entity, without the row's
JSON (`new` is NULL), and an insert operation whose `value` is NULL. The entity row is that
operation's value for as long as it is unchanged: the first change or deletion of the entity
(`_keep_imported`, called by the store before it writes) copies the row as it was imported
into the operation, so a change bundle always carries the import-time value and the merge
rules (operation_merge.py) see the same operations as if it had been there from the start.
The cost of the copy moves from the import (every row) to the first edit of each entity.

Entities that had operations before (deleted, then imported again) are logged as any insert
is, with the operations they replace: only an entity's first write can go without `prev`.

Mixed into `Store`, whose `_execute`, `_tx` and `_sequence_numbers` it uses.
"""
from __future__ import annotations

import contextlib
from dataclasses import replace

from .audit_rows import DETAIL_LIMIT, AuditEntry
from .codecs import CODECS, JSON_TEXT, decode, encode, read_fields
from .operation_merge import Op, in_force
from .operations import all_heads

_CHUNK = 500


class ImportLog:
    _import_id: int | None = None
    _import_rows = 0
    _import_kinds: dict = {}   # entity kind → whether any had an operation before the import

    # ---- the record ---------------------------------------------------------------------
    @contextlib.contextmanager
    def importing(self, file: str | None):
        """Inside a writing transaction: the changes made in the block are one import of
        `file` (None: a package given directly). Yields the record's id; a block that changed
        nothing leaves no record."""
        import_id = 1 + self._execute(
            "SELECT coalesce(max(id), 0) FROM import_record").fetchone()[0]
        self._execute("INSERT INTO import_record(id, at, who, file, counts) "
                      "VALUES (?, ?, ?, ?, '{}')", (import_id, self._now, self.who, file))
        self._import_id, self._import_rows, self._import_kinds = import_id, 0, {}
        self._bulk(True)
        try:
            with self._indexes_deferred():
                yield import_id
            if not self._import_rows:
                self._execute("DELETE FROM import_record WHERE id = ?", (import_id,))
        finally:
            self._import_id = None
            self._bulk(False)

    def _bulk(self, on: bool) -> None:
        """Prepare the connection for a bulk write (a backend may size its cache)."""

    def _indexes_deferred(self):
        """Around a whole import: a backend may build some indexes once after it instead of
        row by row (batch_indexes.py)."""
        return contextlib.nullcontext()

    def record_import_counts(self, import_id: int, counts: dict) -> None:
        """What the import did, per kind: {"claims": {"added": n, "updated": n, ...}}."""
        self._execute("UPDATE import_record SET counts = ? WHERE id = ?",
                      (JSON_TEXT.encode(counts), import_id))

    # ---- writing ------------------------------------------------------------------------
    def _audit_imported(self, codec, ids: list[str], positions: list[int], field_of) -> None:
        """Audit rows and operations of the rows just inserted, whose `seq` runs from
        positions[0] to positions[-1] (nothing else in the table has those); `field_of(i)`:
        the fields of the i-th, as a dict."""
        entity, first, last = codec.entity, positions[0], positions[-1]
        with self._rows_checked("audit"):
            self._execute(
                "INSERT INTO audit(at, who, action, entity, entity_id, import_id) "
                f"SELECT ?, ?, 'insert', ?, id, ? FROM {entity} WHERE seq BETWEEN ? AND ? "
                "ORDER BY seq", (self._now, self.who, entity, self._import_id, first, last))
        self._import_rows += len(ids)
        if len(ids) > DETAIL_LIMIT:
            self._unnamed_change = True   # too many to name: every view re-reads
        else:
            self._changed.update(((entity, i), None) for i in ids)
        histories = self._known_histories(entity, ids)
        again = [k for k, i in enumerate(ids) if (entity, i) in histories]
        number, args, number_of = self._import_numbering(first, len(ids))
        tx = self._tx()
        bounds = [first - 1] + [positions[i] for i in again] + [last + 1]
        with self._rows_checked("operation"):
            for low, high in zip(bounds, bounds[1:]):
                if high - low > 1:
                    self._execute(
                        "INSERT INTO operation(origin, seq, at, who, action, entity, "
                        "entity_id, prev, pos, import_id) "
                        f"SELECT ?, {number}, ?, ?, 'insert', ?, id, '[]', seq, ? "
                        f"FROM {entity} WHERE seq > ? AND seq < ? ORDER BY seq",
                        (tx["origin"], *args, self._now, self.who, entity, self._import_id,
                         low, high))
        if again:
            self._log_again(entity, [(field_of(k), positions[k]) for k in again], histories,
                            number_of)

    def _log_again(self, entity: str, rows: list[tuple[dict, int]], histories: dict,
                   number_of) -> None:
        """Inserts of entities this briefing knew before: each replaces what its history
        holds, and carries its value from the start."""
        tx, out = self._tx(), []
        for fields, pos in rows:
            ops = histories[(entity, fields["id"])]
            op = Op(tx["origin"], number_of(pos), self._now, self.who, "insert", entity,
                    fields["id"], None, decode(encode(fields)), None,
                    tuple(sorted(all_heads(in_force(ops)))), pos)
            ops.append(op)
            out.append(op)
        self._insert_ops(out)
        self._settle_conflicts({(entity, f["id"]) for f, _ in rows} & tx["conflicted"],
                               histories)

    def _known_histories(self, entity: str, ids: list[str]) -> dict:
        """The operations of those of `ids` this briefing has any of (none, when no entity
        of this kind had an operation before the import: one query, not one per 500 ids)."""
        if entity not in self._import_kinds:
            self._import_kinds[entity] = self._execute(
                "SELECT 1 FROM operation WHERE entity = ? LIMIT 1", (entity,)).fetchone()
        if self._import_kinds[entity] is None:
            return {}
        return self._histories([("insert", entity, i, None, None, None) for i in ids])

    def _import_numbering(self, first: int, count: int):
        """(SQL giving the sequence number of the operation of the imported row at hand,
        its arguments, the number for one row's `seq`): a file hands out a block."""
        start = self._sequence_numbers(count)[0]
        offset = start - first
        return "seq + ?", (offset,), lambda seq: seq + offset

    def _keep_imported(self, entity: str, entity_id: str, fields: dict) -> None:
        """Before an entity changes: an insert operation still reading its value from the
        row (an import's) takes the row as it is now — as it was imported."""
        self._execute("UPDATE operation SET value = ? WHERE entity = ? AND entity_id = ? AND "
                      "action = 'insert' AND value IS NULL", (encode(fields), entity, entity_id))

    # ---- reading ------------------------------------------------------------------------
    def _with_imported_values(self, ops: list[Op]) -> list[Op]:
        """`ops` with the value of each insert an import made read from its entity row."""
        missing: dict[str, list[str]] = {}
        for o in ops:
            if o.action == "insert" and o.value is None:
                missing.setdefault(o.entity, []).append(o.entity_id)
        if not missing:
            return ops
        rows = {(entity, f["id"]): f for entity, ids in missing.items()
                for f in self._rows_of(entity, ids)}
        return [replace(o, value=decode(encode(rows.get((o.entity, o.entity_id), {}))))
                if o.action == "insert" and o.value is None else o for o in ops]

    def _rows_of(self, entity: str, ids: list[str]) -> list[dict]:
        codec = CODECS.get(entity)
        if codec is None:
            return []
        out = []
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            out += read_fields(self._execute, codec,
                               f"WHERE id IN ({', '.join('?' * len(chunk))})", tuple(chunk))
        return out

    def _audit_entries(self, rows: list[tuple]) -> list[AuditEntry]:
        """Audit rows (at, who, action, entity, entity_id, field, old, new, import_id, file)
        as entries, an import's inserts with the value they were imported with."""
        wanted: dict[tuple[int, str], list[str]] = {}
        for r in rows:
            if r[8] is not None and r[2] == "insert" and r[7] is None:
                wanted.setdefault((r[8], r[3]), []).append(r[4])
        values = {}
        for (import_id, entity), ids in wanted.items():
            values.update(self._imported_values(import_id, entity, ids))
        return [AuditEntry(*r[:6], decode(r[6]),
                           values.get((r[8], r[3], r[4])) if r[8] is not None and r[7] is None
                           else decode(r[7]), r[8], r[9]) for r in rows]

    def _imported_values(self, import_id: int, entity: str, ids: list[str]) -> dict:
        """(import, entity, id) → the fields the import gave each of `ids`."""
        out, from_rows = {}, []
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            for entity_id, value in self._execute(
                    "SELECT entity_id, value FROM operation WHERE import_id = ? AND entity = ? "
                    f"AND action = 'insert' AND entity_id IN ({', '.join('?' * len(chunk))})",
                    (import_id, entity, *chunk)).fetchall():
                if value is None:
                    from_rows.append(entity_id)
                else:
                    out[(import_id, entity, entity_id)] = decode(value)
        for f in self._rows_of(entity, from_rows):
            out[(import_id, entity, f["id"])] = decode(encode(f))
        return out


__all__ = ["ImportLog"]
