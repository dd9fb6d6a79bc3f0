"""The one owner of SQL: a briefing in a `.briefing` file or on a team server.

`open_store(location)` opens either: a path is a SQLite file (`SqliteStore`), a
`postgresql://` URI a database on the team's PostgreSQL server (`PostgresStore`, needing
the optional `briefing[server]` extra, psycopg 3). Both are the `Store` the workspace uses
(base.py); nothing outside this package imports `sqlite3` or `psycopg` (import-linter).

Adding an entity kind or changing the schema — the one step, for both dialects:

1. a numbered migration under the same number in BOTH `migrations/sqlite/NNNN_name.sql`
   and `migrations/postgres/NNNN_name.sql` (tests/server/test_server_schema.py checks that
   the two dialects have the same versions and end with the same tables and columns; in
   PostgreSQL use text for dates and JSON, integer 0/1 for flags, double precision for
   REAL, so a copy moves values unchanged). A new entity kind also widens the audit's
   `entity` CHECK: SQLite cannot alter a CHECK, so its migration rebuilds `audit`
   (CREATE audit_new, INSERT … SELECT, DROP, ALTER … RENAME, the index again); PostgreSQL
   drops and re-adds `audit_entity_check`;
2. the new table's name in `codecs.TABLES`, after the tables it references (the copy
   order), and for an entity kind a `Codec` in codecs.py (its columns, to and from the
   domain value), which gives it reads, audited writes, history and change notification
   through `Store.all/get/put/put_many/delete` with no further SQL;
3. its list name in `Changes` (workspace/changes.py) and in `ENTITY_OF_LIST`
   (domain/package.py).
"""
from __future__ import annotations

from pathlib import Path

from .base import DETAIL_LIMIT, AuditEntry, Store, current_user
from .errors import (BriefingFileError, FileInUseError, NotFoundError, ReadOnlyError,
                     ServerUnavailableError, StaleEditError)
from .location import check_server_uri, is_server, server_name
from .schema import APPLICATION_ID, latest_version
from .sqlite_store import SqliteStore


def open_store(location: Path | str, create: bool = True, read_only: bool = False,
               check_pages: bool = True) -> Store:
    """The briefing at `location`: a `postgresql://` URI, or a file path (`check_pages`:
    SqliteStore)."""
    if is_server(location):
        uri = check_server_uri(str(location))
        try:
            from .postgres_store import PostgresStore
        except ImportError:
            raise BriefingFileError(f"{uri}: team-server support is not installed (install "
                                    "briefing[server], which brings psycopg)") from None
        return PostgresStore(uri, create=create, read_only=read_only)
    return SqliteStore(Path(location), create=create, read_only=read_only,
                       check_pages=check_pages)


__all__ = ["APPLICATION_ID", "AuditEntry", "BriefingFileError", "DETAIL_LIMIT",
           "FileInUseError", "NotFoundError", "ReadOnlyError", "ServerUnavailableError",
           "SqliteStore", "StaleEditError", "Store", "check_server_uri", "current_user",
           "is_server", "latest_version", "open_store", "server_name"]
