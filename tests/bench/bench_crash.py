"""SIGKILL `briefing` processes at random moments, many times, and judge what is left.

    python tests/bench/bench_crash.py [--kills N] [--seed S]

N kills of each kind (default 100): an import (`briefing --db F import big.json`, into an
existing briefing or a new file) and an editor (`Workspace.put` in a loop, printing each
acknowledged value). After every kill: the file opens, an import is all or nothing, no
acknowledged edit is lost (one committed-but-unacknowledged trailing edit is allowed), the
audit agrees with the data, and `python -m briefing --db F check` exits 0. Prints a table;
exits 1 if anything failed.
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hardening"))

import crash_support as cs  # noqa: E402

PACKAGE_CLAIMS = 3000


def bench_imports(kills: int, rng: random.Random, folder: Path, data_dir: Path) -> dict:
    from briefing.workspace import create_from_seed

    base = folder / "base.briefing"
    create_from_seed(base)
    package = cs.big_package(folder / "big.json", PACKAGE_CLAIMS)
    start = time.monotonic()
    done = cs.briefing_cli("--db", folder / "calibrate.briefing", "import", package,
                           data_dir=data_dir)
    span = time.monotonic() - start
    assert done.returncode == 0, done.stderr
    row = dict(kind="import", kills=kills, mid_run=0, none=0, all=0, partial=0, lost=0,
               trailing=0, unopenable=0, check_failed=0, problems=0, span=span)
    t0 = time.monotonic()
    for n in range(kills):
        db = folder / f"import{n}.briefing"
        fresh = n % 2 == 1
        if not fresh:
            shutil.copyfile(base, db)
        result = cs.kill_import(db, package, PACKAGE_CLAIMS, rng.uniform(0, span * 1.2),
                                data_dir)
        row["mid_run"] += result.killed_running
        if not result.opens:
            row["unopenable"] += 1
            print(f"  import kill {n}: {result.problems}")
            continue
        row["partial"] += result.partial
        row["none"] += result.claims_after == 0
        row["all"] += result.claims_after == PACKAGE_CLAIMS
        row["problems"] += bool(result.problems)
        if db.exists() and cs.cli_check(db, data_dir).returncode != 0:
            row["check_failed"] += 1
        for leftover in db.parent.glob(db.name + "*"):
            leftover.unlink()
    row["seconds"] = time.monotonic() - t0
    return row


def bench_edits(kills: int, rng: random.Random, folder: Path, data_dir: Path) -> dict:
    from briefing.workspace import create_from_seed

    db = folder / "edits.briefing"
    create_from_seed(db)
    row = dict(kind="edit", kills=kills, mid_run=0, none=0, all=0, partial=0, lost=0,
               trailing=0, unopenable=0, check_failed=0, problems=0, acknowledged=0)
    t0 = time.monotonic()
    start_value = cs.current_value(db, "sent-11000")
    for n in range(kills):
        early = n % 5 == 4
        result = cs.kill_edits(db, "sent-11000", rng.uniform(0, 0.05 if early else 0.3),
                               data_dir, wait_for_first=not early)
        row["mid_run"] += result.killed_running
        row["lost"] += result.lost
        row["trailing"] += result.trailing
        row["problems"] += bool(result.problems) or result.stored > result.acknowledged + 1
        if result.problems:
            print(f"  edit kill {n}: {result.problems}")
        if cs.cli_check(db, data_dir).returncode != 0:
            row["check_failed"] += 1
    row["acknowledged"] = cs.current_value(db, "sent-11000") - start_value
    row["seconds"] = time.monotonic() - t0
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100, help="kills of each kind")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="bench-crash-") as tmp:
        folder = Path(tmp)
        data_dir = folder / "data"
        data_dir.mkdir()
        import os
        os.environ["BRIEFING_DATA_DIR"] = str(data_dir)
        rows = [bench_imports(args.kills, rng, folder, data_dir),
                bench_edits(args.kills, rng, folder, data_dir)]
    columns = ("kind", "kills", "mid_run", "none", "all", "partial", "lost", "trailing",
               "unopenable", "check_failed", "problems", "seconds")
    print()
    print("  ".join(f"{c:>12}" for c in columns))
    for row in rows:
        print("  ".join(f"{row[c]:>12.1f}" if isinstance(row[c], float) else f"{row[c]:>12}"
                        for c in columns))
    print()
    print(f"import: {PACKAGE_CLAIMS} claims per package, one whole import takes "
          f"{rows[0]['span']:.2f} s; kills spread over 0..{rows[0]['span'] * 1.2:.2f} s; "
          "'mid_run' = the process was still running when killed")
    print(f"edit: {rows[1]['acknowledged']} edits committed across {args.kills} processes; "
          "'trailing' = one commit made it to the file but not to stdout (allowed)")
    bad = sum(r["partial"] + r["lost"] + r["unopenable"] + r["check_failed"] + r["problems"]
              for r in rows)
    print("RESULT:", "ok" if bad == 0 else f"{bad} FAILURES")
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
