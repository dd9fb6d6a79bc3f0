"""The window's structured analysis: the Hypotheses and Judgments docks and the edits they
make (ratings, hypotheses, recording, resolving), each one undoable and audited.

The matrix is the analysis's: a rating or a hypothesis edit rescores it at once from the
evidence already read (no projection is recomputed); a claim or grade edit reaches it
through the full analysis, like the charts. The record is re-read when an assessment or a
resolution changes.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit

from ..domain import Hypothesis, Rating
from ..domain.ids import pair_id
from ..structured import scores
from ..workspace import Changes, StaleEditError
from ..workspace.analysis import rescored
from ..workspace.record import history, recording, resolution
from .hypotheses_panel import HypothesesPanel
from .record_panel import RecordPanel


class StructuredViews:
    def __init__(self, window):
        self.w = window
        self.hypotheses = HypothesesPanel()
        self.record = RecordPanel()
        h, r = self.hypotheses, self.record
        h.ratingEdited.connect(self.rate)
        h.model.editRefused.connect(window.show_message)
        h.claimSelected.connect(lambda cid: window.ledger.select_claims([cid]))
        h.addRequested.connect(self.add_hypothesis)
        h.editRequested.connect(self.edit_hypothesis)
        h.removeRequested.connect(lambda hid: window.run_edit(
            lambda: window.session.delete("hypothesis", hid)))
        r.recordRequested.connect(self.record_assessment)
        r.resolveRequested.connect(self.resolve)
        r.deleteRequested.connect(lambda aid: window.run_edit(
            lambda: window.session.delete("assessment", aid)))

    def docks(self):
        """(key, title, widget, area) of the two docks, for the window to add."""
        return (("hypotheses", "Hypotheses", self.hypotheses, Qt.RightDockWidgetArea),
                ("record", "Judgments", self.record, Qt.RightDockWidgetArea))

    # ---- refreshing ---------------------------------------------------------------------
    def on_changes(self, changes: Changes, analysed: bool) -> None:
        """`analysed`: the window has asked for a full analysis, which brings the matrix."""
        w = self.w
        if changes.touches("hypotheses", "ratings") and not analysed and w.analysis:
            w.analysis = rescored(w.analysis, w.session.ws)
            self.show_analysis(w.analysis)
            w.timeline_marks(w.analysis)
        if changes.record or changes.briefing:
            self.show_record()

    def show_analysis(self, analysis) -> None:
        ws = self.w.session.ws
        self.hypotheses.set_analysis(analysis.matrix, analysis.evidence,
                                     ws.revisions("rating"), ws.read_only)

    def show_record(self) -> None:
        ws = self.w.session.ws
        self.record.set_record(history(ws), scores(ws.assessments(), ws.resolutions()),
                               ws.read_only)

    # ---- ratings and hypotheses ---------------------------------------------------------
    def rate(self, hypothesis: str, claim: str, rating, rev: int) -> None:
        """One cell: a new rating, a changed one, or (None) cleared."""
        session = self.w.session
        key = ("rating", pair_id(hypothesis, claim))
        old = session.ws.get(*key) if session.ws.revision(*key) is not None else None
        new = Rating(hypothesis, claim, rating) if rating else None
        text = f"Rate {claim} {rating} for {hypothesis}" if rating else \
            f"Clear the rating of {claim} for {hypothesis}"
        before, after = [(*key, old)], [(*key, new)]

        def attempt() -> None:
            try:
                session.execute(text, before, after, {key: rev})
            except StaleEditError:
                mine = "Overwrite with my rating"
                if self.w.ask(f"Someone else rated {claim} for {hypothesis} since the matrix "
                              "was shown.", [mine, "Keep theirs"]) == mine:
                    session.execute(text, before, after)
                else:
                    self.show_analysis(self.w.analysis)
        self.w.run_edit(attempt)

    def add_hypothesis(self) -> None:
        ws = self.w.session.ws
        template = Hypothesis(id=ws.new_id("hypothesis"), title="New hypothesis")
        edited = self.ask_hypothesis(template)
        if edited is None:
            return

        def build(ws):
            made = edited.changed(id=ws.new_id("hypothesis"))
            return [("hypothesis", made.id, made)]
        self.w.run_edit(lambda: self.w.session.create("Add hypothesis {id}", build))

    def edit_hypothesis(self, hypothesis_id: str) -> None:
        ws = self.w.session.ws
        rev = ws.revision("hypothesis", hypothesis_id)
        edited = self.ask_hypothesis(ws.get("hypothesis", hypothesis_id))
        if edited is not None:
            self.w.run_edit(lambda: self.w.session.put(edited, expected_rev=rev))

    def ask_hypothesis(self, hypothesis: Hypothesis) -> Hypothesis | None:
        """The hypothesis dialog (tests replace this to answer without one)."""
        from .hypothesis_dialog import HypothesisDialog
        dialog = HypothesisDialog(hypothesis, self.w.session.ws.briefing().subject, self.w)
        return dialog.hypothesis() if dialog.exec() else None

    # ---- the record ---------------------------------------------------------------------
    def record_assessment(self, note: str | None = None, ask: bool = True) -> str | None:
        """Record every scenario's judgment as the window shows it; returns the id."""
        w = self.w
        if w.analysis is None or w.runner.busy:
            w.show_message("Projections are being recomputed; record the assessment when "
                           "they are updated.")
            return None
        if ask:
            note = self.ask_note(note or "")
            if note is None:
                return None
        made = []
        if not w.run_edit(lambda: made.extend(w.session.create(
                "Record assessment {id}", recording(w.analysis.projections, note)))):
            return None
        assessment = made[0][1]
        self.record.select(assessment)
        w.show_message(f"Recorded assessment {assessment}: {len(w.analysis.projections)} "
                       "key judgments")
        return assessment

    def ask_note(self, default: str) -> str | None:
        """The note for a new assessment; None: cancelled (tests replace this)."""
        text, ok = QInputDialog.getText(self.w, "Record assessment",
                                        "Note (why now, for whom):", QLineEdit.Normal, default)
        return text if ok else None

    def offer_record(self, pack_name: str) -> None:
        """After a pack is exported: record the judgments it states, so the next pack can
        say what changed since."""
        choice = "Record assessment"
        if self.w.ask("Record the pack's key judgments as an assessment? The next pack will "
                      "then say what changed since.", [choice, "Not now"]) == choice:
            self.record_assessment(f"Pack {pack_name}", ask=False)

    def resolve(self, assessment: str, scenario: str, outcome) -> None:
        session = self.w.session
        key = ("resolution", pair_id(assessment, scenario))
        old = session.ws.get(*key) if session.ws.revision(*key) is not None else None
        if outcome is None:
            self.w.run_edit(lambda: session.execute(
                f"Clear the outcome of {assessment} {scenario}", [(*key, old)], [(*key, None)]))
            return
        self.w.run_edit(lambda: session.execute(
            f"Resolve {assessment} {scenario}: {outcome}", [(*key, old)],
            [(*key, resolution(session.ws, assessment, scenario, outcome))]))
        self.record.select(assessment, scenario)
