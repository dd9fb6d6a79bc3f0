"""Competing hypotheses, their indicators and the analyst's ratings (reference.md §7).

A hypothesis is one explanation the analyst weighs against the others (Heuer's Analysis of
Competing Hypotheses); an indicator is a signpost that would show it is coming true
("casualties ≥ 6,000 by 1 March 2025"); a rating says how consistent one claim is with one
hypothesis. A rating is an entity of its own, named by its hypothesis and claim, so each
cell of the matrix is audited, undone and checked for stale edits on its own.
"""
from __future__ import annotations

from dataclasses import dataclass

from .ids import pair_id
from .model import Entity, _date, _need_text, _number, _one_of, _shown
from .problems import Problem
from .vocabulary import INDICATOR_OPS, METRICS, RATINGS


@dataclass(frozen=True)
class Indicator:
    """Met when an included claim of `subject` and `metric`, dated on or before `by`,
    satisfies `op value` (the evaluation is briefing.structured.indicators)."""

    id: str
    text: str
    subject: str
    metric: str
    op: str
    value: float
    by: str

    def problems(self) -> list[Problem]:
        out: list[Problem] = []
        for name in ("id", "text", "subject"):
            _need_text(out, name, getattr(self, name))
        _one_of(out, "metric", self.metric, METRICS)
        _one_of(out, "op", self.op, INDICATOR_OPS)
        _number(out, "value", self.value, optional=False)
        _date(out, "by", self.by)
        return out

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class Hypothesis(Entity):
    id: str
    title: str
    description: str | None = None
    indicators: tuple[Indicator, ...] = ()

    def indicator(self, indicator_id: str) -> Indicator | None:
        return next((i for i in self.indicators if i.id == indicator_id), None)

    def _check(self) -> list[Problem]:
        out: list[Problem] = []
        _need_text(out, "id", self.id)
        _need_text(out, "title", self.title)
        if not isinstance(self.indicators, tuple) or not all(
                isinstance(i, Indicator) for i in self.indicators):
            return out + [Problem("indicators", f"must be a list of indicators (got "
                                                f"{_shown(self.indicators)})")]
        seen: set = set()
        for k, indicator in enumerate(self.indicators):
            out += [p.at(f"indicators[{k}]") for p in indicator.problems()]
            if isinstance(indicator.id, str):
                if indicator.id in seen:
                    out.append(Problem(f"indicators[{k}].id",
                                       f"duplicate indicator id {indicator.id!r}"))
                seen.add(indicator.id)
        return out


@dataclass(frozen=True)
class Rating(Entity):
    """How consistent `claim` is with `hypothesis`: CC, C, N, I or II. An unrated cell has no
    Rating; N is the analyst's "neutral or not applicable"."""

    hypothesis: str
    claim: str
    rating: str

    @property
    def id(self) -> str:
        return pair_id(self.hypothesis, self.claim)

    def duplicate_problem(self, where: str) -> Problem:
        return Problem(where, f"rates claim {self.claim!r} for hypothesis "
                              f"{self.hypothesis!r} a second time")

    def _check(self) -> list[Problem]:
        out: list[Problem] = []
        _need_text(out, "hypothesis", self.hypothesis)
        _need_text(out, "claim", self.claim)
        _one_of(out, "rating", self.rating, tuple(RATINGS))
        return out
