"""A table's indexes on expressions built once after an import, not row by row.

SQLite keeps every index of a table up to date as each row goes in. The ledger's order
index (schema version 6: the first day a claim's fuzzy date may mean, then the analyst's
order) is an expression over each row, and a briefing's claims arrive in no date order: for
100,000 claims imported into a new briefing it added 0.2 s to a 3.3 s import. Nothing an
import reads goes through an index on an expression (its look-ups are by id, seq, source),
so where such a table is empty when the import starts, its expression indexes are dropped
and made again once after the import, from the very statements `sqlite_master` holds (the
file's schema stays exactly the program's; no second copy of them to drift). An import into
a table that already holds rows keeps them: rebuilding a big table's index for a few rows
would cost more than keeping it. All of it runs in the import's transaction: a failed
import rolls the drop back with its rows.
"""
from __future__ import annotations

import contextlib
import sqlite3

EXPRESSION = -2  # PRAGMA index_xinfo's cid of an index column that is an expression


@contextlib.contextmanager
def expression_indexes_built_after(conn: sqlite3.Connection):
    """Around a whole import, inside its transaction; the block's success rebuilds."""
    dropped = []
    for name, table, statement in conn.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' "
            "AND sql IS NOT NULL ORDER BY name").fetchall():
        on_expression = any(column[1] == EXPRESSION for column in
                            conn.execute(f'PRAGMA index_xinfo("{name}")'))
        if on_expression and conn.execute(
                f'SELECT NOT EXISTS (SELECT 1 FROM "{table}")').fetchone()[0]:
            conn.execute(f'DROP INDEX "{name}"')
            dropped.append(statement)
    yield
    for statement in dropped:
        conn.execute(statement)
