"""Key judgments beside the chart, exactly as the projection words them: premise and
likelihood first, the confidence sentence apart (ICD 203). Every text is escaped: scenario
names are the analyst's free text."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ..charts.plain_text import esc


def judgments_html(projections) -> str:
    parts = []
    for p in projections:
        lines = [f"<b>{esc(p.scenario.name)}</b>"]
        for sentence in p.sentences:
            text = esc(sentence)
            if sentence.startswith("Confidence:"):
                text = f"<i>{text}</i>"
            elif not p.determined:
                text = f"<span style='color:gray'>{text}</span>"
            lines.append(text)
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
