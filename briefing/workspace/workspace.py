"""The Qt-free facade over one briefing, shared by the CLI, the window and the tests.

A briefing is a `.briefing` file or a database on a team server (reference.md §5); the
store behind `Workspace.open` is the one owner of its SQL, and this facade reads the same
either way. Every mutation is one transaction (run again from the start when a server
says it collided with another analyst's) and returns the `Changes` it made; `poll()` says
what other connections committed since we last looked. Nothing here caches entities: the
briefing is the one source of truth and readers re-read.
"""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ..domain import (Assessment, Briefing, Claim, Document, Entity, Event, Hypothesis,
                      Problem, Rating, Resolution, Scenario, Source, ValidationError)
from ..domain.assessments import resolution_problems
from ..domain.ids import fresh_id
from ..domain.package import ENTITY_OF_LIST, LISTS, Package
from ..store import AuditEntry, StaleEditError, Store, open_store, server_name
from ..store.codecs import CLAIM, claim_of_values
from .changes import Changes, Imported
from .locations import default_briefing_path

if TYPE_CHECKING:
    from ..projection.claim_table import ClaimTable

State = tuple[str, str, "Entity | None"]
def import_counts(counts) -> dict:
    """An import's (list, added, updated, unchanged) as its record keeps them."""
    return {name: {"added": a, "updated": u, "unchanged": k} for name, a, u, k in counts}


_PREFIX = {"source": "s", "document": "d", "claim": "c", "event": "e", "scenario": "sc",
           "hypothesis": "h", "assessment": "a"}
# What hangs on an entity and goes with it, audited, before it (undo brings it back):
# (kind, the column naming the entity).
_DEPENDENTS = {"claim": (("rating", "claim"),), "hypothesis": (("rating", "hypothesis"),),
               "assessment": (("resolution", "assessment"),)}


