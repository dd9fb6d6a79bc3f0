"""Import and export by file extension (reference.md §2), for the CLI and the window alike.

`.pdf`, `.png` and `.svg` need Qt and live in `briefing.report`; this module handles the
interchange formats and says clearly when an extension is not one of them.
"""
from __future__ import annotations

from pathlib import Path

from ..domain import Problem, ValidationError
from ..interchange import (InterchangeError, read_claims_csv, read_package, write_claims_csv,
                           write_package)
from .changes import Imported
from .workspace import Workspace

IMPORTABLE = (".json", ".csv")
EXPORTABLE_DATA = (".json", ".csv")


def import_file(ws: Workspace, path: Path) -> Imported:
    """All or nothing; raises InterchangeError listing every located problem."""
    path = Path(path)
    suffix = path.suffix.lower()
    notes: tuple[str, ...] = ()
    if suffix == ".json":
        package = read_package(path)
    elif suffix == ".csv":
        read = read_claims_csv(path, ws.sources(), set(ws.store.ids("document")),
                               set(ws.store.ids("claim")))
        package, notes = read.package, read.notes
    else:
        raise InterchangeError(path, [Problem("", f"cannot import {suffix or 'this'} files; "
                                                  "use .json or .csv")])
    try:
        return ws.import_package(package, notes)
    except ValidationError as exc:
        raise InterchangeError(path, exc.problems) from None


def export_data(ws: Workspace, path: Path) -> None:
    """Write `.json` (the whole package) or `.csv` (the claims) atomically."""
    path = Path(path)
    tmp = path.with_name(path.name + ".partial")
    if path.suffix.lower() == ".json":
        write_package(ws.package(), tmp)
    else:
        write_claims_csv(ws.claims(), ws.sources(), tmp)
    tmp.replace(path)
