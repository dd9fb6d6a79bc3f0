"""Scenario panel: pick a scenario, edit its parameters and premises, see what it rests on.

Three pages: the parameters (with the claim cited for each, the start of losses of a fitted
scenario and the analyst's judgment date), the evidence (status, fit diagnostics, the
probability of depletion by date) and the assumptions register. Fields are written back when
editing finishes (Enter or leaving the field) as one undoable edit; a refused value is shown
under the form and the fields are re-read from the file.
"""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDoubleSpinBox,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QSpinBox, QTableWidget,
                               QTableWidgetItem, QTabWidget, QToolButton, QVBoxLayout, QWidget)

from ..charts.plain_text import plain_label
from ..domain import LossesStart, Reinforcement, Scenario, ValidationError, figure, parse_iso
from ..domain.vocabulary import PRECISIONS
from .assumptions_editor import AssumptionsEditor
from .list_buttons import add_remove_bar
from .scenario_evidence import ScenarioEvidence
from .scenario_fields import (LAST_DATE, NO_DATE, ClaimCombo, OptionalDate, format_range,
                              parse_range)

CITE_LIMIT = 300  # claims offered per parameter; any id may still be typed
CITE_METRICS = {"initial_strength": ("strength",),
                "anchor_losses": ("casualties", "killed", "wounded"),
                "daily_loss_rate": ("loss_rate",)}
_FIT_TIP = "A fitted scenario takes this from the claims"


