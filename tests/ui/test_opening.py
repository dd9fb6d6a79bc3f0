"""Opening a big briefing: the window paints a first page of the ledger, then reads every
claim, the events and the opening backup on a worker thread (briefing/ui/opening.py)."""
import gc
import shutil

import pytest
from PySide6.QtCore import QPoint, Qt

from briefing.domain import Claim, Event, FuzzyDate
from briefing.domain.package import Package
from briefing.ui import window_opening
from briefing.ui.ledger_rows import COLUMNS
from briefing.ui.main_window import MainWindow
from briefing.ui.session import Session
from briefing.workspace import Workspace
from briefing.workspace.backups import list_backups

CLAIMS = 10_000
PRECISIONS = ("day", "week", "month", "season", "year")


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    """A 10,000-claim briefing (the seed's sources), made once for the module."""
    from briefing.interchange import read_package
    from briefing.workspace.locations import seed_package_path

    path = tmp_path_factory.mktemp("big") / "big.briefing"
    ws = Workspace.open(path)
    seed = read_package(seed_package_path())
    claims = tuple(Claim(id=f"b{i}", source=seed.sources[i % len(seed.sources)].id,
                         subject="Kursk axis", metric="casualties",
                         as_of=f"20{20 + i % 6}-{1 + i * 7 % 12:02d}-{1 + i * 13 % 28:02d}",
                         date_precision=PRECISIONS[i % 5], credibility=1 + i % 6,
                         quote=f"claim number {i}", value=float(i * 37 % 10_007))
                   for i in range(CLAIMS))
    events = tuple(Event(id=f"e{i}", date=claims[i].as_of, title=f"event {i}",
                         category="casualty-report", claims=(claims[i].id,))
                   for i in range(0, CLAIMS, 100))
    ws.import_package(Package(sources=seed.sources, claims=claims, events=events))
    ws.close()
    return path


@pytest.fixture
def big(big_file, tmp_path):
    path = tmp_path / "big.briefing"
    shutil.copy(big_file, path)
    return Workspace.open(path)


def by_date(ws):
    claims = ws.claims()
    return sorted(claims, key=lambda c: FuzzyDate.parse(c.as_of, c.date_precision).span()[0])


@pytest.fixture
def unshown(qtbot, big):
    """The window as it is before its first paint."""
    window = MainWindow(Session(big), restore=False)
    qtbot.addWidget(window)
    return window


def test_a_big_ledger_paints_its_first_page_then_every_claim(qtbot, big):
    window = MainWindow(Session(big), restore=False)
    qtbot.addWidget(window)
    assert window.model.rowCount() == window_opening.FIRST_PAGE
    assert window.ledger.count.text() == "200 of 10,000 claims (reading…)"
    ordered = by_date(big)
    assert window.model.claim_id(0) == ordered[0].id
    window.show()
    qtbot.waitUntil(lambda: not window.opening.pending, timeout=30_000)
    assert window.model.rowCount() == CLAIMS
    qtbot.waitUntil(lambda: len(window.timeline.events) == 100, timeout=10_000)  # a turn on
    assert window.ledger.count.text() == "10,000 of 10,000 claims"
    assert window.model.claim_id(CLAIMS - 1) == ordered[-1].id
    assert window.timeline.status.text() == "100 events"
    assert window.timeline.figure.label(0).startswith("event 0: ")  # its claim looked up
    assert len(list_backups(big.path)) == 1


def test_scrolling_to_the_end_of_the_first_page_shows_the_last_claim(qtbot, unshown):
    table = unshown.ledger.table
    unshown.show()
    table.scrollToBottom()
    bar = table.verticalScrollBar()
    qtbot.waitUntil(lambda: unshown.model.rowCount() == CLAIMS, timeout=30_000)
    table.scrollToBottom()
    assert bar.value() == bar.maximum()
    last = unshown.model.claim_id(CLAIMS - 1)
    assert last == by_date(unshown.session.ws)[-1].id
    bottom = table.indexAt(QPoint(1, table.viewport().height() - 2))
    assert unshown.model.claim_id(bottom.row()) == last


def test_a_sort_before_the_rest_is_read_sorts_every_claim(qtbot, unshown):
    header = unshown.ledger.table.horizontalHeader()
    header.setSortIndicator(COLUMNS.index("figure"), Qt.DescendingOrder)
    assert unshown.model.rowCount() == CLAIMS
    top = max(unshown.session.ws.claims(), key=lambda c: c.value)
    assert unshown.model.claim_id(0) == top.id
    unshown.ledger.search.setText("claim number 9999")
    assert [unshown.model.claim_id(r) for r in range(unshown.model.rowCount())] == ["b9999"]


