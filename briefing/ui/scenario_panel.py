"""Scenario panel: pick a scenario, edit its parameters, add or remove scenarios.

Fields are written back when editing finishes (Enter or leaving the field) as one undoable
edit; a refused value is shown under the form and the fields are re-read from the file.
"""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDoubleSpinBox,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QSpinBox, QTableWidget,
                               QTableWidgetItem, QToolButton, QVBoxLayout, QWidget)

from ..charts.plain_text import plain_label
from ..domain import Reinforcement, Scenario, ValidationError, parse_iso

_NO_DATE = QDate(1900, 1, 1)


def parse_range(text: str):
    """'11000-13000' → (11000.0, 13000.0); empty → None."""
    cleaned = text.replace(",", "").replace("–", "-").replace(" ", "")
    if not cleaned:
        return None
    parts = cleaned.split("-")
    if len(parts) != 2:
        raise ValueError(f"range must be low-high (got {text!r})")
    return (float(parts[0]), float(parts[1]))


def format_range(rng) -> str:
    return "" if rng is None else f"{rng[0]:g}–{rng[1]:g}"


class ScenarioPanel(QWidget):
    addRequested = Signal()
    removeRequested = Signal(str)
    scenarioEdited = Signal(object)  # the edited Scenario, to be written by the window

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("scenarioPanel")
        self._scenarios: list[Scenario] = []
        self._loading = False
        self.list = QListWidget(accessibleName="Scenarios")
        self.list.setMaximumHeight(90)
        self.list.currentRowChanged.connect(lambda _: self._show_current())
        add = QToolButton(text="+", toolTip="Add a scenario", accessibleName="Add a scenario")
        add.clicked.connect(self.addRequested.emit)
        remove = QToolButton(text="−", toolTip="Remove the selected scenario",
                             accessibleName="Remove the selected scenario")
        remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel("<b>Scenarios</b>"))
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(remove)

        self.name = QLineEdit()
        self.kind = QComboBox()
        self.kind.addItem("Linear (stated rate)", "linear")
        self.kind.addItem("Fitted to claims", "fitted")
        self.strength = self._spin(0, 1e8)
        self.anchor = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.anchor.setMinimumDate(_NO_DATE)
        self.anchor.setSpecialValueText("from the fit")
        self.losses = self._spin(0, 1e8)
        self.rate = self._spin(0, 1e6, decimals=1)
        self.threshold = self._spin(0, 1e8)
        self.horizon = QSpinBox(minimum=1, maximum=36500, suffix=" days")
        self.strength_range = QLineEdit(placeholderText="low–high")
        self.losses_range = QLineEdit(placeholderText="low–high")
        self.rate_range = QLineEdit(placeholderText="low–high")
        self.reinforcements = QTableWidget(0, 2)
        self.reinforcements.setHorizontalHeaderLabels(["Date", "Count"])
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
                ("Initial strength", self.strength, "Initial strength"),
                ("  range", self.strength_range, "Initial strength range"),
                ("Anchor date", self.anchor, "Anchor date"),
                ("Losses by anchor", self.losses, "Losses by the anchor date"),
                ("  range", self.losses_range, "Anchor losses range"),
                ("Loss rate / day", self.rate, "Daily loss rate"),
                ("  range", self.rate_range, "Daily loss rate range"),
                ("Threshold", self.threshold, "Depletion threshold"),
                ("Horizon", self.horizon, "Projection horizon")):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        form.addRow("Reinforcements", self.reinforcements)
        form.addRow("", r_buttons)
        self.error = plain_label(QLabel(wordWrap=True))
        self.error.setStyleSheet("color:#c8102e")
        self.error.setObjectName("scenarioError")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._connect_edits()

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
        self.anchor.dateChanged.connect(self._commit)
        self.kind.currentIndexChanged.connect(self._commit)
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
            self.strength.setValue(s.initial_strength)
            self.anchor.setDate(QDate.fromString(s.anchor_date, "yyyy-MM-dd")
                                if s.anchor_date else _NO_DATE)
            self.losses.setValue(s.anchor_losses)
            self.rate.setValue(s.daily_loss_rate or 0)
            self.threshold.setValue(s.threshold)
            self.horizon.setValue(s.horizon_days)
            self.strength_range.setText(format_range(s.initial_strength_range))
            self.losses_range.setText(format_range(s.anchor_losses_range))
            self.rate_range.setText(format_range(s.daily_loss_rate_range))
            self.reinforcements.setRowCount(0)
            for r in s.reinforcements:
                self._append_reinforcement(r.date, f"{r.count:g}")
            fitted = s.kind == "fitted"
            for w in (self.anchor, self.losses, self.rate, self.losses_range, self.rate_range):
                w.setToolTip("Fitted scenarios take this from the claims; the value here is "
                             "used only when the claims give no fit" if fitted else "")
        finally:
            self._loading = False

    def _enable_fields(self, on: bool) -> None:
        for w in (self.name, self.kind, self.strength, self.anchor, self.losses, self.rate,
                  self.threshold, self.horizon, self.strength_range, self.losses_range,
                  self.rate_range, self.reinforcements):
            w.setEnabled(on)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        if message:
            self._show_current()

    # ---- editing ------------------------------------------------------------------------
    def edited(self) -> Scenario:
        """The current scenario as the form says; raises ValueError/ValidationError."""
        s = self.current()
        anchor = None if self.anchor.date() == _NO_DATE else self.anchor.date().toString(
            "yyyy-MM-dd")
        return s.changed(
            name=self.name.text().strip(), kind=self.kind.currentData(),
            initial_strength=self.strength.value(), anchor_date=anchor,
            anchor_losses=self.losses.value(), daily_loss_rate=self.rate.value() or None,
            threshold=self.threshold.value(), horizon_days=self.horizon.value(),
            initial_strength_range=parse_range(self.strength_range.text()),
            anchor_losses_range=parse_range(self.losses_range.text()),
            daily_loss_rate_range=parse_range(self.rate_range.text()),
            reinforcements=self._read_reinforcements())

    def _read_reinforcements(self) -> tuple[Reinforcement, ...]:
        out = []
        for row in range(self.reinforcements.rowCount()):
            date = (self.reinforcements.item(row, 0).text() or "").strip()
            count = (self.reinforcements.item(row, 1).text() or "").replace(",", "").strip()
            parse_iso(date)
            out.append(Reinforcement(date, float(count)))
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

    def _append_reinforcement(self, date: str, count: str) -> None:
        row = self.reinforcements.rowCount()
        self.reinforcements.insertRow(row)
        self.reinforcements.setItem(row, 0, QTableWidgetItem(date))
        self.reinforcements.setItem(row, 1, QTableWidgetItem(count))

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

