"""The window's rolling backups are copied on a worker thread over a connection of their own,
and every edit still reaches a backup: one made before a backup starts is in it, one made
while it is copied is in the next, and an import, a restore or closing the window waits
for a copy in progress."""
import threading

import pytest

from briefing.ui import backup_work
from briefing.workspace import Workspace, backups
from briefing.workspace.backups import list_backups


@pytest.fixture
def opened(window, monkeypatch):
    """The window with its opening backup taken; a rolling one is then due at once."""
    window.finish_opening()
    monkeypatch.setattr(backups, "MIN_INTERVAL_S", 0)
    return window


def value_in(path, claim_id):
    copy = Workspace.open(path, read_only=True, watch=False)
    try:
        return copy.get("claim", claim_id).value
    finally:
        copy.close()


def edit(window, claim_id, value):
    ws = window.session.ws
    window.session.put(ws.get("claim", claim_id).changed(value=value))


def test_a_rolling_backup_is_copied_off_the_windows_thread_and_holds_the_edit_before_it(
        opened, monkeypatch):
    threads = []
    real = backup_work.maybe_backup

    def recording(ws, **kw):
        threads.append(threading.current_thread())
        return real(ws, **kw)
    monkeypatch.setattr(backup_work, "maybe_backup", recording)
    edit(opened, "zelenskyy-3800", 4100.0)
    before = len(list_backups(opened.session.ws.path))
    opened.back_up()
    opened.backups.wait()
    assert threads and threads[0] is not threading.main_thread()
    made = list_backups(opened.session.ws.path)
    assert len(made) == before + 1
    assert value_in(made[0].path, "zelenskyy-3800") == 4100.0
    assert opened.desk.statusBar().currentMessage() == f"Backup saved: {made[0].path.name}"


def test_an_edit_made_while_a_backup_is_copied_is_saved_and_in_the_next_one(
        opened, monkeypatch):
    copying, release = threading.Event(), threading.Event()
    real = backup_work.maybe_backup

    def held(ws, reader):
        with reader.store.snapshot():   # the copy reads the briefing as it is now …
            reader.store.fingerprint()
            copying.set()
            release.wait(10)            # … while the window goes on writing
            return real(ws, reader=reader)
    monkeypatch.setattr(backup_work, "maybe_backup", held)
    opened.back_up()
    assert copying.wait(10)
    edit(opened, "zelenskyy-3800", 4200.0)   # not blocked by the copy
    release.set()
    opened.backups.wait()
    path = opened.session.ws.path
    assert value_in(list_backups(path)[0].path, "zelenskyy-3800") == 3800.0
    monkeypatch.setattr(backup_work, "maybe_backup", real)
    opened.back_up()   # the briefing changed since that copy: the next check takes it
    opened.backups.wait()
    assert value_in(list_backups(path)[0].path, "zelenskyy-3800") == 4200.0


def test_closing_the_window_waits_for_a_copy_in_progress(opened, monkeypatch):
    release = threading.Event()
    real = backup_work.maybe_backup

    def slow(ws, reader):
        release.wait(10)
        return real(ws, reader=reader)
    monkeypatch.setattr(backup_work, "maybe_backup", slow)
    edit(opened, "zelenskyy-3800", 4300.0)
    path = opened.session.ws.path
    before = len(list_backups(path))
    opened.back_up()
    threading.Timer(0.2, release.set).start()
    opened.close()
    made = list_backups(path)
    assert len(made) == before + 1 and made[0].claims == 11   # whole, and readable
    assert value_in(made[0].path, "zelenskyy-3800") == 4300.0


def test_no_backup_is_started_for_a_read_only_briefing(qtbot, seeded, tmp_path):
    from briefing.ui.main_window import MainWindow
    from briefing.ui.session import Session

    seeded.close()
    window = MainWindow(Session(Workspace.open(seeded.path, read_only=True)), restore=False)
    qtbot.addWidget(window)
    assert not window.backups.start(window.session.ws)
    window.back_up()
    assert not window.backups.running
