"""A scenario's assumptions register: the premises the projection generated (read only:
they follow from the parameters and the claims) and the analyst's own, edited in place.

An edit of the analyst's list is handed to the panel as the new tuple of texts; the panel
writes it as one undoable scenario edit.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QListWidget, QListWidgetItem,
                               QVBoxLayout, QWidget)

from .list_buttons import add_remove_bar

NEW_TEXT = "(type the assumption)"


class AssumptionsEditor(QWidget):
    edited = Signal(tuple)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("assumptionsEditor")
        self.generated = QLabel(wordWrap=True)
        self.generated.setObjectName("generatedAssumptions")
        self.generated.setTextFormat(Qt.PlainText)
        self.generated.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.own = QListWidget()
        self.own.setObjectName("ownAssumptions")
        self.own.setAccessibleName("The analyst's own assumptions")
        self.own.setWordWrap(True)
        self.own.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                 | QAbstractItemView.SelectedClicked)
        self.own.itemChanged.connect(lambda _item: self._emit())
        buttons = add_remove_bar("Your own (double-click to edit)", "an assumption", self.add,
                                 self.remove_selected, "Add an assumption of your own")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(QLabel("<b>Generated from the scenario and its claims</b>"))
        layout.addWidget(self.generated)
        layout.addLayout(buttons)
        layout.addWidget(self.own)
        self._loading = False

    def show_assumptions(self, generated: list[str], own: tuple[str, ...]) -> None:
        self._loading = True
        try:
            self.generated.setText("\n".join(f"• {a}" for a in generated))
            self.own.clear()
            for text in own:
                self.own.addItem(self._item(text))
        finally:
            self._loading = False

    def texts(self) -> tuple[str, ...]:
        return tuple(t for t in (self.own.item(i).text().strip() for i in range(self.own.count()))
                     if t and t != NEW_TEXT)

    def add(self) -> None:
        self._loading = True
        item = self._item(NEW_TEXT)
        self.own.addItem(item)
        self._loading = False
        self.own.setCurrentItem(item)
        self.own.editItem(item)

    def remove_selected(self) -> None:
        row = self.own.currentRow()
        if row >= 0:
            self.own.takeItem(row)
            self._emit()

    @staticmethod
    def _item(text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemIsEditable)
        return item

    def _emit(self) -> None:
        if not self._loading:
            self.edited.emit(self.texts())
