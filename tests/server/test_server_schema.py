"""The team server's schema (reference.md §5): the same numbered migrations as a file, the
same tables and columns, CHECK constraints and foreign keys, and the refusal of a database
that is not Briefing's own (issue 18's schema check, applied to the server)."""
import psycopg
import pytest

from briefing.domain import Claim, Source
from briefing.store import BriefingFileError, SqliteStore, latest_version, open_store
from briefing.store.codecs import TABLES
from briefing.store.postgres_schema import VERSION_TABLE
from briefing.store.schema import migrations
from briefing.workspace import Workspace
from sql_support import BAD_CLAIMS, CLAIM_SQL, case_id, claim_values, rows


def test_both_dialects_have_the_same_migration_versions():
    sqlite, postgres = ([v for v, _ in migrations(d)] for d in ("sqlite", "postgres"))
    assert sqlite == postgres == sorted(set(sqlite))
    assert sqlite[0] == 1 and sqlite[-1] == latest_version()


def _sqlite_columns(tmp_path) -> dict[str, list[str]]:
    store = SqliteStore(tmp_path / "columns.briefing")
    try:
        names = [r[0] for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
        return {t: store.columns(t) for t in names}
    finally:
        store.close()


def _server_columns(uri) -> dict[str, list[str]]:
    store = open_store(uri)
    try:
        names = [r[0] for r in rows(store, "SELECT table_name FROM information_schema.tables "
                                           "WHERE table_schema = current_schema()")]
        return {t: store.columns(t) for t in names if t != VERSION_TABLE}
    finally:
        store.close()


def test_both_dialects_make_the_same_tables_and_columns(tmp_path, pg_server):
    on_file, on_server = _sqlite_columns(tmp_path), _server_columns(pg_server.new())
    assert on_file == on_server
    assert set(on_file) == set(TABLES)   # the copy order names every table


# ---- the server refuses what the domain refuses -------------------------------------------

@pytest.fixture
def server_store(pg_server):
    store = open_store(pg_server.new())
    store.put(Source(id="nis", name="NIS", kind="intelligence", reliability="B"))
    yield store
    store.close()


# The server also refuses impossible dates, which SQLite's date() lets through.
@pytest.mark.parametrize("bad", BAD_CLAIMS + [dict(as_of="2025-02-30"), dict(as_of="13/01/2025")],
                         ids=case_id)
def test_claim_checks_refuse_raw_sql_on_the_server(server_store, bad):
    def insert(values: tuple):
        with server_store.transaction():
            rows(server_store, CLAIM_SQL, values)
    insert(claim_values())                           # the good row is accepted
    with server_store.transaction():
        rows(server_store, "DELETE FROM claim")
    with pytest.raises(BriefingFileError, match="the server refused the change .*; nothing "
                                                "was saved$"):
        insert(claim_values(**bad))
    assert rows(server_store, "SELECT count(*) FROM claim") == [(0,)]


def test_foreign_keys_hold_on_the_server(server_store):
    orphan = Claim(id="c1", source="nobody", subject="s", metric="killed", as_of="2025-01-01",
                   credibility=2, quote="q", value=1)
    with pytest.raises(BriefingFileError, match="refused the change .*foreign key"):
        server_store.put(orphan)
    assert server_store.count("claim") == 0


# ---- a database that is not Briefing's own is refused --------------------------------------

def _seeded_with(pg_server, statement: str) -> str:
    uri = pg_server.new(seeded=True)
    pg_server.execute(uri, statement)
    return uri


@pytest.mark.parametrize("statement, problem", [
    ("CREATE FUNCTION wipe() RETURNS trigger LANGUAGE plpgsql AS "
     "$$ BEGIN DELETE FROM audit; RETURN NEW; END $$; "
     "CREATE TRIGGER wipe AFTER INSERT ON claim FOR EACH ROW EXECUTE FUNCTION wipe()",
     "a trigger 'wipe' that Briefing did not create"),
    ("CREATE RULE quiet AS ON INSERT TO audit DO INSTEAD NOTHING",
     "a rule 'quiet' that Briefing did not create"),
    ("ALTER TABLE claim DROP CONSTRAINT claim_credibility_check",
     "its table 'claim' is not Briefing's"),
    ("ALTER TABLE source ADD COLUMN secret text", "its table 'source' is not Briefing's"),
    ("CREATE TABLE notes (x text)", "a table 'notes' that Briefing did not create"),
    ("ALTER TABLE claim ENABLE ROW LEVEL SECURITY", "its table 'claim' is not Briefing's"),
], ids=["trigger", "rule", "dropped-check", "extra-column", "extra-table", "row-security"])
def test_a_foreign_schema_object_is_refused_before_anything_is_read(pg_server, statement,
                                                                    problem):
    uri = _seeded_with(pg_server, statement)
    with pytest.raises(BriefingFileError) as info:
        Workspace.open(uri)
    message = str(info.value)
    assert message.startswith(f"{uri}: refused: not Briefing's own schema ({problem})")
    assert "\n" not in message


def test_a_newer_schema_is_refused_and_left_alone(pg_server):
    uri = _seeded_with(pg_server, f"UPDATE {VERSION_TABLE} SET version = {latest_version() + 1}")
    with pytest.raises(BriefingFileError, match=r"made by a newer version of Briefing "
                                                rf"\(schema {latest_version() + 1};"):
        Workspace.open(uri)
    assert pg_server.execute(uri, f"SELECT version FROM {VERSION_TABLE}") == [
        (latest_version() + 1,)]


def test_a_database_of_another_application_is_refused_and_left_alone(pg_server):
    uri = pg_server.new()
    pg_server.execute(uri, "CREATE TABLE invoices (id int)")
    with pytest.raises(BriefingFileError, match="not a briefing database .*1 tables or views "
                                                "of another application"):
        Workspace.open(uri)
    assert pg_server.execute(uri, "SELECT to_regclass('claim')") == [(None,)]


def test_an_old_server_briefing_is_migrated_in_one_transaction(pg_server):
    """A server briefing made at schema 1 (before derived_from/base_claim) opens at the
    latest schema with its rows kept."""
    uri = pg_server.new()
    [(_, first)] = [m for m in migrations("postgres") if m[0] == 1]
    with psycopg.connect(uri, autocommit=True) as conn:
        conn.execute(f"CREATE TABLE {VERSION_TABLE} (singleton integer PRIMARY KEY CHECK "
                     "(singleton = 1), application text NOT NULL CHECK (application = "
                     "'briefing'), version integer NOT NULL CHECK (version > 0))")
        conn.execute(f"INSERT INTO {VERSION_TABLE} VALUES (1, 'briefing', 1)")
        conn.execute(first)
        conn.execute("INSERT INTO source(id, seq, name, kind, reliability) "
                     "VALUES ('nis', 1, 'NIS', 'intelligence', 'B')")
        conn.execute("INSERT INTO claim(id, seq, source, subject, metric, value, as_of, "
                     "date_precision, credibility, quote, include_in_projection) VALUES "
                     "('c1', 1, 'nis', 's', 'killed', 300, '2025-01-13', 'day', 2, 'q', 1)")
    ws = Workspace.open(uri)
    try:
        assert ws.schema_version() == latest_version()
        assert ws.get("claim", "c1").value == 300 and ws.get("claim", "c1").derived_from == ()
        assert ws.integrity_problems() == []
    finally:
        ws.close()


def test_check_on_a_server_briefing(pg_server, capsys):
    from briefing.cli import main

    uri = pg_server.new(seeded=True)
    assert main(["check", "--db", uri]) == 0
    assert capsys.readouterr().out == f"{uri}: ok (schema {latest_version()}, 11 claims, " \
                                      "10 events)\n"
