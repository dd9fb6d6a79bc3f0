"""Measuring the extractor against hand-made ground truth, so its quality is a number.

A fixture is an article plus `<name>.expected.json` listing its real numeric claims. A
proposal *matches* an expected claim when metric, quantity (value, range or fraction),
qualifier, source (a keyword that must occur in the proposed name, or a list of names
of the same speaker of which one must), date (same precision,
expected day inside the proposal's span) and forecast flag all agree. Recall is the share of
expected claims matched; precision the share of proposals that match one. A looser count
(metric and quantity only) shows how many proposals one real claim attracted, which must stay
small for the review dialog to be usable.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from briefing.domain import FuzzyDate, parse_iso

from .articles import read_article
from .extract import Proposal, extract


@dataclass
class Score:
    article: str
    expected: int
    proposed: int
    matched: int                 # expected claims found
    correct: int                 # proposals that match an expected claim
    missed: list[dict] = field(default_factory=list)
    why_missed: list[str] = field(default_factory=list)   # one line per missed claim
    spurious: list[Proposal] = field(default_factory=list)
    most_per_claim: int = 0      # most proposals (same metric and quantity) for one claim

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.proposed if self.proposed else 1.0


def _same_quantity(e: dict, c) -> bool:
    if "fraction" in e:
        return c.fraction is not None and abs(c.fraction - e["fraction"]) < 0.01
    if "value" in e:
        return c.value is not None and abs(c.value - e["value"]) <= 1e-6 * max(1, e["value"])
    return c.value is None and c.low == e.get("low") and c.high == e.get("high")


def loosely_matches(e: dict, p: Proposal) -> bool:
    return p.claim.metric == e["metric"] and _same_quantity(e, p.claim)


def _differences(e: dict, p: Proposal) -> list[str]:
    """What keeps a proposal of the right metric and quantity from matching, in words."""
    c = p.claim
    found = []
    if c.qualifier != e.get("qualifier"):
        found.append(f"qualifier {c.qualifier or 'none'}")
    names = [e["source"]] if isinstance(e["source"], str) else e["source"]
    if not any(n.casefold() in c.source.casefold() for n in names):
        found.append(f"source {c.source!r}")
    if e.get("subject") and e["subject"].casefold() not in c.subject.casefold():
        found.append(f"subject {c.subject!r}")
    first, last = FuzzyDate(parse_iso(c.as_of), c.date_precision).span()
    if c.date_precision != e["date_precision"] or not first <= parse_iso(e["as_of"]) <= last:
        found.append(f"date {c.as_of} {c.date_precision}")
    if (not c.include_in_projection) != bool(e.get("forecast", False)):
        found.append("forecast" if not c.include_in_projection else "not a forecast")
    return found


def matches(e: dict, p: Proposal) -> bool:
    return loosely_matches(e, p) and not _differences(e, p)


def why_missed(e: dict, proposals: list[Proposal]) -> str:
    """The nearest proposal's faults, so a round of rules can count what it would fix."""
    near = [_differences(e, p) for p in proposals if loosely_matches(e, p)]
    if near:
        return "proposed with " + ", ".join(min(near, key=len))
    other = sorted({p.claim.metric for p in proposals if _same_quantity(e, p.claim)})
    return f"read as {'/'.join(other)}" if other else "not proposed"


def score(proposals: list[Proposal], expected: list[dict], article: str = "") -> Score:
    result = Score(article, len(expected), len(proposals), 0, 0)
    for e in expected:
        if any(matches(e, p) for p in proposals):
            result.matched += 1
        else:
            result.missed.append(e)
            result.why_missed.append(why_missed(e, proposals))
        result.most_per_claim = max(result.most_per_claim,
                                    sum(loosely_matches(e, p) for p in proposals))
    for p in proposals:
        if any(matches(e, p) for e in expected):
            result.correct += 1
        else:
            result.spurious.append(p)
    return result


def measure_fixture(expected_path) -> Score:
    """Score the extractor on one `<name>.expected.json` and the article it names."""
    expected_path = Path(expected_path)
    spec = json.loads(expected_path.read_text(encoding="utf-8"))
    _, text = read_article(expected_path.parent / spec["article"])
    proposals = extract(text, dt.date.fromisoformat(spec["published"]))
    return score(proposals, spec["claims"], spec["article"])


def measure_directory(directory) -> list[Score]:
    return [measure_fixture(p) for p in sorted(Path(directory).glob("*.expected.json"))]


def report(scores: list[Score]) -> str:
    """A plain-text table (the README quotes it)."""
    lines = [f"{'article':26} {'expected':>8} {'proposed':>8} {'recall':>7} {'precision':>9}"]
    for s in scores:
        lines.append(f"{s.article:26} {s.expected:8d} {s.proposed:8d} {s.recall:7.0%} "
                     f"{s.precision:9.0%}")
        for e, why in zip(s.missed, s.why_missed):
            lines.append(f"  missed: {e['metric']} {e.get('value', e.get('fraction'))} "
                         f"({e['source']}, {e['as_of']}) — {why}")
        for p in s.spurious:
            c = p.claim
            lines.append(f"  extra:  {c.metric} {c.value if c.value is not None else c.fraction}"
                         f" ({c.source}, {c.as_of} {c.date_precision}): {c.quote[:60]}")
    total_e = sum(s.expected for s in scores)
    total_p = sum(s.proposed for s in scores)
    if scores:
        lines.append(f"{'all':26} {total_e:8d} {total_p:8d} "
                     f"{sum(s.matched for s in scores) / max(total_e, 1):7.0%} "
                     f"{sum(s.correct for s in scores) / max(total_p, 1):9.0%}")
    return "\n".join(lines)
