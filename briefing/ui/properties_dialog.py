"""Briefing properties: title, subject, as-of date and the classification marking.

The marking is free text; the level picker only fills in the standard prefix, and the banner
colour always follows the text (see `domain.marking`), so the two cannot disagree.
"""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QLineEdit)

from ..domain import Briefing
from ..domain.marking import LEVEL_CHOICES, banner_for
from .banner import Banner

_NO_DATE = QDate(1900, 1, 1)


class PropertiesDialog(QDialog):
    def __init__(self, briefing: Briefing, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Briefing properties")
        self._original = briefing
        self.title = QLineEdit(briefing.title)
        self.subject = QLineEdit(briefing.subject or "")
        self.as_of = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.as_of.setMinimumDate(_NO_DATE)
        self.as_of.setSpecialValueText("none")
        self.as_of.setDate(QDate.fromString(briefing.as_of, "yyyy-MM-dd") if briefing.as_of
                           else _NO_DATE)
        self.level = QComboBox(accessibleName="Classification level")
        for label, text in LEVEL_CHOICES:
            self.level.addItem(label, text)
        self.marking = QLineEdit(briefing.classification)
        self.marking.setAccessibleName("Classification marking")
        self.preview = Banner()
        self.level.setCurrentIndex(self._level_index(briefing.classification))
        self.level.activated.connect(self._level_picked)
        self.marking.textChanged.connect(self.preview.set_marking)
        self.preview.set_marking(briefing.classification)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Title", self.title)
        form.addRow("Subject", self.subject)
        form.addRow("As of", self.as_of)
        form.addRow("Level", self.level)
        form.addRow("Marking", self.marking)
        form.addRow("Banner", self.preview)
        form.addRow(buttons)

    def _level_index(self, marking: str) -> int:
        level = banner_for(marking).level
        for i, (_, text) in enumerate(LEVEL_CHOICES):
            if banner_for(text).level == level:
                return i
        return 0

    def _level_picked(self, index: int) -> None:
        self.marking.setText(LEVEL_CHOICES[index][1])

    def briefing(self) -> Briefing:
        as_of = None if self.as_of.date() == _NO_DATE else self.as_of.date().toString("yyyy-MM-dd")
        return Briefing(title=self.title.text().strip(), subject=self.subject.text().strip() or None,
                        classification=" ".join(self.marking.text().split()), as_of=as_of)
