"""Raw SQL for tests that look under the store (counting audit rows, planting bad rows).

The program itself never does this: only `briefing.store` issues SQL. Tests may, against
either backend: `?` placeholders, as the store writes them."""


def rows(store, sql: str, args: tuple = ()) -> list[tuple]:
    """Every row of a query against a store (a workspace's `.store`); [] for a statement
    that returns none."""
    cursor = store._execute(sql, args)
    return [tuple(r) for r in cursor.fetchall()] if cursor.description else []


# A claim row planted past the domain's checks, and the values each dialect's CHECK
# constraints must refuse in it (tests/test_store.py for a file, tests/server for a server).
CLAIM_SQL = ("INSERT INTO claim(id, seq, source, subject, metric, value, fraction, "
             "fraction_of, qualifier, as_of, date_precision, credibility, quote, "
             "include_in_projection) VALUES ('c9', 9, 'nis', 's', ?, ?, ?, ?, ?, ?, ?, ?, 'q', ?)")
GOOD_CLAIM = dict(metric="killed", value=1, fraction=None, fraction_of=None, qualifier=None,
                  as_of="2025-01-01", precision="day", credibility=2, include=1)
BAD_CLAIMS = [
    dict(metric="deaths"), dict(credibility=7), dict(credibility=0), dict(precision="fortnight"),
    dict(qualifier="roughly"), dict(value=-1),
    dict(value=None, fraction=1.5, fraction_of="strength"),
    dict(value=None, fraction=0.5, fraction_of="army"), dict(include=2), dict(value=None),
]


def claim_values(**overrides) -> tuple:
    return tuple({**GOOD_CLAIM, **overrides}.values())


def case_id(values: dict) -> str:
    return ",".join(f"{k}={v}" for k, v in values.items())
