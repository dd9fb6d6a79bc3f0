"""The operation log: every change as an operation that travels in change bundles (§6).

Each audited change is also written, in the same transaction, as an operation keyed by
this copy's origin and the next sequence number, listing the operations it replaced
(operation_merge.py says how that decides what an entity is). Operations received in a
bundle are added unchanged, and the entities they touch are rewritten as the merge rules
make them — audited like any change, but not logged again as this copy's own.

The origin belongs to the place where it was taken (`sync_home`: a file's host, device and
inode, a server's database): a copy made byte for byte, a restored backup or `briefing
copy` finds another home and takes a new origin at its first write, so two copies never
number different changes with the same (origin, seq).
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass

from ..domain import Briefing, Problem, ValidationError
from .codecs import CODECS, decode, encode, read_fields
from .operation_merge import DELETED, Op, distinct_values, heads, in_force, merge_entity

# The entity kinds a merge rewrites, each after those it references (the codecs' order);
# operations of a kind this program does not know are kept and passed on untouched.
KIND_ORDER = ("briefing", *CODECS)
# The columns that keep an entity alive while they name it (sources and a claim's events
# are asked of the store: they are cited through link tables too).
_CITED_BY = {"document": (("claim", "document"),),
             "claim": (("claim", "base_claim"), ("rating", "claim")),
             "hypothesis": (("rating", "hypothesis"),),
             "assessment": (("resolution", "assessment"),)}
_OP_COLUMNS = ("origin, seq, at, who, action, entity, entity_id, field, value, old, prev, "
               "pos")
_CHUNK = 500


@dataclass(frozen=True)
class Received:
    applied: int
    seen: int
    conflicting: int
    touched: frozenset[tuple[str, str]]


class OperationLog:
    """Mixed into `Store`: the SQL of the log, the identity and the conflicts."""

    _replaying = False
    _oplog_tx: dict | None = None

    # ---- identity -----------------------------------------------------------------------
    def sync_home(self) -> str:
        """Where this briefing lives now (a subclass says how to name it)."""
        return ""

    def _home(self) -> str:
        if getattr(self, "_home_seen", None) is None:
            self._home_seen = self.sync_home()
        return self._home_seen

    def briefing_id(self) -> str:
        return self._execute("SELECT briefing_id FROM sync_identity").fetchone()[0]

    def origin(self) -> str:
        """This copy's origin; '' until its first change here."""
        row = self._execute("SELECT origin, home FROM sync_identity").fetchone()
        return row[0] if row[1] == self._home() else ""

    def adopt_briefing_id(self, briefing_id: str) -> None:
        """Become a copy of the briefing `briefing_id` (an import of its export into an
        empty briefing, a `briefing copy`): its origin is taken afresh at the next write."""
        self._execute("UPDATE sync_identity SET briefing_id = ?, origin = '', home = '', "
                      "shared = 1", (briefing_id,))

    def mark_shared(self) -> None:
        """A copy of this briefing exists or will (a bundle went out or came in)."""
        self.atomically(lambda: self._execute("UPDATE sync_identity SET shared = 1 "
                                              "WHERE shared = 0"))

    def id_tag(self) -> str:
        """'' for a briefing with no copy, else '-' and four characters of this copy's
        origin: ids two copies choose apart ('c12-3f9a', 'c12-b071') then do not collide.
        Called inside the writing transaction that uses the id."""
        origin = self._tx()["origin"]   # first: a copy's first write finds it is one
        shared = self._execute("SELECT shared FROM sync_identity").fetchone()[0]
        return f"-{origin[:4]}" if shared else ""

    def _tx(self) -> dict:
        """This transaction's origin, next sequence number and conflicted entities."""
        if self._oplog_tx is None:
            origin, home = self._execute("SELECT origin, home FROM sync_identity").fetchone()
            here = self._home()
            if not origin or home != here:
                copied = bool(origin)   # written elsewhere before: this is a copy
                origin = uuid.uuid4().hex
                self._execute("UPDATE sync_identity SET origin = ?, home = ?, shared = "
                              "CASE WHEN ? THEN 1 ELSE shared END", (origin, here, copied))
            conflicted = {(e, i) for e, i, _ in self.merge_conflicts()}
            self._oplog_tx = {"origin": origin, "next": None, "conflicted": conflicted}
        return self._oplog_tx

    def _sequence_numbers(self, count: int) -> list[int]:
        """`count` new sequence numbers of this copy's origin, in this transaction: the next
        after the last (a file has one writer at a time; a server overrides this)."""
        tx = self._tx()
        if tx["next"] is None:
            tx["next"] = 1 + self._execute("SELECT coalesce(max(seq), 0) FROM operation "
                                           "WHERE origin = ?", (tx["origin"],)).fetchone()[0]
        start, tx["next"] = tx["next"], tx["next"] + count
        return list(range(start, start + count))

    # ---- reads --------------------------------------------------------------------------
    def operations(self) -> list[Op]:
        """Every operation this copy knows, by origin and sequence."""
        return self._with_imported_values([_op(r) for r in self._execute(
            f"SELECT {_OP_COLUMNS} FROM operation ORDER BY origin, seq").fetchall()])

    def entity_operations(self, entity: str, entity_id: str) -> list[Op]:
        return self._with_imported_values([_op(r) for r in self._execute(
            f"SELECT {_OP_COLUMNS} FROM operation WHERE entity = ? AND entity_id = ? "
            "ORDER BY origin, seq", (entity, entity_id)).fetchall()])

    def merge_conflicts(self) -> list[tuple[str, str, str]]:
        """(entity, id, field) of every field holding more than one value."""
        return [tuple(r) for r in self._execute(
            "SELECT entity, entity_id, field FROM merge_conflict "
            "ORDER BY entity, entity_id, field").fetchall()]

    def conflict_values(self, entity: str, entity_id: str, field: str) -> list[Op]:
        """The operations whose values a field holds, latest first."""
        hs = heads(in_force(self.entity_operations(entity, entity_id)), field)
        return sorted(hs, key=lambda o: o.order, reverse=True)

    # ---- this copy's own changes (the audit's path) -------------------------------------
    def _log_operations(self, rows: list[tuple], positions: list[int] | None) -> None:
        """One operation per audit row (action, entity, id, field, old, new)."""
        if self._replaying or not rows:
            return
        tx = self._tx()
        histories = self._histories(rows)
        out, first = [], []
        numbers = self._sequence_numbers(len(rows))
        for i, (action, entity, entity_id, field, old, new) in enumerate(rows):
            ops = histories.get((entity, entity_id))
            if ops is None and field is None:
                # A new entity's first operation (a bulk import's every row): its JSON is
                # the audit's, as it is — nothing to compare, nothing to decode.
                first.append((tx["origin"], numbers[i], self._now, self.who, action, entity,
                              entity_id, None, new, old, "[]",
                              positions[i] if positions else None))
                continue
            ops = histories.setdefault((entity, entity_id), [])
            old, new = decode(old), decode(new)
            if field is not None:
                kind, value = "set", new
                hs = heads(in_force(ops), field) if ops else []
                prev = [h.key for h in hs if _equal(h.value_of(field), old)]
            else:
                kind, value = action, new
                prev = sorted(all_heads(in_force(ops))) if ops else []
            op = Op(tx["origin"], numbers[i], self._now, self.who, kind, entity, entity_id,
                    field, value, old, tuple(prev),
                    positions[i] if positions and field is None else None)
            ops.append(op)
            out.append(op)
        self._insert_ops(out, first)
        self._settle_conflicts({(o.entity, o.entity_id) for o in out}
                               & tx["conflicted"], histories)

    def _histories(self, rows: list[tuple]) -> dict[tuple[str, str], list[Op]]:
        """The known operations of the entities `rows` change (one query per edited
        entity; a bulk insert asks only which of its ids have any)."""
        out: dict[tuple[str, str], list[Op]] = {}
        inserted: dict[str, list[str]] = {}
        for action, entity, entity_id, field, _, _ in rows:
            if action == "insert" and field is None:
                inserted.setdefault(entity, []).append(entity_id)
            elif (entity, entity_id) not in out:
                out[(entity, entity_id)] = self.entity_operations(entity, entity_id)
        for entity, ids in inserted.items():
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start:start + _CHUNK]
                found = self._execute(
                    f"SELECT DISTINCT entity_id FROM operation WHERE entity = ? AND entity_id "
                    f"IN ({', '.join('?' * len(chunk))})", (entity, *chunk)).fetchall()
                for (entity_id,) in found:
                    out.setdefault((entity, entity_id),
                                   self.entity_operations(entity, entity_id))
        return out

    def _settle_conflicts(self, entities: set, histories: dict) -> None:
        """A local change can only end a conflict: drop the fields that now hold one value."""
        for entity, entity_id in entities:
            ops = in_force(histories[(entity, entity_id)])
            for _, _, field in self.entity_conflicts(entity, entity_id):
                if len(distinct_values(heads(ops, field), field)) <= 1:
                    self._execute("DELETE FROM merge_conflict WHERE entity = ? AND "
                                  "entity_id = ? AND field = ?", (entity, entity_id, field))

    def entity_conflicts(self, entity: str, entity_id: str) -> list[tuple[str, str, str]]:
        return [tuple(r) for r in self._execute(
            "SELECT entity, entity_id, field FROM merge_conflict WHERE entity = ? AND "
            "entity_id = ? ORDER BY field", (entity, entity_id)).fetchall()]

    def _insert_ops(self, ops: list[Op], rows: list[tuple] = ()) -> None:
        """`ops`, and operations already as rows; during an import, each points to it."""
        self._executemany(
            f"INSERT INTO operation({_OP_COLUMNS}, import_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*r, self._import_id) for r in [_row(o) for o in ops] + list(rows)])

    def _append(self, action: str, entity: str, entity_id: str, field: str | None,
                value, old, prev) -> Op:
        [number] = self._sequence_numbers(1)
        op = Op(self._tx()["origin"], number, self._now, self.who, action, entity, entity_id,
                field, value, old, tuple(prev))
        self._insert_ops([op])
        return op

    # ---- resolving ----------------------------------------------------------------------
    def resolve(self, entity: str, entity_id: str, field: str, value) -> tuple[str, int]:
        """Settle a conflict on one field with `value` (one of its values, or any): an
        operation replacing every value the field holds, which syncs like any change.
        Returns its key (what `reopen` withdraws)."""
        def write():
            hs = heads(in_force(self.entity_operations(entity, entity_id)), field)
            current = self.current_value(entity, entity_id, field)
            op = self._append("resolve", entity, entity_id, field, value, current,
                              sorted(h.key for h in hs))
            self._materialise({(entity, entity_id)})
            return op.key
        return self.atomically(write)

    def reopen(self, entity: str, entity_id: str, resolution: tuple[str, int]) -> None:
        """Withdraw a resolution (its undo): the field holds its values again."""
        def write():
            self._append("reopen", entity, entity_id, None, list(resolution), None, ())
            self._materialise({(entity, entity_id)})
        self.atomically(write)

    def current_value(self, entity: str, entity_id: str, field: str):
        row = self._row(entity, entity_id)
        return None if row is None else row.get(field)

    # ---- receiving a bundle -------------------------------------------------------------
    def receive(self, ops: list[Op]) -> Received:
        """Add the operations not yet known and rewrite what they touch, in one transaction."""
        def write() -> Received:
            known = self._known_keys({o.origin for o in ops})
            fresh, seen = {}, 0
            for o in ops:
                if o.key in known or o.key in fresh:
                    seen += 1
                else:
                    fresh[o.key] = o
            self._insert_ops(list(fresh.values()))
            self._execute("UPDATE sync_identity SET shared = 1 WHERE shared = 0")
            touched = {(o.entity, o.entity_id) for o in fresh.values()}
            if fresh:
                touched |= {(e, i) for e, i, _ in self.merge_conflicts()}
                self._materialise(touched)
            held = {h.key for e, i, f in self.merge_conflicts()
                    for h in self.conflict_values(e, i, f)}
            return Received(len(fresh), seen, len(held & fresh.keys()), frozenset(touched))
        return self.atomically(write)

    def _known_keys(self, origins: set[str]) -> set[tuple[str, int]]:
        out: set[tuple[str, int]] = set()
        for origin in origins:
            out |= {(origin, s) for (s,) in self._execute(
                "SELECT seq FROM operation WHERE origin = ?", (origin,)).fetchall()}
        return out

    def _materialise(self, touched: set[tuple[str, str]]) -> None:
        """Rewrite the touched entities as their operations make them: live ones first,
        in reference order; then deletions, last-referenced first, each kept (and marked)
        while something still cites it — an edit beside a delete is never lost."""
        ordered = sorted((t for t in touched if t[0] in KIND_ORDER),
                         key=lambda t: (KIND_ORDER.index(t[0]), t[1]))
        self._replaying = True
        try:
            gone = []
            for entity, entity_id in ordered:
                merged = merge_entity(self.entity_operations(entity, entity_id),
                                      self._row(entity, entity_id), _validator(entity))
                if merged.state is None:
                    gone.append((entity, entity_id))
                    continue
                self._write_merged(entity, entity_id, merged.state, merged.pos)
                self._set_conflicts(entity, entity_id, merged.conflicts)
            for entity, entity_id in reversed(gone):
                self._set_conflicts(entity, entity_id, ())
                if self._row(entity, entity_id) is None:
                    continue
                if self._still_cited(entity, entity_id):
                    self._set_conflicts(entity, entity_id, ("id",))
                else:
                    self._delete(CODECS[entity], entity_id)
        finally:
            self._replaying = False

    def _row(self, entity: str, entity_id: str) -> dict | None:
        if entity == "briefing":
            exists = self._execute("SELECT count(*) FROM briefing").fetchone()[0]
            return self.briefing().as_dict() if exists else None
        rows = read_fields(self._execute, CODECS[entity], "WHERE id = ?", (entity_id,))
        return rows[0] if rows else None

    def _write_merged(self, entity: str, entity_id: str, state: dict, pos: int | None):
        """Write one merged entity; one the received operations leave invalid, or citing
        what this briefing has never had (a bundle made by hand), refuses the whole bundle
        with a ValidationError naming it."""
        if not _validator(entity)(state):
            raise ValidationError([Problem(f"{entity} {entity_id}", "the bundle's changes "
                                           "make it invalid; nothing was applied")])
        if entity == "briefing":
            self._set_briefing(Briefing(**state))
            return
        for kind, ref in _references(entity, state):
            if self._row(kind, ref) is None:
                self._revive(kind, ref)
            if self._row(kind, ref) is None:
                raise ValidationError([Problem(f"{entity} {entity_id}", f"refers to unknown "
                                               f"{kind} {ref!r}; nothing was applied")])
        codec = CODECS[entity]
        self._put(codec, state, None)
        if pos is not None:
            self._execute(f"UPDATE {entity} SET seq = ? WHERE id = ? AND seq <> ?",
                          (pos, entity_id, pos))

    def _revive(self, entity: str, entity_id: str) -> None:
        """An entity deleted in one copy that another's change still cites comes back as it
        was deleted, marked as a conflict."""
        deletes = [o for o in in_force(self.entity_operations(entity, entity_id))
                   if o.action == "delete"]
        if not deletes:
            return  # never known here: the caller refuses the bundle
        last = max(deletes, key=lambda o: o.order)
        self._write_merged(entity, entity_id, dict(last.old), last.pos)
        self._set_conflicts(entity, entity_id, ("id",))

    def _still_cited(self, entity: str, entity_id: str) -> bool:
        if entity == "source" and any(self.citations_of_source(entity_id)):
            return True
        if entity == "claim" and self.events_citing(entity_id):
            return True
        return any(self.ids_where(kind, column, entity_id)
                   for kind, column in _CITED_BY.get(entity, ()))

    def _set_conflicts(self, entity: str, entity_id: str, fields) -> None:
        self._execute("DELETE FROM merge_conflict WHERE entity = ? AND entity_id = ?",
                      (entity, entity_id))
        self._executemany("INSERT INTO merge_conflict(entity, entity_id, field) "
                          "VALUES (?, ?, ?)", [(entity, entity_id, f) for f in sorted(fields)])


def _references(entity: str, state: dict) -> list[tuple[str, str]]:
    """What must exist before this entity can be written (its foreign keys)."""
    if entity == "claim":
        refs = [("source", state.get("source")), ("document", state.get("document"))]
    elif entity == "event":
        refs = [("claim", c) for c in state.get("claims") or ()]
        refs += [("source", s) for s in state.get("sources") or ()]
    elif entity == "rating":
        refs = [("hypothesis", state.get("hypothesis")), ("claim", state.get("claim"))]
    elif entity == "resolution":
        refs = [("assessment", state.get("assessment"))]
    else:
        refs = []
    return [(k, r) for k, r in refs if isinstance(r, str)]


def _validator(entity: str):
    def valid(state: dict) -> bool:
        try:
            if entity == "briefing":
                Briefing(**state).validated()
            else:
                CODECS[entity].from_fields(state).validated()
        except (ValidationError, TypeError, ValueError):
            return False
        return True
    return valid


def all_heads(ops: list[Op]) -> set[tuple[str, int]]:
    names = set()
    for o in ops:
        if o.field is not None:
            names.add(o.field)
        for record in (o.value, o.old):
            if o.field is None and isinstance(record, dict):
                names |= set(record)
    return {h.key for name in names for h in heads(ops, name)}


def _equal(a, b) -> bool:
    return a is not DELETED and a == b


def _row(op: Op) -> tuple:
    return (op.origin, op.seq, op.at, op.who, op.action, op.entity, op.entity_id, op.field,
            encode(op.value), encode(op.old), encode([list(k) for k in op.prev]), op.pos)


def _op(row) -> Op:
    return Op(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7],
              decode(row[8]), decode(row[9]), tuple((o, s) for o, s in decode(row[10])),
              row[11])


__all__ = ["OperationLog", "Received", "all_heads"]
