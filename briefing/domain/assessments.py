"""The record of key judgments: assessments as they were made, and how they turned out.

An assessment keeps every scenario's judgment exactly as `briefing project --json` gave it
when it was recorded (ICD 203 asks what changed since the previous assessment, standard 7,
and that judgments be checked for accuracy, standard 8); it is a record, so it never changes
with the claims afterwards, and deleting a scenario leaves it whole. A resolution says
whether one recorded judgment came true. Both are named by who made them and when.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from .ids import pair_id
from .model import Entity, _date, _need_text, _one_of, _shown
from .problems import Problem
from .vocabulary import CONFIDENCE_LEVELS, JUDGMENT_STATUSES, OUTCOMES

_DATES = ("judgment_date", "depletion_date", "p10", "p50", "p90")
_TEXT_LISTS = ("sentences", "claims_used")


def _moment(problems: list[Problem], name: str, value) -> None:
    """An ISO date and time with its UTC offset ('2025-02-03T10:15:00+00:00')."""
    try:
        when = dt.datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        when = None
    if when is None or when.tzinfo is None:
        problems.append(Problem(name, f"must be an ISO date and time with its offset, e.g. "
                                      f"2025-02-03T10:15:00+00:00 (got {_shown(value)})"))


def judgment_problems(item) -> list[Problem]:
    """The keys of a recorded judgment that the record reads (the rest is kept as given)."""
    if not isinstance(item, Mapping):
        return [Problem("", f"must be a scenario's judgment object (got {_shown(item)})")]
    out: list[Problem] = []
    _need_text(out, "id", item.get("id"))
    if item.get("name") is not None:
        _need_text(out, "name", item.get("name"))
    _one_of(out, "status", item.get("status"), JUDGMENT_STATUSES)
    p = item.get("probability")
    if p is not None and (isinstance(p, bool) or not isinstance(p, (int, float))
                          or not 0 <= p <= 1):
        out.append(Problem("probability", f"must be null or a number 0..1 (got {_shown(p)})"))
    for name in _DATES:
        _date(out, name, item.get(name), optional=True)
    if item.get("confidence") is not None:
        _one_of(out, "confidence", item.get("confidence"), CONFIDENCE_LEVELS)
    for name in ("judgment",):
        if item.get(name) is not None and not isinstance(item.get(name), str):
            out.append(Problem(name, f"must be text or null (got {_shown(item.get(name))})"))
    for name in _TEXT_LISTS:
        values = item.get(name, [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            out.append(Problem(name, f"must be a list of texts (got {_shown(values)})"))
    return out


@dataclass(frozen=True)
class Assessment(Entity):
    """Every scenario's judgment at `at` (UTC), made by `who`, with the analyst's `note`.
    `judgments` are the scenario objects of `project --json`, treated as read-only."""

    id: str
    at: str
    who: str
    note: str | None = None
    judgments: tuple[dict, ...] = ()

    def judgment(self, scenario_id: str) -> dict | None:
        return next((j for j in self.judgments if j.get("id") == scenario_id), None)

    def _check(self) -> list[Problem]:
        out: list[Problem] = []
        _need_text(out, "id", self.id)
        _moment(out, "at", self.at)
        _need_text(out, "who", self.who)
        if self.note is not None and not isinstance(self.note, str):
            out.append(Problem("note", f"must be text (got {_shown(self.note)})"))
        if not isinstance(self.judgments, tuple):
            return out + [Problem("judgments", "must be a list of judgments")]
        seen: set = set()
        for k, item in enumerate(self.judgments):
            out += [p.at(f"judgments[{k}]") for p in judgment_problems(item)]
            scenario = item.get("id") if isinstance(item, Mapping) else None
            if isinstance(scenario, str):
                if scenario in seen:
                    out.append(Problem(f"judgments[{k}].id",
                                       f"judges scenario {scenario!r} a second time"))
                seen.add(scenario)
        return out


@dataclass(frozen=True)
class Resolution(Entity):
    """How assessment `assessment`'s judgment of scenario `scenario` turned out: `yes` (the
    force was depleted by the judgment date) or `no`."""

    assessment: str
    scenario: str
    outcome: str
    who: str
    at: str

    @property
    def id(self) -> str:
        return pair_id(self.assessment, self.scenario)

    def duplicate_problem(self, where: str) -> Problem:
        return Problem(where, f"resolves assessment {self.assessment!r}'s judgment of "
                              f"{self.scenario!r} a second time")

    def _check(self) -> list[Problem]:
        out: list[Problem] = []
        _need_text(out, "assessment", self.assessment)
        _need_text(out, "scenario", self.scenario)
        _one_of(out, "outcome", self.outcome, OUTCOMES)
        _need_text(out, "who", self.who)
        _moment(out, "at", self.at)
        return out


def resolution_problems(resolution: Resolution, assessment: Assessment) -> list[Problem]:
    """A resolution must name a judgment its assessment made, and one with a probability:
    without a judgment date there was no yes-or-no question to come true."""
    judged = assessment.judgment(resolution.scenario)
    if judged is None:
        listed = ", ".join(str(j.get("id")) for j in assessment.judgments) or "none"
        return [Problem("scenario", f"assessment {assessment.id} made no judgment of "
                                    f"{resolution.scenario!r} (it judged: {listed})")]
    if judged.get("probability") is None:
        return [Problem("scenario", f"assessment {assessment.id} judged "
                                    f"{resolution.scenario!r} without a probability (the "
                                    "scenario had no judgment date), so there is no outcome "
                                    "to score")]
    return []
