"""The detail pane: one claim in full — quote in its document, grades, history, links.

Built as HTML in a read-only browser that loads no resources, every free text escaped
(charts.plain_text), re-read from the workspace on every change, so it never shows a stale
copy.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..charts.plain_text import NoResourceBrowser, clip, esc

from ..domain import CREDIBILITY_WORDS, RELIABILITY_WORDS, figure
from ..workspace import NotFoundError, ServerUnavailableError
from .merge_conflicts import claim_conflicts_html, other_conflicts_html

CONTEXT_CHARS = 400
QUOTE_CHARS = 20_000  # a longer quote is shown shortened (the file and exports hold it whole)


def quote_in_text(text: str, quote: str) -> str:
    """The document around the quote, the quote marked; the quote alone if not found."""
    start = text.find(quote)
    if start < 0:
        return (f"<mark>{esc(clip(quote, QUOTE_CHARS))}</mark><br><i>(not found verbatim in "
                "the document)</i>")
    lo, hi = max(0, start - CONTEXT_CHARS), min(len(text), start + len(quote) + CONTEXT_CHARS)
    before = esc(text[lo:start])
    after = esc(text[start + len(quote):hi])
    marked = ("<span style='background:#ffe58a;color:#000'>"
              f"{esc(clip(quote, QUOTE_CHARS))}</span>")
    body = ("…" if lo else "") + before + marked + after + ("…" if hi < len(text) else "")
    return body.replace("\n", "<br>")


class DetailPane(QWidget):
    def __init__(self, workspace_getter, parent=None):
        super().__init__(parent)
        self.setObjectName("detail")
        self._ws = workspace_getter
        self.claim_id: str | None = None
        self.analysis = None  # the window's latest Analysis: fraction bases and conflicts
        self.browser = NoResourceBrowser(self)
        self.browser.setAccessibleName("Claim details")
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.browser)
        self.show_claim(None)

    def _base(self, claim_id: str):
        return self.analysis.bases.get(claim_id) if self.analysis else None

    def show_claim(self, claim_id: str | None) -> None:
        self.claim_id = claim_id
        self.refresh()

    def refresh(self) -> None:
        if self.claim_id is None:
            others = ""
            try:
                ws = self._ws()
                others = other_conflicts_html(ws) if ws is not None else ""
            except ServerUnavailableError:
                pass
            self.browser.setHtml("<p style='color:gray'>Select a claim in the ledger or an "
                                 "event on the timeline to see its source, quote and history.</p>"
                                 + others)
            return
        ws = self._ws()
        try:
            claim = ws.get("claim", self.claim_id)
            html = self.claim_html(ws, claim)
        except NotFoundError:
            html = f"<p>Claim {esc(self.claim_id)} was deleted.</p>"
        except ServerUnavailableError as exc:  # shown when the server is back
            html = f"<p style='color:#8a5a00'>{esc(str(exc))}</p>"
        self.browser.setHtml(html)

    def claim_html(self, ws, claim) -> str:
        source = ws.get("source", claim.source)
        parts = [f"<h3>{esc(figure(claim, self._base(claim.id)))} "
                 f"{esc(claim.metric.replace('_', ' '))}</h3>",
                 f"<p><b>{esc(claim.subject)}</b> · as of {claim.date.label()}</p>",
                 f"<p><b>Source:</b> {esc(source.name)} "
                 f"({esc(source.kind)}{', ' + esc(source.country) if source.country else ''})"
                 f"<br><b>Reliability:</b> {source.reliability} — "
                 f"{RELIABILITY_WORDS[source.reliability]}"
                 f"<br><b>Credibility:</b> {claim.credibility} — "
                 f"{CREDIBILITY_WORDS[claim.credibility]}"
                 f"<br><b>In projections:</b> {'yes' if claim.include_in_projection else 'no'}</p>"]
        parts.insert(1, claim_conflicts_html(ws, claim.id))
        if claim.note:
            parts.append(f"<p><b>Note:</b> {esc(clip(claim.note, QUOTE_CHARS))}</p>")
        parts.append(self._links_html(ws, claim))
        parts.append(self._quote_html(ws, claim))
        parts.append(self._conflicts_html(ws, claim))
        events = ws.events_linking(claim.id)
        if events:
            parts.append("<h4>Linked events</h4><ul>" + "".join(
                f"<li>{e.when.label()}: {esc(e.title)}</li>" for e in events) + "</ul>")
        parts.append(self._history_html(ws, claim.id))
        return "".join(parts)

    def _links_html(self, ws, claim) -> str:
        """What the claim rests on: the claims it was derived from (so it is not independent
        of them) and the strength figure a fraction is of."""
        lines = []
        base = self._base(claim.id)
        if base is not None:
            chosen = "its stated base" if claim.base_claim else "the nearest strength figure"
            lines.append(f"<b>Fraction of:</b> {esc(base.claim_id)} — "
                         f"{esc(f'{base.of:,.0f}')}, {esc(base.source)} "
                         f"({chosen})")
        for other_id in claim.derived_from:
            try:
                other = ws.get("claim", other_id)
            except NotFoundError:
                continue
            lines.append(f"<b>Derived from:</b> {esc(other_id)} — "
                         f"{esc(figure(other, self._base(other_id)))} "
                         f"{esc(other.metric.replace('_', ' '))} (not independent of it)")
        return f"<p>{'<br>'.join(lines)}</p>" if lines else ""

    def _quote_html(self, ws, claim) -> str:
        if claim.document:
            doc = ws.get("document", claim.document)
            title = esc(doc.title) + (f" ({esc(doc.published)})" if doc.published else "")
            if doc.text:
                return f"<h4>In “{title}”</h4><p>{quote_in_text(doc.text, claim.quote)}</p>"
            return (f"<h4>Quote ({title})</h4>"
                    f"<blockquote>{esc(clip(claim.quote, QUOTE_CHARS))}</blockquote>")
        return f"<h4>Quote</h4><blockquote>“{esc(clip(claim.quote, QUOTE_CHARS))}”</blockquote>"

    def _conflicts_html(self, ws, claim) -> str:
        others = (self.analysis.conflicts_by_claim.get(claim.id) if self.analysis else None) or []
        if not others:
            return ""
        rows = []
        for other_id in [claim.id, *others]:
            try:
                other = ws.get("claim", other_id)
            except NotFoundError:
                continue
            src = ws.get("source", other.source)
            rows.append(f"<tr><td>{esc(figure(other, self._base(other.id)))}</td>"
                        f"<td>{other.date.label()}</td><td>{esc(src.name)}</td>"
                        f"<td>{src.reliability}{other.credibility}</td></tr>")
        return ("<h4 style='color:#c8102e'>⚠ Conflicting claims</h4>"
                "<table border='1' cellspacing='0' cellpadding='3'><tr><th>Figure</th>"
                "<th>As of</th><th>Source</th><th>Grade</th></tr>" + "".join(rows) + "</table>")

    def _history_html(self, ws, claim_id: str) -> str:
        entries = ws.history("claim", claim_id)
        rows = []
        for e in entries:
            if e.action == "update":
                what = (f"{esc(str(e.field))}: {esc(_short(e.old))} → "
                        f"{esc(_short(e.new))}")
            elif e.import_id is not None and e.action == "insert":
                what = "imported" + (f" from {esc(Path(e.import_file).name)}"
                                     if e.import_file else "")
            else:
                what = {"insert": "created", "delete": "deleted"}[e.action]
            rows.append(f"<tr><td>{esc(e.at.replace('T', ' ')[:16])}</td>"
                        f"<td>{esc(e.who)}</td><td>{what}</td></tr>")
        return ("<h4>Edit history</h4><table cellpadding='2'>" + "".join(reversed(rows))
                + "</table>")


def _short(value) -> str:
    text = "—" if value is None else str(value)
    return text if len(text) <= 80 else text[:79] + "…"
