"""The one rule for showing free text — titles, quotes, names, countries, notes, scenario
names, the briefing's title and marking: always as plain text, never as markup.

Such text comes from sources, packages and other analysts, and Qt guesses "rich text"
(Qt::mightBeRichText) for QLabel, QMessageBox and every tool tip, while pyqtgraph's legend
labels are HTML: a title `<img src="file:///…">` would be read from disk into the window, and
through the chart legend into exported PNG, SVG (base64) and PDF; `file:///dev/zero` reads
until memory runs out, and on Windows `//host/share/x.png` is a network fetch. So free text
reaches Qt only through this module:

- `plain_label(label)` and `message_box(...)`: widgets switched to Qt.PlainText;
- `esc(text)` for every piece of free text inside HTML this program builds (the detail
  pane, judgments, slides, the pack, chart legends);
- `tooltip(...)` for tool tips, which have no plain mode: escaped lines in a `<qt>` block
  (so an escaped `&lt;` is shown as `<`, not as the entity).

Pyqtgraph's `TextItem(text)` and QStatusBar messages are plain already. Documents built from
our HTML also refuse every external resource (`NoResourceBrowser`, `NoResourceDocument`):
escaping is the rule, refusing resources the safety net. `clip` shortens texts for display,
so a 10 MB quote cannot stall a tool tip, a slide or the pack.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QTextBrowser

TOOLTIP_CHARS = 600


def esc(text) -> str:
    """Free text for inclusion in HTML (None shows as nothing)."""
    return html.escape("" if text is None else str(text))


def clip(text: str | None, limit: int) -> str:
    """`text` shortened to `limit` characters for display, saying how much was left out."""
    text = "" if text is None else str(text)
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… [{len(text) - limit:,} more characters not shown]"


def tooltip(*lines: str, title: str | None = None) -> str:
    """A tool tip of plain lines (and an optional bold first line), each escaped."""
    shown = [f"<b>{esc(clip(title, TOOLTIP_CHARS))}</b>"] if title is not None else []
    shown += [esc(clip(line, TOOLTIP_CHARS)) for line in lines]
    return "<qt>" + "<br>".join(shown) + "</qt>"


def plain_label(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.PlainText)
    return label


def message_box(icon, title: str, text: str, parent=None) -> QMessageBox:
    """A QMessageBox whose text is shown as plain text (errors quote the values refused)."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setTextFormat(Qt.PlainText)
    return box


class NoResourceBrowser(QTextBrowser):
    """A read-only HTML view that never loads an image, style sheet or link target."""

    def loadResource(self, kind, url):
        return None


class NoResourceDocument(QTextDocument):
    """A document that serves only the resources added to it with `addResource`."""

    def loadResource(self, kind, url):
        return None
