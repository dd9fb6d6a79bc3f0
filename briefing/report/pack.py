"""The briefing pack: a classification-marked PDF (or print-out) of the whole briefing.

The body is one HTML document laid out by `QTextDocument` (tables wrap, nothing is cut);
each page is then painted by hand so the banners sit fixed at the top and bottom of every
page, with the page number, whatever the content does.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (QColor, QFont, QPageLayout, QPageSize, QPagedPaintDevice, QPainter,
                           QPdfWriter, QTextDocument)

from ..charts.plain_text import NoResourceDocument
from ..charts.qt_app import UI_FAMILY, ensure_app
from ..domain.marking import banner_for
from ..store import current_user
from ..workspace import PDF_COMPLETE, atomic_write
from ..workspace.analysis import analyse
from . import sections as S
from .figures import image_of, projection_chart, timeline_chart

PAGE_SIZES = {"A4": QPageSize.A4, "Letter": QPageSize.Letter}
BANNER_MM = 7.0
MARGIN_MM = 14.0

_STYLE = """
body { font-size: 9.5pt; }
h1 { font-size: 22pt; } h2 { font-size: 14pt; color: #1d3557; } h3 { font-size: 11pt; }
table.grid { border-collapse: collapse; }
table.grid th { background: #e8ecf2; text-align: left; }
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
    as_of = S.esc(dt.date.fromisoformat(b.as_of).strftime("%-d %B %Y") if b.as_of else "—")
    return (f"<html><head><style>{_STYLE}</style></head><body>"
            f"<p><br><br><br></p><h1>{S.esc(b.title)}</h1>"
            f"<p style='font-size:13pt'>{S.esc(b.subject or '')}</p>"
            f"<p>Information as of {as_of}<br>Prepared by {S.esc(current_user())}<br>"
            f"Generated {generated_at().strftime('%Y-%m-%d %H:%M UTC')}<br>"
            f"Marking: {S.esc(b.classification)}</p>"
            f"<p class='small'>{len(content.claims)} claims from {len(content.sources)} sources; "
            f"{len(content.events)} events; {len(content.analysis.projections)} scenarios.</p>"
            f"{pb}<h2>Key judgments</h2>{S.key_judgments(content)}"
            f"<h2>Timeline</h2><p><img src='timeline.png' width='640'></p>"
            f"{S.events_table(content)}"
            f"{pb}<h2>Conflicting claims</h2>{S.conflicts_table(content)}"
            f"<h2>Claims</h2>{S.claims_table(content)}"
            f"{pb}<h2>Projection</h2><p><img src='projection.png' width='640'></p>"
            f"{S.scenario_parameters(content)}"
            f"<h2>Sources</h2>{S.sources_table(content)}"
            f"{pb}<h2>Annex: claims used by each scenario</h2>{S.annex(content)}"
            "</body></html>")


def text_font() -> QFont:
    """The pack's font, without ligatures: "officials" must be found by search and copied
    out of the PDF as "officials", not with an "ﬃ" glyph."""
    font = QFont(UI_FAMILY, 9)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def build_document(content: S.Content, device: QPagedPaintDevice) -> QTextDocument:
    doc = NoResourceDocument()  # serves only the two charts added below
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(text_font())
    doc.addResource(QTextDocument.ImageResource, QUrl("timeline.png"),
                    image_of(timeline_chart(content)))
    doc.addResource(QTextDocument.ImageResource, QUrl("projection.png"),
                    image_of(projection_chart(content)))
    doc.setHtml(pack_html(content))
    return doc


def paint_pages(doc: QTextDocument, device: QPagedPaintDevice, marking: str) -> int:
    """Paint every page with both banners; returns the page count."""
    dpmm = device.logicalDpiY() / 25.4
    page = device.pageLayout().fullRectPixels(device.logicalDpiX())
    banner_h = BANNER_MM * dpmm
    margin = MARGIN_MM * dpmm
    body = QRectF(margin, banner_h + margin * 0.6, page.width() - 2 * margin,
                  page.height() - 2 * (banner_h + margin * 0.6))
    doc.setPageSize(QSizeF(body.width(), body.height()))
    pages = doc.pageCount()
    colours = banner_for(marking)
    painter = QPainter(device)
    try:
        for n in range(pages):
            if n:
                device.newPage()
            _banner(painter, QRectF(0, 0, page.width(), banner_h), marking, colours)
            _banner(painter, QRectF(0, page.height() - banner_h, page.width(), banner_h),
                    marking, colours)
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


def _banner(painter: QPainter, rect: QRectF, marking: str, colours) -> None:
    painter.fillRect(rect, QColor(colours.background))
    painter.setPen(QColor(colours.foreground))
    font = QFont(UI_FAMILY, 9)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignCenter, marking.upper())


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
