"""Opening a briefing on a team server: connect, identify, refuse, migrate (reference.md §5).

One database holds one briefing, in the connection's current schema (`public` unless the
DBA's search_path says otherwise). `briefing_schema` records that it is a briefing and its
schema version — a file's `PRAGMA application_id` and `user_version`. A new briefing is made
by the same numbered migrations as a file (migrations/postgres/), in one transaction
(PostgreSQL's DDL is transactional: a failed migration leaves nothing behind); a database
holding anything else is refused, and so is a schema newer than this program.

Migrations run as the database's owner when the analyst is a member of that role, so the
tables belong to the team role and every member can write them (README: Team server).

Before anything is read, the database's schema objects — tables with their columns and
constraints, indexes, sequences, triggers, rules, policies — are compared with those the
program's own migrations make, derived in this session's temporary schema inside a
transaction that is rolled back (never a hard-coded list): a trigger or rule someone added
would run on our reads and writes (the check of issue 18, applied to the server).
"""
from __future__ import annotations

import re

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

from .errors import BriefingFileError, ReadOnlyError, ServerUnavailableError
from .schema import latest_version, migrations, schema_differences, schema_refusal

APPLICATION = "briefing"
VERSION_TABLE = "briefing_schema"
_VERSION_DDL = f"""CREATE TABLE {VERSION_TABLE} (
    singleton   integer PRIMARY KEY CHECK (singleton = 1),
    application text NOT NULL CHECK (application = '{APPLICATION}'),
    version     integer NOT NULL CHECK (version > 0)
)"""
# A dead server or network is noticed within seconds, not TCP's quarter of an hour; a URI
# may say otherwise for any of these.
CONNECTION_DEFAULTS = {"connect_timeout": "5", "application_name": "Briefing",
                       "keepalives": "1", "keepalives_idle": "5", "keepalives_interval": "2",
                       "keepalives_count": "3", "tcp_user_timeout": "8000"}
# Every table a write may change: the entities, and the change-bundle log beside the audit.
_ENTITY_TABLES = ("briefing", "source", "document", "claim", "event", "event_claim",
                  "event_source", "scenario", "hypothesis", "rating", "assessment",
                  "resolution", "recording", "sync_identity", "operation", "merge_conflict",
                  "import_record")


def one_line(exc: BaseException) -> str:
    """A driver message as one line, without libpq's hints and prefixes."""
    text = str(exc).split("\n\t")[0]
    text = re.sub(r"^(connection failed|connection is bad):\s*", "", text.strip())
    text = re.sub(r"\b(FATAL|ERROR):\s+", "", text)
    return " ".join(text.split()) or type(exc).__name__


def connect(uri: str, location: str) -> psycopg.Connection:
    """An autocommit connection (transactions are begun explicitly), or one line saying
    why there is none."""
    try:
        given = conninfo_to_dict(uri)
    except psycopg.ProgrammingError as exc:
        raise BriefingFileError(f"{location}: not a server address ({one_line(exc)})") from None
    extra = {k: v for k, v in CONNECTION_DEFAULTS.items() if k not in given}
    try:
        return psycopg.connect(uri, autocommit=True, **extra)
    except psycopg.OperationalError as exc:
        raise ServerUnavailableError(f"{location}: cannot connect to the team server "
                                     f"({one_line(exc)})") from None


def current_version(conn: psycopg.Connection) -> int | None:
    """The schema version, or None when the database holds no briefing (yet)."""
    if conn.execute("SELECT to_regclass(%s)", (VERSION_TABLE,)).fetchone()[0] is None:
        return None
    row = conn.execute(f"SELECT application, version FROM {VERSION_TABLE}").fetchone()
    if row is None or row[0] != APPLICATION:
        return 0
    return row[1]


def _namespace(conn: psycopg.Connection) -> tuple[int, str]:
    row = conn.execute("SELECT n.oid, n.nspname FROM pg_namespace n "
                       "WHERE n.nspname = current_schema()").fetchone()
    if row is None:
        raise BriefingFileError("the server gives this user no schema to hold a briefing "
                                "(search_path)")
    return row


