"""The window's edits of claims and scenarios: every one through the session (undo, audit,
stale-edit rules), a refusal shown as one message, never an exception. A part of
MainWindow, kept apart for its size."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMessageBox, QToolTip

from ..charts.plain_text import message_box, tooltip
from ..domain import Claim, Scenario, ValidationError
from ..workspace import BriefingFileError, Changes, NotFoundError, StaleEditError

ERRORS = (ValidationError, StaleEditError, BriefingFileError, NotFoundError)


class WindowEdits:
    """MainWindow's edit methods (a mixin: they use the window's views and session)."""

    def run_edit(self, edit) -> bool:
        """Run one session edit; a refusal becomes a message, never an exception."""
        try:
            edit()
        except ERRORS as exc:
            self.show_message(str(exc))
            return False
        return True

    def refuse_edit(self, message: str) -> None:
        table = self.ledger.table
        rect = table.visualRect(table.currentIndex())
        QToolTip.showText(table.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 4)),
                          tooltip(message), table)
        self.show_message(message)

    def resolve_stale_edit(self, edited: Claim) -> None:
        """Someone else changed this claim after we loaded it: ask, never overwrite silently."""
        mine = "Overwrite with my edit"
        answer = self.ask(f"Claim {edited.id} was changed by someone else since you loaded "
                          "it.", [mine, "Keep their version"])
        if answer == mine:
            self.run_edit(lambda: self.session.put(edited, text=f"Edit claim {edited.id}"))
        else:
            self.on_changes(Changes.of("claim", edited.id))
            self.show_message(f"Kept the other version of claim {edited.id}; your edit was "
                              "not saved.")

    def ask(self, question: str, choices: list[str]) -> str:
        """A modal choice; tests replace this to answer without a dialog."""
        box = message_box(QMessageBox.Question, "Briefing", question, parent=self)
        buttons = {box.addButton(c, QMessageBox.AcceptRole if i == 0 else
                                 QMessageBox.RejectRole): c for i, c in enumerate(choices)}
        box.exec()
        return buttons.get(box.clickedButton(), choices[-1])

    def show_message(self, message: str) -> None:
        self.last_message = message
        self.desk.statusBar().showMessage(message, 10000)

    def add_claim(self) -> None:
        ws = self.session.ws
        sources = ws.sources()
        if not sources:
            self.show_message("Add a source first (import a package or an article).")
            return
        b = ws.briefing()
        claim = Claim(id="", source=sources[0].id, subject=b.subject or "Subject",
                      metric="casualties", as_of=b.as_of or dt.date.today().isoformat(),
                      credibility=6, quote="(enter the verbatim quote)", value=0,
                      include_in_projection=False)
        self._add("Add claim {id}", "claim", claim)

    def duplicate_claim(self, claim_id: str) -> None:
        self._add(f"Duplicate claim {claim_id}", "claim", self.session.ws.get("claim", claim_id))

    def _add(self, text: str, kind: str, template) -> str | None:
        """Add `template` under a new id, chosen inside the writing transaction; selects
        it and returns the id (None if refused)."""
        def build(ws):
            entity = template.changed(id=ws.new_id(kind))
            return [(kind, entity.id, entity)]
        made = []
        if not self.run_edit(lambda: made.extend(self.session.create(text, build))):
            return None
        new_id = made[0][1]
        if kind == "claim":
            self.ledger.select_claims([new_id])
        else:
            self.scenarios.select(new_id)
        return new_id

    def delete_claims(self, ids: list[str]) -> None:
        """One undo step for the selection; a single refused delete leaves no empty step."""
        if len(ids) == 1:
            self.run_edit(lambda: self.session.delete("claim", ids[0]))
            return
        self.session.undo_stack.beginMacro(f"Delete {len(ids)} claims")
        try:
            for cid in ids:
                if not self.run_edit(lambda cid=cid: self.session.delete("claim", cid)):
                    break
        finally:
            self.session.undo_stack.endMacro()

    def edit_scenario(self, scenario: Scenario) -> None:
        if not self.run_edit(lambda: self.session.put(scenario)):
            self.scenarios.show_error(f"Not saved: {self.last_message}")

    def add_scenario(self) -> None:
        b = self.session.ws.briefing()
        scenario = Scenario(id="", name="New scenario", kind="linear", initial_strength=10000,
                            anchor_date=b.as_of or dt.date.today().isoformat(),
                            anchor_losses=0, daily_loss_rate=50, subject=b.subject)
        self._add("Add scenario {id}", "scenario", scenario)
