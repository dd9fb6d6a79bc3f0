"""What one mutation changed, so each view redraws only what it must (Anki's OpChanges)."""
from __future__ import annotations

from dataclasses import dataclass

KINDS = ("sources", "documents", "claims", "events", "scenarios", "hypotheses", "ratings",
         "assessments", "resolutions")
PLURAL = {"source": "sources", "document": "documents", "claim": "claims", "event": "events",
          "scenario": "scenarios", "hypothesis": "hypotheses", "rating": "ratings",
          "assessment": "assessments", "resolution": "resolutions"}


@dataclass(frozen=True)
class Changes:
    sources: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    claims: frozenset[str] = frozenset()
    events: frozenset[str] = frozenset()
    scenarios: frozenset[str] = frozenset()
    hypotheses: frozenset[str] = frozenset()
    ratings: frozenset[str] = frozenset()
    assessments: frozenset[str] = frozenset()
    resolutions: frozenset[str] = frozenset()
    briefing: bool = False
    everything: bool = False

    @classmethod
    def of(cls, entity: str, *ids: str) -> "Changes":
        return cls(**{PLURAL[entity]: frozenset(ids)})

    @classmethod
    def all(cls) -> "Changes":
        """Another process wrote: we do not know what, so every view re-reads."""
        return cls(briefing=True, everything=True)

    def __or__(self, other: "Changes") -> "Changes":
        merged = {k: getattr(self, k) | getattr(other, k) for k in KINDS}
        return Changes(**merged, briefing=self.briefing or other.briefing,
                       everything=self.everything or other.everything)

    def __bool__(self) -> bool:
        return self.everything or self.briefing or any(getattr(self, k) for k in KINDS)

    def touches(self, *kinds: str) -> bool:
        return self.everything or any(getattr(self, k) for k in kinds)

    def named(self, limit: int = 3) -> str:
        """What changed, for a status line: `claim nis-killed`, `claims a, b and 4 more;
        briefing properties`, or `the whole briefing` when it is not known what."""
        if self.everything:
            return "the whole briefing"
        parts = []
        for kind in KINDS:
            ids = sorted(getattr(self, kind))
            if ids:
                shown = ", ".join(ids[:limit])
                more = f" and {len(ids) - limit} more" if len(ids) > limit else ""
                parts.append(f"{kind if len(ids) > 1 else kind[:-1]} {shown}{more}")
        if self.briefing:
            parts.append("briefing properties")
        return "; ".join(parts)

    @property
    def projection_inputs(self) -> bool:
        """Claims, their sources' grades and scenarios feed projections; events do not."""
        return self.touches("claims", "sources", "scenarios")

    @property
    def ach_inputs(self) -> bool:
        """The competing-hypotheses matrix reads the claims, their grades, the hypotheses
        and the ratings."""
        return self.touches("claims", "sources", "hypotheses", "ratings")

    @property
    def record(self) -> bool:
        """The record of judgments: assessments and their resolutions."""
        return self.touches("assessments", "resolutions")


@dataclass(frozen=True)
class Imported:
    """What an import did: the Changes the views redraw from, and for each kind the file
    holds how many of its entities were added, updated, or already here unchanged."""
    changes: Changes
    counts: tuple[tuple[str, int, int, int], ...] = ()   # (kind, added, updated, unchanged)
    notes: tuple[str, ...] = ()                          # what the importer adapted

    def summary(self) -> list[str]:
        """The lines `briefing import` prints and the window's status bar joins."""
        lines = [f"{kind}: {added} added, {updated} updated, {same} unchanged"
                 for kind, added, updated, same in self.counts]
        if self.changes.briefing:
            lines.append("briefing properties: taken from the file")
        return (lines or ["the file holds nothing to import"]) + list(self.notes)