def test_an_analysis_shown_before_the_rest_is_read_does_not_wait_for_it(qtbot, unshown):
    """The conflict marks of a new analysis go onto the first page without the window's
    thread waiting for every claim to be read (at 100,000 claims that wait froze it for a
    second), and the rows read afterwards carry them."""
    from briefing.workspace.analysis import analyse

    ws = unshown.session.ws
    analysis = analyse(ws)
    unshown._analysis_ready(analysis)
    unshown.stages.finish()
    assert not unshown.model.rows.complete
    assert unshown.model.rowCount() == window_opening.FIRST_PAGE
    late = next(c.id for c in reversed(by_date(ws)) if analysis.conflict_of.get(c.id))
    unshown.show()
    qtbot.waitUntil(lambda: not unshown.opening.pending, timeout=30_000)
    assert unshown.model.rowCount() == CLAIMS
    row = unshown.model.rows.row_of(late)
    shown = unshown.model.data(unshown.model.index(row, COLUMNS.index("conflict")))
    assert shown.startswith("⚠ "), shown


def test_the_rest_is_read_after_the_first_analysis_is_shown(qtbot, unshown, monkeypatch):
    """The analysis goes first: reading every claim alongside it made the charts come
    later. The rows, the events and the opening backup follow once it is in and the window
    has shown it (its steps, stages.py: alongside them, the read held the interpreter for
    tens of milliseconds at a time)."""
    at_start = []
    start = unshown.opening.start
    monkeypatch.setattr(unshown.opening, "start", lambda marked=None: (at_start.append(
        (unshown.analysis, unshown.stages.pending, unshown.chart.figure,
         unshown.model.rows.conflicts)), start(marked)))
    unshown.show()
    qtbot.waitUntil(lambda: unshown.runner.busy, timeout=30_000)
    assert not unshown.opening.started
    assert unshown.model.rowCount() == window_opening.FIRST_PAGE
    qtbot.waitUntil(lambda: unshown.opening.started, timeout=30_000)
    (analysis, steps_left, figure, marks), = at_start
    assert analysis is not None and not steps_left
    assert figure is not None                 # the chart shows it, and the ledger's
    assert marks is analysis.conflict_of      # conflict marks (the last step) are on
    qtbot.waitUntil(lambda: not unshown.opening.pending, timeout=30_000)
    assert unshown.model.rowCount() == CLAIMS
    assert len(list_backups(unshown.session.ws.path)) == 1


def test_the_rows_read_carry_the_analysiss_marks_made_on_the_worker(qtbot, unshown,
                                                                   monkeypatch):
    """The fraction claims' numbers and the conflict marks of the analysis shown go onto
    the rows the work reads, on its thread (12-18 ms of the window's at 100,000); a newer
    analysis shown meanwhile is put on them at the swap."""
    from briefing.ui.ledger_rows import LedgerRows

    on_window = []
    set_analysis = LedgerRows.set_analysis
    monkeypatch.setattr(LedgerRows, "set_analysis", lambda rows, *marks: (
        on_window.append(rows), set_analysis(rows, *marks)))
    unshown.show()
    qtbot.waitUntil(lambda: unshown.opening.started, timeout=30_000)
    unshown.opening.finish()
    assert unshown.model.rows.total == CLAIMS
    assert all(rows is not unshown.model.rows for rows in on_window)
    assert unshown.model.rows.conflicts is unshown.analysis.conflict_of
    late = next(c.id for c in reversed(by_date(unshown.session.ws))
                if unshown.analysis.conflict_of.get(c.id))
    row = unshown.model.rows.row_of(late)
    shown = unshown.model.data(unshown.model.index(row, COLUMNS.index("conflict")))
    assert shown.startswith("⚠ "), shown


def test_the_timeline_takes_the_events_a_turn_after_the_ledger_takes_every_claim(
        qtbot, unshown):
    """Two turns of the window's thread, not one of 30-45 ms: the ledger's swap to every
    claim, then the timeline's events."""
    unshown.show()
    qtbot.waitUntil(lambda: unshown.opening.started, timeout=30_000)
    unshown.opening.finish()
    assert unshown.model.rowCount() == CLAIMS
    assert unshown.timeline.events == []
    qtbot.waitUntil(lambda: len(unshown.timeline.events) == 100, timeout=10_000)
    assert unshown.timeline.status.text() == "100 events"


