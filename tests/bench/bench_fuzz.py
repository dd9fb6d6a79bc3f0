"""Fuzz the importers, the article extractor and the file check with Hypothesis, 20,000+
cases in all.

    python tests/bench/bench_fuzz.py [--scale K] [--seed S]

Each target runs its examples (scaled by K, default 1) and counts the outcomes: accepted /
refused with InterchangeError for the importers, proposed / nothing found for the
extractor. Any other exception is a failure: the table says which target, and the
shrunk example is printed. Exits 1 on any failure.
"""
from __future__ import annotations

import argparse
import collections
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hardening"))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import seed as hypothesis_seed  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import fuzz_hostile as hostile  # noqa: E402
import fuzz_support as fz  # noqa: E402

TARGETS = [
    # (name, examples, strategies, function)
    ("parse_package(any JSON value)", 2000, (fz.json_values,), fz.parse_any),
    ("parse_package(near-valid dict)", 1500, (fz.packages,), fz.parse_any),
    ("parse_package(mutated seed)", 2000, (fz.mutated_packages,), fz.parse_any),
    ("read_package(any bytes)", 2000, (fz.package_bytes,), fz.read_package_bytes),
    ("read_claims_csv(any text)", 2000, (fz.csv_texts,), fz.read_csv_text),
    ("read_claims_csv(any bytes)", 1500, (fz.csv_bytes,), fz.read_csv_bytes),
    ("extract(any text, date)", 2500, (fz.article_texts, fz.published_dates), fz.extract_text),
    ("import(mutated seed) into a file", 800, (fz.mutated_packages,),
     fz.import_package_value),
    # issue 18: hostile shapes
    ("read_package(hostile JSON text)", 1500, (hostile.hostile_json_texts,),
     hostile.read_package_text),
    ("parse_package(hostile values)", 2000, (hostile.hostile_packages,), fz.parse_any),
    ("import(hostile values) into a file", 600, (hostile.hostile_packages,),
     fz.import_package_value),
    ("read_claims_csv(hostile cells)", 1500, (hostile.hostile_csv,), fz.read_csv_text),
    ("CSV round trip(hostile text)", 1500,
     (st.lists(st.one_of(hostile.hostile_text, hostile.visible_text), min_size=1,
               max_size=4),), hostile.csv_round_trip),
    ("extract(hostile article)", 1000, (hostile.hostile_articles, fz.published_dates),
     fz.extract_text),
    ("read_article(any bytes)", 1000, (hostile.article_bytes,), hostile.read_article_bytes),
    ("open(file with foreign schema)", 300, (hostile.foreign_statements,),
     hostile.open_with_foreign_schema),
]


def run_target(name, examples, strategies, function, seed: int) -> dict:
    counts: collections.Counter = collections.Counter()
    failure = None

    @hypothesis_seed(seed)
    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.tuples(*strategies))
    def target(example):
        counts[function(*example)] += 1

    start = time.perf_counter()
    try:
        target()
    except Exception as exc:  # a finding: keep going with the other targets
        failure = "".join(traceback.format_exception(exc, limit=-4))
    seconds = time.perf_counter() - start
    cases = sum(counts.values())
    return dict(name=name, cases=cases, counts=dict(counts), failure=failure, seconds=seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    rows = []
    for name, examples, strategies, function in TARGETS:
        row = run_target(name, max(1, int(examples * args.scale)), strategies, function,
                         args.seed)
        rows.append(row)
        print(f"{name}: {row['cases']} cases, {row['seconds']:.1f} s"
              + (" — FAILED" if row["failure"] else ""), flush=True)
    width = max(len(r["name"]) for r in rows)
    print()
    print(f"{'target':<{width}}  {'cases':>6}  {'ok':>6}  {'refused':>7}  {'other':>5}  "
          f"{'seconds':>7}  {'ms/case':>7}")
    for r in rows:
        ok = r["counts"].get("accepted", 0) + r["counts"].get("proposed", 0)
        refused = r["counts"].get("refused", 0) + r["counts"].get("nothing found", 0)
        other = 1 if r["failure"] else 0
        print(f"{r['name']:<{width}}  {r['cases']:>6}  {ok:>6}  {refused:>7}  {other:>5}  "
              f"{r['seconds']:>7.1f}  {1000 * r['seconds'] / max(r['cases'], 1):>7.2f}")
    total = sum(r["cases"] for r in rows)
    seconds = sum(r["seconds"] for r in rows)
    print(f"{'total':<{width}}  {total:>6}  {'':>6}  {'':>7}  "
          f"{sum(1 for r in rows if r['failure']):>5}  {seconds:>7.1f}")
    print("(ok = accepted by the importer / proposals found; refused = InterchangeError / "
          "nothing found; other = any other exception)")
    for r in rows:
        if r["failure"]:
            print(f"\n--- {r['name']} ---\n{r['failure']}")
    failed = any(r["failure"] for r in rows)
    print("RESULT:", "FAILURES" if failed else "ok")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
