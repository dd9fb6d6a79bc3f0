"""Key judgments beside the chart: likelihood and confidence as separate sentences (ICD 203)."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ..domain import long_date


def judgments_html(projections) -> str:
    parts = []
    for p in projections:
        s = p.scenario
        lines = [f"<b>{html.escape(s.name)}</b>"]
        if p.likelihood:
            lines.append(html.escape(p.likelihood))
        if p.deterministic:
            lines.append(html.escape(p.deterministic))
        if p.p10 or p.p90:
            def say(day):
                return long_date(day) if day else "beyond the horizon"
            lines.append(f"P10–P90: {say(p.p10)} – {say(p.p90)}; median {say(p.p50)}.")
        if p.confidence:
            lines.append(f"<i>{html.escape(p.confidence.sentence)}</i>")
        if p.note:
            lines.append(f"<span style='color:gray'>{html.escape(p.note)}</span>")
        parts.append("<br>".join(lines))
    return "<p>" + "</p><p>".join(parts) + "</p>" if parts else "<p>No scenarios.</p>"


class JudgmentsView(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("keyJudgments")
        self.setAccessibleName("Key judgments")
        self.setWordWrap(True)
        self.setTextFormat(Qt.RichText)

    def set_projections(self, projections) -> None:
        self.setText(judgments_html(projections))
