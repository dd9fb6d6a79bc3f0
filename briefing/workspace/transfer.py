"""Import and export by file extension (CONTRACT §2), for the CLI and the window alike.

`.pdf`, `.png` and `.svg` need Qt and live in `briefing.report`; this module handles the
interchange formats and says clearly when an extension is not one of them.
"""
from __future__ import annotations

from pathlib import Path

from ..domain import Problem, ValidationError
from ..interchange import (InterchangeError, read_claims_csv, read_package, write_claims_csv,
                           write_package)
from ..store.atomic import atomic_write
from .changes import Changes
from .workspace import Workspace, build_new

IMPORTABLE = (".json", ".csv")
EXPORTABLE_DATA = (".json", ".csv")


def import_file(ws: Workspace, path: Path) -> Changes:
    """All or nothing; raises InterchangeError listing every located problem."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        package = read_package(path)
    elif suffix == ".csv":
        package = read_claims_csv(path, ws.sources(), set(ws.store.ids("document")),
                                  set(ws.store.ids("claim")))
    else:
        raise InterchangeError(path, [Problem("", f"cannot import {suffix or 'this'} files; "
                                                  "use .json or .csv")])
    try:
        return ws.import_package(package)
    except ValidationError as exc:
        raise InterchangeError(path, exc.problems) from None


def import_into_new(path: Path, source: Path) -> Changes:
    """Import `source` into a briefing that does not exist yet, all or nothing: it is built
    under a temporary name, so a failed import leaves no file — and never removes a file
    another program created at `path` meanwhile (FileExistsError: import into that one)."""
    return build_new(Path(path), lambda ws: import_file(ws, source))


def export_data(ws: Workspace, path: Path) -> None:
    """Write `.json` (the whole package) or `.csv` (the claims) atomically."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        atomic_write(path, lambda tmp: write_package(ws.package(), tmp))
    else:
        atomic_write(path, lambda tmp: write_claims_csv(ws.claims(), tmp))
