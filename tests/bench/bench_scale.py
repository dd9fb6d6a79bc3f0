"""Scale benchmark: import, start-up, open, ledger, edit, projection, PDF, memory and
another process's write, at the seed size, at 100k claims and at 1M, each next to a floor
or baseline measured in the same run on this machine.

    python tests/bench/bench_scale.py [--claims 100000] [--events 20000] [--big 1000000]
                                      [--skip-big] [--cap 180] [--keep DIR]
                                      [--session FILE]

Prints the machine, progress on stderr, then one table: step, measured, reference, ratio,
goal, PASS/FAIL. Steps that could run away (CLI imports, the PDF, everything at 1M) run in
child processes (tests/bench/scale_children.py) killed at `--cap` seconds; a killed step is
reported as TIMEOUT, never silently dropped. Not collected by pytest (tests/bench is in
norecursedirs). `--session FILE` runs only the app session (the seed's and FILE's windows,
the ledger, edits, an analysis, other-process writes) over a copy of FILE, with the
session's peak memory — the steps the peak is measured over, without the import before them
or the PDF after.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHILDREN = HERE / "scale_children.py"
sys.path.insert(0, str(HERE))

FRAME_S = 1 / 60
POLL_S = 0.250  # briefing/ui/session.py POLL_MS


def now() -> float:
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---- results ---------------------------------------------------------------------------------
ROWS: list[tuple[str, str, str, str, str, str]] = []


def fmt(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds:.2f} s"


def row(step: str, measured: str, reference: str = "", ratio: str = "", goal: str = "",
        verdict: str = "") -> None:
    ROWS.append((step, measured, reference, ratio, goal, verdict))
    log(f"{step}: {measured}  {reference}  {ratio}  {goal}  {verdict}")


def ratio_row(step: str, value: float | None, ref: float | None, ref_label: str, limit: float,
              goal: str) -> None:
    if value is None:
        row(step, "TIMEOUT/FAILED", f"{ref_label} {fmt(ref)}", "", goal, "FAIL")
        return
    r = value / ref if ref else float("nan")
    row(step, fmt(value), f"{ref_label} {fmt(ref)}", f"{r:.2f}×", goal,
        "PASS" if r <= limit else "FAIL")


def abs_row(step: str, value: float | None, limit: float | None, goal: str,
            reference: str = "", strict: bool = False) -> None:
    if value is None:
        row(step, "TIMEOUT/FAILED", reference, "", goal, "FAIL")
        return
    verdict = "info" if limit is None else (
        "PASS" if (value < limit if strict else value <= limit) else "FAIL")
    row(step, fmt(value), reference, "", goal, verdict)


def print_table() -> None:
    head = ("step", "measured", "reference (same run)", "ratio", "goal", "result")
    widths = [max(len(r[i]) for r in [head, *ROWS]) for i in range(len(head))]
    line = "  ".join("-" * w for w in widths)
    print(line)
    print("  ".join(h.ljust(w) for h, w in zip(head, widths)))
    print(line)
    for r in ROWS:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))
    print(line)


# ---- children --------------------------------------------------------------------------------
def run_child(args: list[str], cap: float, env: dict | None = None) -> dict:
    """Run a child to completion or kill it at `cap` seconds. Returns its JSON lines, wall
    time, its own peak RSS (os.wait4) and whether it timed out."""
    out = tempfile.TemporaryFile(mode="w+")
    err = tempfile.TemporaryFile(mode="w+")
    start = now()
    proc = subprocess.Popen(args, stdout=out, stderr=err, env=env or os.environ.copy())
    killed, done = threading.Event(), threading.Event()
    peak = [0.0]

    def watch():
        # VmHWM of the child itself (ru_maxrss would include this process's RSS at fork).
        from scale_children import vm_hwm_mb
        deadline = start + cap
        while not done.wait(0.02):
            peak[0] = max(peak[0], vm_hwm_mb(proc.pid))
            if now() > deadline:
                killed.set()
                proc.kill()
                return
    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    _, status, _usage = os.wait4(proc.pid, 0)
    done.set()
    watcher.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = now() - start
    out.seek(0)
    err.seek(0)
    lines = []
    for text in out.read().splitlines():
        try:
            lines.append(json.loads(text))
        except json.JSONDecodeError:
            pass
    stderr = err.read()
    if proc.returncode and not killed.is_set():
        log(f"child {' '.join(args[1:3])} exited {proc.returncode}: {stderr[-800:]}")
    return {"start": start, "wall": wall, "lines": lines, "rc": proc.returncode,
            "timeout": killed.is_set(), "maxrss_mb": peak[0],
            "stderr": stderr}


def child(mode: str, *args, cap: float, env: dict | None = None) -> dict:
    return run_child([sys.executable, str(CHILDREN), mode, *map(str, args)], cap, env)


def briefing_cli() -> str:
    found = shutil.which("briefing", path=str(Path(sys.executable).parent)) or \
        shutil.which("briefing")
    if not found:
        raise SystemExit("the `briefing` command is not installed in this environment")
    return found


def remove_db(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)


# ---- machine ---------------------------------------------------------------------------------
def machine() -> None:
    import numpy
    import pandas
    import PySide6
    import pyqtgraph
    cpu = "?"
    try:
        for text in Path("/proc/cpuinfo").read_text().splitlines():
            if text.startswith("model name"):
                cpu = text.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    print(f"machine : {platform.platform()}; {cpu}; {os.cpu_count()} CPUs; {mem:.1f} GiB RAM")
    print(f"python  : {platform.python_version()} ({sys.executable})")
    print(f"versions: PySide6 {PySide6.__version__}, pyqtgraph {pyqtgraph.__version__}, "
          f"numpy {numpy.__version__}, pandas {pandas.__version__}, "
          f"sqlite {sqlite3.sqlite_version}")
    print(f"Qt      : QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}")
    print(f"load    : {' '.join(f'{x:.2f}' for x in os.getloadavg())} (1/5/15 min) at start; "
          "other work on the machine skews absolute times, ratios less so")
    print(flush=True)


# ---- steps -----------------------------------------------------------------------------------
def step_import(pkg: Path, work: Path, n: int, cap: float, runs: int) -> None:
    """CLI import and in-process import next to json.load + bare executemany."""
    floors = []
    for i in range(runs):
        db = work / f"floor{i}.sqlite"
        remove_db(db)
        r = child("floor", pkg, db, cap=cap)
        remove_db(db)
        if r["lines"]:
            floors.append(r["lines"][-1]["seconds"])
    floor_s = statistics.median(floors) if floors else None
    cli, peaks = [], []
    for i in range(runs):
        db = work / f"cli{i}.briefing"
        remove_db(db)
        r = run_child([briefing_cli(), "--db", str(db), "import", str(pkg)], cap)
        if r["rc"] == 0:
            cli.append(r["wall"])
            peaks.append(r["maxrss_mb"])
        remove_db(db)
    cli_peak = statistics.median(peaks) if peaks else None
    ratio_row(f"import {n:,} claims: `briefing import` (subprocess, median {runs})",
              statistics.median(cli) if cli else None, floor_s,
              "json.load+executemany", 3.0, "≤ 3× floor")

    from briefing.interchange.package_json import parse_package
    from briefing.workspace import Workspace
    from scale_children import maxrss_mb, reset_peak
    db = work / "inproc.briefing"
    remove_db(db)
    reset_peak()
    t = now()
    with open(pkg, encoding="utf-8") as fh:
        data = json.load(fh)
    t_load = now()
    package = parse_package(data, pkg)
    del data  # as read_package does: the raw dicts die before the import starts
    t_parse = now()
    ws = Workspace.open(db)
    ws.import_package(package)
    ws.close()
    t_end = now()
    del package
    import_peak = maxrss_mb()
    remove_db(db)
    ratio_row(f"import {n:,} claims: in-process json.load+parse_package+import_package",
              t_end - t, floor_s, "json.load+executemany", 3.0, "≤ 3× floor")
    row("  … of which json.load / parse_package / open+import_package",
        f"{fmt(t_load - t)} / {fmt(t_parse - t_load)} / {fmt(t_end - t_parse)}",
        "", "", "", "info")
    row(f"peak memory of the {n:,} import (in-process VmHWM; CLI child median run)",
        f"{import_peak:.0f} MB", f"CLI child {cli_peak:.0f} MB" if cli_peak else "", "",
        "≤ 1 GB", "PASS" if max(import_peak, cli_peak or 0) <= 1000 else "FAIL")


def step_coldstart(env: dict, cap: float, runs: int) -> None:
    libs, starts, phases = [], [], []
    for _ in range(runs):
        r = child("libs", cap=cap, env=env)
        if r["lines"]:
            libs.append(r["lines"][-1]["imported"] - r["start"])
    bare = []
    for _ in range(runs):
        r = run_child([sys.executable, "-c", "pass"], cap, env)
        bare.append(r["wall"])
    for _ in range(runs):
        r = child("coldstart", cap=cap, env=env)
        if r["lines"] and r["lines"][-1].get("ok"):
            d = r["lines"][-1]
            starts.append(d["painted"] - r["start"])
            phases.append(d | {"start": r["start"]})
    lib_s = statistics.median(libs) if libs else None
    ratio_row(f"cold start, seed briefing → ledger's first paint (fresh process, median "
              f"{runs})", statistics.median(starts) if starts else None, lib_s,
              "import Qt+pandas+pyqtgraph+numpy", 1.3, "≤ 1.3× library import")
    if phases:
        d = sorted(phases, key=lambda p: p["painted"] - p["start"])[len(phases) // 2]
        order = [("interp", "t0"), ("import ws", "workspace_imported"),
                 ("open", "workspace_opened"), ("import ui", "ui_imported"),
                 ("QApp", "app"), ("MainWindow()", "window_built"), ("paint", "painted")]
        parts, prev = [], d["start"]
        for label, key in order:
            parts.append(f"{label} {(d[key] - prev) * 1000:.0f}")
            prev = d[key]
        row("  … phases of the median cold start (ms)", " · ".join(parts),
            f"bare `python -c pass` {fmt(statistics.median(bare))}", "", "", "info")


def build_window(app, path: Path):
    """Workspace.open as the window opens a file + MainWindow + show + events until the
    ledger has painted."""
    from scale_children import show_until_painted, window_open_args

    from briefing.ui.main_window import MainWindow
    from briefing.ui.session import Session
    from briefing.workspace import Workspace
    t = now()
    ws = Workspace.open(path, **window_open_args())
    t_open = now()
    window = MainWindow(Session(ws))
    t_built = now()
    show_until_painted(app, window, 600)
    t_paint = now()
    return window, {"total": t_paint - t, "open": t_open - t, "construct": t_built - t_open,
                    "paint": t_paint - t_built, "redraw_ms": window.redraw_ms}


def settle(app, window, cap: float = 600.0) -> float:
    """Process events until the window's opening work and background analysis (if the code
    has them) are done, so what follows measures every claim; returns the seconds waited."""
    t = now()
    finish = getattr(window, "finish_opening", None)
    if finish is not None:
        finish()  # a paged ledger's other rows and the analysis deferred past the first paint
    runner = getattr(window, "runner", None)
    while runner is not None and getattr(runner, "busy", False) and now() - t < cap:
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()
    return now() - t


def close_window(app, window) -> None:
    settle(app, window)
    from PySide6.QtCore import QCoreApplication, QEvent
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    app.processEvents()


def plain_claim(ws):
    """A claim with a bare value (no range, not a fraction): any new value is valid."""
    row_ = ws.store.conn.execute("SELECT id FROM claim WHERE value IS NOT NULL AND low IS NULL "
                                 "AND high IS NULL AND fraction IS NULL ORDER BY seq "
                                 "LIMIT 1").fetchall()
    return ws.get("claim", row_[0][0])


def step_edits(app, window, label: str, runs: int, limit_ms: float, goal: str,
               strict: bool) -> None:
    claim = plain_claim(window.session.ws)
    walls, redraws, paints, settled = [], [], [], []
    settle(app, window)
    for i in range(runs):
        value = claim.value + 1 + i
        t = now()
        window.session.put(claim.changed(value=value))
        walls.append(now() - t)
        redraws.append(window.redraw_ms / 1000)
        t2 = now()
        app.processEvents()
        paints.append(now() - t2)
        settle(app, window)
        settled.append(now() - t)
    abs_row(f"edit → redraw at {label}: window.redraw_ms (on_changes), median {runs}",
            statistics.median(redraws), limit_ms / 1000, goal, strict=strict)
    abs_row(f"edit → redraw at {label}: wall time around session.put",
            statistics.median(walls), limit_ms / 1000, goal,
            f"+ next processEvents {fmt(statistics.median(paints))}", strict=strict)
    row(f"  … edit at {label} until the analysis is shown too (background runner idle)",
        fmt(statistics.median(settled)), "", "", "", "info")


def step_other_process(app, window, label: str, runs: int, cap: float) -> None:
    """Another process commits a new value; time until this window's model shows it."""
    from PySide6.QtCore import QCoreApplication
    ws = window.session.ws
    claim = plain_claim(ws)
    delays = []
    settle(window.thread() and QCoreApplication.instance(), window)
    for i in range(runs):
        value = claim.value + 1000 + i
        out, err = tempfile.TemporaryFile(mode="w+"), tempfile.TemporaryFile(mode="w+")
        proc = subprocess.Popen([sys.executable, str(CHILDREN), "writer", str(ws.path),
                                 claim.id, str(value)], stdout=out, stderr=err)
        seen = None
        deadline = now() + cap
        while now() < deadline:
            QCoreApplication.processEvents()
            rows = window.model.rows
            pos = rows.index.get(claim.id)
            if pos is not None and rows.value(pos, "value") == value:
                seen = now()
                break
            time.sleep(0.0005)
        proc.wait()
        out.seek(0)
        lines = [json.loads(x) for x in out.read().splitlines() if x.startswith("{")]
        if seen is None or not lines:
            err.seek(0)
            log(f"other-process trial {i} at {label}: seen={seen is not None}, writer rc "
                f"{proc.returncode}: {err.read()[-600:]}")
            delays.append(None)
            continue
        delays.append(seen - lines[-1]["committed"])
        settle(QCoreApplication.instance(), window)
        time.sleep(0.05 + (i * 0.037) % 0.2)  # vary the phase against the poll timer
    good = [d for d in delays if d is not None]
    limit = POLL_S + FRAME_S
    if not good:
        abs_row(f"another process's write shown at {label}", None, limit, "≤ 250 ms poll + 1 frame")
        return
    missed = len(delays) - len(good)
    abs_row(f"another process's write shown at {label} (median of {len(good)}, max "
            f"{fmt(max(good))})" + (f"; {missed} of {len(delays)} NEVER shown within "
                                    f"{cap:.0f} s" if missed else ""),
            statistics.median(good), limit, "≤ 250 ms poll + 1 frame (266.7 ms)")
    if missed:
        ROWS[-1] = (*ROWS[-1][:5], "FAIL")


