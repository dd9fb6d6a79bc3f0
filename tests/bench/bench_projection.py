"""Projection timings next to a bare-numpy floor measured in the same run.

    python tests/bench/bench_projection.py

Budgets (brief): a full recompute after an edit (fit + Monte Carlo at 10k + band) < 16 ms;
Monte Carlo <= 2x the floor (uniforms for 3 ranges + closed-form depletion + np.percentile).
"""
from __future__ import annotations

import datetime as dt
import statistics
import time

import numpy as np

from briefing.domain import Claim, Reinforcement, Scenario, Source
from briefing.domain import LossesStart
from briefing.projection import Evidence, find_conflicts, fit_losses, project
from briefing.projection.linear import Steps, depletion_days
from briefing.projection.monte_carlo import QUANTILES, Uncertainty, band, ranked_days, sample

ANCHOR = dt.date(2025, 1, 6)
RANGES = ((11_000, 13_000), (3_000, 4_600), (70, 114))
SUBJECT = "DPRK contingent, Kursk"
SOURCES = {s.id: s for s in (Source("nis", "NIS", "intelligence", "KR", "B"),
                             Source("zel", "Zelenskyy", "government", "UA", "C"),
                             Source("isw", "ISW", "think-tank", "US", "B"))}


def timed(fn, repeat: int) -> float:
    """Median wall time in ms after one warm-up call."""
    fn()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs) * 1e3


def floor(n: int):
    rng = np.random.default_rng(0)
    s = rng.uniform(*RANGES[0], n)
    losses = rng.uniform(*RANGES[1], n)
    rate = rng.uniform(*RANGES[2], n)
    days = np.ceil((s - losses) / rate)
    days[days > 730] = np.inf
    return np.percentile(days, [10, 50, 90])


def draws(n: int, steps: Steps):
    return sample(Uncertainty(*RANGES), 0, 0, 0, steps, n, 0, ANCHOR, 730)


def monte_carlo(n: int, steps: Steps):
    d = draws(n, steps)
    days = np.sort(depletion_days(d.strength, d.losses, d.rate, d.steps, 0.0, 730))
    return (ranked_days(days), ranked_days(days, QUANTILES),
            np.searchsorted(days, 114, side="right") / n)


def the_band(n: int, steps: Steps):
    return band(draws(n, steps), 730)


def claims(n: int, subjects: int = 1) -> list[Claim]:
    """n claims over two years: casualties, killed + wounded pairs, fractions, strengths."""
    rng = np.random.default_rng(1)
    out = []
    for i in range(n):
        day = ANCHOR - dt.timedelta(days=int(rng.integers(0, 730)))
        losses = 50 * (730 - (ANCHOR - day).days) + float(rng.normal(0, 800))
        kind = i % 10
        common = dict(source=("nis", "zel", "isw")[i % 3], subject=f"{SUBJECT} {i % subjects}",
                      as_of=day.isoformat(), credibility=int(rng.integers(1, 7)), quote="…",
                      date_precision=("day", "week", "month")[i % 3])
        if kind == 0:
            out.append(Claim(id=f"s{i}", metric="strength", value=40_000.0, **common))
        elif kind == 1:
            out.append(Claim(id=f"f{i}", metric="casualties", fraction=0.25,
                             fraction_of="strength", qualifier="about", **common))
        elif kind in (2, 3):
            out.append(Claim(id=f"k{i}", metric="killed" if kind == 2 else "wounded",
                             value=round(abs(losses) * (0.2 if kind == 2 else 0.8)), **common))
        else:
            out.append(Claim(id=f"c{i}", metric="casualties", value=round(abs(losses)),
                             low=None, high=None, **common))
    return out


def main() -> None:
    none = Steps.of([], ANCHOR, 730)
    two = Steps.of([Reinforcement("2025-02-01", 1_000), Reinforcement("2025-03-15", 2_000)],
                   ANCHOR, 730)
    rows = []
    for n in (10_000, 100_000):
        repeat = 60 if n == 10_000 else 20
        base = timed(lambda: floor(n), repeat)
        mc = timed(lambda: monte_carlo(n, none), repeat)
        mc2 = timed(lambda: monte_carlo(n, two), repeat)
        rows += [(f"floor: 3 uniforms + ceil + np.percentile, {n:,}", base, ""),
                 (f"Monte Carlo + 99 quantiles, no reinforcements, {n:,}", mc,
                  f"{mc / base:.2f}x floor"),
                 (f"Monte Carlo + 99 quantiles, 2 reinforcements, {n:,}", mc2,
                  f"{mc2 / base:.2f}x floor"),
                 (f"band (17-point grid + steps, per-day arrays), {n:,}",
                  timed(lambda: the_band(n, two), repeat), "")]
    many = claims(100_000)
    rows.append(("fit over 100,000 claims (evidence model + fit + rate without each)",
                 timed(lambda: fit_losses(many, SOURCES), 5), ""))
    rows.append(("fit over 1,000 claims, every rate-without a full refit",
                 timed(lambda: fit_losses(many[:1_000], SOURCES), 10), ""))
    ledger = claims(2_000, subjects=4)
    rows.append(("find_conflicts over 2,000 claims (4 subjects)",
                 timed(lambda: find_conflicts(ledger, SOURCES), 5), ""))
    linear = Scenario("isw", "ISW", initial_strength=12_000, anchor_date=ANCHOR.isoformat(),
                      anchor_losses=3_800, daily_loss_rate=92, subject=SUBJECT,
                      initial_strength_range=RANGES[0], anchor_losses_range=RANGES[1],
                      daily_loss_rate_range=RANGES[2],
                      reinforcements=(Reinforcement("2025-02-01", 1_000),))
    fitted = Scenario("fit", "Fitted", kind="fitted", initial_strength=60_000, anchor_date=None,
                      daily_loss_rate=None, subject=f"{SUBJECT} 0",
                      initial_strength_range=(50_000, 70_000),
                      losses_start=LossesStart("2023-01-07", "week"))
    kursk = Evidence(claims(40), SOURCES)
    rows.append(("full recompute, linear with 3 ranges, 10,000 samples",
                 timed(lambda: project(linear, kursk, SOURCES), 60), "budget 16 ms"))
    rows.append(("full recompute, fitted (40 claims), 10,000 samples",
                 timed(lambda: project(fitted, kursk, SOURCES), 60), "budget 16 ms"))
    rows.append(("full recompute, fitted (40 claims), 100,000 samples",
                 timed(lambda: project(fitted, kursk, SOURCES, samples=100_000), 10), ""))

    width = max(len(r[0]) for r in rows)
    print(f"{'what':<{width}}  {'median ms':>9}  note")
    for what, ms, note in rows:
        print(f"{what:<{width}}  {ms:9.2f}  {note}")


if __name__ == "__main__":
    main()
