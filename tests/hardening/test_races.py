"""Writers racing on one briefing: every acknowledged import and every Add Claim is kept.

(tests/bench/bench_races.py runs the same races many more times and counts them.)"""
import json
import subprocess
import sys
import threading
import time
from pathlib import Path

from briefing.workspace import Workspace, create_from_seed
from briefing.workspace.transfer import import_file
from crash_support import REPO, SEED, child_env
from race_support import bad_last_claim, claims_csv, start_import


def claim_count(db: Path) -> int:
    ws = Workspace.open(db)
    try:
        return len(ws.store.ids("claim"))
    finally:
        ws.close()


def test_parallel_csv_imports_without_ids_keep_every_claim(tmp_path, data_dir):
    db = tmp_path / "shared.briefing"
    create_from_seed(db)
    files = [claims_csv(tmp_path / f"part{i}.csv", 2000, tag=f"p{i}") for i in range(2)]
    for _ in range(3):
        runs = [start_import(db, f, data_dir) for f in files]
        for run in runs:
            out, err = run.communicate(timeout=180)
            assert run.returncode == 0, err
            assert "  claims: 2000 added, 0 updated, 0 unchanged" in out
    assert claim_count(db) == 11 + 3 * 2 * 2000


def test_a_failed_import_into_a_new_file_keeps_what_another_import_wrote(tmp_path, data_dir):
    """The slow, bad import started first; the good one, 0.6 s later, is acknowledged: the
    file must exist afterwards with the good import's claims."""
    db = tmp_path / "new.briefing"
    slow = start_import(db, bad_last_claim(tmp_path / "bad.json", 40_000), data_dir)
    time.sleep(0.6)
    good = subprocess.run([sys.executable, "-m", "briefing", "--db", str(db), "import",
                           str(SEED)], cwd=REPO, env=child_env(data_dir), capture_output=True,
                          text=True, timeout=180)
    _, slow_err = slow.communicate(timeout=180)
    assert good.returncode == 0 and "  claims: 11 added" in good.stdout, good.stderr
    assert slow.returncode == 2 and "$.claims[39999].value" in slow_err
    assert db.exists() and claim_count(db) == 11
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".", "new"))) \
        == ["new.briefing"]


def test_add_claim_while_another_program_imports_keeps_both(qtbot, tmp_path, monkeypatch):
    """Add Claim chose its id, then an import by another program took the same id before
    Add Claim wrote: the import's claim must not be overwritten."""
    from briefing.ui.main_window import MainWindow
    from briefing.ui.session import Session

    db = tmp_path / "seed.briefing"
    create_from_seed(db)
    csv = tmp_path / "one.csv"
    csv.write_text("source,subject,metric,value,as_of,credibility,quote\n"
                   "nis,Imported,killed,77,2025-01-20,2,imported quote\n", encoding="utf-8")
    imports = []

    def import_elsewhere():
        other = Workspace.open(db)
        try:
            imports.append(import_file(other, csv))
        finally:
            other.close()

    real_new_id = Workspace.new_id

    def new_id_then_someone_imports(self, entity):
        chosen = real_new_id(self, entity)
        if entity == "claim" and not imports:
            worker = threading.Thread(target=import_elsewhere)
            worker.start()
            worker.join(0.5)   # long enough for the import, unless it must wait for our lock
            threads.append(worker)
        return chosen

    threads = []
    monkeypatch.setattr(Workspace, "new_id", new_id_then_someone_imports)
    window = MainWindow(Session(Workspace.open(db)), restore=False)
    qtbot.addWidget(window)
    window.add_claim()
    for worker in threads:
        worker.join(10)
    assert imports, "the other program's import did not finish"
    ws = Workspace.open(db)
    try:
        quotes = sorted(c.quote for c in ws.claims() if c.id not in _seed_ids())
        assert quotes == ["(enter the verbatim quote)", "imported quote"]
        assert all(e.action == "insert" for c in ws.claims()
                   for e in ws.history("claim", c.id))
    finally:
        ws.close()


def _seed_ids() -> set[str]:
    return {c["id"] for c in json.loads(SEED.read_text(encoding="utf-8"))["claims"]}
