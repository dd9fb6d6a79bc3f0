"""A realistic, deterministic briefing package at any size, for the scale benchmark.

    python tests/bench/generate.py OUT.json [--claims 100000] [--events 20000] [--seed 7]

~50 sources of every kind and reliability, a few documents, N claims over three years on
20 subjects and every metric (values, low-high ranges, fractions of strength, qualifiers,
verbatim quotes of 100-300 characters, some Cyrillic and Hangul), E events linking claims
and sources, and 3 scenarios (two linear with ranges, one fitted). Figures follow a per
subject trend with noise, so the conflict finder sees a realistic mix of agreeing and
disagreeing figures. Only the standard library is used; the output is plain package JSON
(reference.md §3), written with the same key order as `write_package`.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

METRICS = ("strength", "killed", "wounded", "casualties", "captured", "missing",
           "loss_rate", "reinforcements")
QUALIFIERS = (None, None, None, "about", "nearly", "at least", "more than", "up to")
# Mostly exact days and weeks; coarse dates are rarer (as in ACLED-style ledgers).
PRECISIONS = ("day",) * 12 + ("week",) * 5 + ("month",) * 2 + ("season", "year")
KINDS = ("government", "military", "intelligence", "think-tank", "media", "other")
RELIABILITY = "AABBBCCCCDDEF"
CATEGORIES = ("deployment", "combat", "casualty-report", "statement", "diplomatic", "other")
START = dt.date(2023, 1, 1)
DAYS = 3 * 365

SUBJECTS = (
    "DPRK contingent, Kursk", "Kursk axis, Russian forces", "Sudzha garrison",
    "Pokrovsk axis", "Kupiansk group", "Zaporizhzhia front", "Kherson left bank",
    "Bakhmut sector", "Avdiivka sector", "Vuhledar brigade", "Black Sea Fleet",
    "Wagner remnants", "Africa Corps, Sahel", "Chasiv Yar", "Toretsk sector",
    "Kharkiv north", "Belgorod border", "Crimea air defence", "Kursk reserve brigades",
    "Donetsk airport")
COUNTRIES = ("UA", "RU", "US", "GB", "KR", "KP", "DE", "FR", "PL", "EE")

LATIN = ("officials said the unit had suffered heavy losses near the village, although the "
         "figure could not be independently verified and may include lightly wounded men "
         "who later returned to duty; the ministry did not comment on the report. ")
CYRILLIC = ("по данным источника, подразделение понесло значительные потери у села, "
            "однако эти цифры невозможно проверить независимо; министерство не ответило. ")
HANGUL = ("국가정보원은 북한군 사상자가 늘어나고 있다고 밝혔으며 정확한 수치는 확인되지 않았다고 "
          "덧붙였다. 전선 상황은 여전히 유동적이다. ")

# Typical size of each metric (a running total grows over the three years).
SCALE = {"strength": 12_000, "killed": 1_500, "wounded": 4_000, "casualties": 5_500,
         "captured": 150, "missing": 400, "loss_rate": 90, "reinforcements": 2_000}
CUMULATIVE = {"killed", "wounded", "casualties", "captured", "missing"}


def _quote(rng: random.Random, subject: str, metric: str, number: str) -> str:
    head = f"{subject}: {metric.replace('_', ' ')} {number}; "
    pool = rng.random()
    body = CYRILLIC if pool < 0.12 else HANGUL if pool < 0.18 else LATIN
    length = rng.randint(100, 300)
    text = head + body * (1 + length // len(body))
    return text[:length].rstrip() or head


def _claim(rng: random.Random, i: int, sources: list[dict], documents: list[dict]) -> dict:
    subject_no = rng.randrange(len(SUBJECTS))
    subject = SUBJECTS[subject_no]
    metric = METRICS[rng.randrange(len(METRICS))]
    day = rng.randrange(DAYS)
    as_of = (START + dt.timedelta(days=day)).isoformat()
    scale = SCALE[metric] * (1 + subject_no % 5) / 2
    trend = scale * (0.2 + 1.6 * day / DAYS) if metric in CUMULATIVE else scale
    truth = max(1.0, trend * rng.lognormvariate(0, 0.08))
    out = {"id": f"c{i}", "source": sources[rng.randrange(len(sources))]["id"],
           "document": documents[rng.randrange(len(documents))]["id"] if rng.random() < 0.1
           else None,
           "subject": subject, "metric": metric, "value": None, "low": None, "high": None,
           "fraction": None, "fraction_of": None, "qualifier": None, "as_of": as_of,
           "date_precision": PRECISIONS[rng.randrange(len(PRECISIONS))],
           "credibility": rng.randint(1, 6), "quote": "", "note": None,
           "include_in_projection": rng.random() < 0.85}
    shape = rng.random()
    if metric in ("casualties", "killed") and shape < 0.08:
        out["fraction"] = round(rng.choice((0.1, 0.2, 0.25, 1 / 3, 0.4, 0.5)), 6)
        out["fraction_of"] = "strength"
        out["qualifier"] = rng.choice(("about", "nearly", None))
        number = f"about {out['fraction']:.0%} of strength"
    elif shape < 0.25:
        low = round(truth * rng.uniform(0.8, 0.95))
        out["low"], out["high"] = low, round(truth * rng.uniform(1.05, 1.25)) + 1
        number = f"{out['low']:,}-{out['high']:,}"
    else:
        value = round(truth, -1 if truth > 500 else 0)
        out["value"] = value
        out["qualifier"] = QUALIFIERS[rng.randrange(len(QUALIFIERS))]
        if rng.random() < 0.05:
            out["low"], out["high"] = round(value * 0.9), round(value * 1.1) + 1
        number = f"{out['qualifier'] + ' ' if out['qualifier'] else ''}{value:,}"
    out["quote"] = _quote(rng, subject, metric, number)
    if rng.random() < 0.15:
        out["note"] = rng.choice(("Repeats an earlier figure.", "Cumulative since summer.",
                                  "Headline figure; body says fewer.",
                                  "Число из заголовка.", "Second-hand; no primary source."))
    return out


def make_package(n_claims: int = 100_000, n_events: int = 20_000, seed: int = 7) -> dict:
    rng = random.Random(seed)
    sources = [{"id": f"s{i}", "name": f"{rng.choice(('Ministry', 'Institute', 'Agency', 'Daily', 'Channel', 'Bureau'))} {i} "
                                        f"{rng.choice(('of Defence', 'for War Studies', 'Intelligence', 'News', 'Monitor', 'Review'))}",
                "kind": KINDS[i % len(KINDS)], "country": COUNTRIES[i % len(COUNTRIES)],
                "reliability": RELIABILITY[rng.randrange(len(RELIABILITY))]}
               for i in range(50)]
    documents = [{"id": f"d{i}", "title": f"Situation report {i}", "publisher": sources[i]["name"],
                  "published": (START + dt.timedelta(days=200 * i)).isoformat(), "url": None,
                  "text": (LATIN + CYRILLIC + HANGUL) * 20}
                 for i in range(5)]
    claims = [_claim(rng, i, sources, documents) for i in range(1, n_claims + 1)]
    events = []
    for i in range(1, n_events + 1):
        day = rng.randrange(DAYS - 40)
        date = START + dt.timedelta(days=day)
        linked = rng.sample(range(1, n_claims + 1), k=min(n_claims, rng.randint(1, 5)))
        cited = rng.sample(range(50), k=rng.randint(1, 2))
        events.append({
            "id": f"e{i}", "date": date.isoformat(),
            "end_date": (date + dt.timedelta(days=rng.randint(1, 30))).isoformat()
            if rng.random() < 0.2 else None,
            "date_precision": PRECISIONS[rng.randrange(len(PRECISIONS))],
            "title": f"{SUBJECTS[i % len(SUBJECTS)]}: {CATEGORIES[i % len(CATEGORIES)]} {i}",
            "description": LATIN[:rng.randint(40, 200)] if rng.random() < 0.5 else None,
            "category": CATEGORIES[i % len(CATEGORIES)], "location": "Kursk region"
            if i % 3 == 0 else None,
            "claims": [f"c{n}" for n in linked], "sources": [f"s{n}" for n in cited]})
    as_of = (START + dt.timedelta(days=DAYS - 1)).isoformat()
    scenarios = [
        {"id": "isw", "name": "Straight line, ISW rate", "kind": "linear",
         "description": "12,000 strong, about 92 a day from 3,800 in early January.",
         "subject": SUBJECTS[0], "initial_strength": 12000, "anchor_date": "2025-01-06",
         "anchor_losses": 3800, "daily_loss_rate": 92,
         "reinforcements": [{"date": "2025-03-01", "count": 1000}], "threshold": 0,
         "horizon_days": 730, "initial_strength_range": [11000, 13000],
         "anchor_losses_range": [3000, 4600], "daily_loss_rate_range": [75, 109],
         "judgment_date": None},
        {"id": "slow", "name": "Slower attrition", "kind": "linear", "description": None,
         "subject": SUBJECTS[1], "initial_strength": 30000, "anchor_date": "2024-06-01",
         "anchor_losses": 5000, "daily_loss_rate": 40, "reinforcements": [], "threshold": 5000,
         "horizon_days": 1095, "initial_strength_range": [25000, 35000],
         "anchor_losses_range": [4000, 6000], "daily_loss_rate_range": [30, 55],
         "judgment_date": as_of},
        {"id": "fitted", "name": "Fitted to casualty claims", "kind": "fitted",
         "description": "Rate fitted to the ledger.", "subject": SUBJECTS[0],
         "initial_strength": 12000, "anchor_date": None, "anchor_losses": 0,
         "daily_loss_rate": None, "reinforcements": [], "threshold": 0, "horizon_days": 730,
         "initial_strength_range": [11000, 13000], "anchor_losses_range": None,
         "daily_loss_rate_range": None, "judgment_date": None},
    ]
    return {"format": "briefing-package", "version": 1,
            "briefing": {"title": f"Scale benchmark ({n_claims:,} claims)",
                         "subject": SUBJECTS[0], "classification": "UNCLASSIFIED",
                         "as_of": as_of},
            "sources": sources, "documents": documents, "claims": claims, "events": events,
            "scenarios": scenarios}


def write(path: Path, n_claims: int, n_events: int, seed: int = 7) -> Path:
    path = Path(path)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(make_package(n_claims, n_events, seed), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return path


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out")
    p.add_argument("--claims", type=int, default=100_000)
    p.add_argument("--events", type=int, default=20_000)
    p.add_argument("--seed", type=int, default=7)
    a = p.parse_args()
    write(Path(a.out), a.claims, a.events, a.seed)
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
