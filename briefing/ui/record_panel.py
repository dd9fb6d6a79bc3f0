"""The Judgments dock: the record of key judgments over time, and how they turned out.

Each recorded assessment (File > Record Assessment…) is a row with who, when and the note;
under it every scenario's judgment as it was said, with what changed since the previous
assessment and why. Selecting a judgment with a probability enables Came true / Did not;
the Brier score and the calibration table underneath follow every resolution.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ..charts.plain_text import clip, plain_label, tooltip
from ..domain.fuzzy_dates import moment_words
from ..structured import band_words
from ..structured.record import judgment_words

NOTE_CHARS = 300


class RecordPanel(QWidget):
    recordRequested = Signal()
    resolveRequested = Signal(str, str, object)   # assessment, scenario, "yes" | "no" | None
    deleteRequested = Signal(str)                  # assessment

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("recordPanel")
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Recorded assessments")
        self.tree.setHeaderLabels(["Assessment / scenario", "Judgment", "Came true",
                                   "Since the previous"])
        self.tree.header().setSectionResizeMode(QHeaderView.Interactive)
        self.tree.currentItemChanged.connect(self._selected)
        self.buttons = {}
        bar = QHBoxLayout()
        for key, text, tip in (
                ("record", "Record Assessment…", "Store every scenario's key judgment now, "
                                                 "with your note (Ctrl+Shift+R)"),
                ("yes", "Came true", "The force was depleted by the judgment date"),
                ("no", "Did not", "It was not depleted by the judgment date"),
                ("clear", "Clear outcome", "Remove the recorded outcome"),
                ("delete", "Delete", "Delete the selected assessment (Ctrl+Z restores it)")):
            button = QPushButton(text, toolTip=tip)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.buttons["record"].clicked.connect(self.recordRequested)
        for key, outcome in (("yes", "yes"), ("no", "no"), ("clear", None)):
            self.buttons[key].clicked.connect(lambda _=False, o=outcome: self._resolve(o))
        self.buttons["delete"].clicked.connect(self._delete)
        self.detail = plain_label(QLabel())
        self.detail.setObjectName("judgmentDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.score = plain_label(QLabel())
        self.score.setObjectName("brierScore")
        self.score.setWordWrap(True)
        self.score.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.score)
        self.read_only = False
        self._selected(None, None)

    def set_record(self, entries, scores, read_only: bool = False) -> None:
        """Show the assessments (newest first) and the scores; the selection is kept."""
        self.read_only = read_only
        keep = self.selected()
        self.tree.clear()
        chosen = None
        for entry in reversed(entries):
            a = entry.assessment
            top = QTreeWidgetItem([f"{a.id} · {moment_words(a.at)} · {a.who}",
                                   clip(a.note or "", NOTE_CHARS), "", ""])
            top.setData(0, Qt.UserRole, (a.id, None))
            if a.note:
                top.setToolTip(1, tooltip(a.note))
            for change in entry.changes:
                j = change.after
                resolved = entry.resolved(change.scenario)
                child = QTreeWidgetItem([change.name, judgment_words(j, with_date=True),
                                         resolved.outcome if resolved else "",
                                         change.summary if entry.previous else "first"])
                child.setData(0, Qt.UserRole, (a.id, change.scenario))
                child.setData(1, Qt.UserRole, j is not None and j.get("probability") is not None)
                child.setData(3, Qt.UserRole, "\n".join(
                    [f"{change.name}: {change.summary}", *(j or {}).get("sentences", ())]))
                child.setToolTip(3, tooltip(change.summary))
                if j is not None:
                    child.setToolTip(1, tooltip(*j.get("sentences", ())))
                top.addChild(child)
                if keep == (a.id, change.scenario):
                    chosen = child
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
            if keep == (a.id, None):
                chosen = top
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.buttons["record"].setEnabled(not read_only)
        self.score.setText(_score_text(scores))
        self._selected(self.tree.currentItem(), None)

    def selected(self) -> tuple[str, str | None] | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, Qt.UserRole)

    def select(self, assessment: str, scenario: str | None = None) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for item in [top] + [top.child(k) for k in range(top.childCount())]:
                if item.data(0, Qt.UserRole) == (assessment, scenario):
                    self.tree.setCurrentItem(item)
                    return

    def _selected(self, item, _previous) -> None:
        judged = item is not None and item.parent() is not None
        scorable = judged and bool(item.data(1, Qt.UserRole))
        self.detail.setText(item.data(3, Qt.UserRole) or "" if judged else
                            "Select a judgment to see what changed and why; one with a "
                            "probability can be resolved.")
        for key in ("yes", "no", "clear"):
            self.buttons[key].setEnabled(scorable and not self.read_only)
        self.buttons["clear"].setEnabled(scorable and not self.read_only
                                         and bool(item.text(2)))
        self.buttons["delete"].setEnabled(item is not None and not self.read_only)
        if judged and not scorable:
            self.buttons["yes"].setToolTip(tooltip("This judgment has no probability (its "
                                                   "scenario had no judgment date): there is "
                                                   "nothing to score."))

    def _resolve(self, outcome) -> None:
        chosen = self.selected()
        if chosen and chosen[1] is not None:
            self.resolveRequested.emit(chosen[0], chosen[1], outcome)

    def _delete(self) -> None:
        chosen = self.selected()
        if chosen:
            self.deleteRequested.emit(chosen[0])


def _score_text(s) -> str:
    lines = []
    if s.brier is None:
        lines.append("Brier score: none yet — resolve a judgment that has a probability.")
    else:
        n = len(s.scored)
        lines.append(f"Brier score {s.brier:.3f} over {n} resolved judgment"
                     f"{'s' if n != 1 else ''} (0 is perfect; always saying 50% scores 0.25).")
        analysts = s.by_analyst()
        if len(analysts) > 1:
            lines.append("By analyst: " + "; ".join(f"{who} {b:.3f} ({k})"
                                                    for who, b, k in analysts))
        lines += ["Calibration — " + band_words(b) for b in s.calibration()]
    return "\n".join(lines + s.notes)
