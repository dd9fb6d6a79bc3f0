"""The classification banner shown fixed at the top and bottom of every screen."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ..domain.marking import banner_for


class Banner(QLabel):
    def __init__(self, parent=None, scale: float = 1.0):
        super().__init__(parent)
        self.setAlignment(Qt.AlignCenter)
        self.setTextFormat(Qt.PlainText)  # the marking is typed text (charts.plain_text)
        self.setObjectName("classificationBanner")
        self._scale = scale
        self.set_marking("UNCLASSIFIED")

    def set_marking(self, marking: str) -> None:
        b = banner_for(marking)
        self.setText(marking.upper())
        self.setAccessibleName(f"Classification: {marking}")
        px = int(12 * self._scale)
        self.setStyleSheet(f"QLabel {{ background:{b.background}; color:{b.foreground}; "
                           f"font-weight:bold; font-size:{px}px; padding:{int(2 * self._scale)}px; "
                           "letter-spacing:1px; }")
        self.level = b.level
        self.colours = (b.background, b.foreground)
