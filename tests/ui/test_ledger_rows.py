"""The ledger's Qt-free rows: sorting, filtering and patching over numpy arrays."""
import datetime as dt
import random

from briefing.domain import Claim
from briefing.domain.package import Package

from briefing.ui.ledger_rows import LedgerFilter, LedgerRows


def rows_of(ws):
    return LedgerRows.from_columns(ws.claim_columns())


def ids_in_view(rows):
    return [rows.value(rows.position(r), "id") for r in range(len(rows))]


def test_default_order_is_by_date_span_start(seeded):
    ids = ids_in_view(rows_of(seeded))
    assert ids[0] == "sent-11000"          # fall 2024 starts 1 Sep 2024
    assert ids.index("zelenskyy-3800") < ids.index("nis-killed")  # early Jan before 13 Jan


def test_sort_by_figure_descending_uses_numbers_not_text(seeded):
    rows = rows_of(seeded)
    rows.set_sort("figure", True)
    ids = ids_in_view(rows)
    assert ids[0] == "dprk-forces"
    assert ids.index("isw-contingent") < ids.index("zelenskyy-3800") < ids.index("nis-killed")


def _subjects(rows):
    return [rows.value(rows.position(r), "subject") for r in range(len(rows))]


def test_sort_by_a_text_column_ignores_case_and_keeps_ties_in_the_analysts_order(seeded):
    """Few distinct subjects (ranked once each) and all distinct (every cell ranked)."""
    for few in (True, False):
        for i, claim in enumerate(seeded.claims()):
            subject = ("kursk", "Belgorod", "KURSK", "belgorod")[i % 4] if few else f"s{i:02d}"
            seeded.put(claim.changed(subject=subject))
        rows = rows_of(seeded)
        analysts = [c.id for c in seeded.claims()]
        rows.set_sort("subject", False)
        folded = [s.casefold() for s in _subjects(rows)]
        assert folded == sorted(folded)
        shown = ids_in_view(rows)
        for (a, fa), (b, fb) in zip(zip(shown, folded), zip(shown[1:], folded[1:])):
            assert fa != fb or analysts.index(a) < analysts.index(b)
        rows.set_sort("subject", True)
        assert [s.casefold() for s in _subjects(rows)] == sorted(folded, reverse=True)


def test_filters_combine(seeded):
    rows = rows_of(seeded)
    rows.set_filter(LedgerFilter(metric="casualties", max_credibility=3))
    assert set(ids_in_view(rows)) == {"officials-third", "syrskyi-half", "zelenskyy-3800"}
    rows.set_filter(LedgerFilter(date_from=dt.date(2025, 1, 10), date_to=dt.date(2025, 1, 20)))
    assert set(ids_in_view(rows)) == {"nis-killed", "nis-wounded"}
    rows.set_filter(LedgerFilter(text="pocket"))
    assert ids_in_view(rows) == []
    rows.set_filter(LedgerFilter(text="PENTAGON"))
    assert ids_in_view(rows) == ["pentagon-more"]


def test_patch_updates_adds_and_removes_rows(seeded):
    rows = rows_of(seeded)
    seeded.put(seeded.get("claim", "nis-killed").changed(value=5_000_000))
    copy = seeded.get("claim", "nis-wounded").changed(id="c-new")
    seeded.put(copy)
    seeded.delete("claim", "isw-rate")
    rows.set_sort("figure", True)
    rows.patch(seeded.claim_columns(["nis-killed", "c-new", "isw-rate"]), {"isw-rate"}, {}, {})
    ids = ids_in_view(rows)
    assert ids[0] == "nis-killed"
    assert "c-new" in ids and "isw-rate" not in ids
    assert rows.total == 11
    fresh = ids_in_view(LedgerRows.from_columns(seeded.claim_columns()))
    assert sorted(ids) == sorted(fresh)


def test_grouping_brings_each_conflicts_claims_together(seeded):
    from briefing.workspace.analysis import analyse

    analysis = analyse(seeded, samples=200)
    rows = LedgerRows.from_columns(seeded.claim_columns(), conflicts=analysis.conflict_of,
                                   pairs=analysis.conflicts.first_pairs)
    rows.group_conflicts = True
    rows.refresh()
    ids = ids_in_view(rows)
    zel = ids.index("zelenskyy-3800")
    assert {ids[zel + 1], ids[zel + 2]} == {"nis-killed", "nis-wounded"}
    assert "Volodymyr Zelenskyy" in analysis.conflict_of["nis-killed"].reason


def test_grouping_and_the_conflict_column_keep_each_conflicts_claims_together(seeded):
    """Many disputed figures: each conflict's claims (those shown with it) are adjacent,
    in the conflicts' order, the undisputed after them; sorting by the Conflict column
    puts the undisputed first."""
    from briefing.workspace.analysis import analyse

    rnd = random.Random(9)
    sources = [s.id for s in seeded.sources()]
    seeded.import_package(Package(claims=tuple(
        Claim(id=f"g{i}", source=rnd.choice(sources), subject="Kursk axis",
              metric=rnd.choice(("casualties", "killed", "strength")),
              as_of=f"2025-0{1 + i % 3}-{1 + rnd.randrange(28):02d}", credibility=2,
              quote="…", value=float(rnd.randrange(100, 12_000))) for i in range(300))))
    analysis = analyse(seeded, samples=200)
    rows = LedgerRows.from_columns(seeded.claim_columns(), conflicts=analysis.conflict_of,
                                   pairs=analysis.conflicts.first_pairs)
    rows.group_conflicts = True
    rows.refresh()
    shown = [analysis.conflict_of.get(i) for i in ids_in_view(rows)]
    keys = [None if c is None else (c.first, c.second) for c in shown]
    runs = [k for n, k in enumerate(keys) if n == 0 or k != keys[n - 1]]
    assert len(runs) == len(set(runs))              # each conflict's claims in one run
    assert keys.index(None) > len(keys) // 2 and set(keys[keys.index(None):]) == {None}
    rows.group_conflicts = False
    rows.set_sort("conflict", False)
    assert analysis.conflict_of.get(ids_in_view(rows)[0]) is None
    assert analysis.conflict_of.get(ids_in_view(rows)[-1]) is not None


def test_rows_keep_one_object_per_distinct_subject_and_source_and_show_the_same(seeded):
    columns = seeded.claim_columns()
    before = {name: list(columns[name]) for name in ("subject", "source_name", "as_of")}
    rows = LedgerRows.from_columns(columns)
    for name, values in before.items():
        kept = rows.cols[name]
        assert list(kept) == values
        assert len({id(v) for v in kept}) == len(set(values))  # SQLite gave one per cell
