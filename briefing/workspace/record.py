"""The record of key judgments over a briefing file: record, resolve, read back with what
changed (reference.md §7).

Recording stores every scenario's judgment as `project --json` gives it, with who (the
store's user), when (UTC) and the analyst's note, and notes where in this file's audit it
was made; "which claims changed in between" is then read from the audit between two such
positions. An assessment imported from another briefing has no position here, and the
record says that what changed before it is not known, rather than guess.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..domain import Assessment, Problem, Resolution, ValidationError
from ..projection import Projection, projection_json
from ..store import current_user
from ..structured import JudgmentChange, compare, entity_changes
from ..structured.record import EntityChange, central_date
from .workspace import State, Workspace

_WHY = ("claim", "source", "scenario")   # what the audit is read for between two recordings


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def recording(projections: Sequence[Projection], note: str | None = None):
    """A `Workspace.create` builder recording `projections` as a new assessment: its id and
    its audit position are taken inside the writing transaction."""
    judgments = tuple(projection_json(p) for p in projections)
    note = note.strip() if note and note.strip() else None

    def build(ws: Workspace) -> list[State]:
        at = now()
        assessment = Assessment(ws.new_id("assessment"), at, current_user(), note,
                                judgments).validated()
        ws.store.mark_recorded(assessment.id, at)
        return [("assessment", assessment.id, assessment)]
    return build


def record(ws: Workspace, projections: Sequence[Projection],
           note: str | None = None) -> Assessment:
    states, _ = ws.create(recording(projections, note))
    return states[0][2]


def resolution(ws: Workspace, assessment_id: str, scenario_id: str,
               outcome: str) -> Resolution:
    """The resolution `briefing resolve` and the window write; ValidationError (one located
    problem) for an unknown assessment, a scenario it did not judge, or a judgment without a
    probability."""
    if ws.revision("assessment", assessment_id) is None:
        known = ", ".join(a.id for a in ws.assessments()) or "none recorded"
        raise ValidationError([Problem("assessment", f"no assessment {assessment_id!r} "
                                                     f"(assessments: {known})")])
    made = Resolution(assessment_id, scenario_id, outcome, current_user(), now()).validated()
    ws.check_references(made)
    return made


@dataclass(frozen=True)
class Entry:
    """One assessment as the record shows it: what it judged, what changed since the one
    before, and how its judgments turned out."""
    assessment: Assessment
    previous: Assessment | None
    changes: tuple[JudgmentChange, ...]
    between: tuple[EntityChange, ...] | None      # every change since the previous; None:
    resolutions: dict[str, Resolution]             # not known here

    def resolved(self, scenario_id: str) -> Resolution | None:
        return self.resolutions.get(scenario_id)


def history(ws: Workspace) -> list[Entry]:
    """Every assessment, oldest first, each against the one before it."""
    assessments = sorted(ws.assessments(), key=lambda a: _utc(a.at))
    positions = ws.store.recorded_positions()
    outcomes: dict[str, dict[str, Resolution]] = defaultdict(dict)
    for r in ws.resolutions():
        outcomes[r.assessment][r.scenario] = r
    source_of = _sources_of(ws, {c for a in assessments for j in a.judgments
                                 for c in j.get("claims_used", ())})
    out, previous = [], None
    for a in assessments:
        between = None if previous is None else _between(
            ws, positions.get((previous.id, previous.at)), positions.get((a.id, a.at)))
        changes = compare(previous.judgments if previous else (), a.judgments,
                          previous.at if previous else None,
                          [] if previous is None else between, source_of)
        out.append(Entry(a, previous, tuple(changes),
                         None if between is None else tuple(between), dict(outcomes[a.id])))
        previous = a
    return out


def since_last(ws: Workspace, projections: Sequence[Projection]) -> Entry | None:
    """The judgments as they are now against the latest assessment (None: none recorded),
    with every change since it was recorded."""
    assessments = sorted(ws.assessments(), key=lambda a: _utc(a.at))
    if not assessments:
        return None
    last = assessments[-1]
    position = ws.store.recorded_positions().get((last.id, last.at))
    between = None if position is None else entity_changes(
        ws.store.audit_between(position, None, _WHY))
    now_judged = tuple(projection_json(p) for p in projections)
    used = {c for j in last.judgments + now_judged for c in j.get("claims_used", ())}
    live = Assessment("now", now(), current_user(), None, now_judged)
    changes = compare(last.judgments, now_judged, last.at, between, _sources_of(ws, used))
    return Entry(live, last, tuple(changes), None if between is None else tuple(between), {})


def _between(ws: Workspace, start: int | None, end: int | None) -> list[EntityChange] | None:
    if start is None or end is None or start > end:
        return None
    return entity_changes(ws.store.audit_between(start, end, _WHY))


def _sources_of(ws: Workspace, claim_ids: set[str]) -> dict[str, str]:
    """Claim id → source id, for the claims still in the briefing."""
    if not claim_ids:
        return {}
    columns = ws.claim_columns(sorted(claim_ids))
    return dict(zip(columns["id"], columns["source"]))


def _utc(at: str) -> dt.datetime:
    return dt.datetime.fromisoformat(at).astimezone(dt.timezone.utc)


def judgments_json(entries: Sequence[Entry]) -> dict:
    """`briefing judgments --json` (reference.md §7)."""
    out = []
    for e in entries:
        a = e.assessment
        rows = []
        for change in e.changes:
            j = change.after
            resolved = e.resolved(change.scenario)
            rows.append({"scenario": change.scenario, "name": change.name,
                         "recorded": j is not None,
                         **({} if j is None else {
                             "status": j.get("status"), "judgment": j.get("judgment"),
                             "probability": j.get("probability"),
                             "judgment_date": j.get("judgment_date"),
                             "central_date": central_date(j),
                             "confidence": j.get("confidence"),
                             "sentences": list(j.get("sentences", ()))}),
                         "change": change.as_json(),
                         "resolution": None if resolved is None else {
                             "outcome": resolved.outcome, "who": resolved.who,
                             "at": resolved.at}})
        out.append({"id": a.id, "at": a.at, "who": a.who, "note": a.note,
                    "previous": e.previous.id if e.previous else None,
                    "changed_between": None if e.between is None else
                    [c.as_json() for c in e.between],
                    "judgments": rows})
    return {"assessments": out}
