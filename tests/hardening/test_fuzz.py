"""Fuzzing the JSON and CSV importers and the article extractor (a fast subset; see
tests/bench/bench_fuzz.py for 10,000+ cases): only InterchangeError or a clean result,
never another exception."""
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fuzz_hostile as hostile
import fuzz_support as fz

FAST = settings(max_examples=200, deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                       HealthCheck.data_too_large])


@FAST
@given(fz.json_values)
def test_parse_package_of_any_json_value(value):
    assert fz.parse_any(value) in ("accepted", "refused")


@FAST
@given(fz.packages)
def test_parse_package_of_near_valid_packages(package):
    assert fz.parse_any(package) in ("accepted", "refused")


@FAST
@given(fz.package_bytes)
def test_read_package_of_any_bytes(data):
    assert fz.read_package_bytes(data) in ("accepted", "refused")


@FAST
@given(fz.csv_texts)
def test_read_claims_csv_of_any_text(text):
    assert fz.read_csv_text(text) in ("accepted", "refused")


@FAST
@given(fz.csv_bytes)
def test_read_claims_csv_of_any_bytes(data):
    assert fz.read_csv_bytes(data) in ("accepted", "refused")


@FAST
@given(fz.article_texts, fz.published_dates)
def test_extract_from_any_text(text, published):
    assert fz.extract_text(text, published) in ("proposed", "nothing found", "refused")


@FAST
@given(hostile.hostile_json_texts)
def test_read_package_of_hostile_json_text(text):
    assert hostile.read_package_text(text) in ("accepted", "refused")


@FAST
@given(hostile.hostile_packages)
def test_parse_package_of_hostile_values(package):
    assert fz.parse_any(package) in ("accepted", "refused")


@FAST
@given(hostile.hostile_csv)
def test_read_claims_csv_of_hostile_cells(text):
    assert fz.read_csv_text(text) in ("accepted", "refused")


@FAST
@given(st.lists(st.one_of(hostile.hostile_text, hostile.visible_text), min_size=1, max_size=4))
def test_hostile_text_survives_the_csv_round_trip(texts):
    assert hostile.csv_round_trip(texts) in ("accepted", "refused")


SOME = settings(FAST, max_examples=80)


@SOME
@given(hostile.hostile_articles, fz.published_dates)
def test_extract_from_hostile_articles(text, published):
    assert fz.extract_text(text, published) in ("proposed", "nothing found", "refused")


@SOME
@given(hostile.article_bytes)
def test_read_article_of_any_bytes(data):
    assert hostile.read_article_bytes(data) in ("proposed", "nothing found", "refused")


@settings(max_examples=40, deadline=None, database=None, derandomize=True)
@given(hostile.foreign_statements)
def test_a_file_with_foreign_schema_objects_is_refused(statements):
    assert hostile.open_with_foreign_schema(statements) == "refused"


def test_the_near_valid_strategies_reach_acceptance():
    """Guard against strategies that only ever hit the first check: a valid package and a
    valid CSV go through the same targets."""
    valid = {"format": "briefing-package", "version": 1,
             "briefing": {"title": "T", "classification": "UNCLASSIFIED"},
             "sources": [{"id": "s", "name": "S", "kind": "media", "reliability": "C"}],
             "claims": [{"id": "c", "source": "s", "subject": "x", "metric": "killed",
                         "value": 3, "as_of": "2025-01-01", "date_precision": "day",
                         "credibility": 2, "quote": "q", "include_in_projection": True}]}
    assert fz.parse_any(valid) == "accepted"
    assert fz.read_csv_text("source,subject,metric,value,as_of,date_precision,credibility,"
                            "quote\nnis,x,killed,3,2025-01-01,day,2,q\n") == "accepted"
    assert fz.extract_text("The ministry said 300 North Korean soldiers were killed.",
                           dt.date(2025, 1, 13)) == "proposed"


@settings(max_examples=100, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(fz.mutated_packages)
def test_an_accepted_package_imports_completely(package):
    assert fz.import_package_value(package) in ("accepted", "refused")


# ---- what the fuzzing found (fixed; kept as plain regression tests) -----------------------

def test_csv_row_with_an_empty_required_cell_is_located(tmp_path):
    """Was: TypeError from Claim(**values) when a required column's cell was empty."""
    import pytest

    from briefing.interchange import InterchangeError, read_claims_csv

    path = tmp_path / "claims.csv"
    path.write_text("source,subject,metric,value,as_of,credibility,quote\n"
                    "nis,,killed,3,2025-01-01,2,q\n"
                    "nis,x,killed,3,2025-01-01,2,\n", encoding="utf-8")
    with pytest.raises(InterchangeError) as info:
        read_claims_csv(path, fz._SOURCES, set(), set())
    assert info.value.lines() == [f"{path}: line 2, column subject: is required",
                                  f"{path}: line 3, column quote: is required"]


def test_optional_text_that_is_not_text_is_refused_at_its_json_path():
    """Was: a document publisher of [] failed to bind ('not a usable briefing file'), and
    one of false was stored as 0."""
    import copy

    import pytest

    from briefing.interchange import InterchangeError, parse_package

    for bad in ([], False, 12, {"x": 1}):
        package = copy.deepcopy(fz.SEED_PACKAGE)
        package["documents"][0]["publisher"] = bad
        package["claims"][1]["note"] = bad
        with pytest.raises(InterchangeError) as info:
            parse_package(package)
        assert [p.field for p in info.value.problems] == ["$.documents[0].publisher",
                                                         "$.claims[1].note"]
        assert all(p.message.startswith("must be text (got ") for p in info.value.problems)
