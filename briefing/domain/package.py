"""A whole briefing as one value: what the JSON package holds and what imports write.

Cross-entity rules live here (unique ids, resolvable references), so the importer, the
seed loader and the tests agree on what a consistent briefing is.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import Briefing, Claim, Document, Event, Scenario, Source
from .problems import Problem

LISTS = ("sources", "documents", "claims", "events", "scenarios")


@dataclass(frozen=True)
class Package:
    briefing: Briefing = field(default_factory=Briefing)
    sources: tuple[Source, ...] = ()
    documents: tuple[Document, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    scenarios: tuple[Scenario, ...] = ()
    # Ids an importer chose for claims its file did not name (a CSV without an id column).
    # They were free when the file was read; the import re-chooses, inside its writing
    # transaction, any that another program has taken since, so nobody's claim is replaced.
    unnamed_claims: frozenset[str] = frozenset()

    def problems(self, known: dict[str, set[str]] | None = None) -> list[Problem]:
        """Every entity's own problems plus duplicate ids and dangling references, located by
        JSON path. `known` adds ids that already exist in the target briefing."""
        known = known or {}
        out = [p.at("$.briefing") for p in self.briefing.problems()]
        ids: dict[str, set[str]] = {}
        for name in LISTS:
            seen: set[str] = set()
            for i, item in enumerate(getattr(self, name)):
                out.extend(p.at(f"$.{name}[{i}]") for p in item.problems())
                if not isinstance(item.id, str):
                    continue  # already reported as required text; may not even be hashable
                if item.id in seen:
                    out.append(Problem(f"$.{name}[{i}].id", f"duplicate id {item.id!r}"))
                seen.add(item.id)
            ids[name] = seen | known.get(name, set())
        out.extend(self._reference_problems(ids))
        return out

    def _reference_problems(self, ids: dict[str, set[str]]) -> list[Problem]:
        out = []

        def check(path: str, ref, pool: str) -> None:
            if ref is None:
                return
            if not isinstance(ref, str):
                out.append(Problem(path, f"must be the id of a {pool[:-1]} (got {ref!r})"))
            elif ref not in ids[pool]:
                out.append(Problem(path, f"refers to unknown {pool[:-1]} {ref!r}"))

        for i, c in enumerate(self.claims):
            check(f"$.claims[{i}].source", c.source, "sources")
            check(f"$.claims[{i}].document", c.document, "documents")
        for i, e in enumerate(self.events):
            for j, ref in enumerate(e.claims):
                check(f"$.events[{i}].claims[{j}]", ref, "claims")
            for j, ref in enumerate(e.sources):
                check(f"$.events[{i}].sources[{j}]", ref, "sources")
        return out
