"""Change bundles between disconnected copies of one briefing (reference.md §6).

`export_bundle` writes every operation this copy knows; `import_bundle` applies the ones it
has not seen, in one transaction, by the merge rules (store/operation_merge.py): changes to
different fields apply, the same field changed by two copies that had not seen each
other's change keeps both values as a merge conflict, and an edit beside a delete keeps
the entity. `resolve` settles a conflict with one value; `reopen` withdraws a resolution
(its undo); both are operations that travel in the next bundle like any change.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..domain import Problem, ValidationError
from ..interchange import InterchangeError
from ..interchange.bundle_file import Bundle, bundle_bytes, read_bundle
from ..store.atomic import write_bytes
from ..store.operation_merge import DELETED, MISSING
from .changes import Changes
from .workspace import Workspace

KIND_LIST = {"source": "sources", "document": "documents", "claim": "claims",
             "event": "events", "scenario": "scenarios"}


@dataclass(frozen=True)
class SyncResult:
    applied: int
    seen: int
    conflicting: int
    open_conflicts: int
    changes: Changes

    def summary(self) -> str:
        return (f"{self.applied:,} changes applied, {self.seen:,} already seen, "
                f"{self.conflicting:,} conflicting; {self.open_conflicts:,} merge "
                f"conflict{'' if self.open_conflicts == 1 else 's'} to resolve")


@dataclass(frozen=True)
class ConflictValue:
    """One value a conflicting field holds: who entered it and when (None for the value
    this copy holds when no operation of the conflict gave it), or a deletion."""
    value: object
    who: str | None
    at: str | None
    deleted: bool = False


@dataclass(frozen=True)
class MergeConflict:
    entity: str
    entity_id: str
    field: str
    current: object
    values: tuple[ConflictValue, ...]

    def as_dict(self) -> dict:
        return {"entity": self.entity, "id": self.entity_id, "field": self.field,
                "current": self.current,
                "values": [{"value": None if v.deleted else v.value, "deleted": v.deleted,
                            "who": v.who, "at": v.at} for v in self.values]}


def changes_of(touched) -> Changes:
    out = Changes()
    for entity, entity_id in touched:
        if entity == "briefing":
            out |= Changes(briefing=True)
        elif entity in KIND_LIST:
            out |= Changes.of(entity, entity_id)
    return out


def export_bundle(ws: Workspace, path: Path) -> int:
    """Write every known operation to `path` (atomically); returns how many."""
    store = ws.store
    if not store.read_only:
        store.mark_shared()
    with store.snapshot():
        bundle = Bundle(store.briefing_id(), store.origin() or None,
                        dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                        tuple(store.operations()))
    write_bytes(Path(path), bundle_bytes(bundle))
    return len(bundle.operations)


def import_bundle(ws: Workspace, path: Path) -> SyncResult:
    """Apply a bundle's unseen operations; a bundle of another briefing, or one damaged,
    truncated or from a newer program, raises InterchangeError and applies nothing."""
    bundle = read_bundle(Path(path))
    check_bundle(ws, bundle, path)
    return apply_bundle(ws, bundle, path)


def check_bundle(ws: Workspace, bundle: Bundle, path: Path) -> None:
    """Refuse (InterchangeError, one line) a bundle of another briefing."""
    ours = ws.store.briefing_id()
    if bundle.briefing != ours:
        raise InterchangeError(path, [Problem("", f"a bundle of another briefing (id "
                                                  f"{bundle.briefing}; this one is {ours}); "
                                                  "nothing was applied")])


def apply_bundle(ws: Workspace, bundle: Bundle, path: Path) -> SyncResult:
    """Apply a read and checked bundle in one transaction; one whose changes no briefing
    may hold raises InterchangeError naming the entity, and nothing is applied."""
    try:
        received = ws.store.receive(list(bundle.operations))
    except ValidationError as exc:
        raise InterchangeError(path, exc.problems[:1]) from None
    return SyncResult(received.applied, received.seen, received.conflicting,
                      len(ws.store.merge_conflicts()), changes_of(received.touched))


def merge_conflicts(ws: Workspace) -> list[MergeConflict]:
    """Every open conflict with each value it holds, latest first."""
    store = ws.store
    with store.snapshot():
        return [conflict(ws, *key) for key in store.merge_conflicts()]


def conflict(ws: Workspace, entity: str, entity_id: str, field: str) -> MergeConflict:
    store = ws.store
    current = store.current_value(entity, entity_id, field)
    values = []
    for op in store.conflict_values(entity, entity_id, field):
        value = op.value_of(field)
        if value is MISSING:
            continue
        item = ConflictValue(None if value is DELETED else _plain(value), op.who, op.at,
                             value is DELETED)
        if not any(v.deleted == item.deleted and v.value == item.value for v in values):
            values.append(item)
    current = _plain(current)
    if not any(not v.deleted and v.value == current for v in values):
        values.append(ConflictValue(current, None, None))
    return MergeConflict(entity, entity_id, field, current, tuple(values))


def _plain(value):
    """Whole numbers as integers (quantities are stored as floats), as the package writes."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def claim_conflicts(ws: Workspace, claim_id: str) -> list[MergeConflict]:
    """One claim's open conflicts (the detail pane shows them)."""
    return [conflict(ws, *key) for key in ws.store.entity_conflicts("claim", claim_id)]


