"""Import errors that list every located problem, capped, one line each."""
from __future__ import annotations

from pathlib import Path

from ..domain import Problem

MAX_SHOWN = 20


class InterchangeError(Exception):
    """Bad input file. `lines()` gives 'FILE: PLACE: what is wrong' per problem."""

    def __init__(self, path: Path | str, problems: list[Problem]):
        self.path = Path(path)
        self.problems = problems
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        shown = [f"{self.path}: {p}" for p in self.problems[:MAX_SHOWN]]
        hidden = len(self.problems) - MAX_SHOWN
        if hidden > 0:
            shown.append(f"{self.path}: … and {hidden} more problems")
        return shown


def located(problems: list[Problem], prefix: str) -> list[Problem]:
    return [p.at(prefix) for p in problems]
