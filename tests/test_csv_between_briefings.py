"""Claims move between briefings as CSV: export names each claim's source, import matches
sources by that name; the summary says what was added, updated or unchanged; every error
comes out in file order."""
import csv
import io
import json
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.domain import Source
from briefing.domain.package import LISTS
from briefing.interchange import InterchangeError
from briefing.workspace import Workspace
from briefing.workspace.transfer import export_data, import_file
from fixtures.malformed_inputs import csv_text, good_row


def run(capsys, *argv) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def rows_of(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


@pytest.fixture
def default_csv(capsys, tmp_path) -> Path:
    target = tmp_path / "claims.csv"
    assert run(capsys, "export", target)[:2] == (0, f"wrote {target}\n")
    return target


def test_export_names_each_claims_source(default_csv, seeded):
    names = {s.id: s.name for s in seeded.sources()}
    rows = rows_of(default_csv)
    assert [r["id"] for r in rows] == [c.id for c in seeded.claims()]
    assert all(r["source_name"] == names[r["source"]] for r in rows)


def test_a_csv_from_the_default_briefing_imports_into_a_new_empty_one(capsys, tmp_path,
                                                                      default_csv, seeded):
    claims = seeded.claims()
    cited = {c.source for c in claims}
    documents = sorted({c.document for c in claims if c.document})
    linked = sum(1 for c in claims if c.document)
    db = tmp_path / "new.briefing"
    assert run(capsys, "new", db, "--title", "Mine")[0] == 0
    status, out, err = run(capsys, "--db", db, "import", default_csv)
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        f"imported {default_csv} into {db}:",
        f"  sources: {len(cited)} added, 0 updated, 0 unchanged",
        f"  claims: {len(claims)} added, 0 updated, 0 unchanged",
        f"  {len(cited)} new sources named in the file are graded F (cannot be judged) until "
        "you grade them",
        f"  {linked} claims cite documents this briefing does not have "
        f"({', '.join(documents)}); imported without that link"]
    ws = Workspace.open(db, create=False)
    try:
        assert ws.briefing().title == "Mine"
        assert {s.id: (s.name, s.reliability) for s in ws.sources()} == {
            s.id: (s.name, "F") for s in seeded.sources() if s.id in cited}
        assert [c.as_dict() for c in ws.claims()] == [
            c.changed(document=None).as_dict() for c in claims]
    finally:
        ws.close()
    status, out, _ = run(capsys, "--db", db, "check")
    assert status == 0 and f"{len(claims)} claims" in out


def test_names_find_this_briefings_own_sources_whatever_their_ids(tmp_path, default_csv,
                                                                  seeded):
    ws = Workspace.open(tmp_path / "other.briefing")
    try:
        ws.put(Source(id="s1", name="institute for the  STUDY of war", reliability="B"))
        done = import_file(ws, default_csv)
        isw = [c.id for c in seeded.claims() if c.source == "isw"]
        assert isw and all(ws.get("claim", cid).source == "s1" for cid in isw)
        assert ws.get("source", "s1").reliability == "B"
        assert "institute-for-the-study-of-war" not in ws.store.ids("source")
        cited = {c.source for c in seeded.claims()}
        assert done.counts[0] == ("sources", len(cited - {"isw"}), 0, 0)
    finally:
        ws.close()


def test_a_name_wins_over_an_id_that_means_another_source_here(tmp_path, default_csv):
    ws = Workspace.open(tmp_path / "other.briefing")
    try:
        ws.put(Source(id="isw", name="Islamic State West Africa", reliability="C"))
        import_file(ws, default_csv)
        made = ws.get("source", "institute-for-the-study-of-war")
        assert (made.name, made.reliability) == ("Institute for the Study of War", "F")
        assert ws.get("claim", "isw-rate").source == made.id
        assert ws.get("source", "isw").name == "Islamic State West Africa"
    finally:
        ws.close()


