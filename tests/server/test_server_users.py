"""Who works on a team server's briefing (reference.md §5, README: Team server): the audit's
'who' is the database user, a team role owns the tables so every member may write, a
read-only user opens the briefing read-only with the notice, and addresses carry no
password. A server that cannot be reached is one line and exit status 1."""
import socket

import pytest
from psycopg import sql

from briefing.domain import Source
from briefing.workspace import BriefingFileError, ReadOnlyError, Workspace
from briefing.workspace.locations import seed_package_path
from cli_support import run


@pytest.fixture
def team(pg_server):
    """A team role owning a new database, two analysts in it, and a read-only display whose
    SELECT right the DBA granted ahead (default privileges), as the README says."""
    owner = pg_server.new_role("team", login=False)
    anna = pg_server.new_role("anna", member_of=owner)
    bob = pg_server.new_role("bob", member_of=owner)
    room = pg_server.new_role("room")
    uri = pg_server.new(owner=owner)
    pg_server.execute(uri, sql.SQL("ALTER DEFAULT PRIVILEGES FOR ROLE {} IN SCHEMA public "
                                   "GRANT SELECT ON TABLES TO {}").format(
        sql.Identifier(owner), sql.Identifier(room)).as_string())
    dbname = uri.rsplit("/", 1)[1]
    return {name: pg_server.uri(dbname, user=role)
            for name, role in (("anna", anna), ("bob", bob), ("room", room))} | {
        "owner": owner, "anna_role": anna, "bob_role": bob, "room_role": room, "uri": uri}


def test_the_audit_names_the_database_user_and_the_team_owns_the_tables(team, pg_server,
                                                                        monkeypatch):
    monkeypatch.setenv("BRIEFING_USER", "someone-else")   # configures a file's 'who' only
    anna = Workspace.open(team["anna"])                   # makes the briefing's tables
    try:
        anna.put(Source(id="nis", name="NIS", reliability="B"))
    finally:
        anna.close()
    bob = Workspace.open(team["bob"])
    try:
        bob.put(bob.get("source", "nis").changed(reliability="A"))
        history = bob.history("source", "nis")
    finally:
        bob.close()
    assert [(e.who, e.action) for e in history] == [(team["anna_role"], "insert"),
                                                     (team["bob_role"], "update")]
    owners = pg_server.execute(team["uri"], "SELECT DISTINCT tableowner FROM pg_tables "
                                            "WHERE schemaname = 'public'")
    assert owners == [(team["owner"],)]


def test_a_read_only_user_opens_it_read_only_with_the_notice(team, capsys):
    Workspace.open(team["anna"]).close()
    room = Workspace.open(team["room"])
    try:
        assert room.read_only
        assert room.read_only_reason == (f"the database user {team['room_role']} may only "
                                         "read this briefing")
        assert room.claims() == []
        with pytest.raises(ReadOnlyError) as info:
            room.put(Source(id="tass", name="TASS", reliability="D"))
        assert str(info.value) == (f"{team['room']}: {room.read_only_reason}; changes are "
                                   "not allowed")
    finally:
        room.close()
    status, out, err = run(capsys, "import", seed_package_path(), "--db", team["room"])
    assert (status, out) == (1, "")
    assert err == f"{team['room']}: {room.read_only_reason}; changes are not allowed\n"


def test_a_user_who_may_write_the_entities_but_not_the_change_log_opens_read_only(team,
                                                                               pg_server):
    """Grants made for the tables before change bundles (schema 4) are not enough: a write
    also adds operations, so such a user reads, and is told so, instead of failing on save."""
    Workspace.open(team["anna"]).close()
    entities = ("briefing", "source", "document", "claim", "event", "event_claim",
                "event_source", "scenario", "hypothesis", "rating", "assessment", "resolution",
                "recording")
    pg_server.execute(team["uri"], sql.SQL("GRANT INSERT, UPDATE, DELETE ON {} TO {}").format(
        sql.SQL(", ").join(map(sql.Identifier, entities)),
        sql.Identifier(team["room_role"])).as_string())
    pg_server.execute(team["uri"], sql.SQL("GRANT INSERT ON audit TO {}").format(
        sql.Identifier(team["room_role"])).as_string())
    room = Workspace.open(team["room"])
    try:
        assert room.read_only
    finally:
        room.close()


def test_a_read_only_user_cannot_make_the_briefing(team):
    with pytest.raises(ReadOnlyError, match=f"holds no briefing yet, and the database user "
                                            f"{team['room_role']} may only read it"):
        Workspace.open(team["room"])


@pytest.mark.parametrize("uri", ["postgresql://anna:hunter2@server/kursk",
                                 "postgresql://server/kursk?password=hunter2",
                                 "postgres://anna:@server/kursk"])
def test_an_address_with_a_password_is_refused_in_one_line(capsys, uri):
    status, out, err = run(capsys, "check", "--db", uri)
    assert (status, out) == (2, "")
    assert err == ("refused: the server address contains a password; keep it in ~/.pgpass "
                   "or PGPASSWORD, never in the address\n")
    assert "hunter2" not in err
    with pytest.raises(BriefingFileError, match="contains a password"):
        Workspace.open(uri)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("command", [["check"], ["project"], ["export", "x.json"],
                                     ["import", "x.json"], ["screenshot", "x.png"]])
def test_a_server_that_is_down_is_one_line_and_status_1(capsys, command, tmp_path,
                                                        monkeypatch):
    monkeypatch.chdir(tmp_path)
    uri = f"postgresql://analyst@127.0.0.1:{_free_port()}/kursk"
    status, out, err = run(capsys, *command, "--db", uri)
    assert (status, out) == (1, "")
    assert err.startswith(f"{uri}: cannot connect to the team server (")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_an_empty_database_is_no_briefing_to_export(pg_server, capsys, tmp_path):
    uri = pg_server.new()
    status, out, err = run(capsys, "export", tmp_path / "x.json", "--db", uri)
    assert (status, out) == (2, "")
    assert err == (f"{uri}: holds no briefing yet (put one there with `briefing copy FILE "
                   f"{uri}`)\n")
