"""`ach`, `record`, `judgments`, `resolve`, `scores`: competing hypotheses and the record of
key judgments (reference.md §7)."""
from __future__ import annotations

import json
import sys

from ..domain import ValidationError
from ..structured import ach_json, band_words, scores, scores_json
from ..structured.record import judgment_words
from ..workspace.analysis import analyse, projections
from ..workspace.backups import backed_up
from ..workspace.record import history, judgments_json, record, resolution
from .errors import DONE, USAGE, CommandError
from .opening import open_workspace
from .terminal import json_safe, safe


def _print_json(document) -> None:
    print(json_safe(json.dumps(document, ensure_ascii=False, indent=2)))


def _warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def cmd_ach(args) -> int:
    ws = open_workspace(args.db, create_missing=False)
    try:
        matrix = analyse(ws).matrix
    finally:
        ws.close()
    if args.json:
        _print_json(ach_json(matrix))
        return DONE
    print(safe(matrix.leader_words))
    for s in matrix.scores:
        print(safe(f"  {s.rank}. {s.id}: {s.hypothesis.title} — inconsistency "
                   f"{s.inconsistency:.2f}"))
    if matrix.hypotheses:
        print(safe("Sensitivity: " + (" ".join(s.sentence for s in matrix.sensitivity)
                                      or "no single claim changes the leader.")))
        print(safe(_matrix_table(matrix)))
    for r in matrix.indicators:
        print(safe(f"indicator {r.hypothesis}/{r.indicator.id}: {r.indicator.text} "
                   f"({r.condition}) — {r.status}"))
    return DONE


def _matrix_table(matrix) -> str:
    """The rated claims, most diagnostic first, one column per hypothesis."""
    header = ["claim", *(h.id for h in matrix.hypotheses), "weight", "diagnosticity"]
    rows = [[c, *(matrix.rating(h.id, c) or "·" for h in matrix.hypotheses),
             f"{matrix.weights[c]:.2f}", f"{d:.2f}"] for c, d in matrix.diagnosticity.items()]
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
              for i, h in enumerate(header)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(header, widths))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)) for r in rows]
    return "\n".join("  " + line for line in lines)


def cmd_record(args) -> int:
    ws = open_workspace(args.db, create_missing=False)
    try:
        found = projections(ws)
        with backed_up(ws, warn=_warn):
            made = record(ws, found, args.note)
    finally:
        ws.close()
    n = len(made.judgments)
    print(safe(f"recorded assessment {made.id} ({n} scenario{'s' if n != 1 else ''}) by "
               f"{made.who} at {made.at}"))
    for j in made.judgments:
        print(safe(f"  {j['id']}: {judgment_words(j, with_date=True)}"))
    return DONE


def cmd_judgments(args) -> int:
    ws = open_workspace(args.db, create_missing=False)
    try:
        entries = history(ws)
    finally:
        ws.close()
    if args.json:
        _print_json(judgments_json(entries))
        return DONE
    if not entries:
        print("no assessments recorded (briefing record stores one)")
    for e in entries:
        a = e.assessment
        print(safe(f"{a.id}  {a.at}  {a.who}" + (f"  “{a.note}”" if a.note else "")))
        for change in e.changes:
            resolved = e.resolved(change.scenario)
            outcome = f"  [came true: {resolved.outcome}]" if resolved else ""
            print(safe(f"  {change.scenario}: {change.summary}{outcome}"))
    return DONE


def cmd_resolve(args) -> int:
    ws = open_workspace(args.db, create_missing=False)
    try:
        try:
            made = resolution(ws, args.assessment, args.scenario, args.outcome)
        except ValidationError as exc:
            raise CommandError(f"{ws.path}: cannot resolve {args.assessment} "
                               f"{args.scenario}: {exc.problems[0].message}", USAGE) from None
        was = ws.get("resolution", made.id).outcome \
            if ws.revision("resolution", made.id) is not None else None
        with backed_up(ws, warn=_warn):
            ws.put(made)
        judged = ws.get("assessment", args.assessment).judgment(args.scenario)
    finally:
        ws.close()
    before = f" (was {was})" if was and was != made.outcome else ""
    p = judged["probability"]
    outcome = 1 if made.outcome == "yes" else 0
    print(safe(f"resolved {args.assessment} {args.scenario}: {made.outcome}{before}; judged "
               f"{judgment_words(judged, with_date=True)}, Brier {(p - outcome) ** 2:.4f}"))
    return DONE


def cmd_scores(args) -> int:
    ws = open_workspace(args.db, create_missing=False)
    try:
        found = scores(ws.assessments(), ws.resolutions())
    finally:
        ws.close()
    if args.json:
        _print_json(scores_json(found))
        return DONE
    if found.brier is None:
        print("no resolved judgment with a probability yet: nothing to score")
    else:
        print(f"Brier score {found.brier:.4f} over {len(found.scored)} resolved judgment"
              f"{'s' if len(found.scored) != 1 else ''} (0 is perfect; 0.25 is always "
              "saying 50%)")
        for who, brier, n in found.by_analyst():
            print(safe(f"  {who}: {brier:.4f} ({n})"))
        print("Calibration:")
        for band in found.calibration():
            print(safe(f"  {band_words(band)}"))
    for note in found.notes:
        print(note)
    return DONE
