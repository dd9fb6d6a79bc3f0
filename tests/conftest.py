"""Shared fixtures. Qt must run headless before anything imports it."""
import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not os.environ.get("XDG_RUNTIME_DIR"):
    os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="xdg-")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from briefing.workspace import Workspace  # noqa: E402
from briefing.workspace.locations import seed_package_path  # noqa: E402


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch) -> Path:
    """Every test gets its own BRIEFING_DATA_DIR and settings, never the user's."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(folder))
    monkeypatch.setenv("BRIEFING_USER", "tester")
    return folder


@pytest.fixture
def seed_path() -> Path:
    return seed_package_path()


@pytest.fixture
def seeded(tmp_path) -> Workspace:
    """A fresh briefing file holding the Kursk seed."""
    from briefing.interchange import read_package

    ws = Workspace.open(tmp_path / "seed.briefing")
    ws.import_package(read_package(seed_package_path()))
    yield ws
    ws.close()


@pytest.fixture
def empty(tmp_path) -> Workspace:
    ws = Workspace.open(tmp_path / "empty.briefing")
    yield ws
    ws.close()


def _assert_readable(scene, min_px: float) -> None:
    """Every text of a painted figure (but the full-width banners) is inside it, at least
    `min_px` high, and clear of every other."""
    texts = [t for t in scene.texts() if t.box.w < scene.width]
    for t in texts:
        assert t.box.inside(scene.bounds), f"{t.text!r} leaves the figure at {t.box}"
        assert t.px >= min_px - 1e-6, f"{t.text!r} is {t.px:.1f} px"
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            assert not a.box.overlaps(b.box), f"{a.text!r} overlaps {b.text!r}"


@pytest.fixture
def assert_readable():
    """The check that a laid-out figure can be read (charts, pack, present mode)."""
    return _assert_readable


def pytest_sessionfinish(session, exitstatus):
    """Tear Qt charts down before interpreter exit (see briefing.charts.qt_app.shutdown)."""
    import sys
    if "PySide6.QtWidgets" in sys.modules:
        from briefing.charts.qt_app import shutdown
        shutdown()
