"""The merge rules of change bundles (reference.md §6) on two copies of the seed."""
import json

import pytest

from briefing.domain import Claim, Rating
from briefing.interchange import package_dict, parse_package
from briefing.workspace import Workspace
from briefing.workspace.sync import merge_conflicts
from sync_support import copies, exchange, state

CLAIM = "isw-contingent"   # 12,000; no other claim rests on it


@pytest.fixture
def pair(tmp_path):
    a, b = copies(tmp_path)
    yield a, b
    a.close()
    b.close()


def edit(ws: Workspace, claim_id: str = CLAIM, **values) -> None:
    ws.put(ws.get("claim", claim_id).changed(**values))


def both_ways(a, b, folder):
    exchange(a, b, folder)
    exchange(b, a, folder)


def test_changes_to_different_fields_both_apply(pair, tmp_path):
    a, b = pair
    edit(a, value=12500)
    edit(b, note="seen by B")
    both_ways(a, b, tmp_path)
    for ws in pair:
        claim = ws.get("claim", CLAIM)
        assert (claim.value, claim.note) == (12500, "seen by B")
        assert merge_conflicts(ws) == []
    assert state(a) == state(b)


def test_the_same_field_changed_in_both_copies_keeps_both_values(pair, tmp_path):
    a, b = pair
    edit(a, value=12500)
    edit(b, value=9000)
    both_ways(a, b, tmp_path)
    assert state(a) == state(b)
    [found] = merge_conflicts(a)
    assert (found.entity, found.entity_id, found.field) == ("claim", CLAIM, "value")
    assert sorted(v.value for v in found.values) == [9000, 12500]
    assert all(v.who == "tester" and v.at for v in found.values)


def test_a_change_made_after_seeing_the_other_is_no_conflict(pair, tmp_path):
    a, b = pair
    edit(a, value=12500)
    exchange(a, b, tmp_path)
    edit(b, value=13000)
    exchange(b, a, tmp_path)
    assert a.get("claim", CLAIM).value == 13000
    assert merge_conflicts(a) == merge_conflicts(b) == []


def test_edit_beside_a_delete_keeps_the_claim_and_records_the_conflict(pair, tmp_path):
    a, b = pair
    a.apply(a.deletion_states("claim", CLAIM)[1])
    edit(b, value=9000)
    both_ways(a, b, tmp_path)
    assert state(a) == state(b)
    assert a.get("claim", CLAIM).value == 9000
    [found] = [c for c in merge_conflicts(a) if c.field == "value"]
    assert {v.deleted for v in found.values} == {True, False}


def test_a_delete_nobody_contests_applies(pair, tmp_path):
    a, b = pair
    a.apply(a.deletion_states("claim", CLAIM)[1])
    both_ways(a, b, tmp_path)
    assert b.store.revision("claim", CLAIM) is None
    assert state(a) == state(b)


def test_a_claim_added_in_one_copy_arrives_in_the_other_in_the_same_place(pair, tmp_path):
    a, b = pair
    new = a.get("claim", CLAIM).changed(id="c-new", value=1)
    a.put(new)
    exchange(a, b, tmp_path)
    assert b.get("claim", "c-new") == new
    assert [c.id for c in b.claims()] == [c.id for c in a.claims()]


def test_a_combination_no_claim_may_hold_is_kept_as_a_conflict(pair, tmp_path):
    a, b = pair
    edit(a, low=11000, high=12500)         # the claim: value 12000
    edit(b, value=13000)                   # beyond A's high
    both_ways(a, b, tmp_path)
    assert state(a) == state(b)
    claim = a.get("claim", CLAIM)
    claim.validated()
    [found] = merge_conflicts(a)      # the change that could not join the others
    held = {"value": 13000, "high": 12500, "low": 11000}[found.field]
    assert getattr(claim, found.field) != held
    assert held in [v.value for v in found.values]


