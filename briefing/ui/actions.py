"""Menus, toolbar and the file operations behind them.

Each file operation has a path-taking method (`open_path`, `import_path`, …) that does the
work, and a dialog wrapper that only asks for the path; tests and the command line drive
the former.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QInputDialog, QLineEdit, QMenuBar, QMessageBox,
                               QToolBar)

from ..charts.plain_text import message_box, tooltip
from ..interchange import InterchangeError
from ..workspace import BriefingFileError, Workspace, check_server_uri, is_server
from ..workspace.backups import backed_up, list_backups, restore
from ..workspace.sync import apply_bundle, check_bundle, export_bundle, read_bundle
from ..workspace.transfer import export_data, import_file
from . import settings
from .session import Session

BRIEFING_FILTER = "Briefings (*.briefing)"
BUNDLE_FILTER = "Change bundles (*.bundle)"
EXPORT_FILTER = ("Briefing package (*.json);;Claims CSV (*.csv);;Briefing pack PDF (*.pdf);;"
                 "Projection chart PNG (*.png);;Projection chart SVG (*.svg)")


class WindowActions:
    def __init__(self, window):
        self.w = window
        self.menu_bar = QMenuBar()
        self.toolbar = QToolBar("Main")
        self.toolbar.setObjectName("mainToolbar")
        window.desk.addToolBar(self.toolbar)
        self._make()

    def _action(self, text: str, slot, shortcut=None, tip: str | None = None) -> QAction:
        action = QAction(text, self.w)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setStatusTip(tip or text.replace("&", "").rstrip("…"))
        action.triggered.connect(slot)
        return action

    def _make(self) -> None:
        w = self.w
        self.new = self._action("&New…", self.new_dialog, QKeySequence.New)
        self.open = self._action("&Open…", self.open_dialog, QKeySequence.Open)
        self.open_team = self._action("Open &Team Briefing…", self.open_team_dialog,
                                      "Ctrl+Shift+O", "Open a briefing on the team's "
                                      "PostgreSQL server (postgresql://user@host/dbname)")
        self.save_as = self._action("Save &As…", self.save_as_dialog, QKeySequence.SaveAs,
                                    "Save a consistent copy of this briefing")
        self.import_ = self._action("&Import…", self.import_dialog, "Ctrl+I",
                                    "Import a .json package or .csv claims")
        self.intake = self._action("Add &Article…", self.intake_dialog, "Ctrl+Shift+A",
                                   "Propose claims from an article's text and review them")
        self.export = self._action("&Export…", self.export_dialog, "Ctrl+E",
                                   "Export .json, .csv, .pdf pack, or .png/.svg chart")
        self.sync_export = self._action("Export Change &Bundle…", self.sync_export_dialog, None,
                                        "Write every change this copy knows, for another "
                                        "copy of this briefing (.bundle)")
        self.sync_import = self._action("Import Change B&undle…", self.sync_import_dialog,
                                        None, "Apply the changes another copy of this "
                                        "briefing made (.bundle); disagreements are kept")
        self.print_ = self._action("&Print…", self.print_dialog, QKeySequence.Print,
                                   "Print the briefing pack")
        self.record = self._action("&Record Assessment…",
                                   lambda: w.structured.record_assessment(), "Ctrl+Shift+R",
                                   "Store every scenario's key judgment now, with who, when "
                                   "and your note")
        self.restore = self._action("Restore from &Backup…", self.restore_dialog, None,
                                    "Replace this briefing by one of its rolling backups")
        self.properties = self._action("Briefing &Properties…", self.properties_dialog,
                                       "Ctrl+Shift+P", "Title, subject, as-of date, marking")
        self.quit = self._action("&Quit", w.close, QKeySequence.Quit)
        self.undo = self._action("&Undo", lambda: self.w.session.undo_stack.undo(),
                                 QKeySequence.Undo)
        self.redo = self._action("&Redo", lambda: self.w.session.undo_stack.redo(),
                                 QKeySequence.Redo)
        self.find = self._action("&Find", self._find, QKeySequence.Find, "Find in claims")
        self.add_claim = self._action("&Add Claim", w.add_claim, "Ctrl+Shift+N")
        self.present = self._action("&Present", self._present, "F5",
                                    "Briefing-room mode (Esc leaves)")
        self.fit = self._action("&Fit Timeline", w.timeline.fit_all, "Ctrl+0")

        file_menu = self.menu_bar.addMenu("&File")
        for a in (self.new, self.open, self.open_team):
            file_menu.addAction(a)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        for a in (self.save_as, None, self.import_, self.intake, self.export, None,
                  self.sync_import, self.sync_export, None, self.print_, self.record):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)
        self._page_size_menu(file_menu.addMenu("Pack Page &Size"))
        for a in (None, self.restore, self.properties, None, self.quit):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)
        edit_menu = self.menu_bar.addMenu("&Edit")
        for a in (self.undo, self.redo, None, self.find, self.add_claim):
            edit_menu.addSeparator() if a is None else edit_menu.addAction(a)
        view_menu = self.menu_bar.addMenu("&View")
        view_menu.addAction(self.present)
        view_menu.addAction(self.fit)
        view_menu.addSeparator()
        for n, (name, target) in enumerate((("Ledger", w.ledger.table),
                                            ("Timeline", w.timeline.plot),
                                            ("Projection", w.chart.view),
                                            ("Claim Detail", w.detail.browser),
                                            ("Scenarios", w.scenarios.list),
                                            ("Hypotheses", w.structured.hypotheses.table),
                                            ("Judgments", w.structured.record.tree)), 1):
            view_menu.addAction(self._action(f"Go to {name}", lambda _=False, t=target:
                                             self._focus(t), f"Ctrl+{n}"))
        view_menu.addSeparator()
        for dock in w.docks.values():
            view_menu.addAction(dock.toggleViewAction())
        help_menu = self.menu_bar.addMenu("&Help")
        help_menu.addAction(self._action("&About Briefing", self._about))
        for a in (self.open, self.save_as, self.import_, self.intake, self.export, None,
                  self.undo,
                  self.redo, None, self.find, self.add_claim, None, self.present):
            self.toolbar.addSeparator() if a is None else self.toolbar.addAction(a)

    def _page_size_menu(self, menu) -> None:
        group = QActionGroup(self.w)
        for size in ("A4", "Letter"):
            action = menu.addAction(size)
            action.setCheckable(True)
            action.setChecked(settings.get(settings.PAGE_SIZE) == size)
            action.triggered.connect(lambda _=False, s=size: settings.put(settings.PAGE_SIZE, s))
            group.addAction(action)

    def bind(self, session: Session) -> None:
        stack = session.undo_stack
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        # An undo text names a claim id from a package: the toolbar's tool tip (rich text
        # by default) gets it escaped.
        for action, word, signal in ((self.undo, "Undo", stack.undoTextChanged),
                                     (self.redo, "Redo", stack.redoTextChanged)):
            signal.connect(lambda t, a=action, w=word: self._label_history(a, w, t))
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())
        self.enable_edits(session)

    def enable_edits(self, session: Session) -> None:
        """Edits only where allowed; restoring a backup only for a file (a team server is
        backed up by its DBA)."""
        for a in (self.import_, self.intake, self.properties, self.add_claim,
                  self.record):
            a.setEnabled(not session.read_only)
        self.w.ledger.set_editable(not session.read_only)
        self.w.scenarios.set_editable(not session.read_only)
        self.restore.setEnabled(not session.read_only and session.ws.path is not None)

    @staticmethod
    def _label_history(action: QAction, word: str, text: str) -> None:
        action.setText(f"&{word} {text}".strip())
        action.setToolTip(tooltip(f"{word} {text}".strip()))

    def refresh_recent(self) -> None:
        self.recent_menu.clear()
        for location in settings.get(settings.RECENT):
            action = self.recent_menu.addAction(location)
            action.triggered.connect(lambda _=False, p=location: self.open_path(
                p if is_server(p) else Path(p)))

    # ---- operations (path-taking) -------------------------------------------------------
    def open_path(self, location: Path | str, create: bool = False) -> bool:
        """Open a briefing file, or a team server's briefing (a `postgresql://` URI)."""
        try:
            ws = Workspace.open(location, create=create, check_pages=False)  # after paint
        except BriefingFileError as exc:
            self._error("Cannot open briefing", str(exc))
            return False
        self.w.set_session(Session(ws))
        return True

    def open_team_uri(self, uri: str) -> bool:
        """File > Open Team Briefing: a URI without a password (those live in ~/.pgpass or
        PGPASSWORD); a new, empty database gets the briefing's tables."""
        try:
            uri = check_server_uri(uri)
        except BriefingFileError as exc:
            self._error("Cannot open team briefing", str(exc))
            return False
        return self.open_path(uri, create=True)

    def import_path(self, path: Path) -> bool:
        try:
            self.w.wait_for_opening()  # the opening backup first, then the import's own
            self.w.backups.wait()      # (after a rolling one being copied)
            with backed_up(self.w.session.ws, warn=self.w.show_message):
                done = import_file(self.w.session.ws, path)
        except (InterchangeError, BriefingFileError) as exc:
            self._error("Import refused — nothing was changed", str(exc))
            return False
        self.w.session.undo_stack.clear()  # an import is not undoable; the file says so
        self.w.session.notify(done.changes)
        self.w.show_message(f"Imported {path.name}: " + "; ".join(done.summary()))
        return True

    def export_path(self, path: Path) -> bool:
        suffix = path.suffix.lower()
        try:
            if suffix in (".json", ".csv"):
                export_data(self.w.session.ws, path)
            else:
                from ..report import export_report
                export_report(self.w.session.ws, path,
                              page_size=settings.get(settings.PAGE_SIZE))
        except BriefingFileError as exc:  # WriteError: the message names the file
            self._error("Export failed", str(exc))
            return False
        except (OSError, ValueError) as exc:
            self._error("Export failed", f"{path}: {exc}")
            return False
        self.w.show_message(f"Exported {path}")
        if suffix == ".pdf" and not self.w.session.read_only:
            self.w.structured.offer_record(path.name)
        return True

    def save_copy(self, path: Path) -> bool:
        try:
            self.w.session.ws.save_copy(path)
        except BriefingFileError as exc:
            self._error("Save As failed", str(exc))
            return False
        return self.open_path(path)

    # ---- dialogs ------------------------------------------------------------------------
    def restore_path(self, backup: Path) -> bool:
        """Close this briefing, replace it by `backup` (the current file is saved first as a
        '-before-restore' backup), and reopen it."""
        path = self.w.session.ws.path
        self.w.runner.wait()
        self.w.opening.close()  # its connection would keep the file open
        self.w.backups.wait()   # so would a backup's
        self.w.session.close()
        try:
            restore(path, backup)
        except BriefingFileError as exc:
            self._error("Restore refused — nothing was changed", str(exc))
            self.open_path(path)
            return False
        ok = self.open_path(path)
        self.w.show_message(f"Restored {path.name} from {Path(backup).name}")
        return ok

    def restore_dialog(self) -> None:
        from .restore_dialog import choose_backup
        chosen = choose_backup(self.w, list_backups(self.w.session.ws.path))
        if chosen is not None:
            self.restore_path(chosen)

    def new_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.w, "New briefing", "", BRIEFING_FILTER)
        if name:
            path = Path(name).with_suffix(".briefing")
            if path.exists():
                self._error("New briefing", f"{path} already exists; use Open.")
                return
            self.open_path(path, create=True)

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.w, "Open briefing", "", BRIEFING_FILTER)
        if name:
            self.open_path(Path(name))

    def open_team_dialog(self) -> None:
        uri, ok = QInputDialog.getText(
            self.w, "Open Team Briefing",
            "Server address, e.g. postgresql://anna@briefing-server/kursk\n"
            "(the password comes from ~/.pgpass or PGPASSWORD, never from here):",
            QLineEdit.Normal, "postgresql://")
        if ok and uri.strip():
            self.open_team_uri(uri)

    def save_as_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.w, "Save briefing as", "", BRIEFING_FILTER)
        if name:
            self.save_copy(Path(name).with_suffix(".briefing"))

    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.w, "Import", "",
                                              "Package or claims (*.json *.csv)")
        if name:
            self.import_path(Path(name))

    def sync_import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.w, "Import Change Bundle", "", BUNDLE_FILTER)
        if name:
            self.sync_import_path(Path(name))

    def sync_export_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.w, "Export Change Bundle", "", BUNDLE_FILTER)
        if name:
            self.sync_export_path(Path(name))

    def sync_import_path(self, path: Path) -> bool:
        """Like an import: backed up first, all or nothing, not undoable (its merge
        conflicts are then resolved as undoable edits)."""
        ws = self.w.session.ws
        try:
            bundle = read_bundle(path)
            check_bundle(ws, bundle, path)
            with backed_up(ws, warn=self.w.show_message):
                done = apply_bundle(ws, bundle, path)
        except (InterchangeError, BriefingFileError) as exc:
            self._error("Bundle refused — nothing was changed", str(exc))
            return False
        self.w.session.undo_stack.clear()
        self.w.session.notify(done.changes)
        self.w.show_message(f"Imported {path.name}: {done.summary()}")
        return True

    def sync_export_path(self, path: Path) -> bool:
        try:
            count = export_bundle(self.w.session.ws, path)
        except BriefingFileError as exc:
            self._error("Export failed", str(exc))
            return False
        self.w.show_message(f"Wrote {count:,} changes to {path}")
        return True

    def export_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.w, "Export", "", EXPORT_FILTER)
        if name:
            self.export_path(Path(name))

    def print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ..report.pack import print_pack
        printer = QPrinter(QPrinter.HighResolution)
        if QPrintDialog(printer, self.w).exec():
            pages = print_pack(self.w.session.ws, printer)
            self.w.show_message(f"Printed {pages} pages")

    def intake_dialog(self) -> None:
        from .intake_dialog import IntakeDialog
        IntakeDialog(self.w.session, self.w).exec()

    def properties_dialog(self) -> None:
        from .properties_dialog import PropertiesDialog
        dialog = PropertiesDialog(self.w.session.ws.briefing(), self.w)
        if dialog.exec():
            self.w.run_edit(lambda: self.w.session.set_briefing(dialog.briefing()))

    def _focus(self, widget) -> None:
        """Keyboard navigation between panels: show the panel's dock if hidden, focus it."""
        for dock in self.w.docks.values():
            if dock.isAncestorOf(widget):
                dock.show()
                dock.raise_()
        widget.setFocus(Qt.ShortcutFocusReason)

    def _find(self) -> None:
        self.w.ledger.search.setFocus()
        self.w.ledger.search.selectAll()

    def _present(self) -> None:
        self.w.present()

    def _about(self) -> None:
        from .. import __version__
        QMessageBox.about(self.w, "About Briefing",
                          f"Briefing {__version__}\nSourced claims, timelines and projections, "
                          "offline.")

    def _error(self, title: str, message: str) -> None:
        self.w.show_message(message.splitlines()[0])
        if self.w.isVisible():
            message_box(QMessageBox.Warning, title, message, self.w).exec()
