"""Open + first render: the seed against a 100k-claim briefing in one run, and a frame-gap
probe on the window's thread from the open to the first analysis shown, and while a rolling
backup is taken.

    python tests/bench/bench_open.py [--claims 100000] [--events 20000] [--runs 5]
                                     [--keep DIR] [--big FILE] [--stalls]

Each open is what an analyst's `briefing FILE` does in the window: `Workspace.open`,
`MainWindow(Session(ws))`, `show()` and events until the ledger's viewport has painted. Every
open gets a fresh data folder, so each one finds no backup and takes one (the case of a file
changed since its last backup). The probe is a 2 ms QTimer recording the longest gap between
its ticks, reported by phase, for the seed and the big file alike: "made" is
`Workspace.open` and `MainWindow(...)`, which run before the event loop turns (one gap by
construction); "first paint" the show until the ledger has painted; "after paint" what
follows it (deferred work, the analysis arriving) until the analysis is shown; "after
analysis" until the window is idle; then "periodic backup" while the window's timer takes a
rolling backup. "Open → charts and judgments shown" is the open plus the wait until the
judgments view and the projection chart hold the file's projections — the judgments' text
and every number of the chart's figure equal to those of an analysis of the file made before
the open (not timed) — of each file (the seed's is analysed inline). "Open → the whole
analysis shown" waits for the window's analysis (conflicts, matrix, bases: what the ledger,
the detail pane and the panels show) instead; of that, the analysis worker's own wall time
(`AnalysisRunner.last_seconds`) is printed apart from the rest.
`--stalls` lists every gap over 50 ms with the frames the window's thread was in (and, where
it was only waiting for the interpreter, what the worker threads were running), and the
garbage collections that ran in it (a collection holds the interpreter, on whichever thread
it runs, so the window's thread waits for it too). Not
collected by pytest (tests/bench is in norecursedirs).
"""
from __future__ import annotations

import argparse
import atexit
import collections
import gc
import os
import shutil
import signal
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

PROBE_MS = 2
IDLE_S = 0.5     # after the analysis is shown, the window must be quiet this long
GAP_GOAL_MS = 50
SAMPLE_S = 0.010  # the watchdog's look at a late tick
WINDOW_OPEN: dict = {}  # window_open_args(), once the package is importable


def now() -> float:
    return time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


class Probe:
    """Longest gaps between ticks of a short QTimer, each labelled with the phase it
    ended in. With `sample`, a SIGALRM armed at every tick goes off once a tick is late
    and then every few milliseconds: its handler runs on the window's thread at the next
    bytecode and keeps the stack it finds, so every gap over the goal is reported with
    what ran in it (`stalls`), with the garbage collections that overlapped it (from
    `gc.callbacks`: how long, which generation, on which thread). (A sampling thread
    would trigger garbage collections off the window's thread, which destroy Qt objects
    there and can deadlock.)"""

    def __init__(self, sample: bool = False, name: str = ""):
        """`name`: which file's window, in the stalls' report (the big file's: none)."""
        from PySide6.QtCore import QTimer
        self.name = name
        self.phase = "made"
        self.gaps: dict[str, float] = {}
        # (phase, seconds, the window thread's CPU seconds in it, stack samples,
        # collections in the gap)
        self.stalls: list[tuple[str, float, float, list, list]] = []
        self.sample = sample
        self._samples: list = []
        self._collections: list[tuple[float, float, int, str]] = []  # start, end, gen, thread
        self._collecting: dict[int, float] = {}
        self.last = now()
        self.last_cpu = time.thread_time()  # the window's thread's own CPU time
        self.timer = QTimer()
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        if sample:
            signal.signal(signal.SIGALRM, self._alarm)
            gc.callbacks.append(self._collection)

    def _collection(self, phase: str, info: dict) -> None:
        ident = threading.get_ident()
        if phase == "start":
            self._collecting[ident] = now()
        elif ident in self._collecting:
            name = "window" if ident == threading.main_thread().ident else "worker"
            self._collections.append((self._collecting.pop(ident), now(),
                                      info["generation"], name))

    def _tick(self) -> None:
        t, cpu = now(), time.thread_time()
        gap = t - self.last
        self.gaps[self.phase] = max(self.gaps.get(self.phase, 0.0), gap)
        if gap * 1000 > GAP_GOAL_MS and self.phase != "made":
            inside = [(min(end, t) - max(start, self.last), gen, thread)
                      for start, end, gen, thread in self._collections
                      if end > self.last and start < t]
            self.stalls.append((self.name + self.phase, gap, cpu - self.last_cpu,
                                self._samples, inside))
        self._samples = []
        if self.sample:
            signal.setitimer(signal.ITIMER_REAL, GAP_GOAL_MS / 2000, SAMPLE_S)
        self.last, self.last_cpu = t, cpu

    def _alarm(self, _signum, frame) -> None:
        """One sample: the window thread's stack and, beside it, where every other thread
        was when it got the interpreter back (a worker holding the GIL stalls it too)."""
        others = [_stack(f) for ident, f in sys._current_frames().items()
                  if ident != threading.main_thread().ident]
        self._samples.append((_stack(frame), others))

    def skip(self) -> None:
        """The time since the last tick was the benchmark's own work, not the window's."""
        self.last, self.last_cpu, self._samples = now(), time.thread_time(), []

    def enter(self, phase: str) -> None:
        self._tick()
        self.phase = phase

    def stop(self) -> None:
        self.timer.stop()
        if self.sample:
            signal.setitimer(signal.ITIMER_REAL, 0)
            gc.callbacks.remove(self._collection)


