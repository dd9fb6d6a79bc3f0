"""The Qt-free facade over one briefing file, shared by the CLI, the window and the tests.

Every mutation is one transaction and returns the `Changes` it made; `poll()` tells whether
another process committed since we last looked (PRAGMA data_version, ~3 µs a call). Nothing
here caches entities: the file is the one source of truth and readers re-read.
"""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Callable, TypeVar

from ..domain import (Assessment, Briefing, Claim, Document, Entity, Event, Hypothesis,
                      Problem, Rating, Resolution, Scenario, Source, ValidationError)
from ..domain.assessments import resolution_problems
from ..domain.ids import fresh_id
from ..domain.package import LISTS, Package
from ..store import AuditEntry, BriefingFileError, StaleEditError, Store
from ..store.atomic import create_new as publish_new
from ..store.codecs import CLAIM
from .changes import Changes, Imported
from .locations import default_briefing_path, seed_package_path

State = tuple[str, str, "Entity | None"]
_ENTITY_OF_LIST = {"sources": "source", "documents": "document", "claims": "claim",
                   "events": "event", "scenarios": "scenario", "hypotheses": "hypothesis",
                   "ratings": "rating", "assessments": "assessment",
                   "resolutions": "resolution"}
POLL_DETAIL_LIMIT = 200  # more audited changes than this: every view simply re-reads
T = TypeVar("T")
_PREFIX = {"source": "s", "document": "d", "claim": "c", "event": "e", "scenario": "sc",
           "hypothesis": "h", "assessment": "a"}
# What hangs on an entity and goes with it, audited, before it (undo brings it back):
# (kind, the column naming the entity).
_DEPENDENTS = {"claim": (("rating", "claim"),), "hypothesis": (("rating", "hypothesis"),),
               "assessment": (("resolution", "assessment"),)}


