"""Import and export by file extension (reference.md §2), for the CLI and the window alike.
A `.json` file is a package, or the proposals file `briefing extract --json` writes.

`.pdf`, `.png` and `.svg` need Qt and live in `briefing.report`; this module handles the
interchange formats and says clearly when an extension is not one of them.
"""
from __future__ import annotations

from pathlib import Path

from ..domain import Problem, ValidationError
from ..interchange import (InterchangeError, is_proposals, parse_package, parse_proposals,
                           read_claims_csv, read_json, write_claims_csv, write_package)
from ..interchange.package_stream import NotStreamed
from ..store.atomic import atomic_write
from .changes import Imported
from .intake import intake_states
from .new_briefings import build_new
from .package_import import import_streamed
from .workspace import Workspace

IMPORTABLE = (".json", ".csv")
EXPORTABLE_DATA = (".json", ".csv")


def import_file(ws: Workspace, path: Path) -> Imported:
    """All or nothing; raises InterchangeError listing every located problem."""
    path = Path(path)
    suffix = path.suffix.lower()
    notes: tuple[str, ...] = ()
    if suffix == ".json":
        try:
            return import_streamed(ws, path)
        except NotStreamed:
            pass  # a problem to name, or a shape to read whole: the whole-file import
        data = read_json(path)
        if is_proposals(data):
            return _import_proposals(ws, path, data)
        package = parse_package(data, path)
    elif suffix == ".csv":
        read = read_claims_csv(path, ws.sources(), set(ws.store.ids("document")),
                               set(ws.store.ids("claim")))
        package, notes = read.package, read.notes
    else:
        raise InterchangeError(path, [Problem("", f"cannot import {suffix or 'this'} files; "
                                                  "use .json or .csv")])
    try:
        return ws.import_package(package, notes, str(path.resolve()))
    except ValidationError as exc:
        raise InterchangeError(path, exc.problems) from None


def _import_proposals(ws: Workspace, path: Path, data) -> Imported:
    """`briefing extract --json` output: its document and claims, sources matched by name
    or created (as File > Add Article does with the claims an analyst accepts)."""
    proposals = parse_proposals(data, path)
    try:
        changes = ws.apply(intake_states(ws, proposals.document, list(proposals.claims)))
    except ValidationError as exc:
        raise InterchangeError(path, exc.problems) from None
    return Imported(changes, tuple((kind, len(getattr(changes, kind)), 0, 0)
                                   for kind in ("documents", "sources", "claims")
                                   if getattr(changes, kind)))


def import_into_new(path: Path, source: Path) -> Imported:
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
        atomic_write(path, lambda tmp: write_claims_csv(ws.claims(), ws.sources(), tmp))
