"""`import`, `export` and `check`: moving data in and out, and verifying a file."""
from __future__ import annotations

import sys
from pathlib import Path

from ..interchange import InterchangeError
from ..workspace import BriefingFileError, Workspace, is_server
from ..workspace.backups import backed_up, try_backup
from ..workspace.changes import Imported
from ..workspace.transfer import EXPORTABLE_DATA, export_data, import_file, import_into_new
from .errors import DONE, PROBLEMS, USAGE, CommandError
from .opening import open_workspace

CHART_FORMATS = (".png", ".svg")


def cmd_import(args) -> int:
    source = Path(args.file)
    try:
        path, done = _import(args.db, source)
    except InterchangeError as exc:
        raise CommandError(str(exc), USAGE) from None
    except BriefingFileError as exc:
        raise CommandError(str(exc), PROBLEMS) from None
    print(f"imported {args.file} into {path}:")
    for line in done.summary():
        print(f"  {line}")
    return DONE


def _import(db: str | None, source: Path) -> tuple[str, Imported]:
    """A `--db` that does not exist yet is built aside and published whole (a failed import
    leaves no file), then backed up; if another program creates it meanwhile, import into
    theirs. An existing briefing is backed up around the import, as the window does."""
    if db is not None and not is_server(db) and not Path(db).expanduser().exists():
        path = Path(db).expanduser()
        if not path.parent.is_dir():
            raise CommandError(f"{path}: the folder {path.parent} does not exist", USAGE)
        try:
            done = import_into_new(path, source)
        except FileExistsError:
            pass
        else:
            # Its pages are the ones this process just wrote: not read back to check them
            # (0.2–0.3 s at 100,000 claims) before the backup copies them.
            ws = open_workspace(str(path), create_missing=False, check_pages=False)
            try:
                try_backup(ws, _warn, min_interval_s=0)
            finally:
                ws.close()
            return str(path), done
    ws = open_workspace(db, create_missing=True)
    try:
        with backed_up(ws, warn=_warn):
            return ws.location, import_file(ws, source)
    finally:
        ws.close()



def _warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


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
            _export_with_qt(ws, target, getattr(args, "scenario", None),
                            getattr(args, "size", None))
    except OSError as exc:
        raise CommandError(f"{target}: cannot write ({exc.strerror or exc})", PROBLEMS) from None
    except ValueError as exc:
        raise CommandError(f"{target}: {exc}", USAGE) from None
    finally:
        ws.close()
    print(f"wrote {target}")
    return DONE


def _export_with_qt(ws, target: Path, scenario_id: str | None,
                    size: tuple[int, int] | None) -> None:
    if size is not None and target.suffix.lower() not in CHART_FORMATS:
        raise ValueError("--size is for .png and .svg charts")
    from ..report import export_report
    export_report(ws, target, scenario_id=scenario_id, size=size)


def cmd_check(args) -> int:
    ws = open_workspace(args.db, create_missing=False)
    try:
        problems = check_problems(ws)
        summary = (f"ok (schema {ws.schema_version()}, {ws.count('claim')} "
                   f"claims, {ws.count('event')} events)")
    finally:
        ws.close()
    for line in problems:
        print(f"{ws.location}: {line}")
    if problems:
        return PROBLEMS
    print(f"{ws.location}: {summary}")
    return DONE


def check_problems(ws: Workspace) -> list[str]:
    """The store's integrity (schema, SQLite's page and foreign-key checks), then every
    domain rule over the whole package."""
    out = ws.integrity_problems()
    if out:
        return out
    return [str(p) for p in ws.package().problems()]
