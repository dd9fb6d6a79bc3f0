"""What a scenario's numbers rest on, beside its parameters: its status, the fit's
diagnostics (each point's share of the weight, residual and the rate without it, the point
that dominates named in words), the claims a linear scenario cites, and the probability of
depletion by each date.

Everything shown is computed by the projection; this page only lays it out. Free text
(source names, figures) is set as plain text.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ..charts.probability_curve import ProbabilityCurve
from ..domain import figure, long_date, rounded
from ..projection.monte_carlo import QUANTILES

HEADERS = ("From", "Figure", "Day", "Weight", "Residual", "Rate without")


def status_line(p) -> str:
    """One line: what the scenario says, or why it says nothing."""
    if p is None:
        return ""
    if not p.determined:
        return f"Undetermined: {p.reason}."
    if p.status == "not depleted":
        return f"Not depleted within the {p.scenario.horizon_days}-day horizon."
    said = f"Most likely depleted around {long_date(p.central_date)}"
    if p.probability is not None:
        said += f"; {p.probability:.0%} by {long_date(p.judgment_date)} ({p.judgment})"
    return said + "."


def _plain(text: str) -> QLabel:
    label = QLabel(text, wordWrap=True)
    label.setTextFormat(Qt.PlainText)
    return label


class ScenarioEvidence(QWidget):
    claimSelected = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("scenarioEvidence")
        self.status = _plain("")
        self.status.setObjectName("scenarioStatus")
        self.summary = _plain("")
        self.summary.setObjectName("fitSummary")
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("fitDiagnostics")
        self.table.setAccessibleName("Fit diagnostics")
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.itemActivated.connect(self._activated)
        self.table.itemClicked.connect(self._activated)
        self.cited = _plain("")
        self.cited.setObjectName("citedClaims")
        self.curve_title = _plain("Probability of depletion by each date")
        self.curve = ProbabilityCurve()
        self.curve.setFixedHeight(170)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for w in (self.status, self.summary, self.table, self.cited, self.curve_title,
                  self.curve):
            layout.addWidget(w)
        layout.addStretch(1)

    def dispose(self) -> None:
        self.curve.dispose()

    def show_projection(self, p, evidence) -> None:
        self.status.setText(status_line(p))
        fit = p.fit if p is not None else None
        has_fit = fit is not None and fit.rate is not None
        self.summary.setVisible(has_fit)
        self.table.setVisible(has_fit)
        if has_fit:
            self.summary.setText(f"Fitted rate {fit.rate_text}. {p.fit_summary or ''}".strip())
            self._fill(fit, evidence)
        cited = [] if p is None else [
            f"{name.replace('_', ' ')}: {claim_id} — " + self._claim_words(claim_id, evidence)
            for name, claim_id in p.cited.items()]
        self.cited.setVisible(bool(cited))
        self.cited.setText("Cited: " + "; ".join(cited) if cited else "")
        curve = p is not None and p.quantile_days is not None
        self.curve_title.setVisible(curve)
        self.curve.setVisible(curve)
        if curve:
            self.curve.set_curve(p.anchor_date, p.quantile_days, QUANTILES, p.judgment_date,
                                 p.probability)

    @staticmethod
    def _claim_words(claim_id: str, evidence) -> str:
        claim = evidence.claims.get(claim_id) if evidence else None
        if claim is None:
            return "not in the briefing"
        return (f"{evidence.name(claim.source)}'s {figure(claim, evidence.bases.get(claim_id))} "
                f"({evidence.grade(claim)})")

    def _fill(self, fit, evidence) -> None:
        self.table.setRowCount(len(fit.points))
        for row, pt in enumerate(fit.points):
            who = evidence.name(pt.reading.source) if pt.reading else "Assumed start of losses"
            without = "—" if pt.rate_without is None else f"{pt.rate_without:,.1f}"
            cells = (who, rounded(pt.value), pt.day.isoformat(), f"{pt.share:.0%}",
                     f"{pt.residual:+,.0f}", without)
            tip = f"{', '.join(pt.claim_ids) or pt.id}: {pt.text}"
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                item.setData(Qt.UserRole, pt.claim_ids[0] if pt.claim_ids else None)
                if column >= 3:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.setFixedHeight(self.table.horizontalHeader().height()
                                  + sum(self.table.rowHeight(r) for r in range(len(fit.points)))
                                  + 4)

    def _activated(self, item: QTableWidgetItem) -> None:
        claim_id = item.data(Qt.UserRole)
        if claim_id:
            self.claimSelected.emit(claim_id)
