"""Shared fixtures. Qt must run headless before anything imports it."""
import contextlib
import gc
import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not os.environ.get("XDG_RUNTIME_DIR"):
    os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="xdg-")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# Property tests draw the same examples on every run (a run that passes passes again, and a
# failure found once is kept as an explicit example or xfail, not left to chance); set
# HYPOTHESIS_PROFILE=explore to search fresh examples.
settings.register_profile("ci", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

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


@pytest.fixture(autouse=True)
def collected_as_usual():
    """What a big briefing's window froze out of full garbage collections
    (briefing/ui/opening.py) is collected as usual again after its test."""
    yield
    gc.unfreeze()


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


# ---- the team server (reference.md §5) --------------------------------------------------------
# One private PostgreSQL server for the whole run: the one `.ci/run` started (its admin URI in
# BRIEFING_TEST_SERVER), else one started here if the server's binaries are installed; where
# there are none, the tests that need a server are skipped, saying so.

@contextlib.contextmanager
def _server_of_our_own():
    """A new private server, removed afterwards. Its folder is not under pytest's 0700 one:
    as root, the server runs as `postgres`, which must enter it."""
    from pg_server import MISSING, Server, bin_dir
    from server_support import Databases

    if bin_dir() is None:
        pytest.skip(MISSING)
    server = Server(Path(tempfile.mkdtemp(prefix="briefing-pg-")))
    try:
        server.init()
        server.start()
        yield Databases(server.uri(), server)
    finally:
        server.remove()


@pytest.fixture(scope="session")
def pg_server():
    given = os.environ.get("BRIEFING_TEST_SERVER")
    if given:
        from server_support import Databases
        yield Databases(given)
        return
    with _server_of_our_own() as databases:
        yield databases


@pytest.fixture(scope="module")
def private_server():
    """A server of one test module's own, which its tests stop and start (never CI's or the
    session's, which other tests are using): `.server` is its `pg_server.Server`."""
    with _server_of_our_own() as databases:
        yield databases


BACKENDS = ("file", "server")


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def new_location(backend, tmp_path, request):
    """`new_location(name)`: where a new briefing goes for this backend — a path in
    tmp_path, or the URI of a new, empty database on the test server."""
    if backend == "file":
        return lambda name="briefing": tmp_path / f"{name}.briefing"
    databases = request.getfixturevalue("pg_server")
    return lambda name="briefing": databases.new()


@pytest.fixture
def new_seeded(backend, tmp_path, request):
    """`new_seeded()`: the location of a new briefing holding the Kursk seed."""
    if backend == "file":
        def made(name="seeded"):
            path = tmp_path / f"{name}.briefing"
            create_from_seed_file(path)
            return path
        return made
    databases = request.getfixturevalue("pg_server")
    return lambda name="seeded": databases.new(seeded=True)


def create_from_seed_file(path: Path) -> None:
    from briefing.workspace import create_from_seed
    create_from_seed(path)