def test_two_sources_of_one_name_stay_apart_by_id(tmp_path, seeded):
    seeded.put(Source(id="nis-2", name="South Korea National Intelligence Service"))
    seeded.put(seeded.get("claim", "nis-killed").changed(source="nis-2"))
    export_data(seeded, tmp_path / "twins.csv")
    done = import_file(seeded, tmp_path / "twins.csv")
    assert not done.changes
    assert seeded.get("claim", "nis-killed").source == "nis-2"
    assert seeded.get("claim", "nis-wounded").source == "nis"


def test_the_summary_counts_added_updated_and_unchanged_per_kind(capsys, tmp_path,
                                                                 default_csv, data_dir):
    rows = rows_of(default_csv)
    unchanged = len(rows) - 1
    rows[0]["value"] = "11500"
    rows.append({**rows[1], "id": "brand-new"})
    changed = tmp_path / "changed.csv"
    changed.write_text(csv_text(rows, list(rows[0])), encoding="utf-8")
    status, out, err = run(capsys, "import", changed)
    assert (status, err) == (0, "")
    assert out.splitlines()[1:] == [f"  claims: 1 added, 1 updated, {unchanged} unchanged"]


def test_a_package_reimported_says_everything_is_unchanged(capsys, tmp_path, seed_path):
    db = tmp_path / "twice.briefing"
    run(capsys, "--db", db, "import", seed_path)
    status, out, _ = run(capsys, "--db", db, "import", seed_path)
    assert status == 0
    seed = json.loads(seed_path.read_text(encoding="utf-8"))
    assert out.splitlines()[1:] == [f"  {kind}: 0 added, 0 updated, {len(seed[kind])} unchanged"
                                    for kind in LISTS if seed.get(kind)]


def test_the_first_import_into_a_new_file_says_it_took_the_properties(capsys, tmp_path,
                                                                      seed_path):
    status, out, _ = run(capsys, "--db", tmp_path / "n.briefing", "import", seed_path)
    assert status == 0
    assert out.splitlines()[-1] == "  briefing properties: taken from the file"


def test_csv_errors_come_in_file_order(tmp_path, seeded):
    rows = [good_row(id="a1"), good_row(id="a2", value="lots"), good_row(id="a3",
            metric="kiled"), good_row(id="a4", source="nobody"),
            good_row(id="a5", as_of="2025-13-01"), good_row(id="a6", credibility="9"),
            good_row(id="a7", include_in_projection="maybe")]
    path = tmp_path / "bad.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    with pytest.raises(InterchangeError) as info:
        import_file(seeded, path)
    places = [str(p).split(":")[0] for p in info.value.problems]
    assert places == ["line 3, column value", "line 4, column metric", "line 5, column source",
                      "line 6, column as_of", "line 7, column credibility",
                      "line 8, column include_in_projection"]
    assert "a1" not in seeded.store.ids("claim")


def test_package_errors_come_in_file_order(tmp_path, seed_path, empty):
    package = json.loads(seed_path.read_text(encoding="utf-8"))
    package["claims"][2]["metric"] = "kiled"
    package["claims"][3]["source"] = "nobody"
    package["claims"][4]["as_of"] = "2025-13-01"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(package), encoding="utf-8")
    with pytest.raises(InterchangeError) as info:
        import_file(empty, path)
    assert [p.field for p in info.value.problems] == [
        "$.claims[2].metric", "$.claims[3].source", "$.claims[4].as_of"]


def test_the_window_says_what_an_import_did(qtbot, seeded, tmp_path):
    from briefing.ui.main_window import MainWindow
    from briefing.ui.session import Session

    window = MainWindow(Session(seeded), restore=False)
    qtbot.addWidget(window)
    path = tmp_path / "one.csv"
    path.write_text(csv_text([good_row(id="w1", source="", source_name="Meduza")],
                             ("source_name",) + tuple(good_row())), encoding="utf-8")
    assert window.actions_.import_path(path)
    assert window.last_message == (
        "Imported one.csv: sources: 1 added, 0 updated, 0 unchanged; claims: 1 added, "
        "0 updated, 0 unchanged; 1 new source named in the file is graded F (cannot be "
        "judged) until you grade it")
