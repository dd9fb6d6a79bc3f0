"""The Hypotheses dock: the competing-hypotheses matrix, who leads, what the lead hangs on,
and the indicators with the claims that met them.

Every cell is rated from the keyboard: type CC, C, N, I or II (Enter), Delete or Backspace
clears it; arrows move. Each rating is one undoable, audited edit; the scores, the leader
and the sensitivity line are the analysis's, so a grade change in the ledger moves them as
it moves the charts. Selecting a row selects its claim in the ledger.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel,
                               QSplitter, QTableView, QToolButton, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ..charts.plain_text import plain_label, tooltip
from .matrix_model import MatrixModel

SIZED_ROWS = 40


class MatrixView(QTableView):
    """The matrix table: Delete or Backspace clears the selected ratings."""
    clearRequested = Signal(list)   # [(row, column)]

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Delete, Qt.Key_Backspace) and \
                self.state() != QAbstractItemView.EditingState:
            cells = [(i.row(), i.column()) for i in self.selectedIndexes()
                     if self.model().hypothesis_at(i.column()) is not None]
            if cells:
                self.clearRequested.emit(cells)
                return
        super().keyPressEvent(event)


class HypothesesPanel(QWidget):
    ratingEdited = Signal(str, str, object, int)   # hypothesis, claim, rating | None, rev
    claimSelected = Signal(str)
    addRequested = Signal()
    editRequested = Signal(str)                    # hypothesis id
    removeRequested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("hypothesesPanel")
        self.model = MatrixModel(self)
        self.model.ratingEdited.connect(self.ratingEdited)
        self.leader = self._label("leader")
        self.leader.setStyleSheet("font-weight:bold")
        self.table = MatrixView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Competing hypotheses matrix")
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.AnyKeyPressed
                                   | QAbstractItemView.DoubleClicked
                                   | QAbstractItemView.EditKeyPressed)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Columns are sized to the rows in view, not to every claim's cells (16,000 cells
        # asked for at 100,000 claims: most of a second).
        self.table.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
        self.table.clearRequested.connect(self._clear)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.rated_only = QCheckBox("Rated claims only")
        self.rated_only.toggled.connect(self.model.set_rated_only)
        self.sensitivity = self._label("sensitivity")
        self.indicators = QTreeWidget()
        self.indicators.setAccessibleName("Indicators")
        self.indicators.setHeaderLabels(["Indicator", "Status"])
        self.indicators.setRootIsDecorated(True)
        self.indicators.itemActivated.connect(self._indicator_activated)
        self.indicators.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.buttons = {}
        tools = QHBoxLayout()
        for key, text, tip in (("add", "+", "Add a hypothesis"),
                               ("edit", "Edit…", "Edit the selected hypothesis and its "
                                                 "indicators"),
                               ("remove", "−", "Remove the selected hypothesis (its ratings "
                                               "go with it; Ctrl+Z brings them back)")):
            button = QToolButton(text=text, toolTip=tip)
            self.buttons[key] = button
            tools.addWidget(button)
        self.buttons["add"].clicked.connect(self.addRequested)
        self.buttons["edit"].clicked.connect(lambda: self._on_hypothesis(self.editRequested))
        self.buttons["remove"].clicked.connect(
            lambda: self._on_hypothesis(self.removeRequested))
        tools.addStretch(1)
        tools.addWidget(self.rated_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.leader)
        layout.addLayout(tools)
        # The matrix above, the sensitivity and the indicators below: the analyst sizes them.
        lower = QWidget()
        below = QVBoxLayout(lower)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.sensitivity)
        below.addWidget(self.indicators, 1)
        self.split = QSplitter(Qt.Vertical)
        self.split.setObjectName("hypothesesSplit")
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.table)
        self.split.addWidget(lower)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        layout.addWidget(self.split, 1)

    @staticmethod
    def _label(name: str) -> QLabel:
        label = plain_label(QLabel())
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        return label

    # ---- data ---------------------------------------------------------------------------
    def set_analysis(self, matrix, evidence, revisions: dict[str, int],
                     read_only: bool = False) -> None:
        """Show the analysis's matrix, keeping the current cell and the scroll position."""
        current = self.table.currentIndex()
        at = (self.model.claim_id(current.row()) if current.isValid() else None,
              current.column())
        scroll = self.table.verticalScrollBar().value()
        self.model.read_only = read_only
        reset = self.model.load(matrix, evidence, revisions)
        for key in ("add", "edit", "remove"):
            self.buttons[key].setEnabled(not read_only)
        self.leader.setText(matrix.leader_words)
        if not matrix.hypotheses:
            self.sensitivity.setText("Add the hypotheses an analyst would weigh (+), then rate "
                                     "each claim against each: CC, C, N, I or II.")
        elif matrix.sensitivity:
            self.sensitivity.setText("Sensitivity: " + " ".join(s.sentence
                                                                for s in matrix.sensitivity))
        else:
            self.sensitivity.setText("Sensitivity: no single claim, removed, changes who "
                                     "leads.")
        self._show_indicators(matrix)
        if reset:  # a rescore keeps the widths (and the analyst's)
            for column in range(self.model.columnCount() - 1):  # the figure stretches
                self.table.resizeColumnToContents(column)
        row = self.model.row_of(at[0]) if at[0] is not None else None
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, at[1]))
        self.table.verticalScrollBar().setValue(scroll)

    def _show_indicators(self, matrix) -> None:
        self.indicators.clear()
        for r in matrix.indicators:
            item = QTreeWidgetItem([f"{'✓' if r.met else '○'} {matrix.title(r.hypothesis)}: "
                                    f"{r.indicator.text}", r.status])
            item.setToolTip(0, tooltip(r.condition, title=r.indicator.text))
            item.setToolTip(1, tooltip(r.status))
            for cid in r.claims:
                child = QTreeWidgetItem([cid, "met it"])
                child.setData(0, Qt.UserRole, cid)
                item.addChild(child)
            self.indicators.addTopLevelItem(item)
            item.setExpanded(r.met)

    # ---- editing ------------------------------------------------------------------------
    def _clear(self, cells) -> None:
        for row, column in cells:
            h = self.model.hypothesis_at(column)
            cid = self.model.claim_id(row)
            if h is not None and self.model.matrix.rating(h.id, cid) is not None:
                self.model.setData(self.model.index(row, column), "")

    def current_hypothesis(self) -> str | None:
        h = self.model.hypothesis_at(self.table.currentIndex().column())
        if h is None and len(self.model.hypotheses) == 1:
            h = self.model.hypotheses[0]
        return h.id if h is not None else None

    def _on_hypothesis(self, signal) -> None:
        hypothesis = self.current_hypothesis()
        if hypothesis is None:
            self.model.editRefused.emit("Select a cell in the hypothesis's column first.")
            return
        signal.emit(hypothesis)

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.claimSelected.emit(self.model.claim_id(current.row()))

    def _indicator_activated(self, item, _column) -> None:
        cid = item.data(0, Qt.UserRole)
        if cid:
            self.claimSelected.emit(cid)
