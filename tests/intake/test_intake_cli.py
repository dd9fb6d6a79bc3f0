"""`briefing extract` to `briefing import`: the command-line path from article to ledger."""
import json
from pathlib import Path

from briefing.cli import main
from briefing.workspace import Workspace

ARTICLES = Path(__file__).resolve().parent / "articles"


def run(capsys, *argv) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_extract_json_imports_as_claims_with_sources_by_name(capsys, tmp_path):
    status, out, err = run(capsys, "extract", ARTICLES / "ru-kursk-konashenkov.txt", "--json")
    assert status == 0
    assert "taken from the dateline “13 января 2025”" in err  # notices stay out of the JSON
    data = json.loads(out)
    assert (data["format"], data["language"], data["published"]) == (
        "briefing-proposals", "ru", "2025-01-13")
    names = {c["source"] for c in data["claims"]}
    assert "Игорь Конашенков" in names and "Андрей Белоусов" in names
    proposals = tmp_path / "proposals.json"
    proposals.write_text(out, encoding="utf-8")
    db = tmp_path / "new.briefing"
    status, out, err = run(capsys, "--db", db, "import", proposals)
    assert (status, err) == (0, "")
    ws = Workspace.open(db)
    try:
        by_name = {s.name: s for s in ws.sources()}
        assert by_name["Игорь Конашенков"].reliability == "F"
        claims = ws.claims()
        assert len(claims) == len(data["claims"])
        assert {c.source for c in claims if c.value == 27} == {by_name["Игорь Конашенков"].id}
        (document,) = ws.documents()
        assert document.published == "2025-01-13" and "Конашенков" in document.text
        assert all(c.document == document.id for c in claims)
    finally:
        ws.close()


def test_imported_sources_match_existing_ones_by_name(capsys, tmp_path):
    proposals = tmp_path / "p.json"
    _, out, _ = run(capsys, "extract", ARTICLES / "ko-nis-deployment.txt", "--json",
                    "--published", "2024-12-19")
    proposals.write_text(out, encoding="utf-8")
    db = tmp_path / "b.briefing"
    assert run(capsys, "--db", db, "import", proposals)[0] == 0
    assert run(capsys, "--db", db, "import", proposals)[0] == 0  # the same article again
    ws = Workspace.open(db)
    try:
        assert [s.name for s in ws.sources()] == ["국가정보원"]
        assert len(ws.claims()) == 2 * len(json.loads(out)["claims"])
    finally:
        ws.close()


def test_a_fraction_keeps_its_base_through_import(capsys, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Officials said the contingent of 4,000 soldiers has lost half of them "
                       "killed or wounded.\n", encoding="utf-8")
    _, out, _ = run(capsys, "extract", article, "--json", "--published", "2025-02-03")
    proposals = tmp_path / "p.json"
    proposals.write_text(out, encoding="utf-8")
    db = tmp_path / "b.briefing"
    assert run(capsys, "--db", db, "import", proposals)[0] == 0
    ws = Workspace.open(db)
    try:
        strength, share = ws.claims()
        assert share.base_claim == strength.id and strength.id != "p1"
    finally:
        ws.close()


def test_a_bad_proposals_file_is_refused_with_its_places(capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "briefing-proposals", "version": 1,
                               "document": {"title": "t"},
                               "claims": [{"id": "p1", "source": "X", "subject": "s",
                                           "metric": "killed", "value": -3,
                                           "as_of": "2025-01-01", "date_precision": "day",
                                           "credibility": 6, "quote": "q",
                                           "include_in_projection": True,
                                           "base_claim": "p9"}]}), encoding="utf-8")
    db = tmp_path / "b.briefing"
    status, _, err = run(capsys, "--db", db, "import", bad)
    assert status == 2
    assert "$.claims[0]" in err and "'p9'" in err
    assert not db.exists()  # nothing written, not even an empty briefing


def test_extract_says_the_language_and_where_the_date_came_from(capsys):
    status, out, err = run(capsys, "extract", ARTICLES / "uk-dragon-exercise.txt")
    assert status == 0
    assert out.splitlines()[0] == "Ukrainian article, published 2025-03-03 (from the dateline)"
    assert "Косіняк-Камиш" in out


def test_extract_without_any_date_says_so(capsys, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Officials said on Monday that 300 soldiers had been killed.\n",
                       encoding="utf-8")
    status, out, err = run(capsys, "extract", article)
    assert status == 0
    assert "No publication date" in err and "today" in err
    assert "(not known: today assumed)" in out.splitlines()[0]


def test_extract_marks_a_figure_with_no_speaker(capsys, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Officials said on Monday that 300 soldiers had been killed.\n\n"
                       "About 1,200 soldiers remain in the town.\n", encoding="utf-8")
    status, out, err = run(capsys, "extract", article, "--published", "2024-03-06")
    assert status == 0
    lines = [line for line in out.splitlines() if "soldiers" not in line]
    assert [("(no speaker named)" in line) for line in lines if " strength " in line
            or " killed " in line] == [False, True]
    assert "1 of 2 proposals name no speaker" in err
