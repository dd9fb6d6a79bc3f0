"""The README stands alone and cannot rot: "Your first briefing" is run as written — its
commands in order on a fresh data directory, its files saved as it says, its window steps
through the same dialogs and labels — its screenshot is the window as it looks now, and its
system packages are the ones the start-up check names."""
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from briefing.charts import display
from briefing.cli import main
from briefing.workspace import Workspace

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:end if end > 0 else None]


WALK = section("Your first briefing")
BLOCK = re.compile(r"```(\w*)\n(.*?)```", re.DOTALL)


def steps() -> list[tuple]:
    """("file", name, text) for each block the text says to save, ("run", argv) for each
    command line, in the order they appear."""
    out = []
    for match in BLOCK.finditer(WALK):
        kind, body = match.groups()
        if kind == "sh":
            out += [("run", shlex.split(line)) for line in body.splitlines() if line.strip()]
        else:
            before = WALK[:match.start()].rstrip().rsplit("\n\n", 1)[-1]
            named = re.search(r"[Ss]ave this as\s+`([^`]+)`", before)
            assert named, f"a {kind} block the walk-through does not say what to do with"
            out.append(("file", named.group(1), body))
    return out


def test_the_walkthrough_has_the_steps_a_newcomer_needs():
    argvs = [s[1] for s in steps() if s[0] == "run"]
    assert all(argv[0] == "briefing" for argv in argvs)
    commands = [next((a for a in argv[1:] if not a.startswith("-") and a not in
                      ("kursk.briefing", "colleague.briefing")), "window") for argv in argvs]
    assert commands[0] == "new"
    for needed in ("import", "extract", "window", "project", "export", "check", "restore"):
        assert needed in commands, needed
    assert any(argv[-1].endswith(".pdf") for argv in argvs)


def window_steps(qtbot, path: Path) -> None:
    """Step 4 and 6 as the README words them: Add Article, Open file, Published, Propose
    claims, subject and credibility, untick the 1.2 million, Add accepted claims; Present."""
    from PySide6.QtCore import QDate, Qt

    from briefing.ui.intake_dialog import IntakeDialog
    from briefing.ui.main_window import MainWindow
    from briefing.ui.session import Session

    window = MainWindow(Session(Workspace.open(path, create=False)))
    qtbot.addWidget(window)
    window.show()
    dialog = IntakeDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert_labels_exist(window, dialog)
    dialog.load_file(Path("resources/seed/kursk-article.txt"))
    dialog.published.setDate(QDate(2025, 2, 1))
    dialog.propose()
    qtbot.waitUntil(lambda: not dialog.proposing, timeout=30_000)   # read on a worker thread
    for row in range(dialog.list.count()):
        dialog.list.setCurrentRow(row)
        if dialog.edited[row].value == 1_200_000:
            dialog.list.item(row).setCheckState(Qt.Unchecked)
            continue
        dialog.f_subject.setText("DPRK contingent, Kursk")
        dialog.f_subject.editingFinished.emit()
        dialog.f_credibility.setValue(2)
    assert dialog.commit(), dialog.summary.text()
    presenter = window.present(full_screen=False)
    qtbot.keyClick(presenter, Qt.Key_Right)
    qtbot.keyClick(presenter, Qt.Key_Escape)
    assert window.presenter is None or not presenter.isVisible()
    window.close()


