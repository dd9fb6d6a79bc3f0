"""The claims an analysis reads, from a file, as a few long strings: one per column.

Read row by row, sqlite3 makes a Python value of every cell (1.9 million at 100,000 claims),
and that, not SQLite, was most of the analysis's read. Here one aggregate row holds each
column as one `group_concat` string (SQLite feeds every aggregate of a statement the same
rows in the same order, so the columns line up; the rows carry their `seq`, and the table
puts them in the analyst's order as it does rows read one by one). Python then splits a
text column in C and numpy parses a number column.

Numbers come as integers, so nothing is lost to SQLite's 15-digit text of a REAL: a whole
value as itself, a fraction (0 < f <= 1) times 2**62 (exact down to 1/1024), NULL as -1, and
anything else as -2, whose claims are read again, exactly, by id. Whatever this cannot
represent — a separator inside a text, a value counted as NULL that is not one, a field
outside the packed vocabularies — gives None, and the claims are read row by row
(`claim_read.py`) as before.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np

_UNIT, _NULL = "\x1f", "\x1e"    # between the values of a column; a NULL text
_SEP = "char(31)"
_FRACTION_SCALE = 2 ** 62
_NUMBERS = (("value", 1), ("low", 1), ("high", 1), ("fraction", _FRACTION_SCALE))
_TEXTS = ("id", "subject", "source", "as_of")
_NULLABLE = ("base_claim",)   # NULL as _NULL
_NONE, _OTHER = -1, -2


def _scaled(column: str, scale: int) -> str:
    return column if scale == 1 else f"{column} * {float(scale)!r}"


def _number(column: str, scale: int) -> str:
    scaled = _scaled(column, scale)
    return (f"group_concat(CASE WHEN {scaled} = CAST({scaled} AS INTEGER) "
            f"THEN CAST({scaled} AS INTEGER) WHEN {column} IS NULL THEN {_NONE} "
            f"ELSE {_OTHER} END)")


# The rows whose stored value would read as NULL (checked by one aggregate, not a count each).
_AMBIGUOUS = " OR ".join([f"{c} = char(30)" for c in _NULLABLE]
                         + [f"{_scaled(c, scale)} = {_NONE}" for c, scale in _NUMBERS])


def _select(pack: str) -> str:
    parts = ["count(*)", f"total({_AMBIGUOUS})", "group_concat(seq)", f"group_concat({pack})",
             *(f"group_concat({c}, {_SEP})" for c in _TEXTS),
             *(f"group_concat(ifnull({c}, char(30)), {_SEP})" for c in _NULLABLE),
             f"group_concat(ifnull(NULLIF(derived_from, '[]'), ''), {_SEP})",
             *(_number(c, scale) for c, scale in _NUMBERS)]
    return "SELECT " + ", ".join(parts) + " FROM claim"


def _integers(text: str | None, n: int) -> np.ndarray | None:
    """n integers from their text, or None (a NULL skipped, a stored text or REAL)."""
    try:
        found = np.fromstring(text or "", dtype=np.int64, sep=",")
    except ValueError:
        return None
    return found if len(found) == n else None


def read_claim_strings(execute, pack: str, plain: Sequence[str], where: str,
                       args: tuple) -> tuple[dict, np.ndarray] | None:
    """(columns, packed) as `read_claim_columns` returns them, or None where this read
    cannot represent the claims exactly. Call it inside a snapshot: the claims whose
    numbers are not whole are read again by a second statement."""
    row = list(execute(f"{_select(pack)} {where}", args).fetchone())
    n, ambiguous = row.pop(0), row.pop(0)
    if n == 0 or ambiguous:
        return None
    seq, packed = _integers(row.pop(0), n), _integers(row.pop(0), n)
    columns: dict[str, Sequence] = {"seq": seq}
    for name in _TEXTS:
        columns[name] = row.pop(0).split(_UNIT)
    for name in _NULLABLE:
        values = row.pop(0).split(_UNIT)
        columns[name] = [None if v == _NULL else v for v in values] if _NULL in values \
            else values
    columns["derived_from"] = [v or None for v in row.pop(0).split(_UNIT)]
    other = np.zeros(n, bool)
    for name, scale in _NUMBERS:
        found = _integers(row.pop(0), n)
        if found is None:
            return None
        numbers = found.astype(float) / scale   # exact: a power of two, ≤ 53 bits each
        numbers[found == _NONE] = np.nan
        other |= found == _OTHER
        columns[name] = numbers
    if seq is None or packed is None or any(len(columns[name]) != n for name in plain):
        return None
    if other.any():
        _read_exactly(execute, columns, np.flatnonzero(other))
    return columns, packed


def _read_exactly(execute, columns: dict, rows: np.ndarray) -> None:
    """The numbers of these rows as the REALs they are (a value that is not whole, a
    fraction finer than 2**-62 can hold)."""
    names = [name for name, _ in _NUMBERS]
    at = {columns["id"][k]: k for k in rows.tolist()}
    for claim_id, *values in rows_by_id(execute, names, list(at)):
        for name, value in zip(names, values):
            columns[name][at[claim_id]] = np.nan if value is None else value


def rows_by_id(execute, names: Sequence[str], ids: Sequence[str]) -> Iterator[tuple]:
    """(id, *names) of the claims with these ids that are stored, 500 ids a statement."""
    for start in range(0, len(ids), 500):
        chunk = tuple(ids[start:start + 500])
        yield from execute(f"SELECT id, {', '.join(names)} FROM claim "
                           f"WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
