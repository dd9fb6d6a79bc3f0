"""The claims an analysis reads, as columns from one statement that returns few Python values.

sqlite3 and psycopg make a Python object of every cell they return, and at 100,000 claims
that, not the database, is most of the read. So the fields of a fixed vocabulary (metric,
what a fraction is of, qualifier, date precision) and the two small numbers (credibility,
whether the claim is projected) come packed into one integer per claim, computed in SQL,
whose bit fields `LAYOUT` describes; an empty list of derived claims comes as NULL; and the
rows come in the table's own order with their `seq`, for the caller to put in the analyst's
order (an ORDER BY walks the seq index and sorts ties by id: a fifth of the read). The
quote, document and note (the quotes alone 23 MB at 100,000 claims) are not read at all:
only a Claim made for display shows them, and it reads its own (`read_claim_texts`). A file
is read as one string per column where it can be (`claim_strings.py`).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..domain.vocabulary import METRICS, PRECISIONS, QUALIFIERS
from .claim_strings import read_claim_strings, rows_by_id
from .codecs import CLAIM


@dataclass(frozen=True)
class Packed:
    """One bit field of the packed integer: `names[code]`, or the number itself (no names)."""
    field: str
    shift: int
    bits: int
    names: tuple | None = None


LAYOUT = (Packed("metric", 0, 3, METRICS),
          Packed("fraction_of", 3, 4, (None, *METRICS)),
          Packed("qualifier", 7, 3, (None, *QUALIFIERS)),
          Packed("date_precision", 10, 3, PRECISIONS),
          Packed("credibility", 13, 3),
          Packed("include_in_projection", 16, 1))

_PACKED_FIELDS = {p.field for p in LAYOUT}
# What the analysis never computes with, read only for a Claim it makes (`read_claim_texts`).
TEXTS = ("quote", "document", "note")
# The fields read as they are, then the seq and the packed integer.
PLAIN = tuple(c for c in CLAIM.columns if c not in _PACKED_FIELDS and c not in TEXTS)


def _code(p: Packed) -> str:
    """SQL for a field's code; a value outside the vocabulary or the field's bits (the
    schema's CHECKs refuse one) gives NULL, and so a packed NULL, never a wrong code."""
    if p.names is None:
        fits = ", ".join(map(str, range(1 << p.bits)))
        return f"CASE WHEN {p.field} IN ({fits}) THEN {p.field} END"
    cases = " ".join(f"WHEN {p.field} IS NULL THEN {k}" if name is None
                     else f"WHEN {p.field} = '{name}' THEN {k}" for k, name in enumerate(p.names))
    return f"CASE {cases} END"


def _read(column: str) -> str:
    return f"NULLIF({column}, '[]')" if column in CLAIM.json_columns else f'"{column}"'


_PACK = " + ".join(f"({_code(p)}) * {1 << p.shift}" for p in LAYOUT)
_SELECT = ", ".join([*map(_read, PLAIN), "seq", _PACK])
_ALL = tuple(c for c in CLAIM.columns if c not in TEXTS)
_UNPACKED = ", ".join([*map(_read, _ALL), "seq"])


@dataclass(frozen=True)
class ClaimColumns:
    """`columns`: each field of PLAIN, and "seq", as a sequence of the rows' values (the
    JSON columns None where the list is empty; from a file, the numbers and seq as numpy
    arrays, NaN for NULL); `packed`: each row's packed integer (LAYOUT), in the same order —
    the table's, not the analyst's. (Every field but the TEXTS as it is, and no packed
    integers, for a table holding a value outside the vocabularies.)"""
    columns: dict[str, Sequence]
    packed: Sequence
    layout: tuple[Packed, ...] = LAYOUT


def read_claim_columns(execute, where: str, args: tuple, strings: bool = False) -> ClaimColumns:
    """The claims `where` selects (an SQL condition with `?` placeholders, or ""); with
    `strings` (SQLite's group_concat: a file), as one string per column where it can."""
    if strings:
        read = read_claim_strings(execute, _PACK, PLAIN, where, args)
        if read is not None:
            return ClaimColumns(*read)
    rows = execute(f"SELECT {_SELECT} FROM claim {where}", args).fetchall()
    names = (*PLAIN, "seq", "packed")
    columns = dict(zip(names, zip(*rows))) if rows else {name: () for name in names}
    packed = columns.pop("packed")
    if None in packed:   # a value another program wrote past the schema's CHECKs: read
        rows = execute(f"SELECT {_UNPACKED} FROM claim {where}", args).fetchall()  # as is
        return ClaimColumns(dict(zip((*_ALL, "seq"), zip(*rows))), (), ())
    return ClaimColumns(columns, packed)


def read_claim_texts(execute, ids) -> dict[str, dict]:
    """Claim id → its TEXTS (field → value), for the claims with these ids still stored."""
    return {row[0]: dict(zip(TEXTS, row[1:])) for row in rows_by_id(execute, TEXTS, list(ids))}
