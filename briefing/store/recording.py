"""Where in a briefing's audit each assessment was recorded (reference.md §7).

"Which claims changed between two assessments" is read from the audit rows between the two
recordings, so recording an assessment notes the audit's newest row id in `recording`,
inside the same transaction. Positions are local to a briefing, like `seq`: never exported,
renumbered with the audit by a copy (copying.py). An assessment imported from another
briefing has none here. Mixed into `Store`, whose `atomically` and `_execute` they use.
"""
from __future__ import annotations

from .audit_rows import AUDIT_COLUMNS, AuditEntry, reading


class RecordingPositions:
    @reading
    def audit_position(self) -> int:
        """The newest audit row's id (0 for a briefing with no history)."""
        return self._execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0]

    def mark_recorded(self, assessment_id: str, at: str) -> None:
        """Note, inside the transaction that records it, where in this briefing's audit the
        assessment was made (local to this briefing, like `seq`: never exported)."""
        self.atomically(lambda: self._execute(
            "INSERT INTO recording(assessment, at, audit_position) VALUES (?, ?, ?) "
            "ON CONFLICT (assessment, at) DO UPDATE SET "
            "audit_position = excluded.audit_position",
            (assessment_id, at, self.audit_position())))

    @reading
    def recorded_positions(self) -> dict[tuple[str, str], int]:
        """(assessment id, at) → its audit position, for assessments recorded here."""
        return {(a, at): pos for a, at, pos in self._execute(
            "SELECT assessment, at, audit_position FROM recording").fetchall()}

    @reading
    def audit_between(self, after: int, upto: int | None,
                      entities: tuple[str, ...]) -> list[AuditEntry]:
        """The audit rows of `entities` with an id in (after, upto] (upto None: to the end),
        oldest first."""
        marks = ", ".join("?" * len(entities))
        return self._audit_entries(self._execute(
            f"SELECT {AUDIT_COLUMNS} FROM audit a LEFT JOIN import_record r ON r.id = "
            f"a.import_id WHERE a.id > ? AND a.id <= ? AND a.entity IN ({marks}) "
            "ORDER BY a.id", (after, upto if upto is not None else 2 ** 62, *entities)).fetchall())
