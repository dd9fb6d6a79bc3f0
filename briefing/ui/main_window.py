"""The briefing window: ledger in the middle; timeline, projection, scenarios and detail as
docks; classification banners fixed top and bottom.

`on_changes` is the one slot every write reaches (ours, undo/redo, another process): it
re-reads what the `Changes` say is stale and leaves selection, scroll and unsaved input
alone. What happens after the first paint (window_opening.py), the analysis
(window_analysis.py) and the edits (window_edits.py) are parts of the window kept in modules
of their own.
"""
from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDockWidget, QLabel, QMainWindow, QScrollArea,
                               QSplitter, QVBoxLayout, QWidget)

from ..domain.fuzzy_dates import short_date
from ..workspace import (Changes, ServerUnavailableError)
from ..workspace.analysis import Analysis
from ..workspace.sync import conflicted_claims
from ..charts import ProjectionChart, TimelineView
from ..charts.plain_text import plain_label
from . import settings
from .actions import WindowActions
from .analysis_runner import AnalysisRunner
from .backup_work import BackupWork
from .banner import Banner, NoticeBar
from .detail_pane import DetailPane
from .geometry import clamp_to_screen, fit_to_screen, hide_stray_tab_bars, proportion_docks
from .judgments_view import JudgmentsView
from .ledger_model import ClaimsTableModel
from .ledger_rows import LedgerRows
from .ledger_view import LedgerView
from .merge_conflicts import ConflictActions
from .opening import OpeningWork
from .scenario_panel import ScenarioPanel
from .session import Session
from .stages import Stages
from .structured_docks import StructuredViews
from .window_analysis import WindowAnalysis
from .window_edits import WindowEdits
from .window_opening import PAGED_ABOVE, ClaimLookup, WindowOpening

PATCH_LIMIT = 200  # more changed claims than this: re-reading them all is as quick
BACKUP_CHECK_MS = 60_000
HEADER_KEY = "ledger/columns"  # renamed when the columns changed: an old state would misfit


