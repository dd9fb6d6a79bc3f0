"""A JSON package imported as it is read: column by column, a batch at a time.

The package is read member by member (interchange/package_stream.py); sources, documents
and the other short lists are built as entities, as any import does, while claims and
events go from their JSON objects straight to the store's columns (package_columns.py) and
are written in batches inside the one transaction of the import — so neither the parsed file
nor an object per claim is ever held whole, and a 1,000,000-claim package fits in memory.
The package's rules are asked once: each batch's own rules column by column, uniqueness and
references against the ids of the lists before it (claims citing claims at the end of the
list), the short lists by `Package.problems` with those ids as known. Entities the briefing
already holds are updated as any import updates them, after the new ones of their batch (a
whole-file import updates after all the list's new ones: the audit's order differs only in
a list of more than one batch).

Whatever this path is unsure of, it does not word: a problem anywhere — or a file shaped in
a way this reader does not follow (lists out of the package's order, a syntax error) —
raises `NotStreamed`, the transaction rolls back, and the caller imports the file the whole-
file way, whose messages are the contract (`$.claims[3].value: …`). A valid package takes
the same ids, values, order, audit and operations either way.
"""
from __future__ import annotations

import contextlib
import gc
from pathlib import Path

from ..domain import Briefing, Problem
from ..domain.package import ENTITY_OF_LIST, LISTS, Package
from ..interchange.json_values import value_problems
from ..interchange.package_columns import Dates, claim_columns, event_columns
from ..interchange.package_json import _header_problems, build_entity
from ..interchange.package_stream import NotStreamed, PackageStream
from ..store.codecs import CODECS
from .changes import Changes, Imported
from .workspace import Workspace, import_counts

_COLUMNS = {"claims": claim_columns, "events": event_columns}
_HEADER = ("format", "version", "briefing_id", "briefing")


def import_streamed(ws: Workspace, path: Path, batch: int = 5000) -> Imported:
    """Import the package at `path` as it is read; NotStreamed if the whole-file import
    must do it (then nothing was written)."""
    with _collector_paused():
        return _import(ws, path, batch)


