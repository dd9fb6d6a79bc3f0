"""The analysis at scale next to the seed briefing, ratios from one run.

    python tests/bench/bench_analysis.py [--claims 100000] [--events 20000] [--big FILE]
                                         [--keep DIR] [--runs 3]

Builds the seed briefing and a generated one (tests/bench/generate.py; or reuses `--big`, a
copy of which is analysed), then measures, each as the median of `--runs`:
- `analyse(ws)` (what the window's worker and the pack run), wall and CPU, and its part
  after the claims are read (Evidence, conflicts, projections), so the store's read of
  the claims as columns (`ws.claim_table()`, one SELECT) is shown apart;
- the UI's look-ups after an analysis: `conflict_of` / `conflicts_by_claim` of every claim
  (the slowest single one, and all of them);
- `briefing project --json` in a fresh process, seed vs big (goal ≤ 2×);
- peak memory: a fresh process that opens the big briefing and analyses it twice, keeping
  only the newest Analysis (what the window does), VmHWM; and tracemalloc's peak of one
  analysis.
Goals (issue 17): analysis at 100k ≤ 1 s; `project` 100k ≤ 2× seed.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def median_of(runs: int, fn) -> tuple[float, float]:
    """Median (wall, CPU) seconds of `runs` calls."""
    wall, cpu = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - w)
        cpu.append(time.process_time() - c)
    return statistics.median(wall), statistics.median(cpu)


def child(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True,
                         text=True, check=True, env=os.environ.copy())
    return json.loads(out.stdout.strip().splitlines()[-1])


def vm_hwm_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def run_child(kind: str, db: str) -> None:
    """Measured in a fresh process, so imports and earlier work do not blur it."""
    if kind == "project":
        start = time.perf_counter()
        from briefing.cli import main
        with open(os.devnull, "w") as sink:
            stdout, sys.stdout = sys.stdout, sink
            try:
                rc = main(["--db", db, "project", "--json"])
            finally:
                sys.stdout = stdout
        print(json.dumps({"seconds": time.perf_counter() - start, "rc": rc}))
        return
    from briefing.workspace import Workspace
    from briefing.workspace.analysis import analyse
    ws = Workspace.open(db, create=False, read_only=True, watch=False)
    opened = vm_hwm_mb()
    kept = None
    for _ in range(2):
        kept = None   # the window drops the old Analysis when the new one arrives
        kept = analyse(ws)
    print(json.dumps({"open_mb": opened, "peak_mb": vm_hwm_mb(),
                      "conflicts": len(kept.conflicts)}))


def measure(db: Path, runs: int) -> dict:
    import tracemalloc
    from briefing.projection import Evidence, project
    from briefing.workspace import Workspace
    from briefing.workspace.analysis import analyse
    from briefing.projection.collector import collector_paused
    ws = Workspace.open(db, create=False, watch=False)
    claims, sources, scenarios = ws.claim_table(), ws.sources(), ws.scenarios()
    subject = ws.briefing().subject
    out = {"claims": len(claims)}

    def read():
        with collector_paused():   # as analyse() reads
            ws.claim_table()
    out["read"] = median_of(runs, read)

    def from_claims():
        with collector_paused():   # as analyse() runs it
            ev = Evidence(claims, sources)
            [project(s, ev, subject=subject) for s in scenarios]
            ev.conflicts.index()
    out["from_claims"] = median_of(runs, from_claims)
    out["analyse"] = median_of(runs, lambda: analyse(ws))
    a = analyse(ws)
    out["conflicts"] = len(a.conflicts)
    ids = list(claims.ids)
    slowest, start = 0.0, time.perf_counter()
    for i in ids:
        t = time.perf_counter()
        a.conflict_of.get(i)
        a.conflicts_by_claim.get(i)
        slowest = max(slowest, time.perf_counter() - t)
    out["lookups"] = (time.perf_counter() - start, slowest)
    del a
    tracemalloc.start()
    analyse(ws)
    out["traced_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    ws.close()
    out["project"] = statistics.median(child("project", str(db))["seconds"]
                                       for _ in range(runs))
    out["memory"] = child("memory", str(db))
    return out


def build(work: Path, claims: int, events: int, big: str | None) -> tuple[Path, Path]:
    sys.path.insert(0, str(HERE))
    from briefing.interchange.package_json import read_package
    from briefing.workspace import Workspace, create_from_seed
    seed = work / "seed.briefing"
    if not seed.exists():
        create_from_seed(seed)
    target = work / "big.briefing"
    if big:
        shutil.copyfile(big, target)
    elif not target.exists():
        import generate
        pkg = generate.write(work / "big.json", claims, events)
        ws = Workspace.open(target)
        ws.import_package(read_package(pkg))
        ws.close()
    return seed, target


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        run_child(sys.argv[2], sys.argv[3])
        return
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--claims", type=int, default=100_000)
    p.add_argument("--events", type=int, default=20_000)
    p.add_argument("--big", help="an existing big briefing to analyse (copied)")
    p.add_argument("--keep", help="a folder to build in and keep")
    p.add_argument("--runs", type=int, default=3)
    a = p.parse_args()
    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="bench-analysis-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ["BRIEFING_DATA_DIR"] = str(work / "data")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        seed, big = build(work, a.claims, a.events, a.big)
        s, b = measure(seed, a.runs), measure(big, a.runs)
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
          f"{b['claims']:,} claims, {b['conflicts']:,} conflicting pairs")
    print(f"{'what':58} {'seed':>10} {'big':>10} {'ratio':>7}")
    rows = [("analyse(ws), wall", s["analyse"][0], b["analyse"][0]),
            ("analyse(ws), CPU", s["analyse"][1], b["analyse"][1]),
            ("  of which ws.claim_table() (the store's read), wall", s["read"][0], b["read"][0]),
            ("  analysis after the read (evidence, conflicts, projections), wall",
             s["from_claims"][0], b["from_claims"][0]),
            ("  analysis after the read, CPU", s["from_claims"][1], b["from_claims"][1]),
            ("conflict_of + conflicts_by_claim of every claim", s["lookups"][0],
             b["lookups"][0]),
            ("  slowest single claim's look-up", s["lookups"][1], b["lookups"][1]),
            ("`briefing project --json`, fresh process (goal ≤ 2×)", s["project"],
             b["project"])]
    for what, x, y in rows:
        print(f"{what:58} {x * 1e3:8.1f}ms {y * 1e3:8.1f}ms {y / x if x else 0:6.1f}×")
    for what, key in (("peak RSS: open, analyse twice keeping the newest", "memory"),):
        print(f"{what:58} {s[key]['peak_mb']:8.0f}MB {b[key]['peak_mb']:8.0f}MB "
              f"(after open {s[key]['open_mb']:.0f} / {b[key]['open_mb']:.0f} MB)")
    print(f"{'tracemalloc peak of one analyse(ws)':58} {s['traced_peak_mb']:8.1f}MB "
          f"{b['traced_peak_mb']:8.1f}MB")


if __name__ == "__main__":
    main()
