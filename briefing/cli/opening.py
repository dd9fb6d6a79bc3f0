"""Which briefing a command works on (reference.md §1): `--db PATH` or the default one."""
from __future__ import annotations

from pathlib import Path

from ..store import BriefingFileError
from ..workspace import Workspace
from .errors import USAGE, CommandError


def open_workspace(db: str | None, create_missing: bool, read_only: bool = False) -> Workspace:
    """`create_missing`: a `--db` naming no file makes a new, empty briefing (import, window);
    otherwise a missing file is a usage error (export, project, check)."""
    try:
        if db is None:
            return Workspace.open_default()
        path = Path(db).expanduser()
        if not path.exists() and not create_missing:
            raise CommandError(f"{path}: no such briefing file", USAGE)
        return Workspace.open(path, create=create_missing, read_only=read_only)
    except BriefingFileError as exc:
        raise CommandError(str(exc), USAGE) from None
