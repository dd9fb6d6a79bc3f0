"""Change bundles at 10,000 operations: export, size, import, and import again.

    python tests/bench/bench_bundles.py [--operations N]

One copy of the seed adds N/5 claims (each with a quote of its own) and makes 4N/5 edits of
their figures (N operations of its own); a byte-for-byte copy made before, which added the
same claims and meanwhile changed a tenth of the same figures itself, imports the bundle
(so it merges every claim and keeps those conflicts). Prints the
time of each step, the bundle's size and the counts `sync import` reports.
"""
from __future__ import annotations

import argparse
import gzip
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--operations", type=int, default=10_000)
    n = parser.parse_args().operations

    from briefing.workspace import Workspace, create_from_seed
    from briefing.workspace.sync import export_bundle, import_bundle

    folder = Path(tempfile.mkdtemp(prefix="bench-bundles-"))
    try:
        create_from_seed(folder / "a.briefing")
        shutil.copy(folder / "a.briefing", folder / "b.briefing")
        a = Workspace.open(folder / "a.briefing", watch=False)
        b = Workspace.open(folder / "b.briefing", watch=False)
        template = a.get("claim", "nis-killed")
        words = a.get("document", template.document).text.split()
        rng = random.Random(0)
        added = [template.changed(id=f"bench-{i}", value=i,
                                  quote=" ".join(rng.choices(words, k=25)))
                 for i in range(n // 5)]
        a.store.put_many(added)
        b.store.put_many(added)          # the same claims, made in both copies
        edits = n - len(added)
        a.store.atomically(lambda: [a.store.put(added[i % len(added)].changed(
            value=10_000 + i)) for i in range(edits)])
        b.store.atomically(lambda: [b.store.put(added[i].changed(value=1 + i))
                                    for i in range(0, len(added), 10)])
        rows = []
        start = time.perf_counter()
        count = export_bundle(a, folder / "a.bundle")
        rows.append(("export", time.perf_counter() - start, f"{count:,} operations"))
        size = (folder / "a.bundle").stat().st_size
        raw = len(gzip.decompress((folder / "a.bundle").read_bytes()))
        rows.append(("bundle size", None, f"{size / 1e6:.2f} MB ({size / count:.0f} B an "
                                          f"operation; {raw / 1e6:.1f} MB uncompressed)"))
        for step in ("import", "import again"):
            start = time.perf_counter()
            done = import_bundle(b, folder / "a.bundle")
            rows.append((step, time.perf_counter() - start, done.summary()))
        a.close()
        b.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for name, seconds, what in rows:
        took = "" if seconds is None else f"{seconds:7.2f} s"
        print(f"{name:<13} {took:>9}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