class Workspace:
    def __init__(self, store: Store, watch: bool = True):
        """`watch`: notice other connections' commits from now on (`poll`); a command that
        only reads or writes once need not (on a server, watching is a second connection)."""
        self.store = store
        if watch:
            store.watch()

    # ---- opening ------------------------------------------------------------------------
    @classmethod
    def open(cls, location: Path | str, create: bool = True, read_only: bool = False,
             watch: bool = True, check_pages: bool = True) -> "Workspace":
        """A briefing file (a path) or a team server's database (a `postgresql://` URI).
        `check_pages=False`: SQLite's check of every page (0.3–0.8 s at 100k claims) is
        left to the caller, who must run `page_damage()` before writing (the window)."""
        store = open_store(location, create=create, read_only=read_only,
                           check_pages=check_pages)
        try:
            return cls(store, watch=watch)
        except BaseException:
            store.close()
            raise

    @classmethod
    def reader(cls, location: Path | str) -> "Workspace":
        """A second, read-only connection to a briefing already open, for a worker thread:
        no watcher, and no check of every page — the briefing's own open (or the window's
        opening work, before any edit) checks them once, and damage met while reading is
        still one line. An analysis at 100,000 claims checked the whole file again each
        time."""
        return cls.open(location, create=False, read_only=True, watch=False,
                        check_pages=False)

    @classmethod
    def open_default(cls, watch: bool = True, check_pages: bool = True) -> "Workspace":
        """The per-user default briefing, created from the bundled seed on first use."""
        from .new_briefings import create_from_seed

        path = default_briefing_path()
        if not path.exists():
            create_from_seed(path)
        return cls.open(path, watch=watch, check_pages=check_pages)

    def close(self) -> None:
        self.store.close()

    @property
    def path(self) -> Path | None:
        """The briefing file; None for a briefing on a team server."""
        return self.store.path

    @property
    def location(self) -> str:
        """What names the briefing in messages: the file's path or the server's URI."""
        return self.store.location

    @property
    def name(self) -> str:
        """A short name for a title bar: the file's name, or `dbname on host`."""
        return self.path.name if self.path is not None else server_name(self.location)

    @property
    def is_server(self) -> bool:
        return self.store.is_server

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def read_only_reason(self) -> str | None:
        """Why the briefing opened read-only, when there is more to say than that."""
        return self.store.read_only_reason

    @property
    def connected(self) -> bool:
        """False once a team server's connection is lost (a file is always there)."""
        return getattr(self.store, "connected", True)

    def reconnect(self) -> None:
        """Connect to the team server again (raises one line while it is still away)."""
        self.store.reconnect()

    # ---- reads --------------------------------------------------------------------------
    def briefing(self) -> Briefing:
        return self.store.briefing()

    def sources(self) -> list[Source]:
        return self.store.all("source")

    def documents(self) -> list[Document]:
        return self.store.all("document")

    def claims(self) -> list[Claim]:
        return self.store.all("claim")

    def events(self) -> list[Event]:
        return self.store.all("event")

    def scenarios(self) -> list[Scenario]:
        return self.store.all("scenario")

    def hypotheses(self) -> list[Hypothesis]:
        return self.store.all("hypothesis")

    def ratings(self) -> list[Rating]:
        return self.store.all("rating")

    def assessments(self) -> list[Assessment]:
        return self.store.all("assessment")

    def resolutions(self) -> list[Resolution]:
        return self.store.all("resolution")

    def get(self, entity: str, entity_id: str) -> Entity:
        return self.store.get(entity, entity_id)

    def revision(self, entity: str, entity_id: str) -> int | None:
        return self.store.revision(entity, entity_id)

    def revisions(self, entity: str) -> dict[str, int]:
        """Every row's revision (an editor showing many rows at once refuses stale edits)."""
        return self.store.revisions(entity)

    def history(self, entity: str, entity_id: str) -> list[AuditEntry]:
        return self.store.history(entity, entity_id)

    def is_empty(self) -> bool:
        return not any(self.store.count(e) for e in ENTITY_OF_LIST.values())

    def count(self, entity: str) -> int:
        return self.store.count(entity)

    def package(self) -> Package:
        """The whole briefing, read in one snapshot (others may be writing)."""
        with self.store.snapshot():
            return Package(self.briefing(), *(tuple(self.store.all(ENTITY_OF_LIST[n]))
                                              for n in LISTS),
                           briefing_id=self.store.briefing_id())

    def schema_version(self) -> int:
        return self.store.schema_version()

    def integrity_problems(self) -> list[str]:
        return self.store.integrity_problems()

    @property
    def pages_checked(self) -> bool:
        return self.store.pages_checked

    def page_damage(self) -> str | None:
        """One line naming the file's damaged pages (SQLite's quick_check), or None."""
        return self.store.page_damage()

    def claims_frame(self):
        """`claim_columns()` as a pandas DataFrame, for analysis (pandas is imported here,
        not at start-up)."""
        import pandas as pd

        return pd.DataFrame(self.claim_columns())

    def claim_columns(self, ids: list[str] | None = None, first: int | None = None) -> dict:
        """Claims (all, or those with `ids`) with their source's name and reliability, as one
        numpy object array per column: what the ledger sorts and filters, read without
        building a Claim per row and without pandas (which costs a third of a second to
        import at start-up). `first`: only the first claims by date (the span's start, then
        the analyst's order), the page a window paints before it has read the rest.
        Each column is copied a batch of the store's at a time, and let go of once copied:
        copying or letting go of 100,000 claims' values in one call holds the interpreter
        for 20–50 ms (every value's count touched, scattered over the heap), and a window
        waits that long while a worker reads (bench_open.py --stalls)."""
        import numpy as np

        names, columns = self.store.claim_row_columns(ids, first)
        out = {}
        for name, batches in zip(names, columns):
            column = out[name] = np.empty(sum(map(len, batches)), dtype=object)
            start = 0
            for batch in batches:  # a batch at a time, as read (the docstring says why)
                column[start:start + len(batch)] = batch
                start += len(batch)
            batches.clear()
        for name in CLAIM.json_columns:  # lists kept as JSON text; most are empty
            column = out[name]
            for i, text in enumerate(column):
                column[i] = () if text == "[]" else tuple(json.loads(text))
        return out

    def claim_table(self, subjects: list[str] | None = None,
                    ids: list[str] | None = None) -> ClaimTable:
        """The claims as columns for the analysis, read in one statement (`Claim` objects
        made only for the rows asked about). With `subjects` or `ids`: those subjects'
        claims, those claims, and the strength claims they take fractions of. The columns
        are numpy's, imported here: a command that never analyses (`briefing import`,
        `export`) starts 0.1 s sooner without it."""
        from ..projection.claim_table import ClaimTable
        read = self.store.claim_values(subjects, ids)
        return ClaimTable(read.columns, claim_of_values, packed=read.packed, layout=read.layout,
                          texts=self.claim_texts)

    def claim_texts(self, ids: list[str]) -> dict[str, dict]:
        """Claim id → its quote, document and note (what `claim_table` leaves out)."""
        return self.store.claim_texts(ids)

    def events_linking(self, claim_id: str) -> list[Event]:
        """The events citing a claim, in timeline order (read alone: the detail pane asks on
        every change, and a long conflict has tens of thousands of events)."""
        return [self.store.get("event", event_id)
                for event_id in self.store.events_citing(claim_id)]

    def new_id(self, entity: str) -> str:
        """A fresh id like 'c12' that no row of that entity uses — 'c12-3f9a' in a copy of a
        shared briefing, so two copies adding claims apart never pick the same id (§6).
        Call it inside the writing transaction (`create`)."""
        return fresh_id(_PREFIX[entity], set(self.store.ids(entity)), self.store.id_tag())

    # ---- writes -------------------------------------------------------------------------
    def set_briefing(self, briefing: Briefing) -> Changes:
        return Changes(briefing=True) if self.store.set_briefing(briefing) else Changes()

    def put(self, entity: Entity, expected_rev: int | None = None) -> Changes:
        """Insert or update one entity (validated; references checked)."""
        def write() -> Changes:
            self.check_references(entity)
            changed = self.store.put(entity, expected_rev)
            kind = type(entity).__name__.lower()
            return Changes.of(kind, entity.id) if changed else Changes()
        return self.store.atomically(write)

    def delete(self, entity: str, entity_id: str) -> Changes:
        return self.store.atomically(lambda: self._delete(entity, entity_id))

    def _delete(self, entity: str, entity_id: str) -> Changes:
        changes = Changes.of(entity, entity_id)
        self._refuse_deleting_a_base(entity, entity_id)
        if entity == "source":
            # Events cite sources too (ON DELETE RESTRICT); name both kinds of citation
            # rather than letting the foreign key fail with the database's bare message.
            claims, events = self.store.citations_of_source(entity_id)
            if claims or events:
                cited = " and ".join(f"{n} {kind}" for n, kind in ((claims, "claims"),
                                                                    (events, "events")) if n)
                raise ValidationError([Problem("source", f"{entity_id} is cited by {cited}; "
                                                         "reassign them first")])
        if entity == "document":
            # Said as edits (not left to the foreign key's SET NULL) so the claims' change is
            # audited and travels in change bundles (§6).
            for claim_id in self.store.ids_where("claim", "document", entity_id):
                changes |= self.put(self.get("claim", claim_id).changed(document=None))
        linked = self.store.events_citing(entity_id) if entity == "claim" else []
        changes |= Changes(events=frozenset(linked))
        for kind, dependent in self._dependents(entity, entity_id):
            self.store.delete(kind, dependent)
            changes |= Changes.of(kind, dependent)
        for event_id in linked:
            event = self.store.get("event", event_id)
            self.store.put(event.changed(claims=tuple(c for c in event.claims
                                                      if c != entity_id)))
        self.store.delete(entity, entity_id)
        return changes

    def _refuse_deleting_a_base(self, entity: str, entity_id: str) -> None:
        """A claim other claims take their fraction of ("a third of them") cannot go
        first: say which, rather than letting the foreign key fail with the database's
        bare message."""
        if entity != "claim":
            return
        based = self.store.ids_where("claim", "base_claim", entity_id)
        if based:
            raise ValidationError([Problem("claim", f"{entity_id} is the base of "
                                                    f"{', '.join(based)}; change their base "
                                                    "first")])

    def _dependents(self, entity: str, entity_id: str) -> list[tuple[str, str]]:
        return [(kind, dependent) for kind, column in _DEPENDENTS.get(entity, ())
                for dependent in self.store.ids_where(kind, column, entity_id)]

    def apply(self, states: list[tuple[str, str, Entity | None]],
              expected: dict[tuple[str, str], int] | None = None) -> Changes:
        """Bring entities to the given states in one transaction: an entity is written, None
        deletes. Undo and redo are both an `apply` of remembered states. `expected` maps
        (entity, id) to the revision the caller read (0: it did not exist); a row changed
        since raises StaleEditError and nothing is written."""
        expected = expected or {}

        def write() -> Changes:
            changes = Changes()
            for entity, entity_id, state in states:
                if state is not None:
                    changes |= self.put(state, expected.get((entity, entity_id)))
                    continue
                rev = self.store.revision(entity, entity_id)
                seen = expected.get((entity, entity_id))
                if seen is not None and (rev or 0) != seen:
                    raise StaleEditError(entity, entity_id)
                if rev is not None:
                    changes |= self.delete(entity, entity_id)
            return changes
        return self.store.atomically(write)

    def deletion_states(self, entity: str, entity_id: str):
        """(before, after) states for deleting an entity, including the events whose links a
        deleted claim leaves and the ratings and resolutions that go with it, so an undo
        restores them too."""
        self._refuse_deleting_a_base(entity, entity_id)
        before = [(entity, entity_id, self.get(entity, entity_id))]
        after = []
        for kind, dependent in self._dependents(entity, entity_id):
            before.append((kind, dependent, self.get(kind, dependent)))
            after.append((kind, dependent, None))
        if entity == "claim":
            for event in self.events_linking(entity_id):
                before.append(("event", event.id, event))
                after.append(("event", event.id, event.changed(
                    claims=tuple(c for c in event.claims if c != entity_id))))
        after.append((entity, entity_id, None))
        return before, after

    def import_package(self, package: Package, notes: tuple[str, ...] = (),
                       file: str | None = None) -> Imported:
        """All or nothing: every problem is reported before anything is written. The
        package's title, subject and marking are taken only by a briefing that has neither
        entities nor properties of its own (one `briefing new` named keeps its own). `notes`
        (what a reader adapted) are passed on to the summary; `file` (what it was read
        from) is kept in the import's record, which every change it makes points to."""
        known = {name: set(self.store.ids(ENTITY_OF_LIST[name])) for name in LISTS}
        resolved = {r.assessment for r in package.resolutions if isinstance(r.assessment, str)}
        stored = {i: self.get("assessment", i) for i in resolved & known["assessments"]}
        problems = package.problems(known, stored)
        if problems:
            raise ValidationError(problems)

        def write() -> Imported:
            changes, counts = Changes(), []
            renamed = self._rename_taken(package)
            with self.store.importing(file) as record:
                changes |= self._take_properties(renamed)
                for name in LISTS:
                    entities = list(getattr(renamed, name))
                    inserted, updated = self.store.put_many(entities)
                    changes |= Changes(**{name: frozenset(inserted | updated)})
                    if entities:
                        counts.append((name, len(inserted), len(updated),
                                       len(entities) - len(inserted) - len(updated)))
                self.store.record_import_counts(record, import_counts(counts))
            return Imported(changes, tuple(counts), tuple(notes))
        return self.store.atomically(write)

    def _take_properties(self, package: Package) -> Changes:
        """An empty briefing without properties of its own takes the package's (and, from
        an export, its id: it becomes a copy of the exported briefing)."""
        if not (self.is_empty() and self.briefing() == Briefing()
                and package.briefing != Briefing()):
            return Changes()
        if package.briefing_id is not None:
            self.store.adopt_briefing_id(package.briefing_id)
        return self.set_briefing(package.briefing)

    def _rename_taken(self, package: Package) -> Package:
        """Inside the import's transaction (no other writer can commit now): unnamed claims
        whose chosen id another program has used since the file was read get a fresh one."""
        taken = set(self.store.ids("claim")) & package.unnamed_claims
        if not taken:
            return package
        used = set(self.store.ids("claim")) | {c.id for c in package.claims}
        claims = tuple(c.changed(id=fresh_id(_PREFIX["claim"], used)) if c.id in taken else c
                       for c in package.claims)
        return replace(package, claims=claims)

    def create(self, build: Callable[["Workspace"], list[State]]) -> tuple[list[State], Changes]:
        """Add new entities whose ids `build` chooses (with `new_id`) inside the writing
        transaction, so no other program can take those ids in between and be overwritten
        (an id chosen before the transaction could meanwhile be an imported claim's)."""
        def write() -> tuple[list[State], Changes]:
            states = build(self)
            existing = [f"{kind} {entity_id}" for kind, entity_id, _ in states
                        if self.store.revision(kind, entity_id) is not None]
            if existing:
                raise ValidationError([Problem("id", f"{', '.join(existing)} already exists")])
            return states, self.apply(states)
        return self.store.atomically(write)

    def check_references(self, entity: Entity) -> None:
        """ValidationError if `entity` refers to something the briefing does not hold (or,
        for a resolution, to a judgment its assessment did not make with a probability)."""
        refs = []
        if isinstance(entity, Claim):
            refs = [("source", "source", entity.source), ("document", "document", entity.document),
                    ("base_claim", "claim", entity.base_claim)]
            refs += [(f"derived_from[{i}]", "claim", c) for i, c in enumerate(entity.derived_from)]
        elif isinstance(entity, Scenario):
            refs = [(f"cites.{name}", "claim", c) for name, c in entity.cites]
        elif isinstance(entity, Event):
            refs = [(f"claims[{i}]", "claim", c) for i, c in enumerate(entity.claims)]
            refs += [(f"sources[{i}]", "source", s) for i, s in enumerate(entity.sources)]
        elif isinstance(entity, Rating):
            refs = [("hypothesis", "hypothesis", entity.hypothesis),
                    ("claim", "claim", entity.claim)]
        elif isinstance(entity, Resolution):
            refs = [("assessment", "assessment", entity.assessment)]
        problems = [Problem(field, f"refers to unknown {kind} {ref!r}")
                    for field, kind, ref in refs
                    if ref is not None and self.store.revision(kind, ref) is None]
        if isinstance(entity, Resolution) and not problems:
            problems = resolution_problems(entity, self.get("assessment", entity.assessment))
        if problems:
            raise ValidationError(problems)

    # ---- other processes ----------------------------------------------------------------
    def poll(self) -> Changes:
        """What other connections committed since the last poll.

        The store names the entities that changed (from the audit for a file, from the
        server's notifications for a team server), so a view re-reads one claim rather than
        100,000; a commit it cannot explain (raw SQL on a file, a restored file) or a large
        one gives `Changes.all()`. Raises ServerUnavailableError when a server is lost.
        """
        named = self.store.others_changes()
        if named is None:
            return Changes.all()
        changes = Changes()
        for entity, entity_id in named:
            changes |= Changes(briefing=True) if entity == "briefing" else \
                Changes.of(entity, entity_id)
        return changes

    def save_copy(self, target: Path) -> None:
        """A consistent copy of the whole briefing as a file (safe while others write);
        raises a one-line WriteError (a BriefingFileError) if it cannot be written."""
        self.store.save_copy(target)