def writable(conn: psycopg.Connection, exists: bool) -> bool:
    """Whether this user may change the briefing (else it opens read-only): not a standby,
    and INSERT, UPDATE and DELETE on every table it writes (INSERT on the audit, USAGE of
    the operations' sequence) — or, for a database
    that holds no briefing yet, CREATE in its schema."""
    if conn.execute("SELECT pg_is_in_recovery()").fetchone()[0]:
        return False
    if not exists:
        return conn.execute("SELECT has_schema_privilege(current_schema(), 'CREATE')"
                            ).fetchone()[0]
    # An older schema lacks the later tables (its migration, run as the owner, adds them).
    present = [t for t in _ENTITY_TABLES
               if conn.execute("SELECT to_regclass(%s)", (t,)).fetchone()[0] is not None]
    checks = [f"has_table_privilege('{t}', 'INSERT, UPDATE, DELETE')" for t in present]
    checks.append("has_table_privilege('audit', 'INSERT')")
    if conn.execute("SELECT to_regclass('operation_seq')").fetchone()[0] is not None:
        checks.append("has_sequence_privilege('operation_seq', 'USAGE')")
    return all(conn.execute(f"SELECT {', '.join(checks)}").fetchone())


def prepare(conn: psycopg.Connection, location: str, who: str, read_only: bool,
            create: bool) -> None:
    """Identify the database as a briefing of a version this program reads, with the
    schema its own migrations make; make or migrate it if it may. Raises one line."""
    version = current_version(conn)
    if version is None:
        _refuse_foreign_tables(conn, location)
        if not create:
            raise BriefingFileError(f"{location}: holds no briefing yet (put one there with "
                                    f"`briefing copy FILE {location}`)")
        if read_only:
            raise ReadOnlyError(f"{location}: holds no briefing yet, and the database user "
                                f"{who} may only read it")
        migrate(conn, location)
        return
    if version == 0:
        raise BriefingFileError(f"{location}: not a briefing database ({VERSION_TABLE} says "
                                "another application)")
    if version > latest_version():
        raise BriefingFileError(
            f"{location}: made by a newer version of Briefing (schema {version}; this program "
            f"reads up to {latest_version()}); update Briefing to open it")
    problems = schema_problems(conn, version)
    if problems:
        raise BriefingFileError(f"{location}: {schema_refusal(problems)}")
    if version < latest_version():
        if read_only:
            raise ReadOnlyError(f"{location}: made by an older version of Briefing, and the "
                                f"database user {who} may only read it; a user who may write "
                                "it upgrades it by opening it once")
        migrate(conn, location)


def _refuse_foreign_tables(conn: psycopg.Connection, location: str) -> None:
    oid, name = _namespace(conn)
    found = conn.execute("SELECT count(*) FROM pg_class WHERE relnamespace = %s "
                         "AND relkind IN ('r', 'p', 'v', 'm', 'f')", (oid,)).fetchone()[0]
    if found:
        raise BriefingFileError(f"{location}: not a briefing database (its schema {name} "
                                f"holds {found} tables or views of another application)")


def migrate(conn: psycopg.Connection, location: str) -> None:
    """Bring the database to the latest schema in one transaction. Two analysts opening an
    old briefing at once: the second waits for the first, then finds nothing to do."""
    try:
        conn.execute("BEGIN")
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('briefing migration'))")
        _become_owner(conn)
        version = current_version(conn)
        if version is None:
            conn.execute(_VERSION_DDL)
            conn.execute(f"INSERT INTO {VERSION_TABLE} VALUES (1, %s, 1)", (APPLICATION,))
            version = 0
        for v, text in migrations("postgres"):
            if v > version:
                conn.execute(text)
        conn.execute(f"UPDATE {VERSION_TABLE} SET version = %s", (latest_version(),))
        conn.execute("COMMIT")
    except psycopg.Error as exc:
        _rollback(conn)
        if isinstance(exc, psycopg.OperationalError) and conn.broken:
            raise ServerUnavailableError(f"{location}: lost the connection to the team "
                                         f"server while creating the briefing; nothing was "
                                         f"made ({one_line(exc)})") from None
        raise BriefingFileError(f"{location}: cannot create the briefing's tables "
                                f"({one_line(exc)}); nothing was changed") from None


def _become_owner(conn: psycopg.Connection) -> None:
    """Within the migration's transaction, act as the database's owner (the team role) if
    this user is a member, so the tables are the team's, not one analyst's."""
    owner, member = conn.execute(
        "SELECT pg_get_userbyid(datdba), pg_has_role(current_user, datdba, 'MEMBER') "
        "AND pg_get_userbyid(datdba) <> current_user FROM pg_database "
        "WHERE datname = current_database()").fetchone()
    if member:
        conn.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(owner)))


def _rollback(conn: psycopg.Connection) -> None:
    try:
        if not conn.broken:
            conn.execute("ROLLBACK")
    except psycopg.Error:
        pass


# ---- is this database's schema the program's own? ------------------------------------------

