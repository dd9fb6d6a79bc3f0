"""Briefing-room mode: full screen, large type, high contrast, banners kept, no editing.

A fixed sequence the presenter steps through with arrow keys, PageUp/PageDown (what
presentation clickers send), Space, Home/End or the mouse: title → key judgments (bottom line
up front) → timeline → claims in conflict → projection with band → sources. Esc leaves.
Slides are rebuilt from the briefing whenever it changes, like every other view.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from ..charts import ProjectionChart, TimelineView
from ..charts.plain_text import NoResourceBrowser
from ..charts.qt_app import UI_FAMILY
from ..charts.theme import PRESENT
from ..report import sections as S
from ..workspace import Changes
from .banner import Banner

SECTIONS = ("Title", "Key judgments", "Timeline", "Claims in conflict", "Projection",
            "Sources")
_STYLE = ("h1 { font-size:40pt; } h2 { font-size:28pt; color:#9fd3ff; } "
          "table.grid { border-collapse:collapse; } "
          "table.grid td, table.grid th { border:1px solid #667; padding:6px; "
          "font-size:15pt; } table.grid th { background:#243447; } "
          "li { margin-bottom:16px; }")


def _page(html: str) -> QTextBrowser:
    """A slide of text: light on dark, large type, wide margins."""
    page = NoResourceBrowser()
    page.setFrameShape(QTextBrowser.NoFrame)
    page.setStyleSheet("QTextBrowser { background:#101418; color:#f2f2f2; }")
    page.document().setDefaultFont(QFont(UI_FAMILY, 20))
    page.document().setDefaultStyleSheet(_STYLE)
    page.document().setDocumentMargin(48)
    page.setHtml(html)
    page.setFocusPolicy(Qt.NoFocus)
    return page


class PresentWindow(QWidget):
    closed = Signal()

    def __init__(self, window, parent=None):
        super().__init__(parent, Qt.Window)
        self.setObjectName("presentWindow")
        self.setWindowTitle("Briefing — present")
        self.setStyleSheet("QWidget#presentWindow { background:#101418; }")
        self.main = window
        self.top, self.bottom = Banner(scale=1.6), Banner(scale=1.6)
        self.stack = QStackedWidget()
        self.footer = QLabel()
        self.footer.setStyleSheet("color:#aab; font-size:14pt; padding:4px 16px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.footer)
        layout.addWidget(self.bottom)
        self.setFocusPolicy(Qt.StrongFocus)
        self._charts = []
        self.rebuild()
        window.session.changed.connect(self._on_changes)

    @property
    def index(self) -> int:
        return self.stack.currentIndex()

    def section(self) -> str:
        return SECTIONS[self.index]

    # ---- content ------------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if changes:
            self.rebuild()

    def rebuild(self) -> None:
        ws = self.main.session.ws
        content = S.Content.read(ws, self.main.analysis)
        b = content.briefing
        for banner in (self.top, self.bottom):
            banner.set_marking(b.classification)
        current = max(self.index, 0)
        self._dispose_slides()
        as_of = dt.date.fromisoformat(b.as_of).strftime("%-d %B %Y") if b.as_of else "—"
        self.stack.addWidget(_page(
            f"<br><br><h1>{S.esc(b.title)}</h1><p>{S.esc(b.subject or '')}</p>"
            f"<p>Information as of {as_of}</p><p style='font-size:16pt'>"
            f"{len(content.claims)} claims · {len(content.sources)} sources · "
            f"{len(content.events)} events</p>"))
        self.stack.addWidget(_page(f"<h2>Key judgments</h2>{S.key_judgments(content)}"))
        timeline = TimelineView(style=PRESENT)
        timeline.controls.hide()
        timeline.set_data(content.events, content.claims, content.sources)
        self.stack.addWidget(self._titled("Timeline", timeline))
        self._charts.append(timeline)
        self.stack.addWidget(_page(f"<h2>Claims in conflict</h2>{S.conflicts_table(content)}"))
        chart = ProjectionChart(style=PRESENT)
        chart.set_data(content.analysis.projections, content.analysis.observed,
                       content.sources, b.as_of)
        self.stack.addWidget(self._titled("Projection", chart))
        self._charts.append(chart)
        self.stack.addWidget(_page(f"<h2>Sources</h2>{S.sources_table(content)}"))
        self.go(current)

    def _dispose_slides(self) -> None:
        """Take the slides out of the stack first, then dispose of their charts: a disposed
        chart must not receive another resize or paint."""
        slides = [self.stack.widget(i) for i in range(self.stack.count())]
        for slide in slides:
            self.stack.removeWidget(slide)
            slide.hide()
        for chart in self._charts:
            chart.dispose()
        self._charts = []
        for slide in slides:
            slide.deleteLater()

    def _titled(self, title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        heading = QLabel(title)
        heading.setStyleSheet("color:#9fd3ff; font-size:30pt; font-weight:bold; padding:8px;")
        layout.addWidget(heading)
        layout.addWidget(widget, 1)
        widget.setFocusPolicy(Qt.NoFocus)
        return box

    # ---- stepping -----------------------------------------------------------------------
    def go(self, index: int) -> None:
        index = max(0, min(index, self.stack.count() - 1))
        self.stack.setCurrentIndex(index)
        self.footer.setText(f"{index + 1} / {len(SECTIONS)} · {SECTIONS[index]}    "
                            "→ / PgDn next · ← / PgUp back · Esc leave")

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key_Right, Qt.Key_Down, Qt.Key_PageDown, Qt.Key_Space, Qt.Key_Return):
            self.go(self.index + 1)
        elif key in (Qt.Key_Left, Qt.Key_Up, Qt.Key_PageUp, Qt.Key_Backspace):
            self.go(self.index - 1)
        elif key == Qt.Key_Home:
            self.go(0)
        elif key == Qt.Key_End:
            self.go(len(SECTIONS) - 1)
        elif key == Qt.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        self.go(self.index + (-1 if event.button() == Qt.RightButton else 1))

    def show_on_projector(self) -> None:
        """Full screen on the second screen when there is one (the projector)."""
        screens = QGuiApplication.screens()
        target = screens[1] if len(screens) > 1 else (self.main.screen() or screens[0])
        self.setScreen(target)
        self.setGeometry(target.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def closeEvent(self, event) -> None:
        self.main.session.changed.disconnect(self._on_changes)
        self._dispose_slides()
        self.closed.emit()
        super().closeEvent(event)
