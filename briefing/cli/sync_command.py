"""`briefing sync export|import|conflicts`: change bundles between disconnected copies of
one briefing (reference.md §6)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ..interchange import InterchangeError
from ..workspace import BriefingFileError
from ..workspace.backups import backed_up
from ..workspace.sync import (MergeConflict, apply_bundle, check_bundle, export_bundle,
                              merge_conflicts, read_bundle)
from .errors import DONE, PROBLEMS, USAGE, CommandError
from .opening import open_workspace
from .terminal import json_safe, safe


def add_parser(sub, db) -> None:
    p = sub.add_parser("sync", help="change bundles between disconnected copies of a briefing")
    actions = p.add_subparsers(dest="sync_action", metavar="export|import|conflicts",
                               required=True, parser_class=type(p))
    q = actions.add_parser("export", parents=[db],
                           help="write every change this copy knows to FILE.bundle")
    q.add_argument("file", metavar="FILE.bundle")
    q = actions.add_parser("import", parents=[db],
                           help="apply the changes of FILE.bundle not seen yet")
    q.add_argument("file", metavar="FILE.bundle")
    q = actions.add_parser("conflicts", parents=[db],
                           help="list merge conflicts: fields holding more than one value")
    q.add_argument("--json", action="store_true")


def cmd_sync(args) -> int:
    return {"export": _export, "import": _import, "conflicts": _conflicts}[args.sync_action](args)


def _export(args) -> int:
    target = Path(args.file)
    if not target.parent.exists():
        raise CommandError(f"{target}: the folder {target.parent} does not exist", USAGE)
    count = _reading(args, lambda ws: export_bundle(ws, target))
    print(f"wrote {count} changes to {target}")
    return DONE


def _import(args) -> int:
    """The bundle is read and checked whole before the briefing is backed up and written."""
    try:
        bundle = read_bundle(Path(args.file))
    except InterchangeError as exc:
        raise CommandError(str(exc), USAGE) from None
    ws = open_workspace(args.db, create_missing=False)
    try:
        check_bundle(ws, bundle, Path(args.file))
        with backed_up(ws, warn=_warn):
            done = apply_bundle(ws, bundle, Path(args.file))
    except InterchangeError as exc:
        raise CommandError(str(exc), USAGE) from None
    except BriefingFileError as exc:
        raise CommandError(str(exc), PROBLEMS) from None
    finally:
        ws.close()
    print(f"imported {args.file} into {ws.location}: {done.summary()}")
    return DONE


def _conflicts(args) -> int:
    found = _reading(args, merge_conflicts)
    if args.json:
        print(json_safe(json.dumps({"conflicts": [c.as_dict() for c in found]},
                                   ensure_ascii=False, indent=2)))
    elif not found:
        print("no merge conflicts")
    else:
        for c in found:
            print(safe(describe(c)))
    return DONE


def _reading(args, read):
    """`read(workspace)` on the `--db` briefing, which must exist."""
    ws = open_workspace(args.db, create_missing=False)
    try:
        return read(ws)
    except BriefingFileError as exc:
        raise CommandError(str(exc), PROBLEMS) from None
    finally:
        ws.close()


def describe(c: MergeConflict) -> str:
    """One line: the field and each value with who entered it and when."""
    values = " | ".join(
        ("deleted" if v.deleted else json.dumps(v.value, ensure_ascii=False))
        + (f" ({v.who}, {v.at})" if v.who else " (this copy)") for v in c.values)
    return f"{c.entity} {c.entity_id} {c.field}: {values}"


def _warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


__all__ = ["add_parser", "cmd_sync", "describe"]
