"""Commands that write take the rolling backup first, as the window does, so the state before
any import can be restored with `briefing restore`."""
import json
import sqlite3
from pathlib import Path

from briefing.cli import main
from briefing.interchange import read_package
from briefing.workspace import Workspace
from briefing.workspace import backups as bk
from fixtures.malformed_inputs import csv_text, good_row


def run(capsys, *argv) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def claims_in(path: Path) -> set[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT id FROM claim")}
    finally:
        conn.close()


def extra_claims(tmp_path, *ids) -> Path:
    path = tmp_path / f"{'-'.join(ids)}.csv"
    path.write_text(csv_text([good_row(id=i) for i in ids]), encoding="utf-8")
    return path


def test_import_into_a_new_briefing_leaves_a_backup_to_restore(capsys, tmp_path, seed_path):
    db = tmp_path / "new.briefing"
    assert run(capsys, "--db", db, "import", seed_path)[0] == 0
    status, out, err = run(capsys, "--db", db, "restore")
    assert (status, err) == (0, "")
    assert out.splitlines()[0] == f"Backups of {db}, newest first (in {bk.backup_dir(db)}):"
    rows = [line.split() for line in out.splitlines()[2:-1]]
    assert [(r[0], r[5], r[6]) for r in rows] == [("1", str(len(claims_in(db))), "periodic")]


def test_each_import_is_preceded_by_a_backup_of_what_it_changes(capsys, tmp_path, seed_path):
    db = tmp_path / "new.briefing"
    run(capsys, "--db", db, "import", seed_path)
    seed_claims = claims_in(db)
    run(capsys, "--db", db, "import", extra_claims(tmp_path, "x1"))
    run(capsys, "--db", db, "import", extra_claims(tmp_path, "x2"))
    held = [claims_in(b.path) for b in bk.list_backups(db)]
    # Newest first: the state before the third import, then the seed after the first.
    assert held == [seed_claims | {"x1"}, seed_claims]
    assert claims_in(db) == seed_claims | {"x1", "x2"}
    status, _, _ = run(capsys, "--db", db, "restore", "1")
    assert status == 0 and claims_in(db) == seed_claims | {"x1"}


def test_a_reimport_that_changes_nothing_adds_no_backup(capsys, tmp_path, seed_path):
    db = tmp_path / "new.briefing"
    for _ in range(3):
        assert run(capsys, "--db", db, "import", seed_path)[0] == 0
    assert len(bk.list_backups(db)) == 1


def test_a_refused_import_into_a_new_briefing_makes_no_backup(capsys, tmp_path, data_dir):
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    db = tmp_path / "new.briefing"
    assert run(capsys, "--db", db, "import", bad)[0] == 2
    assert not db.exists() and not (data_dir / "backups").exists()


def test_an_unwritable_backup_folder_warns_but_the_import_goes_through(capsys, tmp_path,
                                                                       seed_path, data_dir):
    (data_dir / "backups").write_text("a file where the folder should be")
    db = tmp_path / "new.briefing"
    status, out, err = run(capsys, "--db", db, "import", seed_path)
    assert status == 0 and out.startswith(f"imported {seed_path} into {db}")
    assert err.startswith(f"warning: {db}: cannot make the backup folder ")
    assert err.count("\n") == 1
    assert claims_in(db) == {c["id"] for c in json.loads(seed_path.read_text())["claims"]}


def test_the_window_backs_up_before_an_import(qtbot, tmp_path, seed_path):
    from briefing.ui.main_window import MainWindow
    from briefing.ui.session import Session

    db = tmp_path / "mine.briefing"
    ws = Workspace.open(db)
    ws.import_package(read_package(seed_path))
    window = MainWindow(Session(ws), restore=False)
    qtbot.addWidget(window)
    assert bk.list_backups(db) == []  # the opening backup waits for the first paint …
    claim = ws.get("claim", "nis-killed")
    window.session.put(claim.changed(note="edited just now"))
    assert len(bk.list_backups(db)) == 1  # … or for the first edit, which it precedes
    assert window.actions_.import_path(extra_claims(tmp_path, "w1"))
    newest = bk.list_backups(db)[0].path
    kept = Workspace.open(newest, create=False, read_only=True)
    try:
        assert kept.get("claim", "nis-killed").note == "edited just now"
        assert "w1" not in kept.store.ids("claim")
    finally:
        kept.close()
