"""The window's side of opening a briefing: the ledger's first paint starts the opening work
(briefing/ui/opening.py) — backup, page check, every claim's row, the events — and the
window takes its results; every write waits for it first, so the opening backup holds the
briefing as it was opened. A part of MainWindow, kept apart for its size."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTimer

from ..workspace import BriefingFileError, Changes, NotFoundError, ServerUnavailableError
from .ledger_rows import LedgerRows
from .opening import Opened, settle

PAGED_ABOVE = 5000  # more claims than this: paint the first page, read the rest after
FIRST_PAGE = 200    # claims read before the first paint of a paged briefing


class ClaimLookup:
    """Claims by id, read from the file when asked (the timeline asks for a handful)."""

    def __init__(self, ws):
        self.ws = ws

    def get(self, claim_id: str):
        try:
            return self.ws.get("claim", claim_id)
        except (NotFoundError, ServerUnavailableError):
            return None


class WindowOpening:
    """MainWindow's opening methods (a mixin: they use the window's views and session)."""

    _events_due = None  # (Opened, the timeline's events then): its events, shown next turn

    def eventFilter(self, watched, event) -> bool:
        """The ledger's first paint starts the opening work (briefing/ui/opening.py); the
        window of a big briefing is left out of the collector's passes from then on (the
        modules and the window: most of the objects alive, opening.settle)."""
        if event.type() == QEvent.Paint and watched is self.ledger.table.viewport():
            watched.removeEventFilter(self)
            if self.opening.read_all:
                settle()
            QTimer.singleShot(0, self._start_opening)
        return super().eventFilter(watched, event)

    def _start_opening(self, now: bool = False) -> None:
        """The analysis first, then the opening work — once the analysis is in (or `now`:
        it is, or it failed) and shown. The work's read of every claim competed with the
        analysis for the interpreter, and the charts of 100,000 claims came about twice as
        late as the analysis alone takes; alongside the steps that show an analysis
        (stages.py), it held the interpreter for tens of milliseconds at a time and each
        step's turn took twice its own time."""
        if self.opening.started or self._closed:
            return
        self._analyse_if_wanted()
        if not self.opening.read_all:
            self._begin_opening()
        elif now or not self.runner.busy:  # else _analysis_ready or _analysis_failed
            QTimer.singleShot(0, self._begin_once_shown)  # its steps are queued by then

    def _begin_once_shown(self) -> None:
        if not self._closed:
            self.stages.when_done(self._begin_opening)

    def _begin_opening(self) -> None:
        """Start the opening work now (a write, a sort, a screenshot needs it)."""
        if self.opening.started or self._closed:
            return
        self._analyse_if_wanted()
        self._stale = Changes()  # the work reads the briefing as it is from now on
        # the rows take the analysis's marks on the worker (12-18 ms at 100,000 claims)
        self.opening.start(None if self.analysis is None else
                           (self.analysis, self.ledger_marks()))

    def _analyse_if_wanted(self) -> None:
        """The first analysis, asked for before the first paint, is requested now."""
        if self._analysis_wanted:
            self._analysis_wanted = False
            self._request_analysis(say=False)

    def wait_for_opening(self) -> None:
        """Before a write: the opening backup must hold the briefing as it was opened, and
        a file with damaged pages is not written (raises BriefingFileError, one line)."""
        self._begin_opening()
        self.opening.wait()
        self.opening.finish()  # the damage, if any, is known now, not at the next event
        if self._damage is not None:
            raise BriefingFileError(f"{self._damage}; edits are refused, nothing was saved")

    def finish_opening(self) -> None:
        """Block until the opening work and the analysis it started are shown (screenshots)."""
        self._begin_opening()
        self.opening.finish()
        self._show_events()
        self.runner.wait()
        QCoreApplication.sendPostedEvents(self.runner)  # its result, queued from the worker
        self.stages.finish()

    def _read_rest(self) -> None:
        """Every claim now (the ledger is sorted, filtered or scrolled past its first page)."""
        self._begin_opening()
        self.opening.finish()

    @property
    def _paging(self) -> bool:
        """Whether the ledger shows a first page and the timeline waits for the worker."""
        return self.opening is not None and self.opening.read_all and self.opening.pending

    def _show_first_page(self) -> None:
        ws = self.session.ws
        rows = LedgerRows.from_columns(ws.claim_columns(first=FIRST_PAGE))
        rows.remaining = max(0, ws.count("claim") - rows.total)
        self.model.load(rows)
        self.ledger.set_sources(ws.sources())
        self.timeline.set_data([], ClaimLookup(ws), {})  # not another briefing's events

    def _opened(self, opened: Opened) -> None:
        if opened.damage is not None:
            self._damage = opened.damage
            self.notice.show_notice("damaged", f"{opened.damage}. Edits are refused: restore "
                                    "a backup (File ▸ Restore from Backup…).")
            self.show_message(opened.damage)
            return
        for problem in opened.problems:
            self.show_message(problem)
        if opened.backup is not None:
            self._backup_saved(opened.backup)
        stale, self._stale = self._stale, Changes()
        if opened.rows is not None:
            if self.analysis is not None and opened.analysis is not self.analysis:
                opened.rows.set_analysis(*self.ledger_marks())
            self._keeping_place(lambda: self.model.load(opened.rows))
            # The events at the next turn: with the ledger's swap to every claim, and both
            # views painted after it, the turn took 30-45 ms of the window's thread.
            self._events_due = opened, self.timeline.events
            QTimer.singleShot(0, self._show_events)
        elif self.opening.read_all:
            stale = Changes.all()  # the worker could not read them: read them here
        if stale:
            self.on_changes(stale)

    def _show_events(self) -> None:
        """The timeline's events the opening work read, unless the timeline was given
        newer ones since (an edit or another program changed the events)."""
        due, self._events_due = self._events_due, None
        if due is None or self._closed:
            return
        opened, before = due
        if self.timeline.events is before:
            same_lanes = self.timeline.lanes_by == self.opening.lanes
            self.timeline.set_data(opened.events, ClaimLookup(self.session.ws),
                                   opened.sources, opened.timeline if same_lanes else None)

    def back_up(self) -> None:
        """Start a rolling-backup check on the backup worker (every minute while the window
        is open: a backup when the briefing changed and the last one is a few minutes old).
        Not while the opening work is taking the opening backup, nor of damaged pages."""
        if self._damage is not None or (self.opening.started and self.opening.pending):
            return
        self.backups.start(self.session.ws)

    def _backup_saved(self, path) -> None:
        self.desk.statusBar().showMessage(f"Backup saved: {path.name}", 4000)
