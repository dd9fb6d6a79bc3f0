"""Races and kills on one briefing, counted: nothing acknowledged is lost, no file is torn.

    python tests/bench/bench_races.py [--rounds N] [--kills K] [--seed S]

1. Parallel imports: two `briefing import` processes at once, each a 2,000-row CSV without
   ids, N rounds; every acknowledged row must be in the file.
2. A failed import into a new file racing a good one started 0.2-0.8 s later: the good
   import's file must exist afterwards, holding its claims.
3. Add Claim against imports: one process adds claims one by one (`Workspace.create`, as
   the window does) while two processes import CSVs; every added claim and every imported
   row is kept, and no claim was ever updated.
4. Exports killed at random moments (SIGKILL), K times, JSON of a 20,000-claim briefing and
   the seed's PDF pack: the target is always the previous file or the whole new one (the
   briefing does not change, so both read the same), never a torn one; the partial
   files the kills leave are counted (a later write of that file prunes them).

Exits 1 if anything was lost or torn.
"""
from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hardening"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from crash_support import REPO, SEED, child_env  # noqa: E402
from race_support import bad_last_claim, claims_csv, start_import  # noqa: E402

from briefing.workspace import Workspace, create_from_seed  # noqa: E402

ADDER = """
import sys
from briefing.domain import Claim
from briefing.workspace import Workspace
ws = Workspace.open(sys.argv[1])
template = ws.get("claim", "nis-killed").changed(quote="added by hand", note=None)
for n in range(int(sys.argv[2])):
    def build(w, n=n):
        claim = template.changed(id=w.new_id("claim"), value=float(n))
        return [("claim", claim.id, claim)]
    states, _ = ws.create(build)
    print(states[0][1], flush=True)
ws.close()
"""


def claim_ids(db: Path) -> list[str]:
    ws = Workspace.open(db)
    try:
        return ws.store.ids("claim")
    finally:
        ws.close()


def updates(db: Path) -> int:
    ws = Workspace.open(db)
    try:
        return ws.store.conn.execute("SELECT count(*) FROM audit WHERE action = 'update' "
                                     "AND entity = 'claim'").fetchone()[0]
    finally:
        ws.close()


def parallel_imports(folder: Path, data: Path, rounds: int) -> tuple[int, int]:
    db = folder / "parallel.briefing"
    create_from_seed(db)
    files = [claims_csv(folder / f"part{i}.csv", 2000, tag=f"p{i}") for i in range(2)]
    acknowledged = 12
    for _ in range(rounds):
        runs = [start_import(db, f, data) for f in files]
        for run in runs:
            out, _ = run.communicate(timeout=300)
            acknowledged += 2000 if run.returncode == 0 and "2000 claims" in out else 0
    return acknowledged, len(claim_ids(db))


def new_file_races(folder: Path, data: Path, rounds: int, rng: random.Random) -> int:
    bad_file = bad_last_claim(folder / "bad.json", 20_000)
    kept = 0
    for r in range(rounds):
        db = folder / f"new-{r}.briefing"
        slow = start_import(db, bad_file, data)
        time.sleep(rng.uniform(0.2, 0.8))
        good = subprocess.run([sys.executable, "-m", "briefing", "--db", str(db), "import",
                               str(SEED)], cwd=REPO, env=child_env(data), capture_output=True,
                              text=True, timeout=300)
        slow.communicate(timeout=300)
        if good.returncode == 0 and db.exists() and len(claim_ids(db)) == 12:
            kept += 1
    return kept