def conflicted_claims(ws: Workspace) -> dict[str, tuple[str, ...]]:
    """Claim id → its fields in conflict, for every claim with one (the ledger marks them)."""
    out: dict[str, tuple[str, ...]] = {}
    for entity, entity_id, field in ws.store.merge_conflicts():
        if entity == "claim":
            out[entity_id] = out.get(entity_id, ()) + (field,)
    return out


def resolve(ws: Workspace, entity: str, entity_id: str, field: str,
            value) -> tuple[tuple[str, int], Changes]:
    """Settle a conflict on one field with `value`; returns the resolution (for `reopen`)
    and what changed."""
    key = ws.store.resolve(entity, entity_id, field, value)
    return key, changes_of([(entity, entity_id)])


def resolve_deletion(ws: Workspace, entity: str, entity_id: str) -> Changes:
    """Settle a conflict by deleting the entity after all (an ordinary, undoable delete)."""
    return ws.delete(entity, entity_id)


def reopen(ws: Workspace, entity: str, entity_id: str, key: tuple[str, int]) -> Changes:
    ws.store.reopen(entity, entity_id, key)
    return changes_of([(entity, entity_id)])


def separate_claims(ws: Workspace, found: MergeConflict) -> list:
    """'Keep both as separate claims': the claim keeps its current value and each other
    value becomes a new claim like it (a note says where it came from). Returns the new
    claims' states for `Workspace.create`."""
    if found.entity != "claim":
        raise ValidationError([Problem(found.field, "only a claim can be kept as separate "
                                                    "claims")])

    def build(w: Workspace):
        claim = w.get("claim", found.entity_id)
        states = []
        for v in found.values:
            if v.deleted or v.value == found.current:
                continue
            note = f"kept apart from {claim.id} in a merge conflict over {found.field}"
            new_id = w.new_id("claim")
            states.append(("claim", new_id, claim.changed(
                **{"id": new_id, found.field: _field_value(found.field, v.value),
                   "note": note if found.field != "note" else v.value})))
        return states
    return build


def _field_value(field: str, value):
    return tuple(value) if isinstance(value, list) else value


__all__ = ["ConflictValue", "MergeConflict", "SyncResult", "apply_bundle", "check_bundle",
           "claim_conflicts", "conflict", "conflicted_claims", "export_bundle", "import_bundle", "read_bundle", "merge_conflicts", "reopen", "resolve",
           "resolve_deletion", "separate_claims"]
