"""Free text is shown as text, never interpreted as markup (briefing.charts.plain_text).

Every free text of the seed — briefing title, subject and marking, source names and
countries, document titles, claim subjects, quotes and notes, event titles, descriptions and
locations, scenario names and descriptions — is prefixed with an `<img>` tag naming a local
image (a large magenta square) or `/dev/zero`. Nothing may load it: no magenta pixel in the
window, present mode or any export, no image in the SVG, and (traced with strace, which CI
installs) neither file is ever opened."""
import json
import re
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from briefing.interchange import parse_package
from briefing.workspace import Workspace
from crash_support import REPO, SEED, child_env

TEXT_FIELDS = {
    "briefing": ("title", "subject", "classification"),
    "sources": ("name", "country"),
    "documents": ("title", "publisher"),
    "claims": ("subject", "quote", "note"),
    "events": ("title", "description", "location"),
    "scenarios": ("name", "description", "subject"),
    "hypotheses": ("title", "description"),
}


@pytest.fixture(scope="module")
def probe(tmp_path_factory) -> Path:
    """A 400×400 magenta PNG: if any view loads it, its pixels show."""
    from briefing.charts.qt_app import ensure_app
    from PySide6.QtGui import QColor, QImage

    ensure_app(headless=True)
    path = tmp_path_factory.mktemp("probe") / "probe.png"
    image = QImage(400, 400, QImage.Format_RGB32)
    image.fill(QColor("#ff00ff"))
    assert image.save(str(path), "PNG")
    return path


def hostile_package(*images: str) -> dict:
    tags = "".join(f'<img src="file://{src}">' for src in images)
    package = json.loads(SEED.read_text(encoding="utf-8"))
    for name, fields in TEXT_FIELDS.items():
        for item in [package[name]] if name == "briefing" else package[name]:
            for field in fields:
                item[field] = f"{tags}<a href='file:///etc'>{item.get(field) or name}</a>"
    for hypothesis in package["hypotheses"]:
        for indicator in hypothesis["indicators"]:
            indicator["text"] = f"{tags}<b>{indicator['text']}</b>"
    return package


def hostile_db(folder: Path, *images: str) -> Path:
    db = folder / "hostile.briefing"
    ws = Workspace.open(db)
    try:
        ws.import_package(parse_package(hostile_package(*images)))
    finally:
        ws.close()
    return db


def magenta_pixels(image) -> int:
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint32, image.width() * image.height())
    r, g, b = (pixels >> 16) & 255, (pixels >> 8) & 255, pixels & 255
    return int(np.count_nonzero((r > 200) & (g < 80) & (b > 200)))


def magenta_in_file(path: Path) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), path
    return magenta_pixels(image)


# ---- the window, in process ------------------------------------------------------------------

@pytest.fixture
def hostile_window(qtbot, tmp_path, probe):
    from briefing.ui.main_window import MainWindow
    from briefing.ui.session import Session

    window = MainWindow(Session(Workspace.open(hostile_db(tmp_path, probe))), restore=False)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.analysis is not None)
    return window


def test_the_window_shows_markup_as_text_and_loads_nothing(qtbot, hostile_window):
    from PySide6.QtCore import Qt

    window = hostile_window
    window.ledger.select_claims(["nis-killed"])
    qtbot.wait(50)
    assert magenta_pixels(window.grab().toImage()) == 0
    assert window.status_title.textFormat() == Qt.PlainText
    assert window.status_title.text().startswith("<img src=")
    assert window.top_banner.textFormat() == Qt.PlainText
    detail = window.detail.browser.toHtml()
    assert "&lt;img src=" in detail and not re.search(r"<(img|a)\b", detail)
    assert '<img src="file://' in window.detail.browser.toPlainText()   # shown, as text