def _stack(frame) -> list[tuple[str, int, str]]:
    stack = []
    while frame is not None:
        stack.append((frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name))
        frame = frame.f_back
    return stack


def _ours(stack, depth: int = 4) -> tuple[str, ...]:
    """The innermost `depth` frames of the project and pyqtgraph (any, if none), innermost
    last."""
    frames = [(f"{Path(f).name}:{n} {name}", f) for f, n, name in stack]
    ours = [text for text, f in frames
            if ("/briefing/" in f or "pyqtgraph" in f) and "/bench/" not in f]
    return tuple(reversed((ours or [text for text, _ in frames])[:depth]))


def report_stalls(stalls: list[tuple[str, float, float, list, list]]) -> None:
    """Each gap over the goal: its length, how much of it the window's thread ran (the
    rest it waited: for the interpreter, or for a core), the garbage collections in it, and
    the window-thread frames seen most in it (the project's and pyqtgraph's own, innermost
    last) with where the other threads were when it was taken."""
    for phase, gap, cpu, samples, pauses in stalls:
        print(f"stall {gap * 1000:.0f} ms ({phase}), the window's thread ran "
              f"{cpu * 1000:.0f} ms of it, {len(samples)} samples:")
        for seconds, gen, thread in pauses:
            if seconds * 1000 >= 1:
                print(f"  gc generation {gen} on the {thread}'s thread: "
                      f"{seconds * 1000:.0f} ms of it")
        counts = collections.Counter()
        for stack, others in samples:
            key = _ours(stack) + ("| other threads: ",) + tuple(
                " > ".join(_ours(o, 3)) for o in others if o)
            counts[key] += 1
        for key, n in counts.most_common(3):
            print(f"  {n:3d}× " + " > ".join(key))


def open_window(app, path: Path, data: Path, probe: Probe | None = None):
    """(window, seconds to the first paint, phases) of one open, as the window does it."""
    from scale_children import show_until_painted

    from briefing.ui.main_window import MainWindow
    from briefing.ui.session import Session
    from briefing.workspace import Workspace
    os.environ["BRIEFING_DATA_DIR"] = str(data)
    t = now()
    ws = Workspace.open(path, **WINDOW_OPEN)
    t_open = now()
    window = MainWindow(Session(ws), restore=False)
    t_built = now()
    if probe is not None:
        probe.enter("first paint")
    show_until_painted(app, window, 600)
    t_paint = now()
    if probe is not None:
        probe.enter("after paint")
    return window, t_paint - t, {"open": t_open - t, "construct": t_built - t_open,
                                 "paint": t_paint - t_built}


def expected_view(path: Path) -> tuple[str, tuple]:
    """What the judgments view and the chart hold once the file's projections are shown:
    the judgments' text and the chart figure's numbers, from an analysis of the file made
    here, before the open (not timed), with the window's samples and seed."""
    from briefing.charts.projection_data import projection_figure
    from briefing.ui import settings
    from briefing.ui.judgments_view import judgments_html
    from briefing.workspace import Workspace
    from briefing.workspace.analysis import analyse
    ws = Workspace.reader(path)
    try:
        a = analyse(ws, samples=settings.get(settings.SAMPLES), seed=settings.get(settings.SEED))
        figure = projection_figure(a.projections, a.observed, {s.id: s for s in ws.sources()},
                                   ws.briefing().as_of)
    finally:
        ws.close()
    return judgments_html(a.projections), figure_numbers(figure)


def figure_numbers(value):
    """A figure as nested tuples of its numbers and words (arrays by their bytes, so NaN
    equals NaN); the points' Readings, worded only for a tip, left out."""
    import dataclasses

    import numpy as np
    if isinstance(value, np.ndarray):
        return tuple(value.tolist()) if value.dtype == object else (
            value.dtype.str, value.shape, value.tobytes())
    if dataclasses.is_dataclass(value):
        return tuple(figure_numbers(getattr(value, f.name)) for f in dataclasses.fields(value)
                     if f.name != "readings")
    if isinstance(value, (tuple, list)):
        return tuple(figure_numbers(v) for v in value)
    return value