def test_two_imports_of_one_export_edit_without_false_conflicts(tmp_path, seeded):
    """Copies made by importing the same export share the briefing id; an edit in one
    is no conflict with the other's unchanged import."""
    text = json.dumps(package_dict(seeded.package()))
    a = Workspace.open(tmp_path / "a.briefing", watch=False)
    b = Workspace.open(tmp_path / "b.briefing", watch=False)
    try:
        for ws in (a, b):
            ws.import_package(parse_package(json.loads(text)))
        assert a.store.briefing_id() == b.store.briefing_id() == seeded.store.briefing_id()
        edit(a, value=12500)
        edit(b, note="B's note")
        both_ways(a, b, tmp_path)
        assert merge_conflicts(a) == []
        assert (a.get("claim", CLAIM).value, a.get("claim", CLAIM).note) == (12500, "B's note")
        assert state(a) == state(b)
    finally:
        a.close()
        b.close()


def test_the_same_id_added_in_both_copies_keeps_both_contents(pair, tmp_path):
    a, b = pair
    base = a.get("claim", CLAIM)
    a.put(base.changed(id="c-twice", value=1))
    b.put(base.changed(id="c-twice", value=2))
    both_ways(a, b, tmp_path)
    assert state(a) == state(b)
    [found] = merge_conflicts(a)
    assert found.field == "value" and sorted(v.value for v in found.values) == [1, 2]


def test_a_source_deleted_in_one_copy_but_cited_by_a_new_claim_stays(pair, tmp_path):
    a, b = pair
    a.put(a.sources()[0].changed(id="lonely", name="Lonely"))
    exchange(a, b, tmp_path)
    a.delete("source", "lonely")
    b.put(Claim(**{**b.get("claim", CLAIM).as_dict(), "id": "c-cites", "source": "lonely"}))
    both_ways(a, b, tmp_path)
    assert state(a) == state(b)
    assert a.get("source", "lonely").name == "Lonely"
    assert ("source", "lonely", "id") in a.store.merge_conflicts()


def rate(ws: Workspace, claim_id: str, rating: str) -> None:
    hypothesis = ws.hypotheses()[0].id
    ws.put(Rating(hypothesis, claim_id, rating))


def ratings_of(ws: Workspace, claim_id: str) -> dict[str, str]:
    return {r.hypothesis: r.rating for r in ws.ratings() if r.claim == claim_id}


def test_a_rating_beside_a_delete_of_its_claim_keeps_both(pair, tmp_path):
    a, b = pair
    a.apply(a.deletion_states("claim", CLAIM)[1])
    rate(b, CLAIM, "II")
    both_ways(a, b, tmp_path)
    assert state(a) == state(b)
    assert a.get("claim", CLAIM).value == 12000
    assert ratings_of(a, CLAIM)[a.hypotheses()[0].id] == "II"
    assert any(c.entity == "claim" and c.entity_id == CLAIM for c in merge_conflicts(a))


def test_one_cell_rated_differently_in_two_copies_keeps_both_ratings(pair, tmp_path):
    a, b = pair
    rate(a, CLAIM, "CC")
    rate(b, CLAIM, "II")
    both_ways(a, b, tmp_path)
    assert state(a) == state(b)
    [found] = [c for c in merge_conflicts(a) if c.entity == "rating"]
    assert sorted(v.value for v in found.values) == ["CC", "II"]


def test_a_rated_claim_deleted_uncontested_takes_its_ratings_in_both_copies(pair, tmp_path):
    a, b = pair
    rate(a, CLAIM, "C")
    exchange(a, b, tmp_path)
    assert ratings_of(b, CLAIM)
    b.apply(b.deletion_states("claim", CLAIM)[1])
    both_ways(a, b, tmp_path)
    assert state(a) == state(b)
    assert a.store.revision("claim", CLAIM) is None
    assert ratings_of(a, CLAIM) == {}
