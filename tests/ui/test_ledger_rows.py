"""The ledger's Qt-free rows: sorting, filtering and patching over numpy arrays."""
import datetime as dt

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
    rows = LedgerRows.from_columns(seeded.claim_columns(), conflicts=analysis.conflict_of)
    rows.group_conflicts = True
    rows.refresh()
    ids = ids_in_view(rows)
    zel = ids.index("zelenskyy-3800")
    assert {ids[zel + 1], ids[zel + 2]} == {"nis-killed", "nis-wounded"}
    assert "Volodymyr Zelenskyy" in analysis.conflict_of["nis-killed"].reason
