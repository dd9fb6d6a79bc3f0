"""Killing real `briefing` processes at random moments, and judging what they left.

Shared by tests/hardening/test_crash.py (a fast subset) and tests/bench/bench_crash.py (the
long run). Two kinds of victim:

- an import: `python -m briefing --db F import big.json` (one transaction of a few thousand
  claims) — afterwards the file holds every claim of the package or none of them;
- an editor: `crash_worker.py edit F CLAIM` changes one claim's value 1, 2, 3, ... through
  `Workspace.put`, printing each value after its commit returns — afterwards the file holds
  the last acknowledged value or, at most, the one after it (committed, killed before the
  print), and the audit log holds exactly one update per value, in order.

After every kill `python -m briefing --db F check` must exit 0.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).resolve().parent / "crash_worker.py"
SEED = REPO / "resources" / "seed" / "kursk.json"
PREFIX = "crash-"


def child_env(data_dir: Path) -> dict:
    return dict(os.environ, BRIEFING_DATA_DIR=str(data_dir), BRIEFING_USER="crash-test",
                PYTHONUNBUFFERED="1")


def big_package(path: Path, claims: int = 3000) -> Path:
    """The seed's sources plus `claims` new claims (ids crash-0 ...), as a package file."""
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    template = dict(seed["claims"][0], document=None, note=None)
    package = {"format": "briefing-package", "version": 1, "briefing": seed["briefing"],
               "sources": seed["sources"], "documents": [], "events": [], "scenarios": [],
               "claims": [dict(template, id=f"{PREFIX}{i}", value=1000 + i,
                               quote=f"Claim number {i}: " + "x" * 300)
                          for i in range(claims)]}
    path.write_text(json.dumps(package), encoding="utf-8")
    return path


def briefing_cli(*argv, data_dir: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing", *map(str, argv)], cwd=REPO,
                          env=child_env(data_dir), capture_output=True, text=True,
                          timeout=timeout)


def cli_check(db: Path, data_dir: Path) -> subprocess.CompletedProcess:
    return briefing_cli("--db", db, "check", data_dir=data_dir)


def _drain(stream, lines: list[str]) -> None:
    for line in stream:
        lines.append(line)


def _kill(proc: subprocess.Popen) -> bool:
    """SIGKILL; True if the process was still running (a real crash, not a normal exit)."""
    alive = proc.poll() is None
    if alive:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    return alive and proc.returncode == -signal.SIGKILL


@dataclass
class ImportKill:
    claims_after: int          # package claims in the file after the kill: 0 or all
    expected: int              # package size
    killed_running: bool       # False when the import had already finished
    opens: bool = True
    problems: list[str] = field(default_factory=list)

    @property
    def partial(self) -> bool:
        return self.claims_after not in (0, self.expected)


def kill_import(db: Path, package: Path, expected: int, delay: float,
                data_dir: Path) -> ImportKill:
    proc = subprocess.Popen([sys.executable, "-m", "briefing", "--db", str(db), "import",
                             str(package)], cwd=REPO, env=child_env(data_dir),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    running = _kill(proc)
    return _judge_import(db, expected, running)


def _judge_import(db: Path, expected: int, running: bool) -> ImportKill:
    from briefing.store import BriefingFileError
    from briefing.workspace import Workspace

    if not db.exists():
        return ImportKill(0, expected, running)
    try:
        ws = Workspace.open(db, create=False)
    except BriefingFileError as exc:
        return ImportKill(-1, expected, running, opens=False, problems=[str(exc)])
    try:
        sql = ws.store.conn.execute
        found = sql("SELECT count(*) FROM claim WHERE id LIKE ?", (PREFIX + "%",)).fetchall()
        audited = sql("SELECT count(*) FROM audit WHERE action = 'insert' AND "
                      "entity = 'claim' AND entity_id LIKE ?", (PREFIX + "%",)).fetchall()
        problems = ws.store.integrity_problems()
        if found[0][0] != audited[0][0]:
            problems.append(f"{found[0][0]} package claims but {audited[0][0]} audited inserts")
        return ImportKill(found[0][0], expected, running, problems=problems)
    finally:
        ws.close()


@dataclass
class EditKill:
    acknowledged: int          # the last value the worker printed (its start if none)
    stored: int                # the value in the file afterwards
    killed_running: bool
    problems: list[str] = field(default_factory=list)

    @property
    def lost(self) -> bool:
        """An acknowledged write is missing."""
        return self.stored < self.acknowledged

    @property
    def trailing(self) -> bool:
        """One commit made it to the file but not to stdout before the kill."""
        return self.stored == self.acknowledged + 1


def kill_edits(db: Path, claim_id: str, delay: float, data_dir: Path,
               wait_for_first: bool = True) -> EditKill:
    start = current_value(db, claim_id)
    proc = subprocess.Popen([sys.executable, str(WORKER), "edit", str(db), claim_id],
                            cwd=REPO, env=child_env(data_dir), stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    lines: list[str] = []
    reader = threading.Thread(target=_drain, args=(proc.stdout, lines), daemon=True)
    reader.start()
    if wait_for_first:
        deadline = time.monotonic() + 60
        while not lines and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
    time.sleep(delay)
    running = _kill(proc)
    reader.join(timeout=10)
    proc.stdout.close()
    acked = [int(line) for line in lines if line.endswith("\n") and line.strip().isdigit()]
    acknowledged = acked[-1] if acked else start
    problems = []
    if acked and acked != list(range(start + 1, acknowledged + 1)):
        problems.append("the worker acknowledged values out of order")
    stored = current_value(db, claim_id)
    problems += _audit_problems(db, claim_id, stored)
    return EditKill(acknowledged, stored, running, problems)


def current_value(db: Path, claim_id: str) -> int:
    from briefing.workspace import Workspace

    ws = Workspace.open(db, create=False)
    try:
        return int(ws.get("claim", claim_id).value)
    finally:
        ws.close()


def _audit_problems(db: Path, claim_id: str, stored: int) -> list[str]:
    """The audit must hold one 'value' update per committed edit, ending at the stored
    value: a value without its audit row (or the reverse) is a partial transaction."""
    from briefing.workspace import Workspace

    ws = Workspace.open(db, create=False)
    try:
        values = [int(h.new) for h in ws.history("claim", claim_id)
                  if h.action == "update" and h.field == "value"]
        problems = ws.store.integrity_problems()
    finally:
        ws.close()
    if values and values[-1] != stored:
        problems.append(f"audit ends at {values[-1]} but the claim holds {stored}")
    if values != sorted(set(values)) or (values and values != list(
            range(values[0], values[-1] + 1))):
        problems.append("audit of the edits has gaps or repeats")
    return problems
