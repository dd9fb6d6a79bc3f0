"""Two programs on one briefing file: each sees the other's writes; a stale edit is refused
and writes nothing; the window asks before overwriting someone else's change."""
import subprocess
import sys

import pytest

from briefing.store import StaleEditError
from briefing.workspace import Changes, Workspace, create_from_seed
from crash_support import REPO
from sql_support import rows

CLAIM = "nis-killed"


@pytest.fixture
def shared(tmp_path):
    path = tmp_path / "shared.briefing"
    create_from_seed(path)
    a, b = Workspace.open(path), Workspace.open(path)
    yield path, a, b
    a.close()
    b.close()


def audit_count(ws) -> int:
    return rows(ws.store, "SELECT count(*) FROM audit")[0][0]


def test_each_sees_the_others_writes(shared):
    _, a, b = shared
    assert a.poll() == Changes() and b.poll() == Changes()
    b.put(b.get("claim", CLAIM).changed(value=310))
    assert a.poll() == Changes.of("claim", CLAIM)   # the audit says exactly what changed
    assert a.get("claim", CLAIM).value == 310
    assert a.poll() == Changes()                    # seen once
    assert b.poll() == Changes()                    # one's own commits are not news
    a.put(a.get("claim", CLAIM).changed(note="checked"))
    assert b.poll() == Changes.of("claim", CLAIM)
    assert b.get("claim", CLAIM).note == "checked" and b.get("claim", CLAIM).value == 310


def test_a_write_from_another_process_is_seen(shared):
    path, a, _ = shared
    code = ("import sys; from briefing.workspace import Workspace; "
            "ws = Workspace.open(sys.argv[1]); c = ws.get('claim', 'nis-killed'); "
            "ws.put(c.changed(value=777)); ws.close()")
    done = subprocess.run([sys.executable, "-c", code, str(path)], cwd=REPO,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert a.poll() == Changes.of("claim", CLAIM)
    assert a.get("claim", CLAIM).value == 777


def test_a_stale_edit_is_refused_and_writes_nothing(shared):
    _, a, b = shared
    mine = a.get("claim", CLAIM)
    rev = a.revision("claim", CLAIM)
    b.put(b.get("claim", CLAIM).changed(value=320))
    before = audit_count(a)
    with pytest.raises(StaleEditError) as info:
        a.apply([("claim", CLAIM, mine.changed(value=4000))], expected={("claim", CLAIM): rev})
    assert info.value.entity == "claim" and info.value.entity_id == CLAIM
    assert a.get("claim", CLAIM).value == 320
    assert audit_count(a) == before
    assert not a.store.conn.in_transaction


def test_a_stale_entity_in_a_group_edit_stops_the_whole_group(shared):
    _, a, b = shared
    first, second = a.claims()[:2]
    revs = {("claim", c.id): a.revision("claim", c.id) for c in (first, second)}
    b.put(b.get("claim", second.id).changed(note="theirs"))
    with pytest.raises(StaleEditError):
        a.apply([("claim", first.id, first.changed(note="mine")),
                 ("claim", second.id, second.changed(note="mine"))], expected=revs)
    assert a.get("claim", first.id) == first       # the first, fresh, edit was not kept
    assert a.get("claim", second.id).note == "theirs"


def test_the_up_to_date_edit_goes_through(shared):
    _, a, b = shared
    b.put(b.get("claim", CLAIM).changed(value=330))
    a.poll()
    rev = a.revision("claim", CLAIM)
    a.apply([("claim", CLAIM, a.get("claim", CLAIM).changed(value=340))],
            expected={("claim", CLAIM): rev})
    assert b.get("claim", CLAIM).value == 340


# ---- the window ------------------------------------------------------------------------------

def _window(qtbot, ws):
    from briefing.ui.main_window import MainWindow
    from briefing.ui.session import Session

    window = MainWindow(Session(ws))
    qtbot.addWidget(window)
    return window


def _figure_index(window, claim_id):
    from briefing.ui.ledger_rows import COLUMNS

    model = window.model
    row = next(r for r in range(model.rowCount()) if model.claim_id(r) == claim_id)
    return model.index(row, COLUMNS.index("figure"))


@pytest.mark.parametrize("answer, kept", [("Keep their version", 320.0),
                                          ("Overwrite with my edit", 4000.0)])
def test_window_asks_before_overwriting_someone_elses_change(qtbot, shared, monkeypatch,
                                                             answer, kept):
    _, a, b = shared
    window = _window(qtbot, a)
    index = _figure_index(window, CLAIM)
    b.put(b.get("claim", CLAIM).changed(value=320))         # the other program, meanwhile
    asked = []

    def ask(question, choices):
        asked.append((question, choices))
        return answer
    monkeypatch.setattr(window, "ask", ask)
    window.model.setData(index, "4000")                     # before window A polls
    assert len(asked) == 1
    question, choices = asked[0]
    assert CLAIM in question and "changed by someone else" in question
    assert set(choices) == {"Keep their version", "Overwrite with my edit"}
    assert a.get("claim", CLAIM).value == kept
    assert b.get("claim", CLAIM).value == kept
    shown = window.model.data(_figure_index(window, CLAIM))
    assert shown.replace(",", "").endswith(f"{kept:g}") or f"{kept:,.0f}" in shown


def test_window_edit_without_a_conflict_does_not_ask(qtbot, shared, monkeypatch):
    _, a, b = shared
    window = _window(qtbot, a)
    monkeypatch.setattr(window, "ask", lambda *_: pytest.fail("asked without a conflict"))
    assert window.model.setData(_figure_index(window, CLAIM), "4000") is True
    assert b.get("claim", CLAIM).value == 4000