def charted(window, expected: tuple[str, tuple], seen: dict) -> bool:
    """Whether the judgments view and the chart hold the expected projections (a figure is
    compared once: `seen` keeps the verdict on the last one)."""
    html, numbers = expected
    figure = window.chart.figure
    if figure is None or window.judgments.text() != html:
        return False
    if seen.get("figure") is not figure:
        seen["figure"], seen["same"] = figure, figure_numbers(figure) == numbers
    return seen["same"]


def until_idle(app, window, probe: Probe, expected: tuple[str, tuple],
               cap: float = 600.0) -> tuple[float, float]:
    """Events until the analysis is shown and nothing is pending; seconds to the charts and
    judgments shown, and to the whole analysis."""
    t = now()
    shown = drawn = None
    quiet_since = None
    seen: dict = {}
    while now() - t < cap:
        if drawn is None and charted(window, expected, seen):
            drawn = now() - t
        if shown is None and window.analysis is not None and not window.runner.busy:
            shown = now() - t
            probe.enter("after analysis")
        app.processEvents()
        time.sleep(0.001)
        busy = window.runner.busy or window.analysis is None or _deferred(window)
        if busy or drawn is None:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = now()
        elif now() - quiet_since >= IDLE_S:
            break
    if drawn is None:
        raise SystemExit("the chart and judgments never showed the file's projections")
    return drawn, (shown if shown is not None else float("nan"))


def periodic_backup(app, window, data: Path, probe: Probe) -> None:
    """The window's rolling backup of the briefing as its timer takes it (the opening backup
    removed, so one is due), with the probe running until it is written and the window
    has been quiet a moment."""
    shutil.rmtree(data / "backups", ignore_errors=True)
    probe.skip()  # deleting an 80 MB backup on this thread is the benchmark's doing
    probe.enter("periodic backup")
    window.back_up()
    worker = getattr(window, "backups", None)  # before: copied on the window's thread
    t = now()
    while worker is not None and worker.running and now() - t < 600:
        app.processEvents()
        time.sleep(0.001)
    while now() - t < IDLE_S:
        app.processEvents()
        time.sleep(0.001)
    if not list((data / "backups").glob("*/*.briefing")):
        raise SystemExit("the periodic backup was not written")


def _deferred(window) -> bool:
    """Whether the window still has work queued after its first paint (if it has any)."""
    opening = getattr(window, "opening", None)
    return opening is not None and opening.pending


def close_window(app, window) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    window.runner.wait()
    app.processEvents()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    app.processEvents()