def test_events_changed_before_the_timeline_takes_the_read_ones_are_kept(qtbot, unshown):
    """The timeline was given newer events between the two turns (an edit, another
    program): the ones the opening work read, older, are not shown over them."""
    unshown.show()
    qtbot.waitUntil(lambda: unshown.opening.started, timeout=30_000)
    unshown.opening.finish()
    ws = unshown.session.ws
    newer = ws.events()[:3]
    unshown.timeline.set_data(newer, window_opening.ClaimLookup(ws), {})
    qtbot.wait(50)
    assert unshown.timeline.events is newer


def test_an_edit_before_the_rest_is_read_is_backed_up_first_and_shown(qtbot, unshown):
    ws = unshown.session.ws
    claim = ws.get("claim", "b5000")
    unshown.session.put(claim.changed(value=123456.0))  # before any paint
    backups = list_backups(ws.path)
    assert len(backups) == 1
    copy = Workspace.open(backups[0].path, read_only=True, watch=False)
    try:
        assert copy.get("claim", "b5000").value == claim.value  # as it was opened
    finally:
        copy.close()
    qtbot.waitUntil(lambda: not unshown.opening.pending, timeout=30_000)
    row = unshown.model.rows.row_of("b5000")
    assert unshown.model.data(unshown.model.index(row, COLUMNS.index("figure"))) == "123,456"


def test_the_paged_model_is_a_valid_item_model(qtmodeltester, unshown):
    qtmodeltester.check(unshown.model)
    assert unshown.model.rowCount() == CLAIMS  # the tester's fetchMore read the rest


def test_a_file_with_damaged_pages_opens_but_refuses_every_edit(qtbot, tmp_path):
    """The page check runs after the first paint: a damaged index page (which reading the
    ledger never meets) is found then, said in the notice bar, and no edit reaches the file."""
    import random
    import sqlite3

    from briefing.workspace import BriefingFileError, create_from_seed

    path = tmp_path / "damaged.briefing"
    create_from_seed(path)
    conn = sqlite3.connect(path)
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master "
                        "WHERE name = 'event_claim_claim'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page:root * page] = random.Random(3).randbytes(page)
    path.write_bytes(bytes(data))
    ws = Workspace.open(path, check_pages=False)
    window = MainWindow(Session(ws), restore=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.opening.pending, timeout=10_000)
    assert window.notice.text().startswith(f"{path}: not a usable briefing file (damaged: ")
    assert "Edits are refused" in window.notice.text()
    with pytest.raises(BriefingFileError, match="edits are refused, nothing was saved"):
        window.session.put(ws.get("claim", "nis-killed").changed(note="lost?"))
    assert list_backups(path) == []  # a damaged file is not backed up over the good ones
    assert path.read_bytes() == bytes(data)


def test_a_window_restoring_its_saved_columns_still_paints_a_first_page(qtbot, big_file,
                                                                        tmp_path):
    """Reopening with the saved layout (the default sort by date) read every claim before
    the first paint: the header's restored sort indicator re-sorted, which needs them all."""
    path = tmp_path / "again.briefing"
    shutil.copy(big_file, path)
    first = MainWindow(Session(Workspace.open(path)))
    qtbot.addWidget(first)
    first.close()   # saves its layout
    window = MainWindow(Session(Workspace.open(path)))
    qtbot.addWidget(window)
    assert not window.model.rows.complete and not window.opening.started
    assert window.model.rows.sort_key == ("date", False)
    header = window.ledger.table.horizontalHeader()
    header.setSortIndicator(COLUMNS.index("figure"), Qt.DescendingOrder)  # a new sort
    assert window.model.rows.complete and window.model.rows.sort_key == ("figure", True)


def test_a_big_window_and_what_its_opening_read_are_left_out_of_full_collections(
        qtbot, unshown):
    """A full garbage collection walks every object alive and holds the interpreter, on
    whichever thread it runs: at 100,000 claims each took the window's thread 50–150 ms.
    The window of a big briefing (and the modules) from its first paint, then the events
    and rows the opening work read, are frozen out of them (gc.freeze)."""
    gc.unfreeze()
    unshown.show()
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=30_000)  # the first paint
    painted = gc.get_freeze_count()
    qtbot.waitUntil(lambda: not unshown.opening.pending, timeout=30_000)
    qtbot.waitUntil(lambda: len(unshown.timeline.events) == 100, timeout=10_000)  # a turn on
    events = unshown.timeline._events
    assert gc.get_freeze_count() > painted + len(events)
    walked = {id(o) for o in gc.get_objects()}
    assert id(unshown) not in walked and id(events[0]) not in walked


def test_a_small_briefings_window_leaves_the_collector_as_it_is(qtbot, seeded):
    gc.unfreeze()
    window = MainWindow(Session(seeded), restore=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.opening.pending, timeout=30_000)
    assert gc.get_freeze_count() == 0
