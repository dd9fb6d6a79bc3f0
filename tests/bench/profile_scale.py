"""Profile one step of bench_scale.py on files it kept (`--keep DIR`).

    python tests/bench/profile_scale.py DIR STEP [--cprofile N] [--pyinstrument]

STEP: import | window | edit-seed | edit-big | other-big | sort | analyse | pack | claims
Prints cProfile's top N functions by own time (file:line) and, with --pyinstrument, the
call tree. Uses DIR/pkg100000.json, DIR/hundred.briefing and DIR/seed.briefing.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import shutil
import sys
import time
from pathlib import Path


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("dir")
    p.add_argument("step")
    p.add_argument("--cprofile", type=int, default=25)
    p.add_argument("--pyinstrument", action="store_true")
    p.add_argument("--claims", type=int, default=100_000)
    a = p.parse_args()
    work = Path(a.dir)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["BRIEFING_DATA_DIR"] = str(work / "profile-data")
    os.environ["BRIEFING_USER"] = "bench"
    pkg, big, seed = work / f"pkg{a.claims}.json", work / "hundred.briefing", work / "seed.briefing"

    from briefing.workspace import Workspace
    run = None
    if a.step == "import":
        from briefing.interchange.package_json import read_package
        db = work / "profile-import.briefing"

        def run():
            for f in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
                f.unlink(missing_ok=True)
            ws = Workspace.open(db)
            ws.import_package(read_package(pkg))
            ws.close()
    elif a.step == "claims":
        ws = Workspace.open(big)

        def run():
            ws.claims()
    elif a.step == "analyse":
        from briefing.workspace.analysis import analyse
        ws = Workspace.open(big)

        def run():
            analyse(ws)
    elif a.step == "pack":
        from briefing.charts.qt_app import ensure_app
        from briefing.report.pack import write_pack
        ensure_app(headless=True)
        ws = Workspace.open(big)

        def run():
            write_pack(ws, work / "profile.pdf")
    else:
        from briefing.charts.qt_app import ensure_app
        from briefing.ui.main_window import MainWindow
        from briefing.ui.session import Session
        from briefing.workspace import Changes
        app = ensure_app(headless=True)
        if a.step == "window":
            def run():
                w = MainWindow(Session(Workspace.open(big)))
                w.show()
                app.processEvents()
        else:
            path = seed if a.step == "edit-seed" else big
            copy = work / f"profile-{path.name}"
            shutil.copy(path, copy)
            w = MainWindow(Session(Workspace.open(copy)))
            w.show()
            app.processEvents()
            ws = w.session.ws
            cid = ws.store.conn.execute(
                "SELECT id FROM claim WHERE value IS NOT NULL AND low IS NULL AND high IS NULL "
                "AND fraction IS NULL ORDER BY seq LIMIT 1").fetchone()[0]
            claim = ws.get("claim", cid)
            if a.step in ("edit-seed", "edit-big"):
                def run():
                    for i in range(5 if a.step == "edit-seed" else 1):
                        w.session.put(claim.changed(value=claim.value + 1 + i))
            elif a.step == "other-big":
                def run():
                    w.on_changes(Changes.all())
            elif a.step == "sort":
                rows = w.model.rows

                def run():
                    for _ in range(5):
                        rows.set_sort("subject", False)
    if run is None:
        raise SystemExit(f"unknown step {a.step}")
    t = time.perf_counter()
    if a.pyinstrument:
        from pyinstrument import Profiler
        prof = Profiler(interval=0.001)
        prof.start()
        run()
        prof.stop()
        print(prof.output_text(unicode=True, color=False, show_all=False))
    else:
        prof = cProfile.Profile()
        prof.enable()
        run()
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(a.cprofile)
        text = out.getvalue()
        root = str(Path(__file__).resolve().parents[2]) + "/"
        print(text.replace(root, "").replace(sys.prefix + "/lib/python3.11/site-packages/", ""))
    print(f"wall {time.perf_counter() - t:.2f} s (with profiler)")
    os._exit(0)  # skip Qt teardown: profiling only


if __name__ == "__main__":
    main()
