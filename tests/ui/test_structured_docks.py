"""The Hypotheses and Judgments docks over the seed: rating from the keyboard rescores at once,
a grade edit in the ledger moves the leader, stale ratings are refused, indicators are marked
on the timeline, and assessments are recorded and resolved from the window.

The seed's matrix (weights: NIS B2 0.64, ISW B3 0.48, Zelenskyy B2 0.48, UA/US officials C3
0.36): attrition 0.36 (officials-third I), pulled-back 0.48 (isw-rate I), inflated 1.76."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from briefing.domain import Rating
from briefing.ui.matrix_model import DIM
from briefing.workspace import Workspace
from window_helpers import cell


def panel(window):
    return window.structured.hypotheses


def matrix_cell(window, claim_id, hypothesis_id):
    model = panel(window).model
    return model.index(model.row_of(claim_id), model.column_of(hypothesis_id))


def score(window, hypothesis_id):
    return window.analysis.matrix.score_of(hypothesis_id).inconsistency


def test_the_matrix_shows_the_seeds_scores_and_leader(window):
    model = panel(window).model
    assert model.rowCount() == 11
    assert [round(score(window, h), 2) for h in ("attrition", "pulled-back", "inflated")] == [
        0.36, 0.48, 1.76]
    assert model.headerData(model.column_of("attrition"), Qt.Horizontal) == \
        "attrition ★\n0.36 (#1)"
    assert panel(window).leader.text().startswith("“Attrition continues at the reported rate” "
                                                  "leads")
    assert "(isw-rate) is wrong, “The contingent is pulled back and reconstituted” leads" in \
        panel(window).sensitivity.text()


def test_typing_a_rating_rescores_at_once_and_undo_restores_it(window, qtbot, seeded):
    table = panel(window).table
    table.setFocus()
    table.setCurrentIndex(matrix_cell(window, "zelenskyy-3800", "inflated"))
    qtbot.keyClick(table, "i")                  # any key opens the cell's editor with it
    editor = table.findChild(QLineEdit)
    assert editor is not None and editor.text() == "i"
    qtbot.keyClicks(editor, "i")
    qtbot.keyClick(editor, Qt.Key_Return)      # the delegate commits on the next loop
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.EditingState)
    assert seeded.get("rating", "inflated/zelenskyy-3800").rating == "II"
    assert score(window, "inflated") == pytest.approx(1.76 + 2 * 0.48)
    assert panel(window).model.data(matrix_cell(window, "zelenskyy-3800", "inflated")) == "II"
    window.session.undo_stack.undo()
    assert score(window, "inflated") == pytest.approx(1.76)
    assert seeded.get("rating", "inflated/zelenskyy-3800").rating == "C"


def test_delete_clears_a_rating_and_a_bad_word_is_refused(window, qtbot, seeded):
    table = panel(window).table
    table.setFocus()
    table.setCurrentIndex(matrix_cell(window, "officials-third", "attrition"))
    qtbot.keyClick(table, Qt.Key_Delete)
    assert seeded.revision("rating", "attrition/officials-third") is None
    assert score(window, "attrition") == pytest.approx(0.0)
    assert not panel(window).model.setData(matrix_cell(window, "nis-killed", "inflated"), "X")
    assert "'X' is not a rating" in window.last_message


def test_a_grade_change_in_the_ledger_moves_the_leader(window):
    """officials-third C3 → C1 weighs 0.6: attrition's 0.60 now exceeds pulled-back's 0.48."""
    assert window.analysis.matrix.leader == "attrition"
    assert window.model.setData(cell(window, "officials-third", "grade"), "C1")
    assert window.analysis.matrix.leader == "pulled-back"
    assert score(window, "attrition") == pytest.approx(0.6)
    assert panel(window).leader.text().startswith("“The contingent is pulled back")
    window.session.undo_stack.undo()
    assert window.analysis.matrix.leader == "attrition"


def test_rows_that_do_not_discriminate_are_dimmed(window):
    model = panel(window).model
    dim = model.data(matrix_cell(window, "zelenskyy-3800", "attrition"), Qt.ForegroundRole)
    assert dim == DIM
    assert model.data(matrix_cell(window, "nis-killed", "attrition"), Qt.ForegroundRole) is None


def test_a_rating_changed_by_someone_else_is_not_overwritten_unasked(window, seeded,
                                                                    monkeypatch):
    other = Workspace.open(seeded.path)
    try:
        other.put(Rating("inflated", "nis-killed", "N"))
    finally:
        other.close()
    asked = []
    monkeypatch.setattr(window, "ask", lambda q, choices: asked.append(q) or choices[-1])
    panel(window).model.setData(matrix_cell(window, "nis-killed", "inflated"), "II")
    assert asked and "Someone else rated nis-killed" in asked[0]
    assert seeded.get("rating", "inflated/nis-killed").rating == "N"


def test_met_indicators_are_marked_on_the_timeline_and_in_the_panel(window):
    [mark] = window.timeline.marks
    assert mark.label == "✓ Casualties pass 5,000 by mid-February"
    assert mark.claims == ("syrskyi-half",)
    tree = panel(window).indicators
    met = tree.topLevelItem(0)
    assert met.text(0).startswith("✓ Attrition continues")
    assert met.text(1) == "met on 29 January 2025 by syrskyi-half"
    assert met.child(0).text(0) == "syrskyi-half"
    assert tree.topLevelItem(1).text(0).startswith("○ ")
    assert "1 indicator met" in window.timeline.status.text()


def test_recording_and_resolving_from_the_window(window, seeded, monkeypatch):
    monkeypatch.setattr(window.structured, "ask_note", lambda default: "morning brief")
    window.actions_.record.trigger()
    [made] = seeded.assessments()
    assert (made.who, made.note, len(made.judgments)) == ("tester", "morning brief", 3)
    record = window.structured.record
    assert record.tree.topLevelItem(0).text(0).startswith(f"{made.id} · ")
    record.select(made.id, "isw")
    assert record.buttons["yes"].isEnabled()
    record.buttons["yes"].click()
    [resolved] = seeded.resolutions()
    assert (resolved.assessment, resolved.scenario, resolved.outcome) == (made.id, "isw", "yes")
    p = made.judgment("isw")["probability"]
    assert record.score.text().startswith(f"Brier score {(p - 1) ** 2:.3f} over 1 resolved")
    record.select(made.id, "fitted")          # no judgment date: nothing to score
    assert not record.buttons["yes"].isEnabled()
    window.session.undo_stack.undo()
    assert seeded.resolutions() == []
    assert record.score.text().startswith("Brier score: none yet")


def test_exporting_a_pack_offers_to_record(window, seeded, tmp_path, monkeypatch):
    monkeypatch.setattr(window, "ask", lambda q, choices: choices[0])
    assert window.actions_.export_path(tmp_path / "pack.pdf")
    [made] = seeded.assessments()
    assert made.note == "Pack pack.pdf"


def test_matrix_model_passes_qtmodeltester(qtmodeltester, window):
    qtmodeltester.check(panel(window).model)


def test_adding_a_hypothesis_adds_a_column_and_undo_removes_it(window, seeded, monkeypatch):
    monkeypatch.setattr(window.structured, "ask_hypothesis",
                        lambda h: h.changed(title="The contingent is withdrawn"))
    panel(window).buttons["add"].click()
    [made] = [h for h in seeded.hypotheses() if h.title == "The contingent is withdrawn"]
    assert panel(window).model.column_of(made.id) is not None
    assert panel(window).model.columnCount() == 1 + 4 + 2
    window.session.undo_stack.undo()
    assert seeded.revision("hypothesis", made.id) is None
    assert panel(window).model.column_of(made.id) is None


def test_the_hypothesis_dialog_refuses_a_bad_indicator_by_its_place(qtbot, seeded):
    from briefing.ui.hypothesis_dialog import HypothesisDialog

    dialog = HypothesisDialog(seeded.get("hypothesis", "attrition"), "DPRK contingent, Kursk")
    qtbot.addWidget(dialog)
    dialog.indicators.item(0, 6).setText("end of March")
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.error.text() == "indicator 1, by: not a YYYY-MM-DD date: 'end of March'"
    dialog.indicators.item(0, 6).setText("2025-03-31")
    assert dialog.hypothesis().indicators[0].by == "2025-03-31"


def test_removing_a_hypothesis_from_the_panel_and_undo(window, seeded):
    table = panel(window).table
    table.setCurrentIndex(matrix_cell(window, "nis-killed", "inflated"))
    panel(window).buttons["remove"].click()
    assert seeded.revision("hypothesis", "inflated") is None
    assert not [r for r in seeded.ratings() if r.hypothesis == "inflated"]
    assert window.analysis.matrix.leader == "attrition"
    window.session.undo_stack.undo()
    assert len([r for r in seeded.ratings() if r.hypothesis == "inflated"]) == 7
    assert score(window, "inflated") == pytest.approx(1.76)


def test_edit_without_a_hypothesis_selected_says_what_to_do(window):
    panel(window).table.setCurrentIndex(matrix_cell(window, "nis-killed", "attrition")
                                        .siblingAtColumn(0))
    panel(window).buttons["edit"].click()
    assert window.last_message == "Select a cell in the hypothesis's column first."
    assert panel(window).leader.text().startswith("“Attrition continues")
