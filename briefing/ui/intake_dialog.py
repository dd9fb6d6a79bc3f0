"""Article intake: paste or open an article, review the proposed claims, accept some.

The extractor only proposes; nothing reaches the briefing until the analyst presses
"Add accepted claims", and then the document, new sources and claims arrive as one undoable
edit. The dialog says which language it read the article in; quotes and source names stay
as the article writes them (Cyrillic, Hangul). "Published" starts unknown: the dateline's
date is then used and shown, and an article without one gets a notice instead of today's date.
Proposing runs on a worker thread (a long article takes seconds), and a result that a newer
Propose has overtaken is dropped.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QSpinBox,
                               QSplitter, QStyle, QVBoxLayout, QWidget)

from ..charts.plain_text import NoResourceBrowser, esc, plain_label

from ..domain import Document, FuzzyDate, ValidationError, figure
from ..domain.fuzzy_dates import LAST_YEAR
from ..domain.vocabulary import METRICS, PRECISIONS
from ..intake import PUBLICATION, extract_article, read_article
from ..intake.language import NAMES
from ..workspace.intake import intake_states


class _Extraction(QRunnable):
    def __init__(self, dialog: "IntakeDialog", generation: int, text: str, published):
        super().__init__()
        self.dialog, self.generation, self.text, self.published = (dialog, generation, text,
                                                                   published)

    def run(self) -> None:
        try:
            found = extract_article(self.text, published=self.published)
        except Exception as exc:  # shown in the dialog, never lost in the thread
            self.dialog._failed.emit(self.generation, str(exc))
            return
        self.dialog._extracted.emit(self.generation, self.text, found)


UNKNOWN = QDate(1900, 1, 1)  # the date edit's "unknown" value (its minimum)


class IntakeDialog(QDialog):
    _extracted = Signal(int, str, object)  # generation, the text read, what was found
    _failed = Signal(int, str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Add an article")
        self.resize(1200, 760)
        self.session = session
        self.proposals = []          # Proposal objects from the extractor
        self.edited = {}             # row → Claim as the analyst edited it
        self.proposed_text = ""      # the text the proposals' spans point into
        self._generation = 0         # of the latest Propose; older results are dropped
        self._answered = 0           # the latest generation shown (or failed)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._extracted.connect(self._show_proposals)
        self._failed.connect(self._extraction_failed)
        self.title = QLineEdit(placeholderText="Headline")
        self.publisher = QLineEdit(placeholderText="Publisher (optional)")
        self.published = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.published.setDateRange(UNKNOWN, QDate(LAST_YEAR, 12, 31))
        self.published.setSpecialValueText("unknown (from the dateline)")
        self.published.setDate(UNKNOWN)
        self.language = QLabel(accessibleName="Detected language")
        self.text = QPlainTextEdit(placeholderText="Paste the article's text here, or open a "
                                                   ".txt, .md or .html file.")
        open_button = QPushButton("Open file…")
        open_button.clicked.connect(self._open_dialog)
        propose = QPushButton("Propose claims")
        propose.setDefault(True)
        propose.clicked.connect(self.propose)
        header = QFormLayout()
        header.addRow("Title", self.title)
        header.addRow("Publisher", self.publisher)
        header.addRow("Published", self.published)
        header.addRow("Language", self.language)
        row = QHBoxLayout()
        row.addWidget(open_button)
        row.addStretch(1)
        row.addWidget(propose)

        self.list = QListWidget(accessibleName="Proposed claims")
        self.list.setIconSize(QSize(14, 14))  # a warning mark the height of a line
        self.list.currentRowChanged.connect(self._show)
        self.view = NoResourceBrowser(accessibleName="Article with the quote highlighted")
        self.form = self._claim_form()
        right = QSplitter(Qt.Vertical)
        right.addWidget(self.view)
        right.addWidget(self.form)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([420, 780])

        self.summary = plain_label(QLabel(wordWrap=True))
        plain_label(self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.accept_button = buttons.addButton("Add accepted claims", QDialogButtonBox.AcceptRole)
        buttons.accepted.connect(self.commit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        layout.addWidget(split, 2)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

    def _claim_form(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        self.f_source = QComboBox(editable=True, accessibleName="Source")
        self.f_source.addItems(sorted(s.name for s in self.session.ws.sources()))
        self.f_subject = QLineEdit()
        self.f_metric = QComboBox()
        self.f_metric.addItems(METRICS)
        self.f_as_of = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.f_precision = QComboBox()
        self.f_precision.addItems(PRECISIONS)
        self.f_credibility = QSpinBox(minimum=1, maximum=6)
        for label, w in (("Source", self.f_source), ("Subject", self.f_subject),
                         ("Metric", self.f_metric), ("As of", self.f_as_of),
                         ("Precision", self.f_precision), ("Credibility", self.f_credibility)):
            form.addRow(label, w)
        for w in (self.f_subject,):
            w.editingFinished.connect(self._store_edit)
        for w in (self.f_metric, self.f_precision):
            w.currentIndexChanged.connect(self._store_edit)
        self.f_source.currentTextChanged.connect(self._store_edit)
        self.f_as_of.dateChanged.connect(self._store_edit)
        self.f_credibility.valueChanged.connect(self._store_edit)
        self._loading = False
        return box

    # ---- input --------------------------------------------------------------------------
    def _open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Open article", "",
                                              "Articles (*.txt *.md *.html *.htm)")
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> bool:
        try:
            title, text = read_article(path)
        except (OSError, ValueError) as exc:  # binary, not UTF-8, too large, unreadable
            self.summary.setText(f"{path}: cannot read the article "
                                 f"({getattr(exc, 'strerror', None) or exc})")
            return False
        self.title.setText(title)
        self.text.setPlainText(text)
        return True

    @property
    def proposing(self) -> bool:
        return self._answered != self._generation

    def published_date(self):
        """The date the analyst set, or None while it is unknown."""
        day = self.published.date()
        return None if day == UNKNOWN else day.toPython()

    def propose(self) -> None:
        """Start proposing claims from the text as it is now; the list fills when done."""
        self._generation += 1
        self.summary.setText(_PROPOSING)
        self._pool.start(_Extraction(self, self._generation, self.text.toPlainText(),
                                     self.published_date()))

    def _extraction_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._answered = generation
            self.summary.setText(f"Could not propose claims: {message}")

    def _show_proposals(self, generation: int, text: str, found) -> None:
        if generation != self._generation:
            return  # overtaken by a newer Propose
        self._answered = generation
        if found.published_from == "dateline":
            self.published.setDate(QDate(found.published))
        self.language.setText(f"{NAMES[found.language]} (detected)")
        self.proposed_text, self.proposals = text, found.proposals
        self.edited = {i: p.claim for i, p in enumerate(self.proposals)}
        self.list.clear()
        for i, p in enumerate(self.proposals):
            item = QListWidgetItem()
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked)
            self.list.addItem(item)
            self._label(i)
        self.summary.setText(" ".join(found.notices + [
            f"{len(self.proposals)} proposed claims. Untick to reject; select one to check "
            "its quote and edit it."]))
        if self.proposals:
            self.list.setCurrentRow(0)

    def _label(self, row: int) -> None:
        c = self.edited[row]
        when = FuzzyDate.parse(c.as_of, c.date_precision).label()
        unnamed = c.source == PUBLICATION
        item = self.list.item(row)
        item.setText(f"{figure(c)} {c.metric.replace('_', ' ')} — {c.source} ({when})"
                     + ("  [no speaker named]" if unnamed else "")
                     + ("  [forecast]" if not c.include_in_projection else ""))
        # the mark stays in sight however narrow the list: the icon is drawn before the text
        item.setIcon(self.style().standardIcon(QStyle.SP_MessageBoxWarning) if unnamed
                     else QIcon())
        item.setToolTip("The rules found no speaker for this figure: find who said it"
                        if unnamed else "")

    # ---- review -------------------------------------------------------------------------
    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.proposals):
            return
        p, c = self.proposals[row], self.edited[row]
        text = self.proposed_text
        start, end = p.quote_start, p.quote_end
        n0, n1 = p.number_start, p.number_end
        body = (esc(text[max(0, start - 300):start])
                + "<span style='background:#ffe58a;color:#000'>"
                + esc(text[start:n0]) + "<b><u>" + esc(text[n0:n1]) + "</u></b>"
                + esc(text[n1:end]) + "</span>" + esc(text[end:end + 300]))
        self.view.setHtml(body.replace("\n", "<br>"))
        self._loading = True
        self.f_source.setCurrentText(c.source)
        self.f_subject.setText(c.subject)
        self.f_metric.setCurrentText(c.metric)
        self.f_as_of.setDate(QDate.fromString(c.as_of, "yyyy-MM-dd"))
        self.f_precision.setCurrentText(c.date_precision)
        self.f_credibility.setValue(c.credibility)
        self._loading = False

    def _store_edit(self, *_):
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self.proposals):
            return
        self.edited[row] = self.edited[row].changed(
            source=self.f_source.currentText().strip(), subject=self.f_subject.text().strip(),
            metric=self.f_metric.currentText(),
            as_of=self.f_as_of.date().toString("yyyy-MM-dd"),
            date_precision=self.f_precision.currentText(),
            credibility=self.f_credibility.value())
        self._label(row)

    def accepted_claims(self):
        return [self.edited[i] for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.Checked]

    def document(self) -> Document:
        published = self.published_date()
        return Document(id="d1", title=self.title.text().strip() or "Untitled article",
                        publisher=self.publisher.text().strip() or None,
                        published=published.isoformat() if published else None,
                        text=self.text.toPlainText())

    def commit(self) -> bool:
        """Add the document and the ticked claims as one undoable edit."""
        accepted, document = self.accepted_claims(), self.document()
        try:
            self.session.create(f"Add article with {len(accepted)} claims",
                                lambda ws: intake_states(ws, document, accepted))
        except ValidationError as exc:
            self.summary.setText("Not added: " + "; ".join(str(p) for p in exc.problems))
            return False
        self.accept()
        return True

    def done(self, result: int) -> None:
        self._pool.waitForDone()  # the worker reports to this dialog: let it finish first
        super().done(result)


_PROPOSING = "Proposing claims…"


__all__ = ["IntakeDialog"]
