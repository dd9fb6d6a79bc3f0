"""`briefing copy SOURCE DEST` (reference.md §5): a whole briefing with its history between a
file and a team server, either way; file → server → file exports the same JSON; a
destination that already holds a briefing is refused and left as it was."""
import pytest

from briefing.workspace import Workspace, create_from_seed
from cli_support import run


@pytest.fixture
def edited_file(tmp_path):
    """The seed with a history beyond its import: an edit and a deletion."""
    path = tmp_path / "kursk.briefing"
    create_from_seed(path)
    ws = Workspace.open(path, watch=False)
    ws.put(ws.get("claim", "nis-killed").changed(value=321, note="revised"))
    ws.delete("claim", "isw-rate")
    ws.close()
    return path


def test_file_to_server_to_file_exports_the_same_json(edited_file, pg_server, tmp_path,
                                                       capsys):
    uri, back = pg_server.new(), tmp_path / "back.briefing"
    status, out, err = run(capsys, "copy", edited_file, uri)
    assert (status, err) == (0, "")
    assert out == (f"copied {edited_file} to {uri}: 8 sources, 1 document, 10 claims, "
                   "10 events, 3 scenarios, 3 hypotheses, 18 ratings, 0 assessments, "
                   "67 audit entries\n")   # isw-rate's three ratings went with it
    assert (run(capsys, "copy", uri, back)[0]) == 0
    exports = []
    for where in (edited_file, uri, back):
        target = tmp_path / f"export{len(exports)}.json"
        assert run(capsys, "export", target, "--db", where)[0] == 0
        exports.append(target.read_bytes())
    assert exports[0] == exports[1] == exports[2]

    for where in (uri, back):
        ws = Workspace.open(where, watch=False)
        try:
            history = ws.history("claim", "nis-killed")
            assert [(e.action, e.field, e.who) for e in history][-2:] == [
                ("update", "value", "tester"), ("update", "note", "tester")]
            assert ws.revision("claim", "nis-killed") == 2
            assert [e.action for e in ws.history("claim", "isw-rate")] == ["insert", "delete"]
        finally:
            ws.close()


def test_a_destination_holding_a_briefing_is_refused_and_left_alone(edited_file, pg_server,
                                                                     tmp_path, capsys):
    uri = pg_server.new(seeded=True)
    before = pg_server.execute(uri, "SELECT count(*), max(id) FROM audit")
    status, out, err = run(capsys, "copy", edited_file, uri)
    assert (status, out) == (2, "")
    assert err == (f"{uri}: already holds a briefing; copy into an empty database or a new "
                   "file\n")
    assert pg_server.execute(uri, "SELECT count(*), max(id) FROM audit") == before

    other = tmp_path / "other.briefing"
    create_from_seed(other)
    size = other.stat().st_size
    status, out, err = run(capsys, "copy", uri, other)
    assert (status, out) == (2, "")
    assert err == (f"{other}: already holds a briefing; copy into an empty database or a new "
                   "file\n")
    assert other.stat().st_size == size


def test_copying_from_a_server_that_is_down_is_one_line_and_status_1(tmp_path, capsys):
    uri = "postgresql://analyst@127.0.0.1:1/kursk"
    status, out, err = run(capsys, "copy", uri, tmp_path / "x.briefing")
    assert (status, out) == (1, "")
    assert err.startswith(f"{uri}: cannot connect to the team server (") and err.count("\n") == 1
    assert not (tmp_path / "x.briefing").exists()
