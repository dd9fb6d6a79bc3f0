"""What a set of operations says an entity is: the merge rules of change bundles (§6).

Every change is an operation `(origin, seq)` that lists in `prev` the operations it
replaced — the state it was made on. For one field of one entity, the operations still in
force (its *heads*) are those no other operation replaced; one head is an ordinary value,
several heads holding different values are a **merge conflict** (two copies changed the
field without having seen each other's change). Because the heads are a function of the
set of operations alone, every copy that knows the same operations, received in whatever
order and however often, computes the same entity.

Three refinements of that rule:
- Two copies that imported the same package made the same entities independently; an edit
  replaces, besides what its `prev` names, every first write (an operation with no `prev`)
  whose value is the value the edit replaced: the same state, reached twice.
- A `reopen` withdraws a `resolve` (undoing a resolution brings the conflict back).
- A delete is a write of every field; an entity is gone only when every field's heads are
  deletes, so an edit made beside a delete keeps the entity, with the conflict recorded.

When the merged fields break a rule of the entity (A raised a claim's value, B lowered its
`high`), the fields are applied one at a time, oldest change first, and a field that would
break it is left at its earlier value and marked conflicting.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

MISSING = object()
DELETED = object()   # a field's value in a delete


@dataclass(frozen=True)
class Op:
    origin: str
    seq: int
    at: str
    who: str
    action: str            # insert, set, delete, resolve, reopen
    entity: str
    entity_id: str
    field: str | None      # None for insert and delete: every field
    value: object          # insert: all fields; set/resolve: the value; reopen: [origin, seq]
    old: object            # set/resolve: the value replaced; delete: all fields
    prev: tuple[tuple[str, int], ...]
    pos: int | None = None  # insert, delete: the entity's place in the analyst's order

    @property
    def key(self) -> tuple[str, int]:
        return (self.origin, self.seq)

    @property
    def order(self) -> tuple[str, str, int]:
        """Which of several heads shows as the current value: the latest."""
        return (self.at, self.origin, self.seq)

    def writes(self, field: str) -> bool:
        return self.action != "reopen" and (self.field is None or self.field == field)

    def value_of(self, field: str):
        if self.action == "insert":
            return self.value.get(field, MISSING)
        if self.action == "delete":
            return DELETED
        return self.value

    def replaced(self, field: str):
        """The value this operation found in `field`."""
        if self.action == "delete":
            return self.old.get(field, MISSING)
        if self.action in ("set", "resolve"):
            return self.old
        return MISSING


def in_force(ops: list[Op]) -> list[Op]:
    """The operations that count: reopens withdraw the resolutions they name."""
    withdrawn = {tuple(o.value) for o in ops if o.action == "reopen"}
    return [o for o in ops if o.action != "reopen" and o.key not in withdrawn]


def heads(ops: list[Op], field: str) -> list[Op]:
    """The operations whose value `field` holds now (`ops`: in force, of one entity)."""
    writers = [o for o in ops if o.writes(field)]
    replaced = {k for o in writers for k in o.prev}
    causal = [o for o in writers if o.key not in replaced]
    out = [o for o in causal if not (not o.prev and o.action in ("insert", "set")
                                     and _reached_again(o, writers, field))]
    return out or causal


def _reached_again(first: Op, writers: list[Op], field: str) -> bool:
    value = first.value_of(field)
    return value is not MISSING and any(
        o is not first and o.action != "insert" and o.replaced(field) == value
        for o in writers)


def distinct_values(hs: list[Op], field: str) -> list:
    out: list = []
    for o in sorted(hs, key=lambda o: o.order, reverse=True):
        v = o.value_of(field)
        if not any(_same(v, w) for w in out):
            out.append(v)
    return out


def _same(a, b) -> bool:
    return a is b or (a is not DELETED and b is not DELETED and a == b)


@dataclass(frozen=True)
class Merged:
    state: dict | None            # the entity's fields, or None when it is gone
    conflicts: frozenset[str]     # its fields holding more than one value
    pos: int | None               # its place in the order, when an insert says


def merge_entity(ops: list[Op], row: dict | None,
                 valid: Callable[[dict], bool]) -> Merged:
    """The entity as `ops` (all known for it) make it; `row` is how this copy holds it now
    (the shared starting point of fields no operation touched)."""
    ops = in_force(ops)
    inserts = sorted((o for o in ops if o.action == "insert"), key=lambda o: o.order)
    deletes = sorted((o for o in ops if o.action == "delete"), key=lambda o: o.order)
    if inserts:
        base = dict(inserts[-1].value)
    elif row is not None or deletes:
        base = dict(row if row is not None else deletes[-1].old)
    else:
        return Merged(None, frozenset(), None)
    names = list(base) + sorted({o.field for o in ops if o.field and o.field not in base})
    state, conflicts, winners, alive = {}, set(), {}, not deletes
    for name in names:
        hs = heads(ops, name)
        if not hs:
            state[name] = base.get(name)
            continue
        if len(distinct_values(hs, name)) > 1:
            conflicts.add(name)
        living = [o for o in hs if o.action != "delete"]
        if living:
            alive = True
            winner = max(living, key=lambda o: o.order)
            value = winner.value_of(name)
            state[name] = base.get(name) if value is MISSING else value
            winners[name] = winner
        else:
            state[name] = deletes[-1].old.get(name, base.get(name))
    if not alive:
        return Merged(None, frozenset(), None)
    pos = inserts[-1].pos if inserts else (deletes[-1].pos if deletes else None)
    if not valid(state):
        state, skipped = _one_at_a_time(ops, base, state, winners, valid)
        conflicts |= skipped
    return Merged(state, frozenset(conflicts), pos)


def _one_at_a_time(ops, base, merged, winners, valid):
    start = {name: _first_value(ops, name, base) for name in merged}
    if not valid(start):
        start = dict(base)
    skipped = set()
    for name in sorted(winners, key=lambda n: winners[n].order):
        if start.get(name) == merged[name]:
            continue
        trial = dict(start, **{name: merged[name]})
        if valid(trial):
            start = trial
        else:
            skipped.add(name)
    return start, skipped


def _first_value(ops: list[Op], name: str, base: dict):
    """What `name` held before any of `ops` changed it."""
    for o in sorted(ops, key=lambda o: o.order):
        if o.writes(name) and not o.prev:
            found = o.value_of(name) if o.action == "insert" else o.replaced(name)
            if found is not MISSING and found is not DELETED:
                return found
    return base.get(name)


__all__ = ["DELETED", "MISSING", "Merged", "Op", "distinct_values", "heads", "in_force",
           "merge_entity"]