def schema_problems(conn: psycopg.Connection, version: int) -> list[str]:
    oid, name = _namespace(conn)
    return schema_differences(schema_objects(conn, oid, name), expected_schema(conn, version))


_EXPECTED: dict[tuple[int, int], dict] = {}  # by (server version, schema version)


def expected_schema(conn: psycopg.Connection, version: int) -> dict[tuple[str, str], str]:
    """What migrations 1..`version` make on this server's PostgreSQL version (derived once
    per process: ~20 ms)."""
    key = (conn.info.server_version, version)
    if key not in _EXPECTED:
        _EXPECTED[key] = _derive(conn, version)
    return _EXPECTED[key]


def _derive(conn: psycopg.Connection, version: int) -> dict[tuple[str, str], str]:
    """The objects migrations 1..`version` make, made in this session's temporary schema
    and rolled back."""
    try:
        conn.execute("BEGIN")
        conn.execute("SET LOCAL search_path = pg_temp")
        conn.execute(_VERSION_DDL)
        for v, text in migrations("postgres"):
            if v <= version:
                conn.execute(text)
        oid, name = conn.execute("SELECT pg_my_temp_schema(), "
                                 "pg_my_temp_schema()::regnamespace::text").fetchone()
        return schema_objects(conn, oid, name)
    except psycopg.Error as exc:
        if isinstance(exc, psycopg.OperationalError) and conn.broken:
            raise
        raise BriefingFileError(f"cannot verify the briefing's schema on this server "
                                f"({one_line(exc)})") from None
    finally:
        _rollback(conn)


_KINDS = {"r": "table", "p": "table", "v": "view", "m": "view", "f": "foreign table",
          "S": "sequence", "i": "index", "I": "index", "c": "type"}


def schema_objects(conn: psycopg.Connection, oid: int, name: str) -> dict[tuple[str, str], str]:
    """(kind, name) → a definition of every object in one schema, free of the schema's
    name, read from the catalog without running any of them."""
    found: dict[tuple[str, str], list[str]] = {}
    for rel, kind, rls in conn.execute(
            "SELECT relname, relkind, relrowsecurity FROM pg_class WHERE relnamespace = %s",
            (oid,)).fetchall():
        found[(_KINDS.get(kind, kind), rel)] = ["row security"] if rls else []
    queries = (
        ("table", "SELECT c.relname, format('column %%s %%s%%s%%s%%s', a.attname, "
                  "format_type(a.atttypid, a.atttypmod), "
                  "CASE WHEN a.attnotnull THEN ' not null' ELSE '' END, "
                  "coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), ''), "
                  "CASE WHEN a.attidentity <> '' THEN ' identity' ELSE '' END) "
                  "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                  "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                  "WHERE c.relnamespace = %s AND c.relkind IN ('r', 'p') AND a.attnum > 0 "
                  "AND NOT a.attisdropped ORDER BY c.relname, a.attnum"),
        ("table", "SELECT c.relname, 'constraint ' || k.conname || ' ' || "
                  "pg_get_constraintdef(k.oid) FROM pg_constraint k "
                  "JOIN pg_class c ON c.oid = k.conrelid WHERE c.relnamespace = %s "
                  "ORDER BY c.relname, k.conname"),
        ("index", "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
                  "JOIN pg_class i ON i.oid = x.indexrelid WHERE i.relnamespace = %s"),
        ("trigger", "SELECT t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t "
                    "JOIN pg_class c ON c.oid = t.tgrelid "
                    "WHERE c.relnamespace = %s AND NOT t.tgisinternal"),
        ("rule", "SELECT r.rulename, pg_get_ruledef(r.oid) FROM pg_rewrite r "
                 "JOIN pg_class c ON c.oid = r.ev_class "
                 "WHERE c.relnamespace = %s AND r.rulename <> '_RETURN'"),
        ("policy", "SELECT c.relname || '.' || p.polname, 'policy' FROM pg_policy p "
                   "JOIN pg_class c ON c.oid = p.polrelid WHERE c.relnamespace = %s"),
    )
    for kind, query in queries:
        for key, definition in conn.execute(query, (oid,)).fetchall():
            found.setdefault((kind, key), []).append(definition)
    qualifier = re.compile(rf"\b(?:{re.escape(name)}|pg_temp)\.")
    return {key: qualifier.sub("", "; ".join(parts)) for key, parts in found.items()}


__all__ = ["CONNECTION_DEFAULTS", "connect", "current_version", "migrate", "one_line",
           "prepare", "schema_objects", "schema_problems", "writable"]
