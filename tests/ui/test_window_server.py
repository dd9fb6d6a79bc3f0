"""The window over a team server (reference.md §5): another analyst's edit shown within a
second, a read-only display, File > Open Team Briefing, and a server that goes away and
comes back — edits refused meanwhile, never queued, and the window recovering by itself."""
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog

from briefing.ui.main_window import MainWindow
from briefing.ui.session import Session
from briefing.workspace import ServerUnavailableError, Workspace

from window_helpers import cell

REPO = Path(__file__).resolve().parents[2]
OTHER_ANALYST = """
import sys
from briefing.workspace import Workspace
ws = Workspace.open(sys.argv[1], watch=False)
ws.put(ws.get("claim", "nis-killed").changed(value=float(sys.argv[2])))
ws.close()
"""


@pytest.fixture
def open_window(qtbot):
    def made(uri: str) -> MainWindow:
        win = MainWindow(Session(Workspace.open(uri)))
        qtbot.addWidget(win)
        win.resize(1400, 900)
        win.show()
        qtbot.waitExposed(win)
        return win
    return made


def figure(window) -> str:
    return window.model.data(cell(window, "nis-killed", "figure"))


def another_analyst_saves(uri: str, value: int) -> None:
    """Another analyst, in a process of their own, changes one claim's figure."""
    subprocess.run([sys.executable, "-c", OTHER_ANALYST, uri, str(value)], cwd=REPO,
                   check=True, timeout=60)


def test_another_analysts_edit_is_shown_within_a_second(open_window, pg_server, qtbot):
    uri = pg_server.new(seeded=True)
    window = open_window(uri)
    window.ledger.select_claims(["isw-rate"])
    assert window.windowTitle().endswith("— Briefing")
    another_analyst_saves(uri, 777)           # committed when this returns
    qtbot.waitUntil(lambda: figure(window) == "777", timeout=1000)
    assert window.ledger.selected_ids() == ["isw-rate"]
    assert window.last_message == "Changed by another analyst: claim nis-killed"


def test_a_background_analysis_still_says_whose_change_it_was(open_window, pg_server, qtbot,
                                                              monkeypatch):
    uri = pg_server.new(seeded=True)
    window = open_window(uri)
    window.runner.wait()
    monkeypatch.setattr("briefing.ui.analysis_runner.INLINE_BUDGET_S", -1.0)  # the worker's
    another_analyst_saves(uri, 778)
    qtbot.waitUntil(lambda: window.last_message == "Changed by another analyst: claim "
                                                   "nis-killed · projections updated",
                    timeout=5000)
    assert figure(window) == "778"


def test_a_read_only_user_sees_the_notice_and_cannot_edit(open_window, pg_server):
    uri = pg_server.new(seeded=True)
    room = pg_server.new_role("room")
    pg_server.execute(uri, f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{room}"')
    window = open_window(pg_server.uri(uri.rsplit("/", 1)[1], user=room))
    assert window.session.read_only
    assert window.notice.kind == "read-only"
    assert window.notice.text() == (f"Read-only: the database user {room} may only read "
                                    "this briefing.")
    assert window.windowTitle().endswith("[read-only]")
    assert not window.actions_.add_claim.isEnabled()
    assert not any(b.isEnabled() for b in window.ledger.edit_buttons)
    assert not any(b.isEnabled() for b in window.scenarios.edit_buttons)
    assert not window.scenarios.name.isEnabled()


def test_open_team_briefing_takes_a_uri_and_refuses_a_password(open_window, pg_server,
                                                              tmp_path, monkeypatch):
    errors = []
    window = open_window(str(tmp_path / "mine.briefing"))
    monkeypatch.setattr(window.actions_, "_error", lambda title, text: errors.append(text))
    uri = pg_server.new(seeded=True)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (f" {uri} ", True))
    window.actions_.open_team.trigger()       # File > Open Team Briefing…
    assert errors == []
    assert window.session.ws.location == uri
    assert window.model.rowCount() == 11
    name = uri.rsplit("/", 1)[1]
    assert f"{name} on 127.0.0.1" in window.status_title.text()
    assert not window.actions_.open_team_uri("postgresql://anna:hunter2@127.0.0.1/kursk")
    assert errors == ["refused: the server address contains a password; keep it in "
                      "~/.pgpass or PGPASSWORD, never in the address"]
    assert window.session.ws.location == uri


# ---- a server that goes away ------------------------------------------------------------

def test_a_lost_server_refuses_edits_and_the_window_recovers_by_itself(open_window,
                                                                       private_server, qtbot):
    uri = private_server.new(seeded=True)
    window = open_window(uri)
    claim = window.session.ws.get("claim", "nis-killed")
    private_server.server.stop()
    qtbot.waitUntil(lambda: not window.session.connected, timeout=5000)
    assert window.notice.kind == "disconnected"
    assert window.notice.text().startswith("Disconnected from the team server — "
                                           "reconnecting…")
    assert window.windowTitle().endswith("[disconnected]")
    assert not window.actions_.add_claim.isEnabled()
    assert not any(b.isEnabled() for b in window.ledger.edit_buttons)
    assert not any(b.isEnabled() for b in window.scenarios.edit_buttons)
    assert not window.scenarios.name.isEnabled()
    with pytest.raises(ServerUnavailableError, match="disconnected from the team server — "
                                                     "reconnecting; nothing was saved"):
        window.session.put(claim.changed(value=555))
    assert window.session.undo_stack.count() == 0
    assert figure(window) != "555"

    private_server.server.start()
    qtbot.waitUntil(lambda: window.session.connected, timeout=15000)
    assert window.notice.kind == ""
    assert window.windowTitle().endswith("— Briefing")
    assert window.actions_.add_claim.isEnabled()
    assert all(b.isEnabled() for b in window.ledger.edit_buttons)
    assert all(b.isEnabled() for b in window.scenarios.edit_buttons)
    assert window.session.ws.get("claim", "nis-killed").value == claim.value  # nothing queued
    another_analyst_saves(uri, 888)
    qtbot.waitUntil(lambda: figure(window) == "888", timeout=2000)  # listening again
    window.session.put(window.session.ws.get("claim", "nis-killed").changed(value=999))
    assert Workspace.open(uri, watch=False).get("claim", "nis-killed").value == 999
