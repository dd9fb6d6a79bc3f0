"""Team server versus file, in one run (README: Performance): opening the seed briefing to a
first render, an edit until the window has redrawn, and another analyst's edit until this
window shows it — each on a `.briefing` file and on a database of a private PostgreSQL
server on this machine (tests/pg_server.py; or $BRIEFING_TEST_SERVER), as server/file ratios.

    python tests/bench/bench_server.py [--runs N]

The server is local (a LAN adds its round trip to every statement). Another analyst is a
process of its own that prints the wall-clock time its commit returned; the delay is from
then until this window's ledger holds the new value (the poll runs every 250 ms).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))

WRITER = """
import json, sys, time
from briefing.workspace import Workspace
ws = Workspace.open(sys.argv[1], watch=False)
ws.put(ws.get("claim", "nis-killed").changed(value=float(sys.argv[2])))
print(json.dumps({"committed": time.time()}), flush=True)
ws.close()
"""


def opened(app, location):
    from briefing.ui.main_window import MainWindow
    from briefing.ui.session import Session
    from briefing.workspace import Workspace

    start = time.perf_counter()
    window = MainWindow(Session(Workspace.open(location)), restore=False)
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    return window, time.perf_counter() - start


def close(app, window) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    window.runner.wait()
    window.session.close()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    app.processEvents()


def shown(window, value: float) -> bool:
    rows = window.model.rows
    pos = rows.index.get("nis-killed")
    return pos is not None and rows.value(pos, "value") == value


def measure(app, location, runs: int) -> dict[str, float]:
    opens = []
    for _ in range(runs):
        window, seconds = opened(app, location)
        opens.append(seconds)
        close(app, window)
    window, _ = opened(app, location)
    edits, redraws, others = [], [], []
    claim = window.session.ws.get("claim", "nis-killed")
    for i in range(runs * 4):
        start = time.perf_counter()
        window.session.put(claim.changed(value=float(5000 + i)))
        app.processEvents()
        edits.append(time.perf_counter() - start)
        redraws.append(window.redraw_ms / 1000)
        window.runner.wait()
        app.processEvents()
    for i in range(runs):
        value = float(9000 + i)
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(location), str(value)],
                                  stdout=subprocess.PIPE, text=True)
        deadline = time.time() + 30
        while not shown(window, value) and time.time() < deadline:
            app.processEvents()
            time.sleep(0.0005)
        seen = time.time()
        committed = json.loads(writer.communicate(timeout=60)[0].splitlines()[-1])["committed"]
        others.append(seen - committed)
        time.sleep(0.05 + (i * 0.037) % 0.2)   # vary the phase against the poll timer
    close(app, window)
    return {name: statistics.median(values) for name, values in
            (("open + first render", opens), ("edit → redraw (wall)", edits),
             ("  of which on_changes", redraws),
             ("another analyst's edit shown", others))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from pg_server import Server
    from server_support import Databases
    from PySide6.QtWidgets import QApplication

    from briefing.workspace import create_from_seed
    from briefing.workspace.copying import copy_briefing

    from PySide6.QtCore import qInstallMessageHandler
    qInstallMessageHandler(lambda *_: None)   # the offscreen plugin's size-hint warnings
    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="bench-server-"))
    os.environ["BRIEFING_DATA_DIR"] = str(work / "data")
    (work / "data").mkdir()
    server = None
    given = os.environ.get("BRIEFING_TEST_SERVER")
    if not given:
        server = Server(Path(tempfile.mkdtemp(prefix="briefing-pg-")))
        server.init()
        server.start()
    try:
        databases = Databases(given or server.uri())
        path = work / "kursk.briefing"
        create_from_seed(path)
        uri = databases.new()
        copy_briefing(path, uri)
        results = {"file": measure(app, path, args.runs), "server": measure(app, uri, args.runs)}
    finally:
        if server is not None:
            server.remove()
    print(f"\nseed briefing, medians of {args.runs} (opens, other analyst) and "
          f"{args.runs * 4} (edits); PostgreSQL on this machine\n")
    print(f"| {'step':30} | {'file':>9} | {'server':>9} | server/file |")
    print(f"|{'-' * 32}|{'-' * 11}|{'-' * 11}|{'-' * 13}|")
    for step, on_file in results["file"].items():
        on_server = results["server"][step]
        print(f"| {step:30} | {on_file * 1000:6.1f} ms | {on_server * 1000:6.1f} ms | "
              f"{on_server / on_file:10.2f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
