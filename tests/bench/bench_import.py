"""`briefing import` of a generated package next to its floor, alternately, in one run.

    python tests/bench/bench_import.py PACKAGE.json [--runs 3] [--cap 600] [--keep DIR]
                                       [--before SRC]

The floor is json.load of the file + one executemany of its claims into a bare table
(scale_children.py `floor`); the import is the CLI into a new file (which includes its
one backup afterwards), in a fresh process, as a user runs it. Floor and import alternate so
both see the same load; the table gives each run, the medians, their ratio and each child's
peak RSS (VmHWM). `--before SRC`: also the import of another checkout of Briefing (e.g.
`git archive main | tar -x -C SRC`), run as `python -m briefing` from SRC, in the same
alternation. Generate packages with tests/bench/generate.py. Not collected by pytest.
"""
from __future__ import annotations

import argparse
import atexit
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_scale import briefing_cli, child, remove_db, run_child  # noqa: E402


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("package", type=Path)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--cap", type=float, default=600.0)
    p.add_argument("--keep", metavar="DIR")
    p.add_argument("--before", metavar="SRC", type=Path)
    args = p.parse_args()
    work = Path(args.keep or tempfile.mkdtemp(prefix="bench-import-"))
    if not args.keep:  # the files and their backups: 0.1–1 GB a run
        atexit.register(shutil.rmtree, work, True)
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, BRIEFING_DATA_DIR=str(work / "data"), BRIEFING_USER="bench")
    size = args.package.stat().st_size / 2**20
    print(f"{args.package} ({size:.0f} MiB); load {os.getloadavg()[0]:.2f} at start")
    floors, imports, befores = [], [], []
    for run in range(args.runs):
        db = work / "floor.sqlite"
        remove_db(db)
        r = child("floor", args.package, db, cap=args.cap)
        remove_db(db)
        floors.append((r["lines"][-1]["seconds"], r["maxrss_mb"]) if r["lines"] else None)
        db = work / "import.briefing"
        remove_db(db)
        r = run_child([briefing_cli(), "--db", str(db), "import", str(args.package)],
                      args.cap, env)
        mb = db.stat().st_size / 1e6 if db.exists() else 0
        remove_db(db)
        imports.append(None if r["rc"] or r["timeout"] else (r["wall"], r["maxrss_mb"], mb))
        if args.before:
            remove_db(db)
            old = dict(env, PYTHONPATH=str(args.before.resolve()))
            b = run_child([sys.executable, "-P", "-m", "briefing", "--db", str(db), "import",
                           str(args.package)], args.cap, old)
            befores.append(None if b["rc"] or b["timeout"] else (
                b["wall"], b["maxrss_mb"], db.stat().st_size / 1e6))
            remove_db(db)
            print(f"  run {run + 1}: before {befores[-1] and f'{befores[-1][0]:.2f} s, peak '}"
                  f"{befores[-1] and f'{befores[-1][1]:.0f} MB, file {befores[-1][2]:.0f} MB'}",
                  flush=True)
        print(f"  run {run + 1}: floor {floors[-1] and f'{floors[-1][0]:.2f} s'}, import "
              f"{imports[-1] and f'{imports[-1][0]:.2f} s, peak {imports[-1][1]:.0f} MB, file '}"
              f"{imports[-1] and f'{imports[-1][2]:.0f} MB'}; load {os.getloadavg()[0]:.2f}",
              flush=True)
    good_f = [f for f in floors if f]
    good_i = [i for i in imports if i]
    if not good_f or not good_i:
        raise SystemExit("a floor or an import failed")
    floor = statistics.median(f[0] for f in good_f)
    took = statistics.median(i[0] for i in good_i)
    print(f"floor median {floor:.2f} s (peak {max(f[1] for f in good_f):.0f} MB); import "
          f"median {took:.2f} s (peak {max(i[1] for i in good_i):.0f} MB); "
          f"ratio {took / floor:.2f}x; load {os.getloadavg()[0]:.2f} at the end")
    good_b = [b for b in befores if b]
    if good_b:
        before = statistics.median(b[0] for b in good_b)
        print(f"before median {before:.2f} s (peak {max(b[1] for b in good_b):.0f} MB, file "
              f"{good_b[0][2]:.0f} MB); ratio {before / floor:.2f}x")


if __name__ == "__main__":
    main()