def test_tool_tips_legends_and_messages_escape_free_text(qtbot, hostile_window):
    from briefing.ui.ledger_rows import COLUMNS
    from PySide6.QtCore import Qt

    window = hostile_window
    model = window.model
    row = model.rows.row_of("nis-killed")
    for column in ("quote", "source"):
        tip = model.data(model.index(row, COLUMNS.index(column)), Qt.ToolTipRole)
        assert tip.startswith("<qt>") and "&lt;img src=" in tip and "<img" not in tip
    event = window.timeline._events[0]
    tip = window.timeline.tooltip(event)
    assert "&lt;img src=" in tip and "<img" not in tip
    legend = window.chart.legend.text()                 # an HTML label: names escaped
    assert "&lt;img src=" in legend and "<img" not in legend
    tips = [window.chart.point_tip(claim_id) for claim_id in window.chart._ids]
    assert tips and all("<img" not in t and t.startswith("<qt>") for t in tips)
    window.refuse_edit("<img src='x'> refused")
    assert window.last_message == "<img src='x'> refused"


def test_the_hypotheses_and_judgments_docks_load_nothing(qtbot, hostile_window):
    from PySide6.QtCore import Qt

    window = hostile_window
    window.structured.record_assessment("<img src='x'> note", ask=False)
    for key in ("hypotheses", "record"):
        window.docks[key].raise_()
        qtbot.wait(20)
        assert magenta_pixels(window.docks[key].grab().toImage()) == 0, key
    panel = window.structured.hypotheses
    assert panel.leader.text().startswith("“<img src=")       # shown as text
    header = panel.model.headerData(1, Qt.Horizontal, Qt.ToolTipRole)
    assert "&lt;img src=" in header and "<img" not in header


def test_present_mode_loads_nothing(qtbot, hostile_window):
    presenter = hostile_window.present(full_screen=False)
    presenter.resize(1280, 800)
    for index in range(presenter.stack.count()):
        presenter.go(index)
        qtbot.wait(20)
        assert magenta_pixels(presenter.grab().toImage()) == 0, presenter.section()
    presenter.close()


# ---- exports and screenshots, in a real process ----------------------------------------------

def _run(argv, data_dir: Path, trace: Path | None = None) -> subprocess.CompletedProcess:
    """`briefing ARGV` with 4 GB of address space at most and 3 minutes (reading /dev/zero
    as an image would otherwise take the machine's memory), traced if asked."""
    def limited():
        resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
    command = [sys.executable, "-m", "briefing", *map(str, argv)]
    if trace is not None:
        command = ["strace", "-f", "-qq", "-e", "trace=open,openat,openat2", "-o", str(trace),
                   *command]
    return subprocess.run(command, cwd=REPO, env=dict(child_env(data_dir),
                                                      QT_QPA_PLATFORM="offscreen"),
                          capture_output=True, text=True, timeout=180, preexec_fn=limited)


OUTPUTS = [("screenshot", "main.png", ["--size", "1600x1000"]),
           ("screenshot", "present.png", ["--view", "present"]),
           ("export", "chart.png", []), ("export", "chart.svg", []), ("export", "pack.pdf", [])]


@pytest.mark.parametrize("command, name, extra", OUTPUTS, ids=[o[1] for o in OUTPUTS])
def test_exports_and_screenshots_contain_no_planted_image(tmp_path, data_dir, probe, command,
                                                          name, extra):
    db = hostile_db(tmp_path, probe, "/dev/zero")
    out = tmp_path / name
    trace = tmp_path / "opened.trace" if shutil.which("strace") else None
    done = _run(["--db", db, command, out, *extra], data_dir, trace)
    assert done.returncode == 0, done.stderr[-2000:]
    if trace is not None:   # CI installs strace; without it the pixels below still tell
        opened = trace.read_text(errors="replace")
        assert str(probe) not in opened and "/dev/zero" not in opened
        assert '"/etc"' not in opened
    if name.endswith(".png"):
        assert magenta_in_file(out) == 0
    elif name.endswith(".svg"):
        svg = out.read_text(encoding="utf-8")
        assert "<image" not in svg and "data:image" not in svg
        assert "&lt;img src=" in svg
    else:
        assert shutil.which("pdftoppm"), "poppler-utils (pdftoppm) is needed"
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(out), str(tmp_path / "page")],
                       check=True, timeout=120)
        pages = sorted(tmp_path.glob("page*.png"))
        assert pages and all(magenta_in_file(p) == 0 for p in pages)
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert '<img src="file://' in text   # shown, as text
