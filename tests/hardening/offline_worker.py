"""Everything the offline test exercises, as one standalone process (for strace).

    python offline_worker.py FOLDER

Starts the window on the seed, takes a screenshot, analyses, exports the pack and charts,
and extracts the seed article; prints "done" at the end.
"""
import datetime as dt
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_everything(folder: Path, register=lambda widget: None) -> None:
    from briefing.charts.qt_app import ensure_app
    from briefing.intake import extract
    from briefing.report import export_report
    from briefing.ui.app import screenshot
    from briefing.ui.main_window import MainWindow
    from briefing.ui.session import Session
    from briefing.workspace import Workspace, create_from_seed
    from briefing.workspace.analysis import analyse

    db = folder / "offline.briefing"
    if not db.exists():
        create_from_seed(db)
    app = ensure_app(headless=True)
    ws = Workspace.open(db)
    window = MainWindow(Session(ws))
    register(window)
    window.show()
    app.processEvents()
    screenshot(Workspace.open(db), folder / "shot.png", (1280, 800), "main")
    analysis = analyse(ws, samples=2000)
    assert analysis.projections
    for suffix in (".pdf", ".png", ".svg"):
        export_report(ws, folder / f"out{suffix}")
        assert (folder / f"out{suffix}").stat().st_size > 0
    article = Path(__file__).resolve().parents[1] / "intake" / "articles" / "kursk.txt"
    assert extract(article.read_text(encoding="utf-8"), dt.date(2025, 2, 1))
    for widget in app.topLevelWidgets():
        register(widget)


if __name__ == "__main__":
    from briefing.charts.qt_app import shutdown

    try:
        run_everything(Path(sys.argv[1]))
    finally:
        shutdown()
    print("done")
