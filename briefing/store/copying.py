"""Copying a whole briefing between a file and a team server, either way (`briefing copy`).

Rows are copied as they are stored — ids, order (`seq`), revisions — and the audit history
with them, so the record of who changed what survives the move (an import would instead
record every entity as inserted now, by whoever ran it). The source is read in one snapshot
while others may be writing; the destination is written in one transaction, so a copy cut
short leaves it empty. A destination holding anything is refused.

The tables are `codecs.TABLES`, each after the tables it references. The audit's ids are
not copied: the destination numbers them in the same order, and where each assessment was
recorded in the audit (`recording`, after the audit in that order) is renumbered with them,
so the record still reads what changed between two assessments. The operation log is copied
with the rest; the copy keeps the briefing's id and takes an origin of its own (§6).
"""
from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

from .atomic import atomic_write, create_new
from .base import Store
from .codecs import IDENTITY, TABLES
from .errors import BriefingFileError

_NOT_COPIED = {("audit", "id")}
_ROWS = tuple(t for t in TABLES if t != IDENTITY)


def is_empty(store: Store) -> bool:
    return not any(store.count(table) for table in _ROWS)


def copy_into(source: Store, dest: Store) -> dict[str, int]:
    """Every row of `source` into the empty `dest`; returns the rows copied per table."""
    if not is_empty(dest):
        raise BriefingFileError(f"{dest.location}: already holds a briefing; copy into an "
                                "empty database or a new file")
    with source.snapshot():
        tables = {}
        briefing_id = source.briefing_id()
        for table in _ROWS:
            columns = [c for c in source.columns(table) if (table, c) not in _NOT_COPIED]
            tables[table] = (columns, source.table_rows(table, columns))
        audit_ids = [r[0] for r in source.table_rows("audit", ["id"])]

    def fill() -> dict[str, int]:
        if not is_empty(dest):  # someone else filled it since we looked
            raise BriefingFileError(f"{dest.location}: already holds a briefing; nothing "
                                    "was copied")
        dest.adopt_briefing_id(briefing_id)
        for table, (columns, rows) in tables.items():
            if table == "recording":
                rows = _renumbered(columns, rows, audit_ids, dest.audit_position())
            dest.load_rows(table, columns, rows)
        return {table: len(rows) for table, (_, rows) in tables.items()}
    return dest.atomically(fill)


def _renumbered(columns: list[str], rows: list[tuple], audit_ids: list[int],
                last: int) -> list[tuple]:
    """Recordings' audit positions in the destination, whose audit was just numbered in
    the source's order and ends at `last`."""
    k, first = columns.index("audit_position"), last - len(audit_ids)
    return [(*r[:k], first + bisect_right(audit_ids, r[k]), *r[k + 1:]) for r in rows]


def _write_file(source: Store, tmp: Path, target: Path) -> dict[str, int]:
    from .sqlite_store import SqliteStore

    try:
        dest = SqliteStore(tmp)
        try:
            counts = copy_into(source, dest)
            dest.checkpoint()
        finally:
            dest.close()
    except BriefingFileError as exc:
        raise BriefingFileError(str(exc).replace(str(tmp), str(target))) from None
    return counts


def copy_to_new_file(source: Store, target: Path, replace: bool = False) -> dict[str, int]:
    """`source` as a new briefing file at `target`, which takes its name only when whole:
    FileExistsError if another file has it by then, unless `replace` (Save As)."""
    counts: list[dict] = []
    publish = atomic_write if replace else create_new
    publish(target, lambda tmp: counts.append(_write_file(source, tmp, target)))
    return counts[0]


__all__ = ["copy_into", "copy_to_new_file", "is_empty"]
