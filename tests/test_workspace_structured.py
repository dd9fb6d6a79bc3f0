"""Ratings, hypotheses, assessments and resolutions through the Workspace, on both backends
(a `.briefing` file and a database on the test's PostgreSQL server): audited, undone with
what hangs on them, refused when stale, and the record reads what changed from the audit."""
import pytest

from briefing.domain import Hypothesis, Rating, ValidationError
from briefing.workspace import Changes, StaleEditError, Workspace
from briefing.workspace.analysis import analyse, projections
from briefing.workspace.record import history, record, resolution


@pytest.fixture
def seeded(new_seeded):
    ws = Workspace.open(new_seeded())
    yield ws
    ws.close()


def test_a_rating_is_audited_and_names_its_list(seeded):
    changes = seeded.put(Rating("inflated", "zelenskyy-3800", "II"))
    assert changes == Changes(ratings=frozenset({"inflated/zelenskyy-3800"}))
    assert changes.ach_inputs and not changes.projection_inputs
    [*_, last] = seeded.history("rating", "inflated/zelenskyy-3800")
    assert (last.action, last.field, last.old, last.new) == ("update", "rating", "C", "II")


def test_a_rating_of_an_unknown_claim_is_refused(seeded):
    with pytest.raises(ValidationError) as info:
        seeded.put(Rating("inflated", "ghost", "I"))
    assert str(info.value.problems[0]) == "claim: refers to unknown claim 'ghost'"


def test_a_stale_rating_is_refused_and_nothing_written(seeded):
    key = ("rating", "inflated/nis-killed")
    seen = seeded.revisions("rating")["inflated/nis-killed"]
    seeded.put(Rating("inflated", "nis-killed", "II"))        # someone else, meanwhile
    with pytest.raises(StaleEditError):
        seeded.apply([(*key, None)], {key: seen})
    assert seeded.get(*key).rating == "II"


def test_removing_a_hypothesis_takes_its_ratings_and_undo_restores_them(seeded):
    before, after = seeded.deletion_states("hypothesis", "inflated")
    changes = seeded.apply(after)
    assert changes.hypotheses == {"inflated"} and len(changes.ratings) == 7
    assert analyse(seeded, samples=200).matrix.leader == "attrition"
    seeded.apply(before)
    assert len([r for r in seeded.ratings() if r.hypothesis == "inflated"]) == 7


def test_the_record_names_the_claim_changed_between_two_assessments(seeded):
    first = record(seeded, projections(seeded), "before")
    seeded.put(seeded.get("claim", "nis-killed").changed(value=600))
    seeded.put(Hypothesis("new", "Not what the record reads"))
    second = record(seeded, projections(seeded))
    entries = history(seeded)
    assert [e.assessment.id for e in entries] == [first.id, second.id]
    assert [c.words for c in entries[1].between] == ["nis-killed changed 300 → 600"]
    fitted = next(c for c in entries[1].changes if c.scenario == "fitted")
    assert fitted.changed and [r.id for r in fitted.reasons] == ["nis-killed"]


def test_a_resolution_is_validated_against_its_assessment(seeded):
    made = record(seeded, projections(seeded))
    seeded.put(resolution(seeded, made.id, "isw", "yes"))
    assert [(r.assessment, r.scenario, r.outcome) for r in seeded.resolutions()] == [
        (made.id, "isw", "yes")]
    with pytest.raises(ValidationError) as info:
        resolution(seeded, made.id, "fitted", "no")
    assert "without a probability" in str(info.value.problems[0])
    before, after = seeded.deletion_states("assessment", made.id)
    seeded.apply(after)
    assert seeded.resolutions() == [] and seeded.assessments() == []
    seeded.apply(before)
    assert [r.outcome for r in seeded.resolutions()] == ["yes"]


def test_the_record_survives_a_copy_to_a_server_and_back(tmp_path, pg_server):
    from briefing.workspace import create_from_seed
    from briefing.workspace.copying import copy_briefing

    path, back = tmp_path / "kursk.briefing", tmp_path / "back.briefing"
    create_from_seed(path)
    ws = Workspace.open(path)
    try:
        record(ws, projections(ws))
        ws.put(ws.get("claim", "nis-killed").changed(value=600))
        record(ws, projections(ws))
    finally:
        ws.close()
    uri = pg_server.new()
    copy_briefing(str(path), uri)
    copy_briefing(uri, str(back))
    for location in (uri, back):
        ws = Workspace.open(location, watch=False)
        try:
            assert [c.words for c in history(ws)[1].between] == ["nis-killed changed 300 → 600"]
        finally:
            ws.close()


def test_recording_positions_follow_the_audit_renumbered_by_a_copy():
    """Source audit ids 3, 4, 9, 10 (gaps left by rolled-back server transactions) become
    11–14 after the destination's own 10 rows: a recording at 9 moves to 13."""
    from briefing.store.copying import _renumbered

    rows = _renumbered(["assessment", "at", "audit_position"], [("a1", "t", 9), ("a2", "t", 4)],
                       [3, 4, 9, 10], last=14)
    assert rows == [("a1", "t", 13), ("a2", "t", 12)]