def fmt(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def main() -> None:
    p = argparse.ArgumentParser(description="Briefing open + first render benchmark")
    p.add_argument("--claims", type=int, default=100_000)
    p.add_argument("--events", type=int, default=20_000)
    p.add_argument("--runs", type=int, default=5, help="opens of each file (median)")
    p.add_argument("--keep", metavar="DIR", help="work in DIR and keep the files")
    p.add_argument("--big", metavar="FILE", help="an existing big .briefing (copied)")
    p.add_argument("--stalls", action="store_true",
                   help="sample the window thread's stack and list every gap over the goal")
    args = p.parse_args()

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="briefing-open-"))
    if not args.keep:  # the files and their backups: 0.1–1 GB a run
        atexit.register(shutil.rmtree, work, True)
    work.mkdir(parents=True, exist_ok=True)
    xdg = work / "xdg"
    xdg.mkdir(mode=0o700, exist_ok=True)
    os.environ["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM") or "offscreen"
    os.environ.setdefault("XDG_RUNTIME_DIR", str(xdg))
    os.environ["BRIEFING_DATA_DIR"] = str(work / "data")
    os.environ["BRIEFING_USER"] = "bench"

    from briefing.charts.qt_app import ensure_app
    from briefing.workspace import Workspace, create_from_seed
    from scale_children import window_open_args
    seed = work / "seed.briefing"
    if not seed.exists():
        create_from_seed(seed)
    big = work / "big.briefing"
    if args.big:
        shutil.copy(args.big, big)
    elif not big.exists():
        from generate import write
        from briefing.interchange.package_json import read_package
        pkg = work / f"pkg{args.claims}.json"
        log(f"generating {args.claims:,} claims, {args.events:,} events")
        write(pkg, args.claims, args.events)
        ws = Workspace.open(big)
        ws.import_package(read_package(pkg))
        ws.close()
    ws = Workspace.open(big, watch=False)
    counts = ws.count("claim"), ws.count("event")
    ws.close()

    app = ensure_app(headless=True)
    WINDOW_OPEN.update(window_open_args())
    datas = iter(tempfile.mkdtemp(prefix="data-", dir=work) for _ in range(4 * args.runs + 2))
    log(f"seed and {counts[0]:,} claims / {counts[1]:,} events, alternately ×{args.runs}")
    expected = {"seed": expected_view(seed), "big": expected_view(big)}
    seeds, bigs, phases, gaps, seed_gaps, stalls = [], [], [], [], [], []
    charts = {"seed": [], "big": []}  # open → charts and judgments shown
    whole = {"seed": [], "big": []}   # open → the whole analysis shown
    for _ in range(args.runs):  # alternately, so a busy machine slows both alike
        idle = Probe(sample=args.stalls, name="seed: ")
        w, total, _ = open_window(app, seed, Path(next(datas)), idle)
        drawn, shown = until_idle(app, w, idle, expected["seed"])
        charts["seed"].append(total + drawn)
        whole["seed"].append(total + shown)
        idle.stop()
        seeds.append(total)
        seed_gaps.append(idle.gaps)
        stalls.extend(idle.stalls)
        close_window(app, w)
        probe = Probe(sample=args.stalls)
        data = Path(next(datas))
        w, total, phase = open_window(app, big, data, probe)
        phase["to charts"], phase["to analysis"] = until_idle(app, w, probe, expected["big"])
        phase["analysis job"] = w.runner.last_seconds  # the worker's own wall time
        periodic_backup(app, w, data, probe)
        charts["big"].append(total + phase["to charts"])
        whole["big"].append(total + phase["to analysis"])
        probe.stop()
        bigs.append(total)
        phases.append(phase)
        gaps.append(probe.gaps)
        stalls.extend(probe.stalls)
        close_window(app, w)
        log(f"  seed {fmt(seeds[-1])}, big {fmt(total)} ("
            f"{', '.join(f'{k} {fmt(v)}' for k, v in phase.items())}); "
            f"gaps {', '.join(f'{k} {v * 1000:.0f} ms' for k, v in probe.gaps.items())}")

    seed_s, big_s = statistics.median(seeds), statistics.median(bigs)
    ratio = big_s / seed_s
    print(f"open + first render: seed {fmt(seed_s)} (median of {args.runs}), "
          f"{counts[0]:,} claims {fmt(big_s)}: {ratio:.2f}× (goal ≤ 2×) "
          f"{'PASS' if ratio <= 2 else 'FAIL'}")
    for key in ("open", "construct", "paint", "to charts", "to analysis"):
        print(f"  … {key}: {fmt(statistics.median(ph[key] for ph in phases))}")
    job = statistics.median(ph["analysis job"] for ph in phases)
    rest = statistics.median(ph["paint"] + ph["to analysis"] - ph["analysis job"]
                             for ph in phases)
    print(f"  … of paint + to analysis: the analysis worker's job {fmt(job)}, the rest "
          f"(the window, and the wait before the job starts) {fmt(rest)}")
    seed_c, big_c = statistics.median(charts["seed"]), statistics.median(charts["big"])
    print(f"open → charts and judgments shown: seed {fmt(seed_c)}, {counts[0]:,} claims "
          f"{fmt(big_c)}: {big_c / seed_c:.2f}× (goal ≤ 3×) "
          f"{'PASS' if big_c <= 3 * seed_c else 'FAIL'}")
    seed_w, big_w = statistics.median(whole["seed"]), statistics.median(whole["big"])
    print(f"open → the whole analysis shown: seed {fmt(seed_w)}, {counts[0]:,} claims "
          f"{fmt(big_w)}: {big_w / seed_w:.2f}×")
    for phase in ("made", "first paint", "after paint", "after analysis", "periodic backup"):
        worst = [g[phase] for g in gaps if phase in g]
        seed_worst = [g[phase] for g in seed_gaps if phase in g]
        if worst:
            verdict = "" if phase == "made" else (
                "PASS" if max(worst) * 1000 <= GAP_GOAL_MS else "FAIL")
            print(f"longest UI-thread gap, {phase}: median {statistics.median(worst) * 1000:.0f}"
                  f" ms, worst {max(worst) * 1000:.0f} ms (goal ≤ {GAP_GOAL_MS} ms) {verdict}"
                  + (f"; seed {statistics.median(seed_worst) * 1000:.0f} / "
                     f"{max(seed_worst) * 1000:.0f} ms" if seed_worst else ""))
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.stalls:
        report_stalls(stalls)
    os._exit(0)  # skip Qt teardown


if __name__ == "__main__":
    main()
