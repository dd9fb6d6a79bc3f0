"""Merge conflicts in the window (reference.md §6): the ledger marks the claim, the detail
pane shows both values side by side, and a pick or "keep both" is an undoable edit that
itself travels in the next bundle."""
import shutil

import pytest
from PySide6.QtCore import QUrl

from briefing.ui.ledger_model import MERGE_BRUSH
from briefing.workspace import Changes, Workspace
from briefing.workspace.sync import export_bundle, import_bundle, merge_conflicts
from window_helpers import cell

CLAIM = "isw-contingent"


@pytest.fixture
def conflicted(window, tmp_path):
    """The window's briefing and a byte-for-byte copy changed the same claim's figure,
    and the copy's bundle arrived; returns the copy."""
    ws = window.session.ws
    ws.store.checkpoint()
    shutil.copy(ws.path, tmp_path / "field.briefing")
    field = Workspace.open(tmp_path / "field.briefing", watch=False)
    field.put(field.get("claim", CLAIM).changed(value=9000))
    window.session.put(ws.get("claim", CLAIM).changed(value=12500))
    export_bundle(field, tmp_path / "field.bundle")
    assert window.actions_.sync_import_path(tmp_path / "field.bundle")   # File › Import…
    assert "1 merge conflict to resolve" in window.desk.statusBar().currentMessage()
    window.ledger.select_claims([CLAIM])
    yield field
    field.close()


def test_the_ledger_marks_the_claim_and_the_pane_shows_both_values(window, conflicted):
    index = cell(window, CLAIM, "conflict")
    assert window.model.data(index).startswith("⇄ merge: value")
    assert window.model.data(index, role=8) == MERGE_BRUSH     # Qt.BackgroundRole
    text = window.detail.browser.toPlainText()
    assert "Merge conflict" in text and "12,500" in text and "9,000" in text
    assert text.count("Keep this") == 2 and "Keep both as separate claims" in text


def _follow(window, link: str) -> None:
    window.conflict_actions.follow(QUrl(link))


def _index_of(window, value) -> int:
    [found] = merge_conflicts(window.session.ws)
    return [v.value for v in found.values].index(value)


def test_picking_a_value_resolves_undo_brings_the_conflict_back(window, conflicted, tmp_path):
    ws = window.session.ws
    _follow(window, f"merge:pick/claim/{CLAIM}/value/{_index_of(window, 9000)}")
    assert ws.get("claim", CLAIM).value == 9000 and merge_conflicts(ws) == []
    assert not window.model.data(cell(window, CLAIM, "conflict")).startswith("⇄")
    assert "Merge conflict" not in window.detail.browser.toPlainText()
    window.session.undo_stack.undo()
    assert len(merge_conflicts(ws)) == 1
    assert "Merge conflict" in window.detail.browser.toPlainText()
    window.session.undo_stack.redo()
    assert merge_conflicts(ws) == [] and ws.get("claim", CLAIM).value == 9000
    # The resolution is itself a change: the other copy takes it and its conflict is gone.
    export_bundle(ws, tmp_path / "back.bundle")
    import_bundle(conflicted, tmp_path / "back.bundle")
    assert merge_conflicts(conflicted) == []
    assert conflicted.get("claim", CLAIM).value == 9000


def test_keeping_both_makes_a_second_claim_and_undo_removes_it(window, conflicted, tmp_path):
    ws = window.session.ws
    before = {c.id for c in ws.claims()}
    shown = ws.get("claim", CLAIM).value           # the latest value, as the ledger shows
    other = ({12500, 9000} - {shown}).pop()
    _follow(window, f"merge:split/claim/{CLAIM}/value")
    [new_id] = {c.id for c in ws.claims()} - before
    assert (ws.get("claim", CLAIM).value, ws.get("claim", new_id).value) == (shown, other)
    assert "kept apart from isw-contingent" in ws.get("claim", new_id).note
    assert merge_conflicts(ws) == []
    window.on_changes(Changes(claims=frozenset({CLAIM, new_id})))
    assert window.model.rows.row_of(new_id) is not None
    export_bundle(ws, tmp_path / "back.bundle")
    import_bundle(conflicted, tmp_path / "back.bundle")
    assert conflicted.get("claim", new_id).value == other and merge_conflicts(conflicted) == []
    assert conflicted.get("claim", CLAIM).value == shown
    window.session.undo_stack.undo()                 # one step: the whole "keep both"
    assert ws.store.revision("claim", new_id) is None
    assert len(merge_conflicts(ws)) == 1


def test_a_conflict_outside_the_claims_shows_with_no_claim_selected(window, tmp_path):
    ws = window.session.ws
    ws.store.checkpoint()
    shutil.copy(ws.path, tmp_path / "field.briefing")
    field = Workspace.open(tmp_path / "field.briefing", watch=False)
    try:
        source = ws.sources()[0]
        field.put(field.get("source", source.id).changed(reliability="E"))
        window.session.put(source.changed(reliability="A"))
        export_bundle(field, tmp_path / "field.bundle")
        assert window.actions_.sync_import_path(tmp_path / "field.bundle")
    finally:
        field.close()
    window.detail.show_claim(None)
    text = window.detail.browser.toPlainText()
    assert "1 merge conflict outside the claims" in text
    assert f"source {source.id}: reliability" in text
    [found] = merge_conflicts(ws)
    index = [v.value for v in found.values].index("E")
    _follow(window, f"merge:pick/source/{source.id}/reliability/{index}")
    assert ws.get("source", source.id).reliability == "E" and merge_conflicts(ws) == []
    assert "merge conflict" not in window.detail.browser.toPlainText()
