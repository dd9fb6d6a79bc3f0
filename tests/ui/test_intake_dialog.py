"""Article intake: propose, review, edit, reject, accept as one undoable edit."""
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt

from briefing.ui.intake_dialog import IntakeDialog
from briefing.workspace.intake import intake_states

ARTICLE = Path(__file__).parents[1] / "intake" / "articles" / "kursk.txt"


def dialog_with_article(window, qtbot):
    dialog = IntakeDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.load_file(ARTICLE)
    dialog.published.setDate(QDate(2025, 2, 1))
    dialog.propose()
    qtbot.waitUntil(lambda: not dialog.proposing, timeout=10_000)
    return dialog


def test_proposals_show_the_quote_highlighted(window, qtbot):
    dialog = dialog_with_article(window, qtbot)
    assert dialog.list.count() >= 10
    dialog.list.setCurrentRow(0)
    html = dialog.view.toHtml()
    assert "#ffe58a" in html
    assert dialog.proposals[0].claim.quote[:30] in dialog.view.toPlainText()


def test_accepting_adds_document_sources_and_claims_in_one_undoable_edit(window, qtbot, seeded):
    before = {"claims": len(seeded.claims()), "sources": len(seeded.sources()),
              "documents": len(seeded.documents())}
    dialog = dialog_with_article(window, qtbot)
    for row in range(2, dialog.list.count()):
        dialog.list.item(row).setCheckState(Qt.Unchecked)  # reject all but two
    dialog.list.setCurrentRow(1)
    dialog.f_credibility.setValue(2)
    assert dialog.commit()
    claims = seeded.claims()
    assert len(claims) == before["claims"] + 2
    added = claims[-2:]
    assert added[1].credibility == 2
    assert all(c.document == added[0].document for c in added)
    document = seeded.get("document", added[0].document)
    assert document.published == "2025-02-01"
    assert window.model.rowCount() == before["claims"] + 2
    window.session.undo_stack.undo()
    assert len(seeded.claims()) == before["claims"]
    assert len(seeded.sources()) == before["sources"]
    assert len(seeded.documents()) == before["documents"]


def test_proposing_runs_off_the_window_s_thread(window, qtbot, monkeypatch):
    """A long article takes seconds to read: the window must keep painting meanwhile."""
    import threading

    import briefing.ui.intake_dialog as intake_dialog

    ran_on, release = [], threading.Event()
    real_extract = intake_dialog.extract_article

    def slow_extract(text, published=None):
        ran_on.append(threading.current_thread())
        release.wait(10)
        return real_extract(text, published=published)

    monkeypatch.setattr(intake_dialog, "extract_article", slow_extract)
    dialog = IntakeDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.load_file(ARTICLE)
    dialog.propose()
    assert dialog.proposing and dialog.summary.text() == "Proposing claims…"
    qtbot.wait(50)                      # the event loop runs while the extractor works
    assert dialog.list.count() == 0
    release.set()
    qtbot.waitUntil(lambda: not dialog.proposing, timeout=10_000)
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert dialog.list.count() >= 10


def test_a_newer_propose_overtakes_an_older_one(window, qtbot):
    dialog = IntakeDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.load_file(ARTICLE)
    dialog.propose()
    dialog.text.setPlainText("The ministry said 300 North Korean soldiers were killed.")
    dialog.propose()
    qtbot.waitUntil(lambda: not dialog.proposing, timeout=10_000)
    qtbot.wait(50)
    assert dialog.list.count() == 1 and dialog.proposals[0].claim.value == 300


def test_a_binary_file_is_refused_as_an_article(window, qtbot, tmp_path):
    blob = tmp_path / "photo.txt"
    blob.write_bytes(bytes(range(256)) * 8000)
    dialog = IntakeDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert not dialog.load_file(blob)
    assert dialog.summary.text() == (f"{blob}: cannot read the article (not a text file: it "
                                     "holds binary data)")
    assert dialog.text.toPlainText() == ""


def test_sources_are_matched_by_name_or_created_with_reliability_f(seeded):
    claim = seeded.get("claim", "nis-killed")
    proposals = [claim.changed(id="p1", source="  institute for the study of WAR "),
                 claim.changed(id="p2", source="Janes")]
    from briefing.domain import Document
    states = intake_states(seeded, Document(id="d1", title="x", text="t",
                                            published=dt.date(2025, 2, 1).isoformat()), proposals)
    seeded.apply(states)
    by_kind = {}
    for kind, _id, state in states:
        by_kind.setdefault(kind, []).append(state)
    assert by_kind["claim"][0].source == "isw"
    new_source = by_kind["source"][0]
    assert new_source.name == "Janes" and new_source.reliability == "F"
    assert by_kind["claim"][1].source == new_source.id


def test_a_russian_article_shows_its_language_dateline_and_names_as_written(window, qtbot):
    dialog = IntakeDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.load_file(ARTICLE.parent / "ru-kursk-konashenkov.txt")
    assert dialog.published.text() == "unknown (from the dateline)"
    dialog.propose()
    qtbot.waitUntil(lambda: not dialog.proposing, timeout=10_000)
    assert dialog.language.text() == "Russian (detected)"
    assert dialog.published.date() == QDate(2025, 1, 13)
    assert "taken from the dateline" in dialog.summary.text()
    row = next(i for i, p in enumerate(dialog.proposals) if p.claim.value == 27)
    dialog.list.setCurrentRow(row)
    assert dialog.f_source.currentText() == "Игорь Конашенков"
    assert "в плен сдались 27 украинских военных" in dialog.view.toPlainText()
    assert dialog.document().published == "2025-01-13"


def test_without_a_dateline_the_dialog_says_no_date_was_found(window, qtbot):
    dialog = IntakeDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("국방부는 북한군 300여 명이 사망했다고 밝혔다.")
    dialog.propose()
    qtbot.waitUntil(lambda: not dialog.proposing, timeout=10_000)
    assert dialog.language.text() == "Korean (detected)"
    assert "No publication date" in dialog.summary.text()
    assert dialog.document().published is None
    assert dialog.list.count() == 1


def test_a_proposal_with_no_speaker_is_marked_until_the_analyst_names_one(window, qtbot):
    dialog = IntakeDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("Officials said on Monday that 300 soldiers had been killed.\n\n"
                             "About 1,200 soldiers remain in the town.")
    dialog.published.setDate(QDate(2024, 3, 6))
    dialog.propose()
    qtbot.waitUntil(lambda: not dialog.proposing, timeout=10_000)
    labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert ["[no speaker named]" in label for label in labels] == [False, True]
    assert [dialog.list.item(i).icon().isNull() for i in range(2)] == [True, False]
    assert "1 of 2 proposals name no speaker" in dialog.summary.text()
    dialog.list.setCurrentRow(1)
    dialog.f_source.setCurrentText("Town council")
    assert "[no speaker named]" not in dialog.list.item(1).text()
    assert dialog.list.item(1).icon().isNull()
    assert "Town council" in dialog.list.item(1).text()