class Workspace:
    def __init__(self, store: Store):
        self.store = store
        self._seen_version = store.data_version()
        self._seen_audit = self._last_audit_id()

    # ---- opening ------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, create: bool = True, read_only: bool = False) -> "Workspace":
        return cls(Store(Path(path), create=create, read_only=read_only))

    @classmethod
    def open_default(cls) -> "Workspace":
        """The per-user default briefing, created from the bundled seed on first use."""
        path = default_briefing_path()
        if not path.exists():
            create_from_seed(path)
        return cls.open(path)

    def close(self) -> None:
        self.store.close()

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.read_only

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

    def history(self, entity: str, entity_id: str) -> list[AuditEntry]:
        return self.store.history(entity, entity_id)

    def is_empty(self) -> bool:
        return not any(self.store.ids(e) for e in _ENTITY_OF_LIST.values())

    def package(self) -> Package:
        return Package(self.briefing(), *(tuple(self.store.all(_ENTITY_OF_LIST[n]))
                                          for n in LISTS))

    def claims_frame(self):
        """`claim_columns()` as a pandas DataFrame, for analysis (pandas is imported here,
        not at start-up)."""
        import pandas as pd

        return pd.DataFrame(self.claim_columns())

    def claim_columns(self, ids: list[str] | None = None) -> dict:
        """Claims (all, or those with `ids`) with their source's name and reliability, as one
        numpy object array per column: what the ledger sorts and filters, read without
        building a Claim per row and without pandas (which costs a third of a second to
        import at start-up)."""
        import numpy as np

        where, args = "", ()
        if ids is not None:
            where = f"WHERE c.id IN ({', '.join('?' * len(ids))}) "
            args = tuple(ids)
        cursor = self.store.conn.execute(
            "SELECT c.*, s.name AS source_name, s.reliability FROM claim c "
            f"JOIN source s ON s.id = c.source {where}ORDER BY c.seq", args)
        names = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        columns = zip(*rows) if rows else ([] for _ in names)
        out = {}
        for name, values in zip(names, columns):
            array = np.empty(len(rows), dtype=object)
            array[:] = values
            out[name] = array
        for name in CLAIM.json_columns:  # lists kept as JSON text; most are empty
            column = out[name]
            for i, text in enumerate(column):
                column[i] = () if text == "[]" else tuple(json.loads(text))
        return out

    def events_linking(self, claim_id: str) -> list[Event]:
        """The events citing a claim, in timeline order (read alone: the detail pane asks on
        every change, and a long conflict has tens of thousands of events)."""
        rows = self.store.rows("SELECT e.id FROM event_claim ec JOIN event e ON e.id = ec.event "
                               "WHERE ec.claim = ? ORDER BY e.seq", (claim_id,))
        return [self.store.get("event", event_id) for (event_id,) in rows]

    def new_id(self, entity: str) -> str:
        """A fresh id like 'c12' that no row of that entity uses."""
        return fresh_id(_PREFIX[entity], set(self.store.ids(entity)))

    # ---- writes -------------------------------------------------------------------------
    def set_briefing(self, briefing: Briefing) -> Changes:
        return Changes(briefing=True) if self.store.set_briefing(briefing) else Changes()

    def put(self, entity: Entity, expected_rev: int | None = None) -> Changes:
        """Insert or update one entity (validated; references checked)."""
        self.check_references(entity)
        changed = self.store.put(entity, expected_rev)
        return Changes.of(type(entity).__name__.lower(), entity.id) if changed else Changes()

    def delete(self, entity: str, entity_id: str) -> Changes:
        changes = Changes.of(entity, entity_id)
        if entity == "source":
            # Events cite sources too (ON DELETE RESTRICT); name both kinds of citation
            # rather than letting the foreign key fail with SQLite's bare message.
            (claims, events), = self.store.rows(
                "SELECT (SELECT count(*) FROM claim WHERE source = ?), "
                "(SELECT count(*) FROM event_source WHERE source = ?)", (entity_id, entity_id))
            if claims or events:
                cited = " and ".join(f"{n} {kind}" for n, kind in ((claims, "claims"),
                                                                    (events, "events")) if n)
                raise ValidationError([Problem("source", f"{entity_id} is cited by {cited}; "
                                                         "reassign them first")])
        if entity == "claim":
            linked = self.store.rows("SELECT event FROM event_claim WHERE claim = ?", (entity_id,))
            changes |= Changes(events=frozenset(r[0] for r in linked))
        with self.store.transaction():
            for kind, dependent in self._dependents(entity, entity_id):
                self.store.delete(kind, dependent)
                changes |= Changes.of(kind, dependent)
            if entity == "claim":
                for (event_id,) in self.store.rows(
                        "SELECT event FROM event_claim WHERE claim = ?", (entity_id,)):
                    event = self.store.get("event", event_id)
                    self.store.put(event.changed(claims=tuple(c for c in event.claims
                                                              if c != entity_id)))
            self.store.delete(entity, entity_id)
        return changes

    def _dependents(self, entity: str, entity_id: str) -> list[tuple[str, str]]:
        return [(kind, dependent) for kind, column in _DEPENDENTS.get(entity, ())
                for dependent in self.store.ids_where(kind, column, entity_id)]

    def apply(self, states: list[tuple[str, str, Entity | None]],
              expected: dict[tuple[str, str], int] | None = None) -> Changes:
        """Bring entities to the given states in one transaction: an entity is written, None
        deletes. Undo and redo are both an `apply` of remembered states. `expected` maps
        (entity, id) to the revision the caller read (0: it did not exist); a row changed
        since raises StaleEditError and nothing is written."""
        changes = Changes()
        expected = expected or {}
        with self.store.transaction():
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

    def deletion_states(self, entity: str, entity_id: str):
        """(before, after) states for deleting an entity, including the events whose links a
        deleted claim leaves and the ratings and resolutions that go with it, so an undo
        restores them too."""
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

    def import_package(self, package: Package, notes: tuple[str, ...] = ()) -> Imported:
        """All or nothing: every problem is reported before anything is written. The
        package's title, subject and marking are taken only by a briefing that has neither
        entities nor properties of its own (one `briefing new` named keeps its own). `notes`
        (what a reader adapted) are passed on to the summary."""
        known = {name: set(self.store.ids(_ENTITY_OF_LIST[name])) for name in LISTS}
        resolved = {r.assessment for r in package.resolutions if isinstance(r.assessment, str)}
        stored = {i: self.get("assessment", i) for i in resolved & known["assessments"]}
        problems = package.problems(known, stored)
        if problems:
            raise ValidationError(problems)
        changes, counts = Changes(), []
        with self.store.transaction():
            package = self._rename_taken(package)
            if (self.is_empty() and self.briefing() == Briefing()
                    and package.briefing != Briefing()):
                changes |= self.set_briefing(package.briefing)
            for name in LISTS:
                entities = list(getattr(package, name))
                inserted, updated = self.store.put_many(entities)
                changes |= Changes(**{name: frozenset(inserted | updated)})
                if entities:
                    counts.append((name, len(inserted), len(updated),
                                   len(entities) - len(inserted) - len(updated)))
        return Imported(changes, tuple(counts), tuple(notes))

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
        with self.store.transaction():
            states = build(self)
            existing = [f"{kind} {entity_id}" for kind, entity_id, _ in states
                        if self.store.revision(kind, entity_id) is not None]
            if existing:
                raise ValidationError([Problem("id", f"{', '.join(existing)} already exists")])
            return states, self.apply(states)

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
        """What another connection committed since the last poll.

        The audit table says which entities changed, so a view re-reads one claim rather than
        100,000; a commit the audit does not explain (raw SQL, a restored file) or a large one
        gives `Changes.all()`.
        """
        version = self.store.data_version()
        if version == self._seen_version:
            return Changes()
        self._seen_version = version
        seen = max(self._seen_audit, self.store.own_audit_max)
        rows = self.store.rows("SELECT id, entity, entity_id FROM audit WHERE id > ? "
                               "ORDER BY id LIMIT ?", (seen, POLL_DETAIL_LIMIT + 1))
        if not rows or len(rows) > POLL_DETAIL_LIMIT:
            self._seen_audit = self._last_audit_id()
            return Changes.all()
        self._seen_audit = rows[-1][0]
        changes = Changes()
        for _, entity, entity_id in rows:
            changes |= Changes(briefing=True) if entity == "briefing" else \
                Changes.of(entity, entity_id)
        return changes

    def _last_audit_id(self) -> int:
        return self.store.rows("SELECT coalesce(max(id), 0) FROM audit")[0][0]

    def save_copy(self, target: Path) -> None:
        """A consistent copy through SQLite's backup API (safe while others write); raises
        a one-line WriteError (a BriefingFileError) if it cannot be written."""
        self.store.save_copy(target)