def step_ledger(rows, label: str) -> None:
    import numpy as np
    import pandas as pd
    from scale_children import ledger_timings

    from briefing.ui.ledger_rows import LedgerFilter
    for name, v in ledger_timings(rows, np, pd, LedgerFilter).items():
        ratio_row(f"ledger {name} at {label} (LedgerRows, median 3)", v["seconds"], v["bare"],
                  v["bare_what"], 1.5, "≤ 1.5× bare")


def step_big(args, work: Path, env: dict) -> None:
    cap = args.cap
    n = args.big
    pkg = work / f"pkg{n}.json"
    log(f"generating {n:,} claims (child process)")
    r = run_child([sys.executable, str(HERE / "generate.py"), str(pkg), "--claims", str(n),
                   "--events", str(args.events * n // max(args.claims, 1))], max(cap, 600))
    if r["rc"] != 0:
        row(f"generate {n:,}-claim package", "FAILED", "", "", "", "FAIL")
        return
    row(f"  (generate {n:,}-claim package, {pkg.stat().st_size / 2**20:.0f} MiB JSON)",
        fmt(r["wall"]), "", "", "", "info")

    log("1M floor")
    fl = child("floor", pkg, work / "floor_big.sqlite", cap=cap)
    remove_db(work / "floor_big.sqlite")
    floor_s = fl["lines"][-1]["seconds"] if fl["lines"] else None
    db = work / "big.briefing"
    remove_db(db)
    log("1M CLI import")
    r = run_child([briefing_cli(), "--db", str(db), "import", str(pkg)], cap)
    cli_s = None if r["timeout"] or r["rc"] else r["wall"]
    ratio_row(f"import {n:,} claims: `briefing import` (subprocess, 1 run)", cli_s, floor_s,
              "json.load+executemany", 3.0, "≤ 3× floor")
    row(f"  peak memory of the {n:,} import (child's own VmHWM)",
        f"{r['maxrss_mb']:.0f} MB" + (" (killed at cap)" if r["timeout"] else ""),
        f"floor's {fl['maxrss_mb']:.0f} MB" if fl["lines"] else "", "", "", "info")
    source = "the CLI import"
    if cli_s is None:
        remove_db(db)
        log("CLI import failed or timed out: building the 1M file by chunked import")
        r = child("chunked_import", pkg, db, 100_000, cap=3 * cap)
        source = "a chunked import_package (CLI import failed)"
        if r["rc"] != 0:
            row(f"open {n:,}: could not build the file", "FAILED", "", "", "", "FAIL")
            return
    log("1M open + claim_columns + ledger")
    r = child("open_big", db, cap=cap)
    steps = {d["step"]: d for d in r["lines"]}
    opened = steps.get("open")
    abs_row(f"open {n:,} (Workspace.open + claim_columns, fresh process; file from {source})",
            opened["seconds"] if opened else None, 10.0, "≤ 10 s, no OOM",
            f"open {fmt(opened['open'])} + frame {fmt(opened['claims_frame'])}" if opened
            else ("killed at cap" if r["timeout"] else f"rc {r['rc']}"))
    row(f"  peak memory of the {n:,} open (child's VmHWM: at open+frame / whole child)",
        (f"{opened['maxrss_mb']:.0f} MB / " if opened else "") + f"{r['maxrss_mb']:.0f} MB",
        "", "", "", "info")
    fr = steps.get("from_frame")
    abs_row(f"  LedgerRows.from_columns over the real {n:,} claim_columns()",
            fr["seconds"] if fr else None, None, "(no goal)")
    for name in ("sort subject", "sort figure desc", "filter text=kursk"):
        v = steps.get(name)
        ratio_row(f"ledger {name} at {n:,} (LedgerRows from real claim_columns, median 3)",
                  v["seconds"] if v else None, v["bare"] if v else None,
                  v["bare_what"] if v else "bare", 1.5, "≤ 1.5× bare")
    c = steps.get("ws.claims()")
    abs_row(f"  ws.claims() at {n:,} (what on_changes/analyse read)", c["seconds"] if c
            else None, None, "(no goal)")
    if r["timeout"]:
        row(f"  {n:,} open/ledger child", f"killed at the {cap:.0f} s cap", "", "", "",
            "TIMEOUT")


def steps_before_session(args, work: Path, pkg: Path, env: dict) -> None:
    """Generate the package, import it (CLI and in-process), and the cold start."""
    from generate import write
    from briefing.workspace import create_from_seed
    n = args.claims
    log(f"generating {n:,} claims, {args.events:,} events")
    t = now()
    write(pkg, n, args.events)
    row(f"  (generate {n:,}-claim package, {pkg.stat().st_size / 2**20:.0f} MiB JSON)",
        fmt(now() - t), "", "", "", "info")

    # 1. import
    log("import")
    step_import(pkg, work, n, args.cap, args.runs)

    # 2. cold start (the default briefing, created from the seed, in the data dir)
    log("cold start")
    create_from_seed(work / "data" / "default.briefing")
    step_coldstart(env, args.cap, args.runs)


def step_pdf(args, work: Path, big_db: Path, n: int, peak: float) -> None:
    """The PDF pack in a child, and the session's peak measured before it."""
    log("PDF export (child)")
    r = child("pack", big_db, work / "pack.pdf", cap=args.cap)
    if r["lines"]:
        d = r["lines"][-1]
        abs_row(f"PDF export write_pack at {n:,} (child process, 1 run)", d["seconds"], None,
                "(no goal given)", f"{d['pages']} pages, {d['bytes'] / 2**20:.1f} MiB, "
                                   f"child peak {r['maxrss_mb']:.0f} MB")
    else:
        row(f"PDF export write_pack at {n:,} (child process)",
            f"killed at the {args.cap:.0f} s cap" if r["timeout"] else f"failed rc {r['rc']}",
            f"child peak {r['maxrss_mb']:.0f} MB", "", "(no goal given)",
            "TIMEOUT" if r["timeout"] else "FAIL")
    row(f"peak memory of the {n:,} app session (VmHWM: seed+{n:,} windows, ledger, edits, "
        f"analyse, other-process writes)", f"{peak:.0f} MB", f"PDF child {r['maxrss_mb']:.0f} MB", "",
        "≤ 1 GB", "PASS" if peak <= 1000 else "FAIL")


def main() -> None:
    p = argparse.ArgumentParser(description="Briefing scale benchmark")
    p.add_argument("--claims", type=int, default=100_000)
    p.add_argument("--events", type=int, default=20_000)
    p.add_argument("--big", type=int, default=1_000_000)
    p.add_argument("--skip-big", action="store_true")
    p.add_argument("--cap", type=float, default=180.0, help="seconds before a step is killed")
    p.add_argument("--runs", type=int, default=3, help="runs of the cheap steps (median)")
    p.add_argument("--keep", metavar="DIR", help="work in DIR and keep the files")
    p.add_argument("--session", metavar="FILE",
                   help="only the app session, over a copy of this big .briefing")
    args = p.parse_args()

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    data = work / "data"
    data.mkdir(exist_ok=True)
    xdg = work / "xdg"
    xdg.mkdir(mode=0o700, exist_ok=True)
    os.environ["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM") or "offscreen"
    os.environ.setdefault("XDG_RUNTIME_DIR", str(xdg))
    os.environ["BRIEFING_DATA_DIR"] = str(data)  # never the user's settings or briefing
    os.environ["BRIEFING_USER"] = "bench"
    env = os.environ.copy()

    machine()
    print(f"work dir: {work}\n", flush=True)

    from briefing.workspace import create_from_seed
    n = args.claims
    pkg = work / f"pkg{n}.json"
    if not args.session:
        steps_before_session(args, work, pkg, env)

    # 3. open + first render, in-process
    from briefing.charts.qt_app import ensure_app, shutdown
    from briefing.workspace import Workspace
    from scale_children import maxrss_mb, reset_peak
    app = ensure_app(headless=True)
    reset_peak()  # the app session's peak, not the import step's
    seed_db = work / "seed.briefing"
    create_from_seed(seed_db)
    big_db = work / "hundred.briefing"
    remove_db(big_db)
    if args.session:
        shutil.copy(args.session, big_db)
    else:
        r = run_child([briefing_cli(), "--db", str(big_db), "import", str(pkg)], args.cap)
        if r["rc"]:
            raise SystemExit(f"could not import {pkg}: {r['stderr'][-500:]}")
    ws = Workspace.open(big_db)
    counts = {k: len(ws.store.ids(k)) for k in ("claim", "event", "source")}
    ws.close()
    log(f"open + first render: seed ×{args.runs}, {n:,} ×1 ({counts})")
    seeds = []
    for _ in range(args.runs):
        w, m = build_window(app, seed_db)
        seeds.append(m["total"])
        close_window(app, w)
    seed_s = statistics.median(seeds)
    seed_window, _ = build_window(app, seed_db)
    big_window, m = build_window(app, big_db)
    settle(app, big_window)
    ratio_row(f"open + first render of {n:,} claims / {args.events:,} events (in-process)",
              m["total"], seed_s, "seed", 2.0, "≤ 2× seed")
    row("  … open / MainWindow() / show→paint (on_changes inside MainWindow())",
        f"{fmt(m['open'])} / {fmt(m['construct'])} / {fmt(m['paint'])}",
        f"on_changes {m['redraw_ms']:.0f} ms", "", "", "info")
    conflicts = len(big_window.analysis.conflicts) if big_window.analysis else 0
    row(f"  (conflicts found in the {n:,} briefing)", f"{conflicts:,}", "", "", "", "info")

    # 4. ledger at 100k
    log("ledger sort/filter")
    step_ledger(big_window.model.rows, f"{n:,}")

    # 5. edit → redraw
    log("edit → redraw")
    step_edits(app, seed_window, "seed", 5, 16, "< 16 ms", strict=True)
    step_edits(app, big_window, f"{n:,}", args.runs, 50, "≤ 50 ms", strict=False)

    # 6. analyse, PDF, memory
    log("analyse")
    settle(app, big_window)
    from briefing.ui import settings
    from briefing.workspace.analysis import analyse
    t = now()
    analyse(big_window.session.ws, samples=settings.get(settings.SAMPLES),
            seed=settings.get(settings.SEED))
    abs_row(f"projection recompute analyse() at {n:,} claims (1 run)", now() - t, 0.050,
            "fits the 50 ms edit budget")

    # 8. another process's write (window open)
    log("another process's write")
    step_other_process(app, seed_window, "seed", 5, 30)
    step_other_process(app, big_window, f"{n:,}", 2, args.cap)

    peak = maxrss_mb()
    if args.session:
        row(f"peak memory of the {counts['claim']:,} app session (VmHWM: seed+big windows, "
            f"ledger, edits, analyse, other-process writes)", f"{peak:.0f} MB", "", "",
            "≤ 600 MB", "PASS" if peak <= 600 else "FAIL")
    else:
        step_pdf(args, work, big_db, n, peak)

    close_window(app, seed_window)
    close_window(app, big_window)

    # 7. 1M
    if not args.skip_big and not args.session:
        step_big(args, work, env)

    print()
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print_table()
    shutdown()
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
