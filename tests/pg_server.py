"""A private PostgreSQL server for the team-server tests and for `.ci/run`.

    python3 tests/pg_server.py start DIR      prints the admin URI of a new server in DIR
    python3 tests/pg_server.py stop DIR       stops it (immediately) and removes DIR

`start` exits with status 3 when no server binary is installed (the tests that need a
server are then skipped), 1 when one is installed but would not start.

The server listens on 127.0.0.1 at a free port and on a Unix socket in DIR, trusts local
connections, and runs as the `postgres` user when we are root (the server refuses to run as
root; CI runs as root). Durability settings are the defaults except fsync, which is off: the
tests kill the server, never the machine. Only the standard library is used, so `.ci/run`
can call this with the system's python3 before any virtual environment exists.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

ADMIN = "briefing_admin"
NO_SERVER = 3
MISSING = ("no PostgreSQL server binary (initdb, pg_ctl) found: install PostgreSQL 15 or "
           "later (Debian: apt-get install postgresql) to run the team-server tests")


def bin_dir() -> Path | None:
    """Where initdb and pg_ctl are: $BRIEFING_PG_BIN, PATH, or Debian's versioned folders."""
    candidates = [os.environ.get("BRIEFING_PG_BIN", "")]
    found = shutil.which("pg_ctl")
    if found:
        candidates.append(str(Path(os.path.realpath(found)).parent))
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in filter(None, candidates):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One server: its folder, port and the admin role's URIs."""

    def __init__(self, folder: Path, port: int | None = None):
        self.folder = Path(folder)
        self.data = self.folder / "data"
        port_file = self.folder / "port"
        if port is None and port_file.exists():
            port = int(port_file.read_text())
        self.port = port or _free_port()
        self.bin = bin_dir()

    def uri(self, dbname: str = "postgres", user: str = ADMIN) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(_as_server_user(list(args)), capture_output=True, text=True,
                              check=check, timeout=120)

    def init(self) -> None:
        if self.bin is None:
            raise RuntimeError(MISSING)
        self.folder.mkdir(parents=True, exist_ok=True)
        os.chmod(self.folder, 0o755)  # mkdtemp makes 0700: the server user must enter it
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", ADMIN,
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        (self.folder / "port").write_text(str(self.port))

    def start(self) -> None:
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c max_connections=100 -c shared_buffers=32MB")
        for attempt in range(3):
            done = self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options,
                             "-l", str(self.folder / "log"), "-w", "-t", "60", "start",
                             check=False)
            if done.returncode == 0:
                return
            time.sleep(0.5)  # a port just freed by a stopped server may linger
        raise RuntimeError(f"PostgreSQL did not start: {done.stdout}{done.stderr}"
                           f"{self.log_tail()}")

    def stop(self, mode: str = "immediate") -> None:
        if self.bin is not None and (self.data / "postmaster.pid").exists():
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w",
                      "stop", check=False)

    def log_tail(self) -> str:
        try:
            return (self.folder / "log").read_text()[-2000:]
        except OSError:
            return ""

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print(__doc__, file=sys.stderr)
        return 2
    server = Server(Path(argv[1]))
    if argv[0] == "stop":
        server.remove()
        return 0
    if server.bin is None:
        print(MISSING, file=sys.stderr)
        return NO_SERVER
    try:
        server.init()
        server.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        print(f"PostgreSQL would not start in {server.folder}: {exc}", file=sys.stderr)
        return 1
    print(server.uri())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
