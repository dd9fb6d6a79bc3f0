"""Which briefing a command works on (reference.md §1, §5): `--db PATH`, `--db URI` of a
team server's database, or the default one."""
from __future__ import annotations

from pathlib import Path

from ..workspace import BriefingFileError, ServerUnavailableError, Workspace, is_server
from .errors import PROBLEMS, USAGE, CommandError


def open_workspace(db: str | None, create_missing: bool, read_only: bool = False,
                   watch: bool = False, check_pages: bool = True) -> Workspace:
    """`create_missing`: a `--db` naming no file (or an empty database) makes a new, empty
    briefing (import, window); otherwise it is a usage error (export, project, check). A
    server that cannot be reached is a run-time failure (exit 1). `watch`: the window
    notices other analysts' commits. `check_pages=False`: the window checks the file's
    pages after its first paint (Workspace.open)."""
    try:
        if db is None:
            return Workspace.open_default(watch=watch, check_pages=check_pages)
        if is_server(db):
            return Workspace.open(db, create=create_missing, read_only=read_only, watch=watch)
        path = Path(db).expanduser()
        if not path.exists() and not create_missing:
            raise CommandError(f"{path}: no such briefing file", USAGE)
        return Workspace.open(path, create=create_missing, read_only=read_only, watch=watch,
                              check_pages=check_pages)
    except ServerUnavailableError as exc:
        raise CommandError(str(exc), PROBLEMS) from None
    except BriefingFileError as exc:
        raise CommandError(str(exc), USAGE) from None
