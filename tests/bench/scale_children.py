"""Child processes of bench_scale.py: each runs in a fresh interpreter so its start-up, its
peak memory and its crash (if any) are its own. Not meant to be run by hand.

    python tests/bench/scale_children.py MODE ARGS...

Every mode prints one JSON object per line on stdout (flushed as it goes, so a child killed
at the time cap still reports what it finished). Only the standard library is imported at
the top: the cold-start child must pay for nothing the app itself does not import.
"""
import time

T0 = time.clock_gettime(time.CLOCK_MONOTONIC)

import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402


def now() -> float:
    """CLOCK_MONOTONIC is system-wide on Linux: comparable with the parent's clock."""
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def emit(**values) -> None:
    print(json.dumps(values), flush=True)


def maxrss_mb() -> float:
    """This process's peak RSS since exec (or since `reset_peak`). Not ru_maxrss: Linux
    carries the parent's RSS at fork into a child's ru_maxrss, so a child of a big parent
    would report at least the parent's size."""
    return vm_hwm_mb("self")


def vm_hwm_mb(pid) -> float:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 if pid == "self" else 0.0


def reset_peak(pid="self") -> None:
    """Start a new peak-RSS measurement (Linux: writing 5 to clear_refs resets VmHWM)."""
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        pass


def window_open_args() -> dict:
    """How `briefing FILE` opens a file for the window (briefing/cli/window_commands.py):
    the page check after the first paint, where the program has that (not before) — so a
    bench's open is the window's, whichever checkout it measures."""
    import inspect

    from briefing.workspace import Workspace
    return {"check_pages": False} if "check_pages" in inspect.signature(
        Workspace.open).parameters else {}


def show_until_painted(app, window, cap: float) -> bool:
    """Show the window and process events until its ledger has painted (or `cap` seconds);
    whether it painted."""
    watch = _PaintWatch(window.ledger.table.viewport())
    window.show()
    deadline = now() + cap
    while not watch.painted and now() < deadline:
        app.processEvents()
    return watch.painted


class _PaintWatch:
    """Sets `painted` once the watched widget has handled a Paint event."""

    def __new__(cls, widget):
        from PySide6.QtCore import QEvent, QObject

        class Watch(QObject):
            painted = False

            def eventFilter(self, obj, event):
                if event.type() == QEvent.Paint:
                    self.painted = True
                return False
        watch = Watch()
        widget.installEventFilter(watch)
        return watch


def coldstart() -> None:
    """`briefing` with the default (seed) briefing, to the ledger's first paint."""
    from briefing.workspace import Workspace
    t_ws_import = now()
    ws = Workspace.open_default()
    t_ws = now()
    from briefing.charts.qt_app import ensure_app, shutdown
    from briefing.ui.main_window import MainWindow
    from briefing.ui.session import Session
    t_imports = now()
    app = ensure_app()
    t_app = now()
    window = MainWindow(Session(ws))
    t_built = now()
    painted = show_until_painted(app, window, 60)
    t_paint = now()
    emit(t0=T0, workspace_imported=t_ws_import, workspace_opened=t_ws, ui_imported=t_imports,
         app=t_app, window_built=t_built, painted=t_paint, ok=painted,
         rows=window.model.rowCount())
    window.close()
    shutdown()


def libs() -> None:
    import PySide6.QtWidgets  # noqa: F401
    import numpy  # noqa: F401
    import pandas  # noqa: F401
    import pyqtgraph  # noqa: F401
    emit(t0=T0, imported=now())


def floor(package: str, db: str) -> None:
    """json.load of the file + executemany of its claims into a bare table (one
    transaction, WAL): the least any importer has to do."""
    import sqlite3
    start = now()
    with open(package, encoding="utf-8") as fh:
        data = json.load(fh)
    loaded = now()
    cols = ("id", "source", "document", "subject", "metric", "value", "low", "high",
            "fraction", "fraction_of", "qualifier", "as_of", "date_precision", "credibility",
            "quote", "note", "include_in_projection")
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"CREATE TABLE claim ({', '.join(cols)})")
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO claim VALUES ({', '.join('?' * len(cols))})",
                     [tuple(c[k] for k in cols) for c in data["claims"]])
    conn.execute("COMMIT")
    conn.close()
    end = now()
    emit(seconds=end - start, json_load=loaded - start, insert=end - loaded,
         claims=len(data["claims"]), maxrss_mb=maxrss_mb())


