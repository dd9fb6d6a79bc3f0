"""Claims that cannot both be true: the ledger keeps every figure and shows the dispute.

Figures are compared as the evidence model reads them (fractions as the counts they convert
to; a killed + wounded pair also as one casualty figure), within one subject and metric:

- **Running totals** (killed, wounded, casualties, captured, missing) only grow. Two figures
  whose intervals (stated low–high widened by the qualifier: a bare figure ±5 %, "about"
  ±10 %, "nearly" 90–100 %, "at least"/"more than" open above, "up to" open below) do not
  overlap conflict when the higher one cannot be the later one: it is dated on the same span
  (same date and precision: the same moment), or its span ends on or before the lower one's
  begins, at most `FALL_WINDOW_DAYS` before (further apart, differences in what each source
  counts outweigh the contradiction). A coarse "at least 2,000 in April" may be later than
  "900 on 1 April", so the two agree.
- **Strength**: a force has one size at a time, and "about 11,000" is still the source's
  11,000, so strength figures are compared without qualifier widening, with a tolerance of
  5 % of the smaller. Overlapping spans that differ beyond it conflict; so does a figure
  higher than the last earlier one when no reinforcements are reported between them.
- **Loss rates**: a stated rate conflicts with the subject's casualty series when it lies
  outside the 90 % interval (± 1.645 standard errors) of the rate fitted to that series.
- Any other metric: overlapping spans whose intervals do not overlap.
"""
from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from briefing.domain import Claim, Source

from .evidence import Evidence
from .fit import fit_series
from .readings import CUMULATIVE_METRICS, Reading

FALL_WINDOW_DAYS = 31
STRENGTH_TOLERANCE = 0.05
RATE_Z = 1.645  # two-sided 90 %


class _Side(NamedTuple):
    """The non-claim side of a comparison (a fitted rate), already worded."""
    text: str


@dataclass(frozen=True)
class Conflict:
    subject: str
    metric: str
    first: tuple[str, ...]    # claim ids of the earlier figure (two for killed + wounded)
    second: tuple[str, ...]
    apart: float | None       # difference relative to the smaller best number
    # What `reason` is worded from, worded only when shown: a dense ledger has hundreds of
    # thousands of conflicting pairs, and wording each up front took seconds.
    _words: tuple = field(repr=False, compare=False)  # (side a, side b, name a, name b, why)

    @property
    def claim_ids(self) -> tuple[str, ...]:
        return self.first + self.second

    @property
    def reason(self) -> str:
        """'Zelenskyy 3,800 vs NIS 3,000 (27% apart), reported 4 days later: …'."""
        a, b, name_a, name_b, why = self._words
        pct = f"{self.apart * 100:.0f}% apart" if self.apart is not None else "one is zero"
        right = f"{name_b} {b.text}" if name_b else b.text
        return f"{name_a} {a.text} vs {right} ({pct}){why}"


def find_conflicts(claims: Iterable[Claim] | Evidence,
                   sources: Mapping[str, Source] | Iterable[Source] = ()) -> list[Conflict]:
    """Every conflicting pair, ordered by subject, metric and date."""
    evidence = claims if isinstance(claims, Evidence) else Evidence(claims, sources)
    groups: dict[tuple[str, str], list[Reading]] = defaultdict(list)
    for r in evidence.all_readings():
        groups[(r.subject, r.metric)].append(r)
    found: list[Conflict] = []
    for (subject, metric), group in sorted(groups.items()):
        group.sort(key=lambda r: (r.first, r.last, r.claim_ids))
        for i, a in enumerate(group):
            for j in range(i + 1, len(group)):
                b = group[j]
                if (b.first - a.last).days > FALL_WINDOW_DAYS:
                    break
                conflict = _compare(a, b, metric, evidence)
                if conflict:
                    found.append(conflict)
        if metric == "strength":
            found += _growth(group, groups.get((subject, "reinforcements"), []), evidence)
        if metric == "loss_rate":
            found += _against_series(group, evidence)
    return found


def _compare(a: Reading, b: Reading, metric: str, evidence: Evidence) -> Conflict | None:
    overlap = b.first <= a.last and a.first <= b.last
    if metric == "strength":
        return _strength_pair(a, b, evidence, "") if overlap else None
    if a.high >= b.low and b.high >= a.low:
        return None
    if metric not in CUMULATIVE_METRICS:
        return _conflict(a, b, metric, evidence, "") if overlap else None
    higher, lower = (a, b) if a.low > b.high else (b, a)
    if (higher.first, higher.last) == (lower.first, lower.last):
        return _conflict(a, b, metric, evidence, "")
    if higher.last > lower.first:
        return None      # the higher figure may be the later one
    gap = (lower.first - higher.last).days
    why = f", reported {gap} day{'s' if gap != 1 else ''} later: a running total cannot fall"
    return _conflict(higher, lower, metric, evidence, why)


def _stated(r: Reading) -> tuple[float, float]:
    """A strength figure's own interval: its range, or the number itself."""
    c = r.claim
    if c is None or c.fraction is not None:
        return r.value, r.value
    central = c.central()
    return (c.low if c.low is not None else central), (c.high if c.high is not None else central)


def _strength_pair(a: Reading, b: Reading, evidence: Evidence, why: str) -> Conflict | None:
    (a_low, a_high), (b_low, b_high) = _stated(a), _stated(b)
    gap = max(b_low - a_high, a_low - b_high)
    if gap <= STRENGTH_TOLERANCE * min(a.value, b.value):
        return None
    return _conflict(a, b, "strength", evidence, why)


def _growth(group: list[Reading], reinforcements: list[Reading],
            evidence: Evidence) -> list[Conflict]:
    """Each strength figure against the last one that ended before it began: higher with no
    reinforcements reported in between is a conflict."""
    by_end = sorted(group, key=lambda r: (r.last, r.first, r.claim_ids))
    ends = [r.last for r in by_end]
    out = []
    for b in group:
        i = bisect.bisect_left(ends, b.first) - 1
        if i < 0:
            continue
        a = by_end[i]
        if b.value <= a.value or any(r.first <= b.first and r.last >= a.last
                                     for r in reinforcements):
            continue
        days = (b.first - a.last).days
        conflict = _strength_pair(a, b, evidence, f", reported {days} days later with no "
                                                  "reinforcements reported between")
        if conflict:
            out.append(conflict)
    return out


def _against_series(rates: list[Reading], evidence: Evidence) -> list[Conflict]:
    series = evidence.series(rates[0].subject)
    fit = fit_series(series.points, series.skipped)
    if fit.rate is None:
        return []
    low, high = fit.rate - RATE_Z * fit.rate_se, fit.rate + RATE_Z * fit.rate_se
    side = _Side(f"{fit.rate_text} fitted to {len(fit.points)} casualty figures")
    used = fit.claims_used
    out = []
    for r in rates:
        if r.high >= low and r.low <= high:
            continue
        smaller = min(r.value, abs(fit.rate))
        apart = abs(r.value - fit.rate) / smaller if smaller > 0 else None
        out.append(Conflict(r.subject, "loss_rate", r.claim_ids, used, apart,
                            (r, side, evidence.name(r.source), "",
                             ": outside the fitted rate's 90% range")))
    return out


def _conflict(a: Reading, b: Reading, metric: str, evidence: Evidence, why: str) -> Conflict:
    smaller = min(a.value, b.value)
    apart = abs(a.value - b.value) / smaller if smaller > 0 else None
    return Conflict(a.subject, metric, a.claim_ids, b.claim_ids, apart,
                    (a, b, evidence.name(a.source), evidence.name(b.source), why))
