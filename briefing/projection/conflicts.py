"""Claims that cannot both be true: the ledger keeps every figure and shows the dispute.

Two figures on the same subject and metric conflict when
- their date spans overlap (`FuzzyDate.overlaps`) and their intervals do not: each claim's
  interval is its stated low–high, widened by its qualifier (`evidence.QUALIFIERS`: a bare
  figure ±5 %, "about" ±10 %, "nearly" 90–100 %, "at least" and "more than" open above,
  "up to" open below); or
- the metric is a running total (killed, wounded, casualties, captured, missing), the spans
  are apart by at most `FALL_WINDOW_DAYS`, and the later figure's interval lies wholly below
  the earlier one's: a running total cannot fall. Further apart, differences in what each
  source counts outweigh the contradiction, so they are not flagged.
Fractions are compared as the counts they convert to, and a killed + wounded pair of one
source and date is also compared, as one casualty figure, with casualty claims.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from briefing.domain import Claim, Source

from .evidence import (CUMULATIVE_METRICS, Reading, combine_killed_wounded, read_claims,
                       sources_by_id)

FALL_WINDOW_DAYS = 31


@dataclass(frozen=True)
class Conflict:
    subject: str
    metric: str
    first: tuple[str, ...]    # claim ids of the earlier figure (two for killed + wounded)
    second: tuple[str, ...]
    apart: float | None       # difference relative to the smaller best number
    # What `reason` is worded from. It is worded only when shown: a dense ledger has hundreds
    # of thousands of conflicting pairs, and wording each up front took seconds.
    _words: tuple = field(repr=False, compare=False)  # (reading a, reading b, name a, name b, why)

    @property
    def claim_ids(self) -> tuple[str, ...]:
        return self.first + self.second

    @property
    def reason(self) -> str:
        """'Zelenskyy 3,800 vs NIS 3,000 (27% apart)'."""
        a, b, name_a, name_b, why = self._words
        pct = f"{self.apart * 100:.0f}% apart" if self.apart is not None else "one is zero"
        return f"{name_a} {a.text} vs {name_b} {b.text} ({pct}){why}"


def find_conflicts(claims: Iterable[Claim],
                   sources: Mapping[str, Source] | Iterable[Source]) -> list[Conflict]:
    """Every conflicting pair, ordered by subject, metric and date."""
    sources = sources_by_id(sources)
    claims = list(claims)
    readings, _ = read_claims(claims, sources, claims)
    combined, _ = combine_killed_wounded(readings)
    groups: dict[tuple[str, str], list[Reading]] = defaultdict(list)
    for r in readings + combined:
        groups[(r.subject, r.metric)].append(r)
    found: list[Conflict] = []
    for (subject, metric), group in sorted(groups.items()):
        group.sort(key=lambda r: (r.first, r.last, r.claim_ids))
        for i, a in enumerate(group):
            for j in range(i + 1, len(group)):
                b = group[j]
                if (b.first - a.last).days > FALL_WINDOW_DAYS:
                    break
                conflict = _compare(a, b, metric, sources)
                if conflict:
                    found.append(conflict)
    return found


def _compare(a: Reading, b: Reading, metric: str,
             sources: Mapping[str, Source]) -> Conflict | None:
    overlap = b.first <= a.last and a.first <= b.last
    if overlap:
        if a.high >= b.low and b.high >= a.low:
            return None
        why = ""
    elif metric in CUMULATIVE_METRICS and b.high < a.low:
        gap = (b.first - a.last).days
        why = f", reported {gap} day{'s' if gap != 1 else ''} later: a running total cannot fall"
    else:
        return None
    smaller = min(a.value, b.value)
    apart = abs(a.value - b.value) / smaller if smaller > 0 else None
    return Conflict(a.subject, metric, a.claim_ids, b.claim_ids, apart,
                    (a, b, _name(a, sources), _name(b, sources), why))


def _name(r: Reading, sources: Mapping[str, Source]) -> str:
    s = sources.get(r.source)
    return s.name if s else r.source
