"""The briefing pack: a classification-marked PDF (or print-out) of the whole briefing.

The body is one HTML document laid out by `QTextDocument` (tables wrap, nothing is cut);
each page is then painted by hand so the banners sit fixed at the top and bottom of every
page, with the page number, whatever the content does.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QPageLayout, QPageSize,
                           QPagedPaintDevice, QPainter, QPdfWriter, QTextDocument)

from ..charts.figure_style import banner_items
from ..charts.painting import paint_items
from ..charts.plain_text import NoResourceDocument
from ..charts.qt_app import UI_FAMILY, ensure_app
from ..charts.scene import Box
from ..domain import long_date
from ..workspace import PDF_COMPLETE, atomic_write, current_user
from ..workspace.analysis import analyse
from . import sections as S
from . import structured_sections as A
from .figures import figure_marker, register_figures
from .table_widths import ColumnSizer

PAGE_SIZES = {"A4": QPageSize.A4, "Letter": QPageSize.Letter}
BANNER_MM = 7.0
BANNER_PT = 9.0
MARGIN_MM = 14.0
TABLE_PT = 9.5      # the body size of _STYLE, which table cells use
CELL_MM = 2.2       # what a cell adds to its text: padding both sides and a border

_STYLE = """
body { font-size: 9.5pt; }  /* TABLE_PT */
h1 { font-size: 22pt; } h2 { font-size: 14pt; color: #1d3557; } h3 { font-size: 11pt; }
table.grid { border-collapse: collapse; }
table.grid th { background: #e8ecf2; text-align: left; }
table.grid tr.note td { color: #333; }
table.grid td, table.grid th { border: 1px solid #9aa4b2; padding: 3px; vertical-align: top; }
.small { font-size: 8pt; color: #444; }
"""


def generated_at() -> dt.datetime:
    """Now, or SOURCE_DATE_EPOCH when set, so a pack can be reproduced byte for byte."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    return dt.datetime.now(dt.timezone.utc)


def pack_html(content: S.Content) -> str:
    b = content.briefing
    pb = "<div style='page-break-before: always'></div>"
    as_of = S.esc(long_date(dt.date.fromisoformat(b.as_of)) if b.as_of else "—")
    return (f"<html><head><style>{_STYLE}</style></head><body>"
            f"<p><br><br><br></p><h1>{S.esc(b.title)}</h1>"
            f"<p style='font-size:13pt'>{S.esc(b.subject or '')}</p>"
            f"<p>Information as of {as_of}<br>Prepared by {S.esc(current_user())}<br>"
            f"Generated {generated_at().strftime('%Y-%m-%d %H:%M UTC')}<br>"
            f"Marking: {S.esc(b.classification)}</p>"
            f"<p class='small'>{len(content.claims)} claims from {len(content.sources)} sources; "
            f"{len(content.events)} events; {len(content.analysis.projections)} scenarios.</p>"
            f"{pb}<h2>Key judgments</h2>{S.key_judgments(content)}"
            f"<h2>Changes since the last assessment</h2>{A.changes_since(content)}"
            f"<h2>Timeline</h2><p>{figure_marker('timeline')}</p>"
            f"{S.events_table(content)}"
            f"{pb}<h2>Conflicting claims</h2>{S.conflicts_table(content)}"
            f"<h2>Claims</h2>{S.claims_table(content)}"
            f"{pb}<h2>Projection</h2><p>{figure_marker('projection')}</p>"
            f"{S.scenario_parameters(content)}"
            f"<h2>Assumptions</h2>{S.assumptions(content)}"
            f"{pb}<h2>Competing hypotheses</h2>{A.matrix_section(content)}"
            f"<h2>Indicators</h2>{A.indicators_table(content)}"
            f"<h2>Record of judgments</h2>{A.record_section(content)}"
            f"<h2>Sources</h2>{S.sources_table(content)}"
            f"{pb}<h2>Annex: claims used by each scenario, and the fit</h2>{S.annex(content)}"
            "</body></html>")


def text_font() -> QFont:
    """The pack's font, without ligatures: "officials" must be found by search and copied
    out of the PDF as "officials", not with an "ﬃ" glyph."""
    font = QFont(UI_FAMILY, 9)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def table_sizer(device: QPagedPaintDevice) -> ColumnSizer:
    """Measures table text as the document will set it (9.5 pt bold, the wider case)."""
    font = text_font()
    font.setPointSizeF(TABLE_PT)
    font.setBold(True)
    metrics = QFontMetricsF(font, device)
    dpmm = device.logicalDpiY() / 25.4
    return ColumnSizer(metrics.horizontalAdvance, body_rect(device).width(), CELL_MM * dpmm)


def body_rect(device: QPagedPaintDevice) -> QRectF:
    """Where the text goes on each page, between the banners and margins."""
    dpmm = device.logicalDpiY() / 25.4
    page = device.pageLayout().fullRectPixels(device.logicalDpiX())
    banner_h, margin = BANNER_MM * dpmm, MARGIN_MM * dpmm
    return QRectF(margin, banner_h + margin * 0.6, page.width() - 2 * margin,
                  page.height() - 2 * (banner_h + margin * 0.6))


def build_document(content: S.Content, device: QPagedPaintDevice) -> QTextDocument:
    doc = NoResourceDocument()  # serves only the two charts added below
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(text_font())
    doc.figures = register_figures(doc, content)
    doc.setHtml(pack_html(replace(content, sizer=table_sizer(device))))
    return doc


def paint_pages(doc: QTextDocument, device: QPagedPaintDevice, marking: str) -> int:
    """Paint every page with both banners; returns the page count."""
    dpmm = device.logicalDpiY() / 25.4
    page = device.pageLayout().fullRectPixels(device.logicalDpiX())
    banner_h = BANNER_MM * dpmm
    margin = MARGIN_MM * dpmm
    body = body_rect(device)
    doc.setPageSize(QSizeF(body.width(), body.height()))
    pages = doc.pageCount()
    painter = QPainter(device)
    try:
        for n in range(pages):
            if n:
                device.newPage()
            for top in (0, page.height() - banner_h):
                paint_items(painter, banner_items(Box(0, top, page.width(), banner_h),
                                                  marking, BANNER_PT * dpmm * 25.4 / 72))
            painter.save()
            painter.translate(body.left(), body.top() - n * body.height())
            doc.drawContents(painter, QRectF(0, n * body.height(), body.width(), body.height()))
            painter.restore()
            painter.setFont(QFont(UI_FAMILY, 7))
            painter.setPen(QColor("#444444"))
            painter.drawText(QRectF(margin, page.height() - banner_h - margin * 0.55,
                                    body.width(), margin * 0.5),
                             Qt.AlignRight | Qt.AlignVCenter, f"Page {n + 1} of {pages}")
    finally:
        painter.end()
    return pages


def write_pack(ws, target, page_size: str = "A4", samples: int = 10_000, seed: int = 0) -> int:
    """Write the briefing pack PDF atomically; returns the page count."""
    ensure_app(headless=True)
    content = S.Content.read(ws, analyse(ws, samples=samples, seed=seed))
    pages = []

    def write(tmp: Path) -> None:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setTitle(content.briefing.title)
        writer.setCreator("Briefing")
        writer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[page_size]), QPageLayout.Portrait,
                                         QMarginsF(0, 0, 0, 0)))
        doc = build_document(content, writer)
        pages.append(paint_pages(doc, writer, content.briefing.classification))
        del writer  # closes the file; QPdfWriter reports no error, so the check looks

    atomic_write(target, write, PDF_COMPLETE)
    return pages[0]


def print_pack(ws, printer) -> int:
    """Print the pack on a configured QPrinter (File > Print)."""
    content = S.Content.read(ws, analyse(ws))
    printer.setFullPage(True)
    return paint_pages(build_document(content, printer), printer,
                       content.briefing.classification)