def add_claim_races(folder: Path, data: Path, rounds: int, adds: int) -> tuple[int, int, int]:
    expected = found = updated = 0
    for r in range(rounds):
        db = folder / f"adds-{r}.briefing"
        create_from_seed(db)
        files = [claims_csv(folder / f"add{r}-{i}.csv", 2000, tag=f"a{r}{i}") for i in range(2)]
        adder = subprocess.Popen([sys.executable, "-c", ADDER, str(db), str(adds)], cwd=REPO,
                                 env=child_env(data), stdout=subprocess.PIPE, text=True)
        imports = [start_import(db, f, data) for f in files]
        added = adder.communicate(timeout=600)[0].split()
        for run in imports:
            out, _ = run.communicate(timeout=300)
            expected += 2000 if run.returncode == 0 else 0
        expected += 12 + len(added)
        ids = set(claim_ids(db))
        found += len(ids) if set(added) <= ids else 0
        updated += updates(db)
    return expected, found, updated


def _content(path: Path) -> bytes:
    """What a reader gets from the file. A PDF writer stamps a new creation time, document
    id and font order into every pack, so a pack is compared by its text — which a torn PDF
    cannot give — and by its ending."""
    data = path.read_bytes()
    if path.suffix != ".pdf":
        return data
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True).stdout
    return text + b"|whole" * data.rstrip().endswith(b"%%EOF")


def killed_exports(folder: Path, data: Path, kills: int, rng: random.Random) -> dict:
    """JSON of a 20,000-claim briefing and the seed's PDF pack (a pack of 20,000 claims
    on one subject and month runs out of memory in the conflict finder: not this test)."""
    big, seed = folder / "export.briefing", folder / "seed-export.briefing"
    create_from_seed(big)
    create_from_seed(seed)
    csv = claims_csv(folder / "many.csv", 20_000, tag="x")
    subprocess.run([sys.executable, "-m", "briefing", "--db", str(big), "import", str(csv)],
                   cwd=REPO, env=child_env(data), check=True, capture_output=True)
    env = dict(child_env(data), QT_QPA_PLATFORM="offscreen", SOURCE_DATE_EPOCH="1738368000")
    counts = {"kills": 0, "torn": 0, "partials left": 0}
    for db, name in ((big, "package.json"), (seed, "pack.pdf")):
        target = folder / name
        argv = [sys.executable, "-m", "briefing", "--db", str(db), "export", str(target)]
        start = time.perf_counter()
        subprocess.run(argv, cwd=REPO, env=env, check=True, capture_output=True)
        full = time.perf_counter() - start
        reference = _content(target)
        for _ in range(kills // 2):
            child = subprocess.Popen(argv, cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.05, full))
            child.send_signal(signal.SIGKILL)
            child.wait()
            counts["kills"] += 1
            counts["torn"] += _content(target) != reference
        counts["partials left"] += len(list(folder.glob(f".{name}.*.partial")))
        counts[f"{name} seconds"] = round(full, 2)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    failed = False
    with tempfile.TemporaryDirectory(prefix="briefing-races-") as tmp:
        folder, data = Path(tmp), Path(tmp) / "data"
        data.mkdir()
        acknowledged, kept = parallel_imports(folder, data, args.rounds)
        print(f"parallel imports: {args.rounds} rounds × 2 processes × 2,000 rows: "
              f"{acknowledged:,} acknowledged, {kept:,} in the file", flush=True)
        failed |= kept != acknowledged
        survived = new_file_races(folder, data, args.rounds, rng)
        print(f"failed import into a new file vs a good one: {args.rounds} races, good "
              f"import's file kept {survived} times", flush=True)
        failed |= survived != args.rounds
        expected, found, updated = add_claim_races(folder, data, max(1, args.rounds // 2), 200)
        print(f"Add Claim × 200 vs 2 imports: {max(1, args.rounds // 2)} rounds, {expected:,} "
              f"claims acknowledged, {found:,} found, {updated} claims updated", flush=True)
        failed |= found != expected or updated != 0
        counts = killed_exports(folder, data, args.kills, rng)
        print(f"exports killed at random: {counts}", flush=True)
        failed |= counts["torn"] != 0
    print("RESULT:", "LOST OR TORN" if failed else "ok")
    return 1 if failed else 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
