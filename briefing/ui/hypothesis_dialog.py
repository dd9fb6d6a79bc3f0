"""Add or edit a competing hypothesis: its title, description and indicators (signposts).

The dialog builds a `Hypothesis` and validates it before it closes; a refused value is
shown in one line under the form, naming the row and field ("indicator 2, by: not a real
date"), and nothing is saved. Free text goes into plain-text widgets only.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPlainTextEdit, QTableWidget,
                               QTableWidgetItem, QToolButton, QVBoxLayout)

from ..charts.plain_text import plain_label
from ..domain import Hypothesis, Indicator, Problem, ValidationError
from ..domain.ids import fresh_id

COLUMNS = ("id", "text", "subject", "metric", "op", "value", "by")
HEADERS = ("Id", "Signpost", "Subject", "Metric", "≥ / ≤", "Value", "By (YYYY-MM-DD)")


class HypothesisDialog(QDialog):
    def __init__(self, hypothesis: Hypothesis, subject: str | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(f"Hypothesis {hypothesis.id}")
        self.original = hypothesis
        self.subject = subject or ""
        self.title = QLineEdit(hypothesis.title)
        self.description = QPlainTextEdit(hypothesis.description or "")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.indicators = QTableWidget(0, len(COLUMNS))
        self.indicators.setHorizontalHeaderLabels(HEADERS)
        self.indicators.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.indicators.setAccessibleName("Indicators")
        for i in hypothesis.indicators:
            self.add_indicator(i)
        add = QToolButton(text="+", toolTip="Add an indicator")
        add.clicked.connect(lambda: self.add_indicator())
        remove = QToolButton(text="−", toolTip="Remove the selected indicator")
        remove.clicked.connect(self.remove_indicator)
        self.error = plain_label(QLabel())
        self.error.setStyleSheet("color:#c8102e")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Title", self.title)
        form.addRow("Description", self.description)
        tools = QHBoxLayout()
        tools.addWidget(plain_label(QLabel("Indicators: met when an included claim of the "
                                           "subject and metric, dated by then, passes the "
                                           "value")), 1)
        tools.addWidget(add)
        tools.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(tools)
        layout.addWidget(self.indicators, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def add_indicator(self, indicator: Indicator | None = None) -> None:
        if indicator is None:
            taken = {self._text(r, 0) for r in range(self.indicators.rowCount())}
            by = (dt.date.today() + dt.timedelta(days=30)).isoformat()
            indicator = Indicator(fresh_id("i", taken), "", self.subject, "casualties", ">=",
                                  0, by)
        row = self.indicators.rowCount()
        self.indicators.insertRow(row)
        for k, name in enumerate(COLUMNS):
            value = getattr(indicator, name)
            text = f"{value:g}" if isinstance(value, (int, float)) else str(value)
            self.indicators.setItem(row, k, QTableWidgetItem(text))
        for k in range(len(COLUMNS)):      # the signpost takes what the others leave
            if k != 1:
                self.indicators.resizeColumnToContents(k)

    def remove_indicator(self) -> None:
        row = self.indicators.currentRow()
        if row >= 0:
            self.indicators.removeRow(row)

    def _text(self, row: int, column: int) -> str:
        item = self.indicators.item(row, column)
        return item.text().strip() if item is not None else ""

    def hypothesis(self) -> Hypothesis:
        """The edited hypothesis; ValidationError naming the place if it is not valid."""
        indicators, problems = [], []
        for row in range(self.indicators.rowCount()):
            values = {name: self._text(row, k) for k, name in enumerate(COLUMNS)}
            try:
                values["value"] = float(values["value"].replace(",", ""))
            except ValueError:
                pass  # left as typed: the domain names it ("must be a number (got 'many')")
            indicators.append(Indicator(**values))
        made = self.original.changed(title=self.title.text(),
                                     description=self.description.toPlainText().strip() or None,
                                     indicators=tuple(indicators))
        for p in made.problems():
            field = p.field
            if field.startswith("indicators["):
                k, _, rest = field[len("indicators["):].partition("]")
                field = f"indicator {int(k) + 1}, {rest.lstrip('.')}"
            problems.append(Problem(field, p.message))
        if problems:
            raise ValidationError(problems)
        return made

    def accept(self) -> None:
        try:
            self.hypothesis()
        except ValidationError as exc:
            self.error.setText("; ".join(str(p) for p in exc.problems))
            return
        super().accept()
