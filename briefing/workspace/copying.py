"""`briefing copy SOURCE DEST`: a whole briefing between a file and a team server (§5).

Entities and the audit history move as they are stored (store.copying): the copy has the
same ids, order and revisions, and the record of who changed what. The destination must be
empty — a new file, an empty briefing, or a database with no briefing in it yet.
"""
from __future__ import annotations

from pathlib import Path

from ..store import BriefingFileError, is_server
from ..store.copying import copy_into, copy_to_new_file
from .workspace import Workspace


def copy_briefing(source: Path | str, dest: Path | str) -> dict[str, int]:
    """Rows copied per table; raises one line (BriefingFileError) and copies nothing when
    the source cannot be read or the destination is not empty."""
    if _same(source, dest):
        raise BriefingFileError(f"{dest}: that is the source itself")
    origin = Workspace.open(source, create=False, watch=False)
    try:
        if not is_server(dest) and not Path(dest).expanduser().exists():
            path = Path(dest).expanduser()
            if not path.parent.is_dir():
                raise BriefingFileError(f"{path}: the folder {path.parent} does not exist")
            try:
                return copy_to_new_file(origin.store, path)
            except FileExistsError:
                raise BriefingFileError(f"{path}: made by another program meanwhile; "
                                        "nothing was copied") from None
        target = Workspace.open(dest if is_server(dest) else Path(dest).expanduser(),
                                watch=False)
        try:
            return copy_into(origin.store, target.store)
        finally:
            target.close()
    finally:
        origin.close()


def _same(source: Path | str, dest: Path | str) -> bool:
    if is_server(source) or is_server(dest):
        return str(source).strip() == str(dest).strip()
    return Path(source).expanduser().resolve() == Path(dest).expanduser().resolve()


__all__ = ["copy_briefing"]