def assert_labels_exist(window, dialog) -> None:
    """Every label the walk-through puts in bold (menus as 'File › Add Article…') is a menu,
    action, button, dock or tab the window or the article dialog shows."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QDockWidget, QMenu, QTabBar

    shown = set()
    for widget in (window, dialog):
        shown |= {a.text() for a in widget.findChildren(QAction)}
        shown |= {m.title() for m in widget.findChildren(QMenu)}
        shown |= {b.text() for b in widget.findChildren(QAbstractButton)}
        shown |= {d.windowTitle() for d in widget.findChildren(QDockWidget)}
        for bar in widget.findChildren(QTabBar):
            shown |= {bar.tabText(i) for i in range(bar.count())}
    shown = {s.replace("&", "") for s in shown}
    named = [part for bold in re.findall(r"\*\*(.+?)\*\*", WALK) for part in bold.split(" › ")]
    assert named and [n for n in named if n not in shown] == []


def test_your_first_briefing_runs_as_written(qtbot, capsys, tmp_path, monkeypatch, data_dir):
    (tmp_path / "resources").symlink_to(REPO / "resources")
    monkeypatch.chdir(tmp_path)
    said = {}
    for step in steps():
        if step[0] == "file":
            Path(step[1]).write_text(step[2], encoding="utf-8")
            continue
        argv = step[1][1:]
        if argv[:1] == ["--db"] and len(argv) == 2:
            window_steps(qtbot, Path(argv[1]))
            continue
        status = main(argv)
        out, err = capsys.readouterr()
        if argv[:1] == ["extract"]:  # the one notice step 3 tells of
            err = "".join(line for line in err.splitlines(True) if "name no speaker" not in line)
        assert (status, err) == (0, ""), (argv, out, err)
        said[" ".join(argv)] = out
    assert not (data_dir / "default.briefing").exists()  # only the analyst's own briefing

    ws = Workspace.open(Path("kursk.briefing"), create=False)
    try:
        b = ws.briefing()
        assert (b.title, b.subject, b.classification) == (
            "North Korean troops in Kursk", "DPRK contingent, Kursk", "UNCLASSIFIED//FOR TRAINING")
        claims = ws.claims()
        assert len(claims) == 10 and {c.subject for c in claims} == {"DPRK contingent, Kursk"}
        graded = {s.id: s.reliability for s in ws.sources() if s.reliability != "F"}
        assert graded == {"nis": "B", "isw": "B", "zelenskyy": "C", "syrskyi": "C",
                          "officials": "C"}
        assert {c.source for c in claims} >= set(graded)  # every graded source got its claims
        assert [s.id for s in ws.scenarios()] == ["isw", "fitted"]
    finally:
        ws.close()
    table = {line.split()[0]: line for line in said["--db kursk.briefing project"].splitlines()
             if line.split()[:1] in (["isw"], ["fitted"])}
    assert "2025-04-06" in table["isw"] and "fitted" in table
    assert Path("kursk-pack.pdf").read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "kursk-pack.pdf", "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "UNCLASSIFIED//FOR TRAINING" in text and "North Korean troops in Kursk" in text
    shared = said["--db colleague.briefing import kursk-claims.csv"]
    assert "  claims: 10 added, 0 updated, 0 unchanged\n" in shared
    assert said["--db kursk.briefing restore"].startswith("Backups of kursk.briefing")


# ---- the screenshot ---------------------------------------------------------------------------

SHOT = re.search(r"!\[[^\]]*\]\((resources/docs/[\w.-]+\.png)\)", README)
MADE = re.search(r"`briefing screenshot (resources/docs/\S+\.png) --size (\d+)x(\d+)`", README)


def _pixels(path: Path) -> np.ndarray:
    from PySide6.QtGui import QImage
    image = QImage(str(path)).convertToFormat(QImage.Format_RGB32)
    bits = np.frombuffer(image.constBits(), dtype=np.uint8)
    # A copy: the view dies with `image` when this returns.
    return bits.reshape(image.height(), image.bytesPerLine())[:, :image.width() * 4].copy()


def test_the_readme_screenshot_is_the_window_as_it_is_now(tmp_path, qapp):
    """Made as the README says, on a fresh data directory, it matches the committed picture
    but for what moves with the calendar (the projection's dashed "today" line, a few hundred
    pixels; 0 % differ on the day it was made). The bound is 1 %: the same window on an
    empty briefing differs by 11 %, and a reworked seed and charts by 3 %, so a changed
    window fails this until the picture is made again."""
    assert SHOT and MADE and MADE.group(1) == SHOT.group(1)
    committed = REPO / SHOT.group(1)
    assert committed.stat().st_size < 300_000
    fresh = tmp_path / "window.png"
    done = subprocess.run([sys.executable, "-m", "briefing", "screenshot", str(fresh),
                           "--size", f"{MADE.group(2)}x{MADE.group(3)}"], cwd=tmp_path,
                          env={**os.environ, "BRIEFING_DATA_DIR": str(tmp_path)},
                          capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stderr) == (0, "")
    old, new = _pixels(committed), _pixels(fresh)
    assert old.shape == new.shape == (int(MADE.group(3)), int(MADE.group(2)) * 4)
    differs = np.abs(old.astype(int) - new.astype(int)).reshape(*old.shape[:1], -1, 4)
    changed = (differs.max(axis=2) > 40).mean()
    assert changed < 0.01, f"{changed:.1%} of the pixels differ: make the screenshot again"


# ---- the system packages ------------------------------------------------------------------------

@pytest.mark.parametrize("column, command", [(0, "sudo apt-get install "),
                                             (1, "sudo dnf install ")])
def test_the_readme_names_every_package_the_start_up_check_can_ask_for(column, command):
    text = section("What a desktop needs")
    line = next(l for l in text.splitlines() if l.strip().startswith(command))
    listed = set(line.split(command)[1].split())
    wayland = {display.LIBRARIES[n][column] for n in display.LIBRARIES if "wayland" in n}
    wanted = {pkgs[column] for pkgs in display.LIBRARIES.values()} - wayland
    assert listed == wanted
    assert all(f"{p}" in text for p in wayland)
