"""A team server killed in the middle of a write (reference.md §5): the transaction the
network cut is committed whole or not at all, and the briefing reopens without a trace of it.
The server here is this module's own (it is stopped and started)."""
import subprocess
import sys
import time
from pathlib import Path

from briefing.workspace import Workspace
from hardening.crash_support import PREFIX, big_package

REPO = Path(__file__).resolve().parents[2]
CLAIMS = 20000


def _import_is_writing(server, dbname: str) -> bool:
    """The import's transaction is open and has written (it holds the write lock)."""
    return bool(server.execute("postgres", "SELECT 1 FROM pg_locks l JOIN pg_database d "
                               "ON d.oid = l.database WHERE l.locktype = 'advisory' "
                               "AND l.granted AND d.datname = %s", (dbname,)))


def test_a_server_killed_mid_import_keeps_nothing_of_it(private_server, tmp_path):
    uri = private_server.new(seeded=True)
    dbname = uri.rsplit("/", 1)[1]
    before = Workspace.open(uri, watch=False)
    claims, audit = len(before.claims()), before.store.fingerprint()
    before.close()
    package = big_package(tmp_path / "big.json", CLAIMS)
    importer = subprocess.Popen([sys.executable, "-m", "briefing", "import", str(package),
                                 "--db", uri], cwd=REPO, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not _import_is_writing(private_server, dbname):
        assert importer.poll() is None, importer.communicate()
        assert time.monotonic() < deadline, "the import never began writing"
        time.sleep(0.02)
    time.sleep(0.3)                                # well inside its 20,000 claims
    private_server.server.stop()
    out, err = importer.communicate(timeout=60)
    assert importer.returncode == 1, (out, err)
    assert err.startswith(f"{uri}: ") and "team server" in err
    assert err.count("\n") == 1 and "Traceback" not in err

    private_server.server.start()
    after = Workspace.open(uri, watch=False)
    try:
        assert len(after.claims()) == claims
        assert not any(c.id.startswith(PREFIX) for c in after.claims())
        assert after.store.fingerprint() == audit
        assert after.store.integrity_problems() == []
    finally:
        after.close()
    done = subprocess.run([sys.executable, "-m", "briefing", "import", str(package), "--db",
                           uri], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr   # the same import, whole, once the server is back
    again = Workspace.open(uri, watch=False)
    try:
        assert len(again.claims()) == claims + CLAIMS
    finally:
        again.close()
