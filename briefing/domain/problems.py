"""Validation results that name the field and the offending value.

Validation never stops at the first problem: callers (importers, the ledger's cell editor)
collect every `Problem` and prefix the field with their own location (`$.claims[3]`, CSV
line 7), so the user sees all that is wrong in one pass.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    field: str
    message: str

    def at(self, prefix: str) -> "Problem":
        """The same problem located under `prefix` (a JSON path or a CSV line)."""
        joined = f"{prefix}.{self.field}" if self.field else prefix
        return Problem(joined, self.message)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class ValidationError(ValueError):
    """Raised with every problem found; `str()` is one line per problem."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def raise_if(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)