@contextlib.contextmanager
def _collector_paused():
    """Python's cycle collector off while the file is read: the parsed objects hold no
    cycles and go by reference counting, but the million dicts made per 100,000 claims
    set off its passes (0.6 s of a 100k import's 6 s, finding nothing)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _import(ws: Workspace, path: Path, batch: int) -> Imported:
    def write() -> Imported:
        stream = PackageStream(path, batch)
        reading = _Reading(ws, stream)
        with ws.store.importing(str(path.resolve())) as record:
            for event in stream.members():
                reading.take(event)
            reading.finish()
            ws.store.record_import_counts(record, import_counts(reading.counts))
        return Imported(reading.changes(), tuple(reading.counts))
    return ws.store.atomically(write)


class _Reading:
    """One import in progress, inside its transaction."""

    def __init__(self, ws: Workspace, stream: PackageStream):
        self.ws, self.store, self.stream = ws, ws.store, stream
        self.takes_properties = ws.is_empty() and ws.briefing() == Briefing()
        self.started = False
        self.briefing_changed = False
        self.assessments: dict = {}            # the package's, once read
        self.header: dict = {}
        self.done: list[str] = []              # lists finished, in the file's order
        self.ids: dict[str, set[str]] = {name: set() for name in LISTS}
        self.items: dict[str, list] = {}       # the short lists, as read
        self.changed: dict[str, set[str]] = {name: set() for name in LISTS}
        self.counts: list[tuple[str, int, int, int]] = []
        self.dates = Dates()
        self.claim_refs: list[tuple[int, str, list[str]]] = []  # rows citing claims
        self.existing: dict[str, set[str]] = {}
        self.tally = [0, 0, 0]                 # added, updated, unchanged of the current list

    # ---- the file's members -------------------------------------------------------------
    def take(self, event) -> None:
        kind, key = event[0], event[1]
        if kind == "value":
            if key not in _HEADER or self.done or key in self.header:
                raise NotStreamed()
            self.header[key] = event[2]
            return
        if not self.started:
            self._start()
        if key in self.done or any(LISTS.index(d) > LISTS.index(key) for d in self.done):
            raise NotStreamed()   # out of the package's order: read it whole
        if kind == "end":
            self._end(key)
        else:
            self._batch(key, event[2], event[3], event[4])

    def _start(self) -> None:
        """The header and the briefing's properties, before the first list."""
        header = self.header
        if "briefing" not in header or _header_problems(header) or self._duplicates():
            raise NotStreamed()
        problems: list[Problem] = []
        brief = build_entity("briefing", header["briefing"], "$.briefing", problems)
        if problems or brief.problems():
            raise NotStreamed()
        self.started = True
        if self.takes_properties and brief != Briefing():
            if header.get("briefing_id") is not None:
                self.store.adopt_briefing_id(header["briefing_id"])
            self.briefing_changed = bool(self.ws.set_briefing(brief))

    def _batch(self, name: str, start: int, items: list, escaped: bool) -> None:
        if self._duplicates():
            raise NotStreamed()
        if escaped and any(value_problems(f"$.{name}[{start + i}]", x)
                           for i, x in enumerate(items)):
            raise NotStreamed()
        if name not in _COLUMNS:
            self.items.setdefault(name, []).extend(items)
            return
        entity = ENTITY_OF_LIST[name]
        if entity not in self.existing:
            self.existing[entity] = set(self.store.ids(entity))
        batch = _COLUMNS[name](items, self.dates)
        for i in sorted(batch.suspects):
            self._one_by_one(name, batch, i, start + i)
        cols = batch.columns
        self._check_batch(name, cols, start)
        old = self.existing[entity]
        held = [i for i, x in enumerate(cols["id"]) if x in old]
        fresh = {c: [v[i] for i in range(len(v)) if cols["id"][i] not in old]
                 for c, v in cols.items()} if held else cols
        if fresh["id"]:   # as any import: the new entities first, then the updates
            self.store.insert_columns(entity, fresh)
            self.changed[name].update(fresh["id"])
            self.tally[0] += len(fresh["id"])
        self._update(name, cols, held)

    def _duplicates(self) -> bool:
        """An object anywhere so far listed a key twice (the whole-file import names it)."""
        return self.stream.seen.duplicates > 0

    def _one_by_one(self, name: str, batch, i: int, index: int) -> None:
        """A row the column rules were unsure of, built and checked as an entity: its
        fields replace the row's; any problem sends the file to the whole-file import."""
        problems: list[Problem] = []
        where = f"$.{name}[{index}]"
        item = batch.items[i]
        entity = build_entity(name, item, where, problems)
        if problems or entity.problems():
            raise NotStreamed()
        fields = CODECS[ENTITY_OF_LIST[name]].to_fields(entity)
        for c, column in batch.columns.items():
            column[i] = fields[c]
        if name == "claims" and (entity.base_claim is not None or entity.derived_from):
            self.claim_refs.append((index, entity.base_claim, list(entity.derived_from)))

    def _check_batch(self, name: str, cols: dict, start: int) -> None:
        """Ids new to the list; references to the lists before."""
        ids, seen = cols["id"], self.ids[name]
        fresh = set(ids)
        if len(fresh) != len(ids) or not seen.isdisjoint(fresh):
            raise NotStreamed()
        seen |= fresh
        if name == "claims":
            documents = self.ids["documents"]
            if not set(cols["source"]) <= self.ids["sources"] or not all(
                    d is None or d in documents for d in cols["document"]):
                raise NotStreamed()
        else:
            claims, sources = self.ids["claims"], self.ids["sources"]
            if not all(set(c) <= claims for c in cols["claims"]) or not all(
                    set(s) <= sources for s in cols["sources"]):
                raise NotStreamed()

    def _update(self, name: str, cols: dict, rows: list[int]) -> None:
        """Rows whose id the briefing holds: written as any import updates an entity."""
        codec = CODECS[ENTITY_OF_LIST[name]]
        for i in rows:
            entity = codec.from_fields({c: cols[c][i] for c in codec.columns + (
                ("claims", "sources") if name == "events" else ())})
            if self.store.put(entity):
                self.changed[name].add(entity.id)
                self.tally[1] += 1
            else:
                self.tally[2] += 1

    def _end(self, name: str) -> None:
        if name in _COLUMNS:
            if name == "claims":
                self._check_claim_refs()
            count = sum(self.tally)
        else:
            count = self._write_list(name)
        if count:
            self.counts.append((name, *self.tally))
        self.done.append(name)
        self.tally = [0, 0, 0]

    def _check_claim_refs(self) -> None:
        claims = self.ids["claims"]
        for _, base, derived in self.claim_refs:
            if (base is not None and base not in claims) or not set(derived) <= claims:
                raise NotStreamed()

    def _write_list(self, name: str) -> int:
        """A short list: built as entities and checked as a package whose earlier lists
        are known, then written as any import writes it."""
        items = self.items.pop(name, [])
        problems: list[Problem] = []
        entities = [build_entity(name, x, f"$.{name}[{i}]", problems)
                    for i, x in enumerate(items)]
        if problems:
            raise NotStreamed()
        known = {n: ids for n, ids in self.ids.items() if n != name}
        assessments = {}
        if name == "resolutions":
            stored = self.existing.setdefault("assessment", set(self.store.ids("assessment")))
            assessments = {a: self.ws.get("assessment", a) for a in stored}
            assessments.update(self.assessments)
        if self._duplicates() or Package(**{name: tuple(entities)}).problems(known, assessments):
            raise NotStreamed()
        if name == "assessments":
            self.assessments = {a.id: a for a in entities}
        self.ids[name] = {e.id for e in entities}
        inserted, updated = self.store.put_many(entities)
        self.changed[name] |= inserted | updated
        self.tally = [len(inserted), len(updated), len(entities) - len(inserted) - len(updated)]
        return len(entities)

    def finish(self) -> None:
        if not self.started:
            self._start()
        if self._duplicates():
            raise NotStreamed()

    def changes(self) -> Changes:
        return Changes(**{name: frozenset(ids) for name, ids in self.changed.items()},
                       briefing=self.briefing_changed)
