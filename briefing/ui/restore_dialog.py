"""Choosing a backup to restore: a small list, newest first, with time, size and claims.

`choose_backup(parent, backups)` returns the chosen backup's path or None. Restoring itself
is `briefing.workspace.backups.restore`, which refuses while the briefing is open anywhere —
the caller closes its own session first and reopens the file afterwards.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from ..charts.plain_text import tooltip
from ..workspace.backups import SAFETY, Backup

HEADERS = ("Taken (UTC)", "Size", "Claims", "Kind")


def _size(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


class RestoreDialog(QDialog):
    def __init__(self, backups: list[Backup], parent=None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle("Restore a backup")
        self.backups = list(backups)
        layout = QVBoxLayout(self)
        intro = QLabel("Replace the briefing with one of its backups. The current content is "
                       "saved as a backup first, so a restore can itself be undone."
                       if self.backups else "This briefing has no backups yet.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.backups), len(HEADERS))
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row, b in enumerate(self.backups):
            cells = (b.taken.strftime("%Y-%m-%d %H:%M:%S"), _size(b.size),
                     "?" if b.claims is None else str(b.claims),
                     "before a restore" if b.kind == SAFETY else "automatic")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tooltip(str(b.path)))
                if col in (1, 2):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.doubleClicked.connect(lambda _index: self.accept())
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.restore_button = self.buttons.addButton("Restore", QDialogButtonBox.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._update_button)
        if self.backups:
            self.table.selectRow(0)
        self._update_button()
        self.resize(560, 360)

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()].path if rows else None


def choose_backup(parent, backups: list[Backup]) -> Path | None:
    """Ask which backup to restore (modal); None if cancelled or there are none."""
    dialog = RestoreDialog(backups, parent)
    try:
        if dialog.exec() != QDialog.Accepted:
            return None
        return dialog.selected()
    finally:
        dialog.deleteLater()