class ScenarioPanel(QWidget):
    addRequested = Signal()
    removeRequested = Signal(str)
    scenarioEdited = Signal(object)  # the edited Scenario, to be written by the window
    claimSelected = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("scenarioPanel")
        self._scenarios: list[Scenario] = []
        self._projections: dict = {}
        self._evidence = None
        self._loading = False
        self.list = QListWidget(accessibleName="Scenarios")
        self.list.setMaximumHeight(90)
        self.list.currentRowChanged.connect(lambda _: self._show_current())
        buttons = add_remove_bar("<b>Scenarios</b>", "a scenario", self.addRequested.emit,
                                 self._remove)
        self.edit_buttons = [buttons.itemAt(i).widget() for i in range(buttons.count())
                             if isinstance(buttons.itemAt(i).widget(), QToolButton)]

        self.evidence = ScenarioEvidence()
        self.evidence.claimSelected.connect(self.claimSelected.emit)
        self.assumptions = AssumptionsEditor()
        self.assumptions.edited.connect(lambda _texts: self._commit())
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_form(), "Parameters")
        self.tabs.addTab(self.evidence, "Evidence")
        self.tabs.addTab(self.assumptions, "Assumptions")
        self.error = plain_label(QLabel(wordWrap=True))
        self.error.setStyleSheet("color:#c8102e")
        self.error.setObjectName("scenarioError")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self._connect_edits()

    def _build_form(self) -> QWidget:
        self.name = QLineEdit()
        self.kind = QComboBox()
        self.kind.addItem("Linear (stated rate)", "linear")
        self.kind.addItem("Fitted to claims", "fitted")
        self.subject = QComboBox(editable=True)
        self.subject.lineEdit().setPlaceholderText("the briefing's subject")
        self.strength = self._spin(0, 1e8)
        self.anchor = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.anchor.setDateRange(NO_DATE, LAST_DATE)
        self.anchor.setSpecialValueText("from the fit")
        self.losses = self._spin(0, 1e8)
        self.rate = self._spin(0, 1e6, decimals=1)
        self.threshold = self._spin(0, 1e8)
        self.horizon = QSpinBox(minimum=1, maximum=36500, suffix=" days")
        self.strength_range = QLineEdit(placeholderText="low–high")
        self.losses_range = QLineEdit(placeholderText="low–high")
        self.rate_range = QLineEdit(placeholderText="low–high")
        self.cites = {p: ClaimCombo(p, self._offer) for p in CITE_METRICS}
        self.start = OptionalDate("Casualties were zero on")
        self.start_precision = QComboBox()
        for precision in PRECISIONS:
            self.start_precision.addItem(precision, precision)
        self.judgment = OptionalDate("Judge by")
        self.reinforcements = QTableWidget(0, 3)
        self.reinforcements.setHorizontalHeaderLabels(["Date", "Count", "Range"])
        self.reinforcements.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.reinforcements.verticalHeader().setVisible(False)
        self.reinforcements.setMaximumHeight(90)
        self.reinforcements.setSelectionBehavior(QAbstractItemView.SelectRows)
        add_r = QToolButton(text="+", toolTip="Add a reinforcement")
        add_r.clicked.connect(self._add_reinforcement)
        del_r = QToolButton(text="−", toolTip="Remove the selected reinforcement")
        del_r.clicked.connect(self._remove_reinforcement)
        r_buttons = QHBoxLayout()
        r_buttons.addWidget(add_r)
        r_buttons.addWidget(del_r)
        r_buttons.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        for label, widget, name in (
                ("Name", self.name, "Scenario name"), ("Kind", self.kind, "Scenario kind"),
                ("Force", self.subject, "The force projected"),
                ("Initial strength", self.strength, "Initial strength"),
                ("  range", self.strength_range, "Initial strength range"),
                ("  cited claim", self.cites["initial_strength"], "Claim cited for the strength"),
                ("Anchor date", self.anchor, "Anchor date"),
                ("Losses by anchor", self.losses, "Losses by the anchor date"),
                ("  range", self.losses_range, "Anchor losses range"),
                ("  cited claim", self.cites["anchor_losses"], "Claim cited for the losses"),
                ("Loss rate / day", self.rate, "Daily loss rate"),
                ("  range", self.rate_range, "Daily loss rate range"),
                ("  cited claim", self.cites["daily_loss_rate"], "Claim cited for the rate"),
                ("Start of losses", self.start, "Start of losses"),
                ("  precision", self.start_precision, "Precision of the start of losses"),
                ("Threshold", self.threshold, "Depletion threshold"),
                ("Horizon", self.horizon, "Projection horizon"),
                ("Judgment date", self.judgment, "Judgment date")):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        form.addRow("Reinforcements", self.reinforcements)
        form.addRow("", r_buttons)
        page = QWidget()
        page.setLayout(form)
        return page

    def _spin(self, lo: float, hi: float, decimals: int = 0) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(minimum=lo, maximum=hi, decimals=decimals)
        spin.setGroupSeparatorShown(True)
        spin.setKeyboardTracking(False)
        return spin

    def _connect_edits(self) -> None:
        for w in (self.name, self.strength_range, self.losses_range, self.rate_range):
            w.editingFinished.connect(self._commit)
        for w in (self.strength, self.losses, self.rate, self.threshold, self.horizon):
            w.valueChanged.connect(self._commit)
        for combo in (self.kind, self.start_precision):
            combo.currentIndexChanged.connect(self._commit)
        for combo in (self.subject, *self.cites.values()):
            combo.lineEdit().editingFinished.connect(self._commit)
            combo.activated.connect(self._commit)
        for optional in (self.start, self.judgment):
            optional.check.toggled.connect(self._commit)
            optional.date.dateChanged.connect(self._commit)
        self.anchor.dateChanged.connect(self._commit)
        self.reinforcements.itemChanged.connect(self._commit)

    # ---- showing ------------------------------------------------------------------------
    def set_scenarios(self, scenarios: list[Scenario]) -> None:
        current = self.current_id()
        self._scenarios = scenarios
        self.list.blockSignals(True)
        self.list.clear()
        for s in scenarios:
            item = QListWidgetItem(s.name)
            item.setData(Qt.UserRole, s.id)
            self.list.addItem(item)
        ids = [s.id for s in scenarios]
        self.list.setCurrentRow(ids.index(current) if current in ids else (0 if ids else -1))
        self.list.blockSignals(False)
        self._show_current()

    def set_analysis(self, projections, evidence) -> None:
        """The latest projections and the evidence model they came from (for the evidence
        page, the assumptions and the claims a parameter may cite)."""
        subjects_before = self._evidence.subjects if self._evidence else ()
        self._projections = {p.scenario.id: p for p in projections}
        self._evidence = evidence
        if evidence.subjects != subjects_before and not self.subject.hasFocus():
            self._loading = True
            self._fill_subjects(self.subject.currentText().strip() or None)
            self._loading = False
        self._show_projection()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def select(self, scenario_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.UserRole) == scenario_id:
                self.list.setCurrentRow(row)

    def current(self) -> Scenario | None:
        sid = self.current_id()
        return next((s for s in self._scenarios if s.id == sid), None)

    def _show_current(self) -> None:
        s = self.current()
        self._loading = True
        try:
            self._enable_fields(s is not None)
            if s is None:
                return
            self.name.setText(s.name)
            self.kind.setCurrentIndex(self.kind.findData(s.kind))
            self._fill_subjects(s.subject)
            self.strength.setValue(s.initial_strength)
            self.anchor.setDate(QDate.fromString(s.anchor_date, "yyyy-MM-dd")
                                if s.anchor_date else NO_DATE)
            self.losses.setValue(s.anchor_losses)
            self.rate.setValue(s.daily_loss_rate or 0)
            self.threshold.setValue(s.threshold)
            self.horizon.setValue(s.horizon_days)
            self.strength_range.setText(format_range(s.initial_strength_range))
            self.losses_range.setText(format_range(s.anchor_losses_range))
            self.rate_range.setText(format_range(s.daily_loss_rate_range))
            for parameter, combo in self.cites.items():
                combo.set_claim(s.cited(parameter))
            start = s.losses_start
            self.start.set_value(start.date if start else None, s.anchor_date)
            self.start_precision.setCurrentIndex(
                self.start_precision.findData(start.precision if start else "week"))
            self.judgment.set_value(s.judgment_date, s.anchor_date)
            self.reinforcements.setRowCount(0)
            for r in s.reinforcements:
                self._append_reinforcement(r.date, f"{r.count:g}", format_range(r.count_range))
            self._kind_fields(s.kind)
        finally:
            self._loading = False
        self._show_projection()

    def _kind_fields(self, kind: str) -> None:
        """A fitted scenario takes anchor, losses and rate from the fit; only it has a start
        of losses."""
        fitted = kind == "fitted"
        for w in (self.anchor, self.losses, self.rate, self.losses_range, self.rate_range,
                  self.cites["anchor_losses"], self.cites["daily_loss_rate"]):
            w.setEnabled(not fitted)
            w.setToolTip(_FIT_TIP if fitted else "")
        for w in (self.start, self.start_precision):
            w.setEnabled(fitted)
            w.setToolTip("" if fitted else "Only a fitted scenario has a start of losses")

    def _show_projection(self) -> None:
        s = self.current()
        p = self._projections.get(s.id) if s else None
        self.evidence.show_projection(p, self._evidence)
        self.assumptions.show_assumptions(list(p.generated_assumptions) if p else [],
                                          s.assumptions if s else ())

    def _fill_subjects(self, subject: str | None) -> None:
        subjects = list(self._evidence.subjects) if self._evidence else []
        self.subject.clear()
        self.subject.addItems(subjects)
        self.subject.setCurrentIndex(subjects.index(subject) if subject in subjects else -1)
        self.subject.setEditText(subject or "")

    def _offer(self, parameter: str) -> list[tuple[str, str]]:
        """Claims of the scenario's force whose metric fits the parameter."""
        ev, s = self._evidence, self.current()
        if ev is None or s is None:
            return []
        subject = s.subject or (self._projections[s.id].subject if s.id in self._projections
                                else None)
        metrics = CITE_METRICS[parameter]
        found = ev.claims_of(metrics, subject, CITE_LIMIT)
        return [(c.id, f"{c.id} — {figure(c, ev.bases.get(c.id))} {c.metric.replace('_', ' ')} "
                       f"({ev.name(c.source)}, {ev.grade(c)})") for c in found]

    def _enable_fields(self, on: bool) -> None:
        for w in (self.name, self.kind, self.subject, self.strength, self.anchor, self.losses,
                  self.rate, self.threshold, self.horizon, self.strength_range,
                  self.losses_range, self.rate_range, self.reinforcements, self.start,
                  self.start_precision, self.judgment, self.assumptions, *self.cites.values()):
            w.setEnabled(on)

    def set_editable(self, editable: bool) -> None:
        """Scenarios are added, removed and edited only where edits are allowed (not
        read-only, not disconnected from the team server); the evidence stays readable."""
        for button in self.edit_buttons:
            button.setEnabled(editable)
        self.tabs.widget(0).setEnabled(editable)   # the parameters form
        self.assumptions.setEnabled(editable)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        if message:
            self._show_current()

    # ---- editing ------------------------------------------------------------------------
    def edited(self) -> Scenario:
        """The current scenario as the form says; raises ValueError/ValidationError."""
        s = self.current()
        kind = self.kind.currentData()
        anchor = None if self.anchor.date() == NO_DATE else self.anchor.date().toString(
            "yyyy-MM-dd")
        start = self.start.value()
        cites = tuple((p, c.claim_id()) for p, c in self.cites.items()
                      if c.claim_id() and (kind == "linear" or p == "initial_strength"))
        return s.changed(
            name=self.name.text().strip(), kind=kind,
            subject=self.subject.currentText().strip() or None,
            initial_strength=self.strength.value(), anchor_date=anchor,
            anchor_losses=self.losses.value(), daily_loss_rate=self.rate.value() or None,
            threshold=self.threshold.value(), horizon_days=self.horizon.value(),
            initial_strength_range=parse_range(self.strength_range.text()),
            anchor_losses_range=parse_range(self.losses_range.text()),
            daily_loss_rate_range=parse_range(self.rate_range.text()),
            reinforcements=self._read_reinforcements(), cites=cites,
            losses_start=LossesStart(start, self.start_precision.currentData())
            if start and kind == "fitted" else None,
            judgment_date=self.judgment.value(), assumptions=self.assumptions.texts())

    def _read_reinforcements(self) -> tuple[Reinforcement, ...]:
        out = []
        for row in range(self.reinforcements.rowCount()):
            cells = [(self.reinforcements.item(row, c).text() or "").strip()
                     if self.reinforcements.item(row, c) else "" for c in range(3)]
            parse_iso(cells[0])
            out.append(Reinforcement(cells[0], float(cells[1].replace(",", "")),
                                     parse_range(cells[2])))
        return tuple(sorted(out, key=lambda r: r.date))

    def _commit(self, *_):
        if self._loading or self.current() is None:
            return
        try:
            scenario = self.edited()
        except (ValueError, ValidationError) as exc:
            self.error.setText(f"Not saved: {exc}")
            return
        if scenario != self.current():
            self.error.setText("")
            self.scenarioEdited.emit(scenario)

    def _append_reinforcement(self, date: str, count: str, rng: str = "") -> None:
        row = self.reinforcements.rowCount()
        self.reinforcements.insertRow(row)
        for column, text in enumerate((date, count, rng)):
            self.reinforcements.setItem(row, column, QTableWidgetItem(text))

    def _add_reinforcement(self) -> None:
        s = self.current()
        if s is None:
            return
        self._loading = True
        self._append_reinforcement(s.anchor_date or "2025-01-01", "1000")
        self._loading = False
        self._commit()

    def _remove_reinforcement(self) -> None:
        rows = sorted({i.row() for i in self.reinforcements.selectedIndexes()}, reverse=True)
        if not rows:
            return
        self._loading = True
        for row in rows:
            self.reinforcements.removeRow(row)
        self._loading = False
        self._commit()

    def _remove(self) -> None:
        sid = self.current_id()
        if sid:
            self.removeRequested.emit(sid)