class MainWindow(WindowOpening, WindowAnalysis, WindowEdits, QMainWindow):
    def __init__(self, session: Session, restore: bool = True):
        """`restore`: bring back the saved geometry and dock layout, and remember the file
        and the layout for next time (off for screenshots, which must look the same on
        every machine and leave the analyst's recent files and window state alone)."""
        super().__init__()
        self.remember_state = restore
        self.setObjectName("mainWindow")
        self.setWindowTitle("Briefing")
        self.session: Session | None = None
        self.analysis: Analysis | None = None
        self._charted = None  # the run whose projections the chart and judgments show
        self.opening: OpeningWork | None = None
        self._damage: str | None = None  # the file's pages are damaged: no edits
        self._stale = Changes()  # changes met while the opening work reads every claim
        self._analysis_wanted = False
        self.last_message = ""
        self.presenter = None
        self._closed = False
        self.redraw_ms = 0.0
        self.top_banner, self.bottom_banner = Banner(), Banner()
        self.desk = QMainWindow()  # docks live here, between the banners
        self.desk.setObjectName("desk")
        self.desk.setDockNestingEnabled(True)
        self._build_views()
        self.actions_ = WindowActions(self)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)
        top_layout.addWidget(self.top_banner)
        top_layout.addWidget(self.actions_.menu_bar)
        self.setMenuWidget(top)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.notice = NoticeBar()
        layout.addWidget(self.notice)
        layout.addWidget(self.desk, 1)
        layout.addWidget(self.bottom_banner)
        self.setCentralWidget(central)
        self.status_title = plain_label(QLabel())
        self.status_title.setObjectName("statusTitle")
        self.desk.statusBar().addPermanentWidget(self.status_title)
        fit_to_screen(self, self._screen())
        self.backups = BackupWork(self)
        self.backups.saved.connect(self._backup_saved)
        self.backups.failed.connect(self.show_message)
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self.back_up)
        self._backup_timer.start()
        self.set_session(session)
        if restore:
            self._restore_state()

    # ---- building -----------------------------------------------------------------------
    def _build_views(self) -> None:
        self.model = ClaimsTableModel(None, self)
        self.runner = AnalysisRunner(self)
        self.stages = Stages(self)
        self.runner.projected.connect(self._projections_ready)
        self.runner.finished.connect(self._analysis_ready)
        self.runner.failed.connect(self._analysis_failed)
        self.ledger = LedgerView(self.model)
        self.model.read_rest = self._read_rest
        self.timeline = TimelineView()
        self.chart = ProjectionChart()
        self.judgments = JudgmentsView()
        self.scenarios = ScenarioPanel()
        self.detail = DetailPane(lambda: self.session.ws if self.session else None)
        self.structured = StructuredViews(self)
        self.conflict_actions = ConflictActions(self)
        self.desk.setCentralWidget(self.ledger)

        judgments = QScrollArea()
        judgments.setWidgetResizable(True)
        judgments.setWidget(self.judgments)
        projection = QSplitter(Qt.Vertical)
        projection.setObjectName("projectionSplitter")
        projection.addWidget(self.chart)
        projection.addWidget(judgments)
        self.projection_split = projection
        self.docks = {}
        for key, title, widget, area in (
                ("timeline", "Timeline", self.timeline, Qt.TopDockWidgetArea),
                ("projection", "Projection", projection, Qt.RightDockWidgetArea),
                ("detail", "Claim detail", self.detail, Qt.RightDockWidgetArea),
                ("scenarios", "Scenarios", self._scrolling(self.scenarios),
                 Qt.RightDockWidgetArea), *self.structured.docks()):
            dock = QDockWidget(title, self.desk)
            dock.setObjectName(f"{key}Dock")
            dock.setWidget(widget)
            self.desk.addDockWidget(area, dock)
            self.docks[key] = dock
        # The right column runs the full height; the timeline spans the ledger only.
        self.desk.setCorner(Qt.TopRightCorner, Qt.RightDockWidgetArea)
        self.desk.setCorner(Qt.BottomRightCorner, Qt.RightDockWidgetArea)
        self.desk.splitDockWidget(self.docks["projection"], self.docks["detail"], Qt.Vertical)
        self.desk.tabifyDockWidget(self.docks["detail"], self.docks["scenarios"])
        # The matrix and the record want the room the projection has, beside it as tabs.
        for key in ("hypotheses", "record"):
            self.desk.tabifyDockWidget(self.docks["projection"], self.docks[key])
        self.docks["detail"].raise_()
        self.docks["projection"].raise_()
        self.timeline.setMinimumHeight(150)
        self._laid_out = False

        self.ledger.claimSelected.connect(self.detail.show_claim)
        self.ledger.addRequested.connect(self.add_claim)
        self.ledger.duplicateRequested.connect(self.duplicate_claim)
        self.ledger.deleteRequested.connect(self.delete_claims)
        self.model.editRefused.connect(self.refuse_edit)
        self.model.staleEdit.connect(self.resolve_stale_edit)
        self.timeline.eventSelected.connect(lambda _eid, claims: self.ledger.select_claims(claims))
        self.chart.claimClicked.connect(lambda cid: self.ledger.select_claims([cid]))
        self.scenarios.scenarioEdited.connect(self.edit_scenario)
        self.scenarios.claimSelected.connect(lambda cid: self.ledger.select_claims([cid]))
        self.scenarios.addRequested.connect(self.add_scenario)
        self.scenarios.removeRequested.connect(lambda sid: self.run_edit(
            lambda: self.session.delete("scenario", sid)))

    @staticmethod
    def _scrolling(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(widget)
        return area

    # ---- the briefing ---------------------------------------------------------------------
    def set_session(self, session: Session) -> None:
        if self.session is not None:
            self.runner.forget()  # a run for the briefing before is not shown for this one
            self._charted = None
            self.opening.close()
            self.backups.wait()  # its connection would keep the old file open
            self.session.changed.disconnect(self.on_changes)
            self.session.close()
        self.session = session
        self.model.session = session
        session.changed.connect(self.on_changes)
        session.failed.connect(self.show_message)
        session.connection.connect(self._connection_changed)
        session.changed_elsewhere.connect(self._changed_elsewhere)
        self.actions_.bind(session)
        self.detail.show_claim(None)
        self._damage = None
        paged = session.ws.count("claim") > PAGED_ABOVE
        self.opening = OpeningWork(session.ws, paged, self.timeline.lanes_by, parent=self)
        self.opening.done.connect(self._opened)
        session.before_write = self.wait_for_opening
        if paged:
            self._show_first_page()
        self.on_changes(Changes.all())
        self.ledger.table.viewport().installEventFilter(self)
        if self.remember_state:
            settings.remember_recent(session.ws.location)
        self.actions_.refresh_recent()

    def on_changes(self, changes: Changes) -> None:
        try:
            self._redraw(changes)
        except ServerUnavailableError as exc:  # lost between the poll and our reads
            self.session.lost(str(exc))

    def _redraw(self, changes: Changes) -> None:
        start = time.perf_counter()
        ws = self.session.ws
        if changes.briefing or changes.everything:
            self._show_briefing()
        analyse_now = changes.projection_inputs or changes.touches("documents")
        inline = analyse_now and self.runner.inline(ws)
        if inline:
            self._request_analysis()
        if self._paging and changes.touches("claims", "sources", "documents", "events"):
            self._stale |= changes  # shown once the opening work has read every claim
        else:
            if changes.touches("claims", "sources", "documents"):
                self._refresh_ledger(changes)
            if changes.touches("events", "sources"):
                self.timeline.set_data(ws.events(), ClaimLookup(ws),
                                       {s.id: s for s in ws.sources()})
            elif changes.claims:
                self.timeline.claims_changed(changes.claims)
        if changes.touches("scenarios"):
            self.scenarios.set_scenarios(ws.scenarios())
        self.structured.on_changes(changes, analyse_now)
        self.detail.refresh()
        if analyse_now and not inline:
            # After the views are filled, and on open after the first paint: the worker would
            # otherwise compete with them for the interpreter (opening 100k claims took
            # twice as long).
            if self.opening.started:
                self._request_analysis()
            else:
                self._analysis_wanted = True
                self.show_message("Recomputing projections…")
        self.redraw_ms = (time.perf_counter() - start) * 1000

    def _show_briefing(self) -> None:
        ws = self.session.ws
        b = ws.briefing()
        for banner in (self.top_banner, self.bottom_banner):
            banner.set_marking(b.classification)
        as_of = short_date(dt.date.fromisoformat(b.as_of)) if b.as_of else "—"
        self._title = (b.title, as_of)
        self._show_state()

    def _show_state(self) -> None:
        """Title, status and notice for what the analyst may do now: edit, only read (and
        why), or wait for the team server to come back."""
        ws = self.session.ws
        title, as_of = getattr(self, "_title", ("Briefing", "—"))
        if not self.session.connected:
            notice, suffix = "  ·  DISCONNECTED — reconnecting; edits are refused", \
                " [disconnected]"
            self.notice.show_notice("disconnected", "Disconnected from the team server — "
                                    "reconnecting… Edits are refused until it is back; "
                                    "nothing is queued.")
        elif ws.read_only:
            notice, suffix = "  ·  READ-ONLY: edits are disabled", " [read-only]"
            if ws.read_only_reason:
                self.notice.show_notice("read-only", f"Read-only: {ws.read_only_reason}.")
            else:
                self.notice.clear_notice()
        else:
            notice, suffix = "", ""
            self.notice.clear_notice()
        self.status_title.setText(f"{title}  ·  as of {as_of}  ·  {ws.name}{notice}")
        self.setWindowTitle(f"{title} — Briefing{suffix}")

    def _changed_elsewhere(self, changes: Changes) -> None:
        who = "another analyst" if self.session.ws.is_server else "another program"
        self.show_message(f"Changed by {who}: {changes.named()}")

    def _connection_changed(self, connected: bool) -> None:
        self._show_state()
        self.actions_.enable_edits(self.session)
        self.show_message("Reconnected to the team server" if connected else
                          f"Disconnected — reconnecting ({self.session.lost_because})")

    def _refresh_ledger(self, changes: Changes) -> None:
        """Patch the few claims an edit touched; re-read everything otherwise."""
        ws = self.session.ws
        bases, conflicts, pairs = self.ledger_marks()
        self.model.merge_marks = conflicted_claims(ws)
        if changes.touches("sources", "documents") or len(changes.claims) > PATCH_LIMIT \
                or not self.model.rows.total:
            rows = LedgerRows.from_columns(ws.claim_columns(), bases=bases, conflicts=conflicts,
                                           pairs=pairs)
            self._keeping_place(lambda: self.model.load(rows))
            self.ledger.set_sources(ws.sources())
        else:
            frame = ws.claim_columns(sorted(changes.claims))
            removed = set(changes.claims) - set(frame["id"])
            self._keeping_place(lambda: self.model.patch(frame, removed, bases, conflicts))

    def _keeping_place(self, reload) -> None:
        """Re-read the ledger, keeping the selected claims and the scroll position."""
        selected = self.ledger.selected_ids()
        scroll = self.ledger.table.verticalScrollBar().value()
        reload()
        # The rows' geometry (the scroll bar's range) now, not laid out after the next paint:
        # the place is kept in the new range, and the ledger is painted once, not twice
        # (at 100,000 claims the second paint shared the turn the timeline took its events).
        self.ledger.table.updateGeometries()
        if selected:
            self.ledger.select_claims(selected)
        self.ledger.table.verticalScrollBar().setValue(scroll)

    # ---- present mode ---------------------------------------------------------------------
    def present(self, full_screen: bool = True):
        """Open briefing-room mode (F5); returns its window."""
        from .present import PresentWindow
        if self.presenter is None:
            self.presenter = PresentWindow(self)
            self.presenter.closed.connect(self._presenter_closed)
        if full_screen:
            self.presenter.show_on_projector()
        else:
            self.presenter.show()
        return self.presenter

    def _presenter_closed(self) -> None:
        self.presenter.deleteLater()
        self.presenter = None

    # ---- state ----------------------------------------------------------------------------
    def _restore_state(self) -> None:
        state = settings.window_state()
        geometry = state.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            clamp_to_screen(self, self._screen())
        docks = state.value("window/docks")
        if docks is not None:
            self._laid_out = self.desk.restoreState(docks)
        header = state.value(HEADER_KEY)
        if header is not None:
            self.ledger.restore_columns(header)

    def _screen(self):
        """The screen the window opens on: where it is, else the primary one."""
        return self.screen() or QGuiApplication.primaryScreen()

    def showEvent(self, event) -> None:
        """Size the docks to the window the first time it shows, unless a saved layout was
        restored: proportions, not pixels, so 1280×800 and 1600×1000 both work. Done once
        the window's layout has run (during the show event the desk still has its default
        size)."""
        super().showEvent(event)
        if not self._laid_out:
            self._laid_out = True
            QTimer.singleShot(0, lambda: proportion_docks(self.desk, self.docks,
                                                          self.projection_split))
        QTimer.singleShot(0, lambda: hide_stray_tab_bars(self.desk))

    def save_state(self) -> None:
        state = settings.window_state()
        state.setValue("window/geometry", self.saveGeometry())
        state.setValue("window/docks", self.desk.saveState())
        state.setValue(HEADER_KEY, self.ledger.table.horizontalHeader().saveState())
        state.sync()

    def closeEvent(self, event) -> None:
        if self._closed:  # tests and scripts may close twice; everything below happens once
            super().closeEvent(event)
            return
        self._closed = True
        if self.presenter is not None:
            self.presenter.close()
        if self.remember_state:
            self.save_state()
        self._backup_timer.stop()
        self.stages.cancel()
        self.opening.close()
        self.backups.close()
        self.runner.close()
        self.session.close()
        self.chart.dispose()
        self.timeline.dispose()
        self.scenarios.evidence.dispose()
        super().closeEvent(event)
