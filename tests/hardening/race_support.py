"""Helpers for racing real `briefing` processes on one file (tests/hardening/test_races.py,
tests/bench/bench_races.py)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from crash_support import REPO, SEED, child_env


def claims_csv(path: Path, rows: int, tag: str) -> Path:
    """`rows` claims of the seed's source `nis`, with no id column (the importer chooses
    ids), each quote naming `tag` and its row so a lost claim can be told apart."""
    lines = ["source,subject,metric,value,as_of,credibility,quote"]
    lines += [f"nis,Race {tag},killed,{i + 1},2025-01-{1 + i % 28:02d},3,{tag} row {i}"
              for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def start_import(db: Path, source: Path, data_dir: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "briefing", "--db", str(db), "import",
                             str(source)], cwd=REPO, env=child_env(data_dir),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def bad_last_claim(path: Path, claims: int) -> Path:
    """A package of the seed's sources and `claims` claims whose last one is invalid: slow
    to refuse, so another import can race it."""
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    template = dict(seed["claims"][0], document=None)
    bad = dict(seed, documents=[], events=[], scenarios=[],
               claims=[dict(template, id=f"big-{i}") for i in range(claims)])
    bad["claims"][-1]["value"] = -1
    path.write_text(json.dumps(bad), encoding="utf-8")
    return path