def chunked_import(package: str, db: str, chunk: int) -> None:
    """Fallback when the one-shot import of a huge package fails: Workspace.import_package
    in chunks of claims (events after all claims)."""
    from dataclasses import replace

    from briefing.interchange import read_package
    from briefing.workspace import Workspace
    start = now()
    package_ = read_package(package)
    ws = Workspace.open(db)
    claims = package_.claims
    ws.import_package(replace(package_, claims=claims[:chunk], events=(), scenarios=()))
    for i in range(chunk, len(claims), chunk):
        ws.import_package(replace(package_, briefing=package_.briefing, sources=(),
                                  documents=(), claims=claims[i:i + chunk], events=(),
                                  scenarios=()))
    ws.import_package(replace(package_, sources=(), documents=(), claims=()))
    ws.close()
    emit(seconds=now() - start, maxrss_mb=maxrss_mb())


def open_big(db: str) -> None:
    """Workspace.open + claim_columns of a huge file, then the ledger's rows over it."""
    start = now()
    from briefing.workspace import Workspace
    ws = Workspace.open(db)
    opened = now()
    frame = ws.claim_columns()
    framed = now()
    emit(step="open", open=opened - start, claims_frame=framed - opened,
         seconds=framed - start, rows=len(frame["id"]), maxrss_mb=maxrss_mb())
    ledger_steps(frame, "1M")
    t = now()
    n = len(ws.claims())
    emit(step="ws.claims()", seconds=now() - t, rows=n, maxrss_mb=maxrss_mb())


def ledger_steps(frame, label: str) -> None:
    """LedgerRows.from_columns and the three timed ledger operations, each next to the bare
    numpy/pandas operation on the same column."""
    import numpy as np
    import pandas as pd

    from briefing.ui.ledger_rows import LedgerFilter, LedgerRows
    t = now()
    rows = LedgerRows.from_columns(frame)
    emit(step="from_frame", seconds=now() - t, maxrss_mb=maxrss_mb())
    for name, value in ledger_timings(rows, np, pd, LedgerFilter).items():
        emit(step=name, **value)


def median_of(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t = now()
        fn()
        runs.append(now() - t)
    runs.sort()
    return runs[len(runs) // 2]


def ledger_timings(rows, np, pd, LedgerFilter, repeat: int = 3) -> dict:
    """Shared with the in-process 100k run (bench_scale imports it)."""
    c = rows.cols
    haystack = pd.Series(rows.search_text())
    out = {}

    def sort_subject():
        rows.set_sort("subject", False)

    def sort_figure():
        rows.set_sort("figure", True)

    def filt():
        rows.set_filter(LedgerFilter(text="kursk"))

    def unfilter():
        rows.filter = LedgerFilter()
        rows.sort_key = ("date", False)
        rows.refresh()

    out["sort subject"] = {"seconds": median_of(sort_subject, repeat),
                           "bare": median_of(lambda: np.argsort(c["subject"], kind="stable"),
                                             repeat),
                           "bare_what": "np.argsort(object array of subjects, stable)"}
    out["sort figure desc"] = {"seconds": median_of(sort_figure, repeat),
                               "bare": median_of(lambda: np.argsort(-c["number"],
                                                                    kind="stable"), repeat),
                               "bare_what": "np.argsort(-float array, stable)"}
    unfilter()
    times = []
    for _ in range(repeat):
        t = now()
        filt()
        times.append(now() - t)
        unfilter()
    times.sort()
    matched = int(np.count_nonzero(haystack.str.contains("kursk", regex=False)))
    out["filter text=kursk"] = {
        "seconds": times[len(times) // 2],
        "bare": median_of(lambda: np.flatnonzero(
            haystack.str.contains("kursk", regex=False).to_numpy()), repeat),
        "bare_what": f"pd.Series({haystack.dtype}).str.contains, {matched:,} hits"}
    unfilter()
    return out


def writer(db: str, claim_id: str, value: str) -> None:
    """Another process edits one claim; reports the moment its commit returned."""
    from briefing.workspace import Workspace
    ws = Workspace.open(db)
    claim = ws.get("claim", claim_id)
    ready = now()
    ws.put(claim.changed(value=float(value)))
    emit(committed=now(), ready=ready)
    ws.close()


def pack(db: str, target: str) -> None:
    """write_pack of a briefing (with its own analyse), timed, with its own peak memory."""
    import os
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pathlib import Path

    from briefing.charts.qt_app import ensure_app, shutdown
    from briefing.report.pack import write_pack
    from briefing.workspace import Workspace
    ensure_app(headless=True)
    ws = Workspace.open(db)
    t = now()
    pages = write_pack(ws, Path(target))
    emit(seconds=now() - t, pages=pages, maxrss_mb=maxrss_mb(),
         bytes=Path(target).stat().st_size)
    ws.close()
    shutdown()


MODES = {"coldstart": coldstart, "libs": libs, "floor": floor, "open_big": open_big,
         "writer": writer, "pack": pack,
         "chunked_import": lambda p, d, n: chunked_import(p, d, int(n))}

if __name__ == "__main__":
    MODES[sys.argv[1]](*sys.argv[2:])