def build_new(path: Path, fill: Callable[[Workspace], T]) -> T:
    """A new briefing at `path`, filled by `fill(workspace)` under a temporary name and
    given its name only when complete, and only if no other program created `path`
    meanwhile (then FileExistsError: their file is kept and ours discarded). A failure
    leaves nothing behind; errors name `path`, not the temporary file."""
    result = []

    def write(tmp: Path) -> None:
        try:
            ws = Workspace.open(tmp)
            try:
                result.append(fill(ws))
                ws.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                ws.close()
        except BriefingFileError as exc:
            raise BriefingFileError(str(exc).replace(str(tmp), str(path))) from None

    publish_new(path, write)
    return result[0]


def create_from_seed(path: Path) -> None:
    """Build `path` from the bundled seed package, unless another program just did."""
    from ..interchange.package_json import read_package

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefingFileError(f"{path.parent}: cannot make the folder for the default "
                                f"briefing ({exc.strerror})") from None
    try:
        build_new(path, lambda ws: ws.import_package(read_package(seed_package_path())))
    except FileExistsError:
        pass


def create_new(path: Path, briefing: Briefing) -> None:
    """A new briefing with nothing in it but its properties (`briefing new`, File > New).
    Raises FileExistsError rather than replace a file that appeared meanwhile."""
    briefing.validated()
    build_new(Path(path), lambda ws: ws.set_briefing(briefing))
