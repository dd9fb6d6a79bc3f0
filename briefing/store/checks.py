"""A table's CHECK constraints asked once over a batch of rows, instead of row by row.

SQLite evaluates every CHECK of a row as it inserts it: for 100,000 claims that is about
half of the insert's time (1.0 of 2.0 s CPU). Asked afterwards as one query over the rows
just inserted, the same expressions — read from the table's own definition in
`sqlite_master`, so there is no second copy of them to drift — cost 0.2 s. The batch is
inserted with `PRAGMA ignore_check_constraints` on (NOT NULL, UNIQUE and the foreign keys
still act row by row) and the query runs in the same transaction before anything else: a
row any CHECK rejects raises the `sqlite3.IntegrityError` the insert would have raised,
and the transaction rolls back, so no file ever holds such a row.
"""
from __future__ import annotations

import contextlib
import re
import sqlite3

_CHECK = re.compile(r"\bCHECK\s*\(", re.IGNORECASE)


def check_expressions(create_table: str) -> list[str]:
    """The expression of every CHECK in a CREATE TABLE statement, column and table ones."""
    text = _without_comments(create_table)
    out = []
    for match in _CHECK.finditer(text):
        start = match.end() - 1
        out.append(text[start:_closing(text, start) + 1])
    return out


def _without_comments(sql: str) -> str:
    """`sql` with its `--` comments blanked (strings kept as they are)."""
    out, i, quote = [], 0, None
    while i < len(sql):
        ch = sql[i]
        if quote:
            quote = None if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif sql.startswith("--", i):
            end = sql.find("\n", i)
            end = len(sql) if end < 0 else end
            out.append(" " * (end - i))
            i = end
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _closing(text: str, start: int) -> int:
    """The index of the parenthesis closing the one at `start` (quoted text skipped)."""
    depth, quote = 0, None
    for i in range(start, len(text)):
        ch = text[i]
        if quote:
            quote = None if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError("unbalanced CHECK in the schema")


def violation_query(table: str, expressions: list[str]) -> str:
    """SQL selecting one row of `table` past a rowid that a CHECK rejects (a CHECK fails
    only when its expression is false: NULL passes, as SQLite has it)."""
    passes = " AND ".join(f"coalesce({e}, 1)" for e in expressions)
    return f'SELECT rowid FROM "{table}" WHERE rowid > ? AND NOT ({passes}) LIMIT 1'


@contextlib.contextmanager
def checked_after(conn: sqlite3.Connection, table: str, cache: dict):
    """Rows the block appends to `table` (rowids past its last) have their CHECKs asked
    once at the end; `cache` keeps each table's query for the connection."""
    if table not in cache:
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND "
                              "name = ?", (table,)).fetchone()
        expressions = check_expressions(sql)
        cache[table] = violation_query(table, expressions) if expressions else None
    query = cache[table]
    if query is None:
        yield
        return
    (last,) = conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()
    conn.execute("PRAGMA ignore_check_constraints = ON")
    try:
        yield
    finally:
        conn.execute("PRAGMA ignore_check_constraints = OFF")
    bad = conn.execute(query, (last,)).fetchone()
    if bad is not None:
        raise sqlite3.IntegrityError(f"CHECK constraint failed: {table} (row {bad[0]})")
