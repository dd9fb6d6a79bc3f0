"""A whole briefing as one value: what the JSON package holds and what imports write.

Cross-entity rules live here (unique ids, resolvable references), so the importer, the
seed loader and the tests agree on what a consistent briefing is.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .assessments import Assessment, Resolution, resolution_problems
from .hypotheses import Hypothesis, Rating
from .model import Briefing, Claim, Document, Event, Scenario, Source
from .problems import Problem

# In the order an import writes them: every list refers only to lists before it.
LISTS = ("sources", "documents", "claims", "events", "scenarios", "hypotheses", "ratings",
         "assessments", "resolutions")
# Each list's entity kind, as the store and its codecs name it.
ENTITY_OF_LIST = {"sources": "source", "documents": "document", "claims": "claim",
                  "events": "event", "scenarios": "scenario", "hypotheses": "hypothesis",
                  "ratings": "rating", "assessments": "assessment", "resolutions": "resolution"}


@dataclass(frozen=True)
class Package:
    briefing: Briefing = field(default_factory=Briefing)
    sources: tuple[Source, ...] = ()
    documents: tuple[Document, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    scenarios: tuple[Scenario, ...] = ()
    hypotheses: tuple[Hypothesis, ...] = ()
    ratings: tuple[Rating, ...] = ()
    assessments: tuple[Assessment, ...] = ()
    resolutions: tuple[Resolution, ...] = ()
    # Ids an importer chose for claims its file did not name (a CSV without an id column).
    # They were free when the file was read; the import re-chooses, inside its writing
    # transaction, any that another program has taken since, so nobody's claim is replaced.
    unnamed_claims: frozenset[str] = frozenset()
    # The id every copy of the briefing shares (reference.md §6): an empty briefing that
    # imports an export becomes a copy of the exported one and exchanges bundles with it.
    briefing_id: str | None = None

    def problems(self, known: dict[str, set[str]] | None = None,
                 assessments: dict[str, Assessment] | None = None) -> list[Problem]:
        """Every entity's own problems plus duplicate ids and dangling references, located by
        JSON path and in file order (each entity's reference problems right after its own).
        `known` adds ids that already exist in the target briefing, `assessments` the target's
        assessments (a resolution must name a judgment with a probability)."""
        known = known or {}
        judged = dict(assessments or {})
        judged.update((a.id, a) for a in self.assessments if isinstance(a.id, str))
        ids = {name: {item.id for item in getattr(self, name) if isinstance(item.id, str)}
               | known.get(name, set()) for name in LISTS}
        out = [p.at("$.briefing") for p in self.briefing.problems()]
        for name in LISTS:
            seen: set[str] = set()
            for i, item in enumerate(getattr(self, name)):
                where = f"$.{name}[{i}]"
                out.extend(p.at(where) for p in item.problems())
                if isinstance(item.id, str):  # else already reported; may not be hashable
                    if item.id in seen:
                        out.append(item.duplicate_problem(where)
                                   if hasattr(item, "duplicate_problem")
                                   else Problem(f"{where}.id", f"duplicate id {item.id!r}"))
                    seen.add(item.id)
                out.extend(_reference_problems(where, item, ids))
                if isinstance(item, Resolution) and not item.problems() \
                        and item.assessment in judged:
                    out.extend(p.at(where)
                               for p in resolution_problems(item, judged[item.assessment]))
        return out


def _reference_problems(where: str, item, ids: dict[str, set[str]]) -> list[Problem]:
    out = []

    def check(path: str, ref, pool: str) -> None:
        if ref is None:
            return
        if not isinstance(ref, str):
            out.append(Problem(path, f"must be the id of a {ENTITY_OF_LIST[pool]} (got {ref!r})"))
        elif ref not in ids[pool]:
            out.append(Problem(path, f"refers to unknown {ENTITY_OF_LIST[pool]} {ref!r}"))

    if isinstance(item, Claim):
        check(f"{where}.source", item.source, "sources")
        check(f"{where}.document", item.document, "documents")
        check(f"{where}.base_claim", item.base_claim, "claims")
        for j, ref in enumerate(item.derived_from if isinstance(item.derived_from, tuple) else ()):
            check(f"{where}.derived_from[{j}]", ref, "claims")
    elif isinstance(item, Scenario):
        for pair in (item.cites if isinstance(item.cites, tuple) else ()):
            if isinstance(pair, tuple) and len(pair) == 2:
                check(f"{where}.cites.{pair[0]}", pair[1], "claims")
    elif isinstance(item, Rating):
        check(f"{where}.hypothesis", item.hypothesis, "hypotheses")
        check(f"{where}.claim", item.claim, "claims")
    elif isinstance(item, Resolution):
        check(f"{where}.assessment", item.assessment, "assessments")
    elif isinstance(item, Event):
        for j, ref in enumerate(item.claims):
            check(f"{where}.claims[{j}]", ref, "claims")
        for j, ref in enumerate(item.sources):
            check(f"{where}.sources[{j}]", ref, "sources")
    return out
