"""The scenario panel as an analyst uses it: the fit's diagnostics where they work, the start
of losses and the judgment date as switchable premises, their own assumptions, cited claims;
every change one undoable edit that the projection follows."""
from PySide6.QtCore import QDate

from briefing.ui.scenario_evidence import HEADERS


def projection(window, scenario_id):
    return next(p for p in window.analysis.projections if p.scenario.id == scenario_id)


def panel_on(window, scenario_id, tab):
    panel = window.scenarios
    panel.select(scenario_id)
    panel.tabs.setCurrentIndex(tab)
    return panel


def table_rows(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_the_evidence_page_shows_the_fit_diagnostics(window):
    panel = panel_on(window, "fitted", 1)
    evidence = panel.evidence
    assert evidence.status.text() == "Most likely depleted around 27 April 2025."
    assert evidence.summary.text() == ("Fitted rate 81 ± 12 a day. The assumed start of losses "
                                       "carries 44% of the weight; without it the fitted line "
                                       "does not rise (-9 a day).")
    rows = table_rows(evidence.table)
    assert [evidence.table.horizontalHeaderItem(c).text() for c in range(6)] == list(HEADERS)
    assert [r[0] for r in rows] == ["Assumed start of losses", "Volodymyr Zelenskyy",
                                    "South Korea National Intelligence Service",
                                    "Ukrainian and American officials", "Oleksandr Syrskyi"]
    assert [r[3] for r in rows] == ["44%", "9%", "44%", "2%", "1%"]
    assert rows[2][1:3] == ["3,000", "2025-01-13"]
    assert evidence.curve.isVisibleTo(panel) and evidence.curve.curve.getData()[0] is not None


def test_clicking_a_diagnostics_row_selects_its_claim(window):
    panel = panel_on(window, "fitted", 1)
    item = panel.evidence.table.item(2, 0)                   # NIS's killed + wounded
    panel.evidence.table.itemClicked.emit(item)
    assert window.ledger.selected_ids() == ["nis-killed"]


def test_an_undetermined_fit_says_why_and_has_no_curve(window):
    panel = panel_on(window, "claims-alone", 1)
    assert panel.evidence.status.text() == (
        "Undetermined: the casualty figures do not grow over time (fitted -9 ± 65 a day).")
    assert "carries 69% of the weight" in panel.evidence.summary.text()
    assert not panel.evidence.curve.isVisibleTo(panel)
    assert "claims-alone" not in window.chart._scenarios


def test_switching_the_start_of_losses_on_determines_the_fit_and_undo_restores(window):
    panel = panel_on(window, "claims-alone", 0)
    panel.start.date.setDate(QDate(2024, 12, 5))
    panel.start.check.setChecked(True)
    p = projection(window, "claims-alone")
    assert p.status == "ok" and 60 < p.rate < 110
    assert window.session.ws.get("scenario", "claims-alone").losses_start.date == "2024-12-05"
    assert any("Casualties were zero in" in a for a in p.assumptions)
    window.session.undo_stack.undo()
    assert projection(window, "claims-alone").status == "undetermined"
    assert window.session.ws.get("scenario", "claims-alone").losses_start is None


def test_the_judgment_date_turns_the_interval_into_a_probability(window):
    panel = panel_on(window, "fitted", 0)
    assert projection(window, "fitted").probability is None
    panel.judgment.date.setDate(QDate(2025, 5, 1))
    panel.judgment.check.setChecked(True)
    p = projection(window, "fitted")
    assert p.judgment_date.isoformat() == "2025-05-01" and 0.45 < p.probability < 0.8
    assert f"({p.probability:.0%}) to be entirely killed or wounded by 1 May 2025" in \
        p.sentences[0]
    assert f"{p.probability:.0%} by 1 May 2025" in panel.evidence.status.text()
    panel.judgment.check.setChecked(False)
    assert projection(window, "fitted").probability is None


def test_the_analysts_own_assumptions_are_kept_and_undone(window):
    panel = panel_on(window, "fitted", 2)
    editor = panel.assumptions
    assert "The loss rate stays the same" in editor.generated.text()
    editor.add()
    item = editor.own.item(editor.own.count() - 1)
    item.setText("North Korea sends no second contingent before May.")
    stored = window.session.ws.get("scenario", "fitted").assumptions
    assert stored[-1] == "North Korea sends no second contingent before May."
    assert projection(window, "fitted").assumptions[-1] == stored[-1]
    editor.own.setCurrentRow(editor.own.count() - 1)
    editor.remove_selected()
    assert window.session.ws.get("scenario", "fitted").assumptions == stored[:-1]
    window.session.undo_stack.undo()
    assert window.session.ws.get("scenario", "fitted").assumptions == stored


def test_citing_a_claim_feeds_the_premise_and_the_confidence(window):
    panel = panel_on(window, "isw", 0)
    combo = panel.cites["daily_loss_rate"]
    assert combo.claim_id() == "isw-rate"
    combo.setEditText("")
    combo.lineEdit().editingFinished.emit()
    p = projection(window, "isw")
    assert "isw-rate" not in p.claims_used
    assert p.sentences[0].startswith("If losses continue at 92 a day (an assumed rate; no claim "
                                     "is cited)")
    assert p.confidence.level == "low"
    combo.showPopup()
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered == [None, "isw-rate"]                     # the force's loss-rate claims
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    p = projection(window, "isw")
    assert "isw-rate" in p.claims_used and p.confidence.level == "moderate"
    combo.hidePopup()


def test_a_fitted_scenario_takes_anchor_and_rate_from_the_fit(window):
    panel = panel_on(window, "fitted", 0)
    assert not panel.rate.isEnabled() and not panel.cites["daily_loss_rate"].isEnabled()
    assert panel.start.isEnabled()
    panel.select("isw")
    assert panel.rate.isEnabled() and not panel.start.isEnabled()
    panel.kind.setCurrentIndex(panel.kind.findData("fitted"))
    s = window.session.ws.get("scenario", "isw")
    assert s.kind == "fitted" and s.cites == (("initial_strength", "isw-contingent"),)
    assert projection(window, "isw").status in ("ok", "undetermined")
