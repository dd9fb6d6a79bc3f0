"""The classification banner shown fixed at the top and bottom of every screen."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ..domain.marking import banner_for


class Banner(QLabel):
    def __init__(self, parent=None, px: int = 12):
        super().__init__(parent)
        self.setAlignment(Qt.AlignCenter)
        self.setTextFormat(Qt.PlainText)  # the marking is typed text (charts.plain_text)
        self.setObjectName("classificationBanner")
        self._px = px
        self.set_marking("UNCLASSIFIED")

    def set_pixel_size(self, px: int) -> None:
        """Present mode scales its banners with the screen."""
        if px != self._px:
            self._px = px
            self.set_marking(self.text())

    def set_marking(self, marking: str) -> None:
        b = banner_for(marking)
        self.setText(marking.upper())
        self.setAccessibleName(f"Classification: {marking}")
        self.setStyleSheet(f"QLabel {{ background:{b.background}; color:{b.foreground}; "
                           f"font-weight:bold; font-size:{self._px}px; "
                           f"padding:{max(2, self._px // 6)}px; letter-spacing:1px; }}")
        self.level = b.level
        self.colours = (b.background, b.foreground)


class NoticeBar(QLabel):
    """A strip under the banner saying what the analyst must know before editing: why the
    briefing is read-only, or that the team server is away (and edits are refused)."""

    STYLES = {"read-only": "background:#fff4ce; color:#3d2e00;",
              "disconnected": "background:#c8102e; color:#ffffff; font-weight:bold;",
              "damaged": "background:#c8102e; color:#ffffff; font-weight:bold;"}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setTextFormat(Qt.PlainText)  # names a file or server: typed text
        self.setWordWrap(True)
        self.kind = ""
        self.hide()

    def show_notice(self, kind: str, text: str) -> None:
        self.kind = kind
        self.setText(text)
        self.setAccessibleName(text)
        self.setStyleSheet(f"QLabel {{ {self.STYLES[kind]} padding:4px 8px; }}")
        self.show()

    def clear_notice(self) -> None:
        self.kind = ""
        self.setText("")
        self.hide()
