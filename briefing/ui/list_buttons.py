"""The title-and-buttons row above an editable list: a label, then + and − with tool tips
and accessible names, so every list the analyst grows or shrinks looks and reads the same."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton


def add_remove_bar(title: str, noun: str, add, remove,
                   add_tip: str | None = None) -> QHBoxLayout:
    """`title` may be rich text (it is the program's own words, never free text)."""
    plus = QToolButton(text="+", toolTip=add_tip or f"Add {noun}", accessibleName=f"Add {noun}")
    plus.clicked.connect(add)
    minus = QToolButton(text="−", toolTip=f"Remove the selected {noun.split(' ', 1)[-1]}",
                        accessibleName=f"Remove the selected {noun.split(' ', 1)[-1]}")
    minus.clicked.connect(remove)
    row = QHBoxLayout()
    row.addWidget(QLabel(title))
    row.addStretch(1)
    row.addWidget(plus)
    row.addWidget(minus)
    return row
