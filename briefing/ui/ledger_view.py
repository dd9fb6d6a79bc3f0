"""The claims ledger panel: filter bar, table, and row actions (add, duplicate, delete, copy)."""
from __future__ import annotations

from PySide6.QtCore import QDate, QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QTableView, QToolButton,
                               QVBoxLayout, QWidget)

from ..domain.vocabulary import METRICS, RELIABILITY
from .ledger_model import ClaimsTableModel
from .ledger_rows import COLUMNS, LedgerFilter

_WIDTHS = {"date": 104, "figure": 104, "metric": 80, "source": 124, "grade": 48,
           "quote": 380, "subject": 150, "include_in_projection": 60, "conflict": 160}
QUOTE_MIN = 160
CONFLICT_KEY_STYLE = ("background: rgba(200, 16, 46, 40); border: 1px solid rgba(200, 16, 46, 120);"
                      " padding: 1px 6px;")
_NO_DATE = QDate(1900, 1, 1)


class LedgerView(QWidget):
    claimSelected = Signal(object)  # claim id or None
    addRequested = Signal()
    duplicateRequested = Signal(str)
    deleteRequested = Signal(list)

    def __init__(self, model: ClaimsTableModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.setObjectName("ledger")
        self.table = QTableView(self)
        self.table.setObjectName("ledgerTable")
        self.table.setAccessibleName("Claims ledger")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionsMovable(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTextElideMode(Qt.ElideRight)
        self.table.horizontalHeader().setSortIndicator(0, Qt.AscendingOrder)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort)
        for i, name in enumerate(COLUMNS):
            self.table.setColumnWidth(i, _WIDTHS[name])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        model.modelReset.connect(self._update_count)
        model.layoutChanged.connect(self._update_count)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(self._filter_bar())
        layout.addWidget(self.table, 1)
        self._shortcuts()
        self._update_count()
        self.quote_fills = True  # until the analyst sizes the columns (or a state is restored)
        self._fitting = False
        self.table.horizontalHeader().sectionResized.connect(self._section_resized)

    # ---- columns ------------------------------------------------------------------------
    def restore_columns(self, state) -> bool:
        self.quote_fills = not self.table.horizontalHeader().restoreState(state)
        return not self.quote_fills

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_quote()

    def _fit_quote(self) -> None:
        """The Quote column takes the width the columns before it leave, so at any window
        size a quote is on screen and reads as far as it fits (the full text is in its
        tooltip and in the claim detail)."""
        if not self.quote_fills:
            return
        header = self.table.horizontalHeader()
        quote = COLUMNS.index("quote")
        before = sum(header.sectionSize(i) for i in range(header.count())
                     if header.visualIndex(i) < header.visualIndex(quote)
                     and not header.isSectionHidden(i))
        width = max(QUOTE_MIN, self.table.viewport().width() - before)
        self._fitting = True
        header.resizeSection(quote, width)
        self._fitting = False

    def _section_resized(self, index: int, _old: int, _new: int) -> None:
        header = self.table.horizontalHeader()
        stretched = header.visualIndex(index) == header.count() - 1  # follows the view
        if not self._fitting and not stretched and self.isVisible():
            self.quote_fills = False  # the analyst's widths win from now on

    # ---- filter bar ---------------------------------------------------------------------
    def _filter_bar(self) -> QVBoxLayout:
        """Three short rows, so the ledger keeps its width down to about 480 pixels and the
        projection beside it gets room at 1280 × 800."""
        self.search = QLineEdit(placeholderText="Find in claims (Ctrl+F)")
        self.search.setObjectName("ledgerSearch")
        self.search.setAccessibleName("Find in claims")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(140)
        self.search.textChanged.connect(self._filter)
        self.source_box = QComboBox(accessibleName="Filter by source")
        self.metric_box = QComboBox(accessibleName="Filter by metric")
        self.metric_box.addItem("All metrics", None)
        for m in METRICS:
            self.metric_box.addItem(m.replace("_", " "), m)
        self.grade_box = QComboBox(accessibleName="Filter by source reliability")
        self.grade_box.addItem("Any reliability", "")
        letters = list(RELIABILITY)
        for i in range(1, 5):
            self.grade_box.addItem(f"{letters[0]}–{letters[i]} only", "".join(letters[:i + 1]))
        self.cred_box = QComboBox(accessibleName="Filter by credibility")
        self.cred_box.addItem("Any credibility", 6)
        for i in range(1, 6):
            self.cred_box.addItem(f"Credibility 1–{i}", i)
        self.date_from = self._date_edit("From")
        self.date_to = self._date_edit("To")
        self.group_box = QCheckBox("Group conflicts")
        self.group_box.setToolTip("Show claims that disagree next to each other")
        self.group_box.toggled.connect(self._group)
        for box in (self.source_box, self.metric_box, self.grade_box, self.cred_box):
            box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(9)
            box.currentIndexChanged.connect(self._filter)
        self.count = QLabel()
        self.count.setObjectName("ledgerCount")
        self.conflict_key = QLabel("in conflict")
        self.conflict_key.setObjectName("conflictKey")
        self.conflict_key.setStyleSheet(CONFLICT_KEY_STYLE)
        self.conflict_key.setToolTip("Shaded rows: claims whose figure disagrees with another "
                                     "claim's on the same subject and dates (the Conflict "
                                     "column says why)")
        rows = [QHBoxLayout() for _ in range(3)]
        rows[0].addWidget(self.search, 1)
        self.edit_buttons = [
            self._button("+", "Add a claim (Ctrl+Shift+N)", self.addRequested.emit),
            self._button("Dup", "Duplicate the selected claim", self._duplicate),
            self._button("−", "Delete the selected claims (Del)", self._delete)]
        for button in self.edit_buttons:
            rows[0].addWidget(button)
        rows[0].addWidget(self.count)
        for w in (self.source_box, self.metric_box, self.grade_box):
            rows[1].addWidget(w, 1)
        for w in (self.cred_box, self.date_from, self.date_to):
            rows[2].addWidget(w, 1)
        rows[2].addWidget(self.group_box)
        rows[2].addWidget(self.conflict_key)
        bar = QVBoxLayout()
        bar.setSpacing(4)
        for row in rows:
            bar.addLayout(row)
        return bar

    def _date_edit(self, label: str) -> QDateEdit:
        edit = QDateEdit(accessibleName=f"{label} date")
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(f"{label}: any")
        edit.setDate(_NO_DATE)
        edit.dateChanged.connect(self._filter)
        return edit

    def set_editable(self, editable: bool) -> None:
        """Add, duplicate and delete only where edits are allowed (not read-only, not
        disconnected from the team server)."""
        for button in self.edit_buttons:
            button.setEnabled(editable)

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(text=text, toolTip=tip, accessibleName=tip)
        button.clicked.connect(slot)
        return button

    def set_sources(self, sources) -> None:
        current = self.source_box.currentData()
        self.source_box.blockSignals(True)
        self.source_box.clear()
        self.source_box.addItem("All sources", None)
        for s in sources:
            self.source_box.addItem(f"{s.name} ({s.reliability})", s.id)
        self.source_box.setCurrentIndex(max(0, self.source_box.findData(current)))
        self.source_box.blockSignals(False)

    def current_filter(self) -> LedgerFilter:
        def date(edit: QDateEdit):
            return None if edit.date() == _NO_DATE else edit.date().toPython()
        return LedgerFilter(text=self.search.text().strip(), source=self.source_box.currentData(),
                            metric=self.metric_box.currentData(),
                            date_from=date(self.date_from), date_to=date(self.date_to),
                            reliabilities=frozenset(self.grade_box.currentData() or ""),
                            max_credibility=self.cred_box.currentData())

    def _filter(self, *_):
        flt = self.current_filter()
        self._keeping_selection(lambda: self.model.relayout(lambda rows: rows.set_filter(flt)))

    def _sort(self, section: int, order):
        """A new sort (not the one shown: restoring the saved header says the same sort
        again, and a relayout would read every claim of a big briefing before its first
        paint)."""
        key = (COLUMNS[section], order == Qt.DescendingOrder)
        if key == self.model.rows.sort_key:
            return
        self._keeping_selection(lambda: self.model.relayout(lambda rows: rows.set_sort(*key)))

    def _group(self, on: bool):
        def change(rows):
            rows.group_conflicts = on
            rows.refresh()
        self._keeping_selection(lambda: self.model.relayout(change))

    def _update_count(self, *_):
        rows = self.model.rows
        if rows.complete:
            self.count.setText(f"{len(rows):,} of {rows.total:,} claims")
        else:
            self.count.setText(f"{len(rows):,} of {rows.total + rows.remaining:,} claims "
                               "(reading…)")

    # ---- selection ----------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.claim_id(r) for r in rows]

    def select_claims(self, ids: list[str]) -> None:
        """Select these claims (e.g. from a timeline click), scrolling to the first."""
        selection = QItemSelection()
        first = None
        for cid in ids:
            row = self.model.rows.row_of(cid)
            if row is None:
                continue
            first = row if first is None else min(first, row)
            selection.select(self.model.index(row, 0),
                             self.model.index(row, self.model.columnCount() - 1))
        self.table.selectionModel().select(selection, QItemSelectionModel.ClearAndSelect)
        if first is not None:
            self.table.scrollTo(self.model.index(first, 0))
            self.table.selectionModel().setCurrentIndex(self.model.index(first, 0),
                                                        QItemSelectionModel.NoUpdate)

    def _keeping_selection(self, action) -> None:
        ids = self.selected_ids()
        action()
        if ids:
            self.select_claims(ids)

    def _selection_changed(self, *_):
        ids = self.selected_ids()
        self.claimSelected.emit(ids[0] if ids else None)

    def _duplicate(self):
        ids = self.selected_ids()
        if ids:
            self.duplicateRequested.emit(ids[0])

    def _delete(self):
        ids = self.selected_ids()
        if ids:
            self.deleteRequested.emit(ids)

    # ---- keyboard -----------------------------------------------------------------------
    def _shortcuts(self) -> None:
        """Copy and Delete act on the ledger only while it has focus."""
        for keys, slot, name in ((QKeySequence.Copy, self.copy_selection, "Copy claims as TSV"),
                                 (QKeySequence.Delete, self._delete, "Delete claims")):
            action = QAction(name, self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)

    def copy_selection(self) -> str:
        """Selected rows as TSV (header first), for pasting into a spreadsheet."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        header = [self.model.headerData(c, Qt.Horizontal) for c in range(len(COLUMNS))]
        lines = ["\t".join(header)]
        for r in rows:
            cells = []
            for c, name in enumerate(COLUMNS):
                index = self.model.index(r, c)
                if name == "include_in_projection":
                    text = "yes" if self.model.data(index, Qt.CheckStateRole) == Qt.Checked else "no"
                elif name == "quote":
                    text = self.model.rows.value(self.model.rows.position(r), "quote")
                else:
                    text = self.model.data(index) or ""
                cells.append(" ".join(str(text).split()))
            lines.append("\t".join(cells))
        text = "\n".join(lines)
        QGuiApplication.clipboard().setText(text)
        return text
