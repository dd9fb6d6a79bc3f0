"""`import`, `export` and `check`: moving data in and out, and verifying a file."""
from __future__ import annotations

from pathlib import Path

from ..domain.package import LISTS
from ..interchange import InterchangeError
from ..store import BriefingFileError
from ..workspace import Changes, Workspace
from ..workspace.transfer import EXPORTABLE_DATA, export_data, import_file, import_into_new
from .errors import DONE, PROBLEMS, USAGE, CommandError
from .opening import open_workspace

CHART_FORMATS = (".png", ".svg")


def cmd_import(args) -> int:
    source = Path(args.file)
    try:
        path, changes = _import(args.db, source)
    except InterchangeError as exc:
        raise CommandError(str(exc), USAGE) from None
    except BriefingFileError as exc:
        raise CommandError(str(exc), PROBLEMS) from None
    counts = ", ".join(f"{len(getattr(changes, n))} {n}" for n in LISTS if getattr(changes, n))
    print(f"imported {args.file} into {path}: {counts or 'nothing new'}")
    return DONE


def _import(db: str | None, source: Path) -> tuple[Path, Changes]:
    """A `--db` that does not exist yet is built aside and published whole (a failed import
    leaves no file); if another program creates it meanwhile, import into theirs."""
    if db is not None and not Path(db).expanduser().exists():
        path = Path(db).expanduser()
        if not path.parent.is_dir():
            raise CommandError(f"{path}: the folder {path.parent} does not exist", USAGE)
        try:
            return path, import_into_new(path, source)
        except FileExistsError:
            pass
    ws = open_workspace(db, create_missing=True)
    try:
        return ws.path, import_file(ws, source)
    finally:
        ws.close()


def cmd_export(args) -> int:
    target = Path(args.file)
    suffix = target.suffix.lower()
    known = EXPORTABLE_DATA + (".pdf",) + CHART_FORMATS
    if suffix not in known:
        raise CommandError(f"{target}: cannot export {suffix or 'files without an extension'}; "
                           f"use one of {', '.join(known)}", USAGE)
    if not target.parent.exists():
        raise CommandError(f"{target}: the folder {target.parent} does not exist", USAGE)
    ws = open_workspace(args.db, create_missing=False)
    try:
        if suffix in EXPORTABLE_DATA:
            export_data(ws, target)
        else:
            _export_with_qt(ws, target, getattr(args, "scenario", None))
    except OSError as exc:
        raise CommandError(f"{target}: cannot write ({exc.strerror or exc})", PROBLEMS) from None
    except ValueError as exc:
        raise CommandError(f"{target}: {exc}", USAGE) from None
    finally:
        ws.close()
    print(f"wrote {target}")
    return DONE


def _export_with_qt(ws, target: Path, scenario_id: str | None) -> None:
    from ..report import export_report
    export_report(ws, target, scenario_id=scenario_id)


def cmd_check(args) -> int:
    ws = open_workspace(args.db, create_missing=False)
    try:
        problems = check_problems(ws)
        summary = (f"ok (schema {ws.store.schema_version()}, {len(ws.store.ids('claim'))} "
                   f"claims, {len(ws.store.ids('event'))} events)")
    finally:
        ws.close()
    for line in problems:
        print(f"{ws.path}: {line}")
    if problems:
        return PROBLEMS
    print(f"{ws.path}: {summary}")
    return DONE


def check_problems(ws: Workspace) -> list[str]:
    """SQLite integrity, foreign keys, and every domain rule over the whole package."""
    out = ws.store.integrity_problems()
    if out:
        return out
    return [str(p) for p in ws.package().problems()]
