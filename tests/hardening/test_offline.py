"""The offline guarantee: nothing the program does opens a network socket.

Two nets: an audit hook sees every socket Python code creates or connects (Qt's own C++
code is invisible to it), and strace sees every socket(2) system call of a whole run,
Qt's included. Local AF_UNIX sockets (Qt, D-Bus, fontconfig) are allowed.
"""
import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import offline_worker
from crash_support import REPO

_NETWORK = {socket.AF_INET, socket.AF_INET6}
_seen: list[tuple] = []
_watching = False


def _hook(event: str, args: tuple) -> None:
    if not _watching or not event.startswith("socket."):
        return
    if event == "socket.__new__":
        family = args[1] if len(args) > 1 else None
        if family in _NETWORK or family == -1:
            _seen.append((event, args[1:]))
    elif event in ("socket.connect", "socket.sendto", "socket.bind"):
        address = args[1] if len(args) > 1 else None
        if isinstance(address, tuple):          # AF_UNIX addresses are str/bytes
            _seen.append((event, address))
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
                   "socket.gethostbyaddr"):
        _seen.append((event, args))


sys.addaudithook(_hook)   # hooks cannot be removed: it records only while _watching


@pytest.fixture
def watch():
    global _watching
    _seen.clear()
    _watching = True
    try:
        yield _seen
    finally:
        _watching = False


def test_the_hook_would_notice_a_network_socket(watch):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.01)
        try:
            s.connect(("192.0.2.1", 9))          # TEST-NET-1: never routed
        except OSError:
            pass
    events = [e for e, _ in watch]
    assert "socket.__new__" in events and "socket.connect" in events
    watch.clear()
    a, b = socket.socketpair(socket.AF_UNIX)
    a.close()
    b.close()
    assert watch == []


def test_no_python_code_opens_a_network_socket(qtbot, tmp_path, watch):
    offline_worker.run_everything(tmp_path, register=qtbot.addWidget)
    assert watch == []


def _traced(argv: list[str], folder: Path) -> tuple[subprocess.CompletedProcess, list[str]]:
    """Run under strace; (the run, the socket/connect/sendto lines naming AF_INET(6))."""
    log = folder / "strace.log"
    env = dict(os.environ, BRIEFING_DATA_DIR=str(folder), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(["strace", "-f", "-qq", "-e", "trace=execve,socket,connect,sendto",
                           "-o", str(log), *argv], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=300)
    if "PTRACE" in done.stderr or "Operation not permitted" in done.stderr:
        pytest.skip("ptrace is not permitted here")
    calls = log.read_text()
    assert "execve(" in calls                     # strace did trace the run
    network = [line for line in calls.splitlines()
               if re.search(r"\b(socket|connect|sendto)\(.*\b(AF_INET6?|PF_INET6?)\b", line)]
    return done, network


needs_strace = pytest.mark.skipif(shutil.which("strace") is None, reason="strace is missing")


@needs_strace
def test_strace_would_notice_a_network_socket(tmp_path):
    _, network = _traced([sys.executable, "-c", "import socket; socket.socket().close()"],
                         tmp_path)
    assert len(network) == 1 and "AF_INET" in network[0]


@needs_strace
def test_no_network_system_call_in_a_whole_run(tmp_path):
    done, network = _traced([sys.executable, str(Path(offline_worker.__file__)),
                             str(tmp_path)], tmp_path)
    assert done.returncode == 0 and done.stdout.strip().endswith("done"), done.stderr[-2000:]
    assert network == [], "\n".join(network[:10])
