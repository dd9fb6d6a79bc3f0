"""Structured-analysis timings: the ACH matrix scored live, and the record read back.

    python tests/bench/bench_structured.py [--claims N]

The matrix is rescored after every rating (the window does it on the UI thread, from the
evidence already read), so `score` — inconsistency, leader, diagnosticity, the sensitivity
of every discriminating claim and every indicator — must stay well inside a frame at the
size of a real matrix (a few hundred rated claims) and usable at 100k. `history` reads
every assessment and what changed between each pair from the audit.
"""
from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path

from briefing.domain import Claim, Hypothesis, Indicator, Rating, Source
from briefing.domain.vocabulary import RATINGS
from briefing.projection import Evidence
from briefing.structured import score
from bench_projection import timed

SUBJECT = "Garrison"
SOURCES = [Source(f"s{i}", f"Source {i}", "media", None, "ABCDEF"[i % 6]) for i in range(30)]


def matrix_inputs(n_claims: int, n_hypotheses: int = 5, seed: int = 3):
    rng = random.Random(seed)
    claims = [Claim(id=f"c{i}", source=f"s{i % 30}", subject=SUBJECT,
                    metric=rng.choice(("killed", "wounded", "casualties")),
                    value=float(rng.randint(10, 9000)),
                    as_of=f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
                    credibility=1 + i % 6, quote="q") for i in range(n_claims)]
    hypotheses = [Hypothesis(f"h{k}", f"Hypothesis {k}", indicators=(
        Indicator(f"i{k}", "signpost", SUBJECT, "casualties", ">=", 5000 + 500 * k,
                  "2025-06-30"),)) for k in range(n_hypotheses)]
    ratings = [Rating(h.id, c.id, rng.choice(tuple(RATINGS)))
               for c in claims for h in hypotheses]
    return claims, hypotheses, ratings


def bench_matrix(n_claims: int) -> None:
    claims, hypotheses, ratings = matrix_inputs(n_claims)
    evidence = Evidence(claims, SOURCES)
    evidence.series(SUBJECT)          # the analysis reads the series before the matrix
    ms = timed(lambda: score(hypotheses, ratings, evidence), repeat=3 if n_claims > 10_000
               else 7)
    print(f"score: {n_claims:>7,} claims × {len(hypotheses)} hypotheses "
          f"({len(ratings):,} ratings): {ms:8.1f} ms")


def bench_history(n_assessments: int) -> None:
    from briefing.workspace import Workspace, create_from_seed
    from briefing.workspace.analysis import projections
    from briefing.workspace.record import history, record

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kursk.briefing"
        create_from_seed(path)
        ws = Workspace.open(path, watch=False)
        try:
            found = projections(ws, samples=1000)
            for k in range(n_assessments):
                claim = ws.get("claim", "nis-killed")
                ws.put(claim.changed(value=300 + k))
                record(ws, found)
            ms = timed(lambda: history(ws), repeat=5)
        finally:
            ws.close()
    print(f"history: {n_assessments} assessments, one claim edit between each: {ms:8.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, nargs="*", default=[300, 10_000, 100_000])
    args = parser.parse_args()
    for n in args.claims:
        bench_matrix(n)
    bench_history(50)


if __name__ == "__main__":
    main()
