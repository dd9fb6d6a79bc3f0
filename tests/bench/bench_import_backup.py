"""What the rolling backup around `briefing import` costs at scale.

    python tests/bench/bench_import_backup.py [--claims 100000] [--runs 3]

A generated package (tests/bench/generate.py) is imported by the CLI into a new file (one
backup, taken after the import: the new file had nothing to keep), then again unchanged (no
backup: the newest one holds it), then a one-claim CSV after an edit (one backup first, of
the whole edited file). Next to them, the backup alone on the same file (SQLite backup API).
Medians of `--runs`, each on a fresh data directory; not collected by pytest.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))


def cli(db: Path, source: Path, data: Path) -> float:
    env = dict(os.environ, BRIEFING_DATA_DIR=str(data))
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "briefing", "--db", str(db), "import",
                           str(source)], env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(done.stderr)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    import generate
    from fixtures.malformed_inputs import csv_text, good_row

    from briefing.workspace import Workspace
    from briefing.workspace import backups

    work = Path(tempfile.mkdtemp(prefix="bench-backup-"))
    package = generate.write(work / "package.json", args.claims, args.claims // 5)
    one = work / "one.csv"
    rows = {"first": [], "again": [], "edited": [], "backup": [], "mb": []}
    for run in range(args.runs):
        data, db = work / f"data{run}", work / f"run{run}.briefing"
        rows["first"].append(cli(db, package, data))
        rows["again"].append(cli(db, package, data))
        os.environ["BRIEFING_DATA_DIR"] = str(data)
        ws = Workspace.open(db)
        claim = ws.claims()[0]
        ws.put(claim.changed(note=f"edited in run {run}"))
        start = time.perf_counter()
        backups.make_backup(ws)
        rows["backup"].append(time.perf_counter() - start)
        ws.put(claim.changed(note=f"edited again in run {run}"))
        source = ws.sources()[0]
        ws.close()
        one.write_text(csv_text([good_row(id=f"extra{run}", source=source.id)]),
                       encoding="utf-8")
        rows["edited"].append(cli(db, one, data))
        rows["mb"].append(db.stat().st_size / 1e6)
        # After the first import, the bench's own, and the one before the CSV:
        assert len(backups.list_backups(db)) == 3

    med = {k: statistics.median(v) for k, v in rows.items()}
    print(f"{args.claims:,} claims, {args.claims // 5:,} events; file {med['mb']:.0f} MB; "
          f"median of {args.runs}")
    print(f"  import into a new file (+ one backup after)  {med['first']:7.2f} s")
    print(f"  the same package again (no backup)           {med['again']:7.2f} s")
    print(f"  one CSV claim after an edit (+ backup first) {med['edited']:7.2f} s")
    print(f"  the backup alone (SQLite backup API)         {med['backup']:7.2f} s "
          f"({med['backup'] / med['first']:.0%} of the first import)")


if __name__ == "__main__":
    main()
