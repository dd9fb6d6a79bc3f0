"""Briefing-room mode: full screen, large type, high contrast, banners kept, no editing.

A fixed sequence the presenter steps through with arrow keys, PageUp/PageDown (what
presentation clickers send), Space, Home/End or the mouse: title → key judgments (bottom line
up front) → what changed since the last assessment → timeline → claims in conflict →
projection with band → assumptions → competing hypotheses → indicators → sources. Esc
leaves. A
slide longer than the screen is shown a screenful at a time, each step moving on by one.

Sizes are for the back of the room: at 1600 × 1000 body text is 30 px and no chart label is
under 20 px, all scaled with the screen. The slides are built once and fed new data when the
briefing or its analysis changes; the charts are painted by the same layout as the pack.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from ..charts.figure_style import FigureStyle
from ..charts.figure_widget import FigureWidget
from ..charts.plain_text import NoResourceBrowser
from ..charts.projection_layout import lay_out_projection
from ..charts.qt_app import UI_FAMILY
from ..charts.timeline_layout import lay_out_timeline
from ..domain import long_date
from ..report import sections as S
from ..report import structured_sections as A
from ..report.figures import projection_of, timeline_of
from ..workspace import Changes
from .banner import Banner

SECTIONS = ("Title", "Key judgments", "What changed", "Timeline", "Claims in conflict",
            "Projection", "Assumptions", "Competing hypotheses", "Indicators", "Sources")
DESIGN_SIZE = (1600, 1000)   # the sizes below are pixels at this size, scaled to the screen
BODY_PX, TABLE_PX, H1_PX, H2_PX, FOOTER_PX, BANNER_PX = 30, 28, 64, 44, 24, 24
BACKGROUND, FOREGROUND, ACCENT = "#101418", "#f2f2f2", "#9fd3ff"


def scale_for(width: int, height: int) -> float:
    return min(width / DESIGN_SIZE[0], height / DESIGN_SIZE[1])


def _css(scale: float) -> str:
    def px(n: float) -> str:
        return f"{round(n * scale)}px"
    return (f"body {{ font-size:{px(BODY_PX)}; }} h1 {{ font-size:{px(H1_PX)}; }} "
            f"h2 {{ font-size:{px(H2_PX)}; color:{ACCENT}; }} p {{ font-size:{px(BODY_PX)}; }} "
            f"li {{ font-size:{px(BODY_PX)}; margin-bottom:{px(18)}; }} "
            "table.grid { border-collapse:collapse; } "
            f"table.grid td, table.grid th {{ border:1px solid #667; padding:{px(8)}; "
            f"font-size:{px(TABLE_PX)}; }} table.grid th {{ background:#243447; }} "
            f".small {{ font-size:{px(TABLE_PX)}; color:#c8ccd0; }}")


class TextSlide(NoResourceBrowser):
    """A slide of text: light on dark, large type, wide margins, paged rather than
    scrolled."""

    def __init__(self):
        super().__init__()
        self.setFrameShape(QTextBrowser.NoFrame)
        self.setStyleSheet(f"QTextBrowser {{ background:{BACKGROUND}; color:{FOREGROUND}; }}")
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.NoFocus)
        self._html, self._scale = "", 1.0

    def show_html(self, html: str, scale: float | None = None) -> None:
        self._html = html
        self._scale = scale or self._scale
        font = QFont(UI_FAMILY)
        font.setPixelSize(round(BODY_PX * self._scale))
        self.document().setDefaultFont(font)
        self.document().setDefaultStyleSheet(_css(self._scale))
        self.document().setDocumentMargin(48 * self._scale)
        self.setHtml(html)

    def set_scale(self, scale: float) -> None:
        if abs(scale - self._scale) > 1e-3:
            self.show_html(self._html, scale)

    # ---- paging -------------------------------------------------------------------------
    def pages(self) -> tuple[int, int]:
        """(this screenful, how many) — 1-based."""
        bar, view = self.verticalScrollBar(), max(self.viewport().height(), 1)
        total = max(-(-(bar.maximum() + view) // view), 1)
        if bar.value() >= bar.maximum():
            return total, total
        return 1 + bar.value() * (total - 1) // max(bar.maximum(), 1), total

    def next_page(self) -> bool:
        """Move on one screenful, starting at the line the bottom edge cut; False at the
        end."""
        bar = self.verticalScrollBar()
        if bar.value() >= bar.maximum():
            return False
        cut = self.cursorRect(self.cursorForPosition(QPoint(8, self.viewport().height() - 2)))
        bar.setValue(bar.value() + max(cut.top(), self.viewport().height() // 2))
        return True

    def previous_page(self) -> bool:
        bar = self.verticalScrollBar()
        if bar.value() <= 0:
            return False
        bar.setValue(bar.value() - self.viewport().height() * 9 // 10)
        return True

    def to_end(self) -> None:
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())


class PresentWindow(QWidget):
    closed = Signal()

    def __init__(self, window, parent=None):
        super().__init__(parent, Qt.Window)
        self.setObjectName("presentWindow")
        self.setWindowTitle("Briefing — present")
        self.setStyleSheet(f"QWidget#presentWindow {{ background:{BACKGROUND}; }}")
        self.main = window
        self.scale = 1.0
        self.top, self.bottom = Banner(), Banner()
        self.stack = QStackedWidget()
        self.footer = QLabel()
        self.footer.setTextFormat(Qt.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.footer)
        layout.addWidget(self.bottom)
        self.setFocusPolicy(Qt.StrongFocus)
        self.texts = {name: TextSlide() for name in SECTIONS
                      if name not in ("Timeline", "Projection")}
        self.figures = {"Timeline": FigureWidget(lay_out_timeline),
                        "Projection": FigureWidget(lay_out_projection)}
        self.headings: list[QLabel] = []
        for name in SECTIONS:
            self.stack.addWidget(self.texts[name] if name in self.texts
                                 else self._titled(name, self.figures[name]))
        self._apply_scale()
        self.refresh()
        self.go(0)
        window.session.changed.connect(self._on_changes)
        window.runner.finished.connect(self._on_analysis)

    @property
    def index(self) -> int:
        return self.stack.currentIndex()

    def section(self) -> str:
        return SECTIONS[self.index]

    # ---- content ------------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if changes:
            self.refresh()

    def _on_analysis(self, _analysis) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Feed every slide the briefing as it is now (the slides stay the same widgets)."""
        content = S.Content.read(self.main.session.ws, self.main.analysis)
        b = content.briefing
        for banner in (self.top, self.bottom):
            banner.set_marking(b.classification)
        as_of = long_date(dt.date.fromisoformat(b.as_of)) if b.as_of else "—"
        self.texts["Title"].show_html(
            f"<br><br><h1>{S.esc(b.title)}</h1><p>{S.esc(b.subject or '')}</p>"
            f"<p>Information as of {as_of}</p><p>{len(content.claims):,} claims · "
            f"{len(content.sources):,} sources · {len(content.events):,} events</p>")
        for name, heading, html in (
                ("Key judgments", "Key judgments", S.key_judgments(content)),
                ("Claims in conflict", "Claims in conflict", S.conflicts_table(content)),
                ("Assumptions", "What the judgments assume", S.assumptions(content)),
                ("What changed", "Changes since the last assessment",
                 A.changes_since(content)),
                ("Competing hypotheses", "Competing hypotheses",
                 A.matrix_section(content, described=False)),
                ("Indicators", "Indicators", A.indicators_table(content)),
                ("Sources", "Sources", S.sources_table(content))):
            self.texts[name].show_html(f"<h2>{heading}</h2>{html}")
        self.figures["Timeline"].set_figure(timeline_of(content))
        self.figures["Projection"].set_figure(projection_of(content))
        self._update_footer()

    def _titled(self, title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(title)
        heading.setTextFormat(Qt.PlainText)
        self.headings.append(heading)
        layout.addWidget(heading)
        layout.addWidget(widget, 1)
        widget.setFocusPolicy(Qt.NoFocus)
        return box

    # ---- size ---------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    def _apply_scale(self) -> None:
        self.scale = scale = scale_for(self.width(), self.height())
        for banner in (self.top, self.bottom):
            banner.set_pixel_size(round(BANNER_PX * scale))
        self.footer.setStyleSheet(f"color:#c8ccd0; font-size:{round(FOOTER_PX * scale)}px; "
                                  f"padding:{round(4 * scale)}px {round(16 * scale)}px;")
        for heading in self.headings:
            heading.setStyleSheet(f"color:{ACCENT}; font-size:{round(H2_PX * scale)}px; "
                                  f"font-weight:bold; padding:{round(12 * scale)}px "
                                  f"{round(48 * scale)}px 0px;")
        for slide in self.texts.values():
            slide.set_scale(scale)
        for figure in self.figures.values():
            figure.set_style(FigureStyle.present(scale))

    # ---- stepping -----------------------------------------------------------------------
    def go(self, index: int) -> None:
        index = max(0, min(index, self.stack.count() - 1))
        self.stack.setCurrentIndex(index)
        slide = self.texts.get(SECTIONS[index])
        if slide is not None:
            slide.verticalScrollBar().setValue(0)
        self._update_footer()

    def step(self, forward: bool) -> None:
        """One screenful of a long slide, else the next (or previous) slide."""
        slide = self.texts.get(self.section())
        if slide is not None and (slide.next_page() if forward else slide.previous_page()):
            self._update_footer()
            return
        if forward:
            self.go(self.index + 1)
        elif self.index > 0:
            self.go(self.index - 1)
            previous = self.texts.get(self.section())
            if previous is not None:
                previous.to_end()
                self._update_footer()

    def _update_footer(self) -> None:
        name = SECTIONS[self.index]
        slide = self.texts.get(name)
        page, pages = slide.pages() if slide is not None else (1, 1)
        part = f" ({page}/{pages})" if pages > 1 else ""
        self.footer.setText(f"{self.index + 1} / {len(SECTIONS)} · {name}{part}    "
                            "→ / PgDn next · ← / PgUp back · Esc leave")

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key_Right, Qt.Key_Down, Qt.Key_PageDown, Qt.Key_Space, Qt.Key_Return):
            self.step(True)
        elif key in (Qt.Key_Left, Qt.Key_Up, Qt.Key_PageUp, Qt.Key_Backspace):
            self.step(False)
        elif key == Qt.Key_Home:
            self.go(0)
        elif key == Qt.Key_End:
            self.go(len(SECTIONS) - 1)
        elif key == Qt.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        self.step(event.button() != Qt.RightButton)

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
        self.main.runner.finished.disconnect(self._on_analysis)
        self.closed.emit()
        super().closeEvent(event)
