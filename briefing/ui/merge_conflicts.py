"""Merge conflicts in the window (reference.md §6): both values side by side in the detail
pane, and their resolution as ordinary undoable edits that travel in the next bundle.

A conflict is resolved by picking one of its values ("Keep this") or, for a claim, by
keeping every value as a claim of its own ("Keep both as separate claims"). Undoing a pick
withdraws it (the conflict shows both values again, and that withdrawal syncs too); undoing
"keep both" also removes the claims it added. Picking a deletion deletes the claim.
"""
from __future__ import annotations

import json

import functools
from urllib.parse import quote, unquote

from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QUndoCommand

from ..charts.plain_text import clip, esc
from ..workspace.sync import (MergeConflict, claim_conflicts, conflict, reopen, resolve,
                              separate_claims)

MERGE_COLOUR = "#6a3d9a"
_FIELD_WORDS = {"id": "whether it exists", "include_in_projection": "in projections",
                "value": "figure"}


@functools.lru_cache(maxsize=1)
def merge_icon() -> QIcon:
    """The ledger's mark of a claim in a merge conflict (drawn: nothing is loaded)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor(MERGE_COLOUR))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(14)
    painter.setFont(font)
    painter.drawText(QRect(0, 0, 16, 16), Qt.AlignCenter, "⇄")
    painter.end()
    return QIcon(pixmap)


def value_text(field: str, v) -> str:
    if v.deleted:
        return "deleted"
    if field == "id":
        return "kept (still cited)"
    if isinstance(v.value, bool):
        return "yes" if v.value else "no"
    if isinstance(v.value, (int, float)):
        return f"{v.value:,}"
    if v.value is None:
        return "—"
    return v.value if isinstance(v.value, str) else json.dumps(v.value, ensure_ascii=False)


def claim_conflicts_html(ws, claim_id: str) -> str:
    """A claim's merge conflicts, for the top of its detail pane."""
    return _html(claim_conflicts(ws, claim_id), "⇄ Merge conflict — copies of this briefing "
                                                "disagree", named=False)


def other_conflicts_html(ws) -> str:
    """Conflicts of sources, documents, events, scenarios and the briefing's properties
    (shown while no claim is selected: they have no row in the ledger)."""
    found = [conflict(ws, *key) for key in ws.store.merge_conflicts() if key[0] != "claim"]
    return _html(found, f"⇄ {len(found)} merge conflict{'s' if len(found) > 1 else ''} "
                        "outside the claims", named=True)


def _html(found: list[MergeConflict], title: str, named: bool) -> str:
    """One table per field, one column per value; the links are the actions (the pane's
    browser loads nothing and opens no link itself)."""
    if not found:
        return ""
    parts = [f"<h4 style='color:{MERGE_COLOUR}'>{esc(title)}</h4>"]
    for c in found:
        where = "/".join(quote(part, safe="") for part in (c.entity, c.entity_id, c.field))
        cells = [[f"<b>{esc(clip(value_text(c.field, v), 2000))}</b>" + (
                      " <span style='color:gray'>(shown now)</span>"
                      if not v.deleted and v.value == c.current else ""),
                  esc(v.who or "this copy"),
                  esc((v.at or "").replace("T", " ")[:16] or "—"),
                  f"<a href='merge:pick/{where}/{i}'>Keep this</a>"]
                 for i, v in enumerate(c.values)]
        rows = "".join(
            f"<tr><th align='left'>{label}</th>"
            + "".join(f"<td>{cell[r]}</td>" for cell in cells) + "</tr>"
            for r, label in enumerate(("Value", "Entered by", "When", "")))
        split = (f" · <a href='merge:split/{where}'>Keep both as separate claims</a>"
                 if c.entity == "claim" and c.field != "id"
                 and not any(v.deleted for v in c.values) else "")
        name = f"{esc(c.entity)} {esc(c.entity_id)}: " if named else ""
        parts.append(f"<p>{name}<b>{esc(_FIELD_WORDS.get(c.field, c.field.replace('_', ' ')))}"
                     f"</b>{split}</p><table border='1' cellspacing='0' cellpadding='4' "
                     f"style='border-color:{MERGE_COLOUR}'>{rows}</table>")
    return "".join(parts)


class _Pick(QUndoCommand):
    """A pick, done at once; undo withdraws it, redo picks again."""

    def __init__(self, session, found: MergeConflict, value):
        super().__init__(f"Resolve {found.field} of {found.entity} {found.entity_id}")
        self.session, self.found, self.value = session, found, value
        self.key = None
        self._run(self._pick)

    def _pick(self):
        f = self.found
        self.key, changes = resolve(self.session.ws, f.entity, f.entity_id, f.field,
                                    self.value)
        return changes

    def _run(self, write) -> None:
        changes = self.session.guarded(write)
        self.session.notify(changes)

    def redo(self):
        if self.key is None:
            self._quietly(self._pick)

    def undo(self):
        f = self.found
        key, self.key = self.key, None
        self._quietly(lambda: reopen(self.session.ws, f.entity, f.entity_id, key))

    def _quietly(self, write) -> None:
        try:
            self._run(write)
        except Exception as exc:  # undo/redo run inside Qt: report, never raise through it
            self.session.failed.emit(str(exc))


class ConflictActions:
    """What the detail pane's conflict links do, through the window's session."""

    def __init__(self, window):
        self.w = window
        window.detail.browser.anchorClicked.connect(self.follow)

    def follow(self, url: QUrl) -> None:
        """`merge:pick/ENTITY/ID/FIELD/N` or `merge:split/ENTITY/ID/FIELD` (parts quoted)."""
        parts = [unquote(p) for p in url.toString(QUrl.FullyEncoded).split(":", 1)[-1]
                 .split("/")]
        if url.scheme() != "merge" or len(parts) < 4:
            return
        action, entity, entity_id, field, *rest = parts
        found = conflict(self.w.session.ws, entity, entity_id, field)
        if action == "pick" and rest and rest[0].isdigit() and int(rest[0]) < len(found.values):
            self.pick(found, int(rest[0]))
        elif action == "split" and entity == "claim":
            self.keep_both(found)

    def pick(self, found: MergeConflict, index: int) -> bool:
        chosen = found.values[index]
        session = self.w.session
        if chosen.deleted:
            return self.w.run_edit(lambda: session.delete(found.entity, found.entity_id))
        return self.w.run_edit(lambda: session.undo_stack.push(
            _Pick(session, found, chosen.value)))

    def keep_both(self, found: MergeConflict) -> bool:
        """Every other value becomes a new claim; this one keeps its current value."""
        session = self.w.session
        session.undo_stack.beginMacro(f"Keep {found.field} of claim {found.entity_id} as "
                                      "separate claims")
        try:
            return (self.w.run_edit(lambda: session.create(
                        "Add claim {id}", separate_claims(session.ws, found)))
                    and self.w.run_edit(lambda: session.undo_stack.push(
                        _Pick(session, found, found.current))))
        finally:
            session.undo_stack.endMacro()


__all__ = ["ConflictActions", "MERGE_COLOUR", "claim_conflicts_html", "merge_icon",
           "other_conflicts_html", "value_text"]
