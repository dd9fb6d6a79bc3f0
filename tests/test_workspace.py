"""The Workspace facade: what changed, references kept consistent, other writers, the
default briefing — every test that is not about files in particular runs against both
backends, a `.briefing` file and a database on the test's PostgreSQL server (the `backend`
fixture of conftest.py)."""
import time

import pytest

from briefing.domain import Claim, Event, FuzzyDate, Source, ValidationError
from briefing.domain.package import Package
from briefing.interchange import package_dict
from briefing.workspace import Changes, Workspace, create_from_seed, default_briefing_path


@pytest.fixture
def seeded(new_seeded):
    ws = Workspace.open(new_seeded())
    yield ws
    ws.close()


@pytest.fixture
def empty(new_location):
    ws = Workspace.open(new_location("empty"))
    yield ws
    ws.close()


def poll_until(ws: Workspace, timeout_s: float = 2.0) -> Changes:
    """The first changes a poll reports: at once for a file; for a server, once its
    notification has arrived (it is sent when the other transaction commits)."""
    deadline = time.monotonic() + timeout_s
    while True:
        changes = ws.poll()
        if changes or time.monotonic() > deadline:
            return changes
        time.sleep(0.01)


def claim(**overrides) -> Claim:
    values = dict(id="new-claim", source="nis", subject="DPRK contingent, Kursk",
                  metric="captured", as_of="2025-01-20", credibility=3, quote="two captured",
                  value=2)
    values.update(overrides)
    return Claim(**values)


# ---- Changes ----------------------------------------------------------------------------

def test_put_returns_what_changed(seeded):
    changes = seeded.put(claim())
    assert changes == Changes(claims=frozenset({"new-claim"}))
    assert changes.touches("claims") and not changes.touches("events")
    assert changes.projection_inputs


def test_put_of_each_kind_names_its_list(seeded):
    source = seeded.get("source", "nis").changed(reliability="A")
    assert seeded.put(source) == Changes(sources=frozenset({"nis"}))
    event = seeded.get("event", "first-clash").changed(title="First clash")
    changes = seeded.put(event)
    assert changes == Changes(events=frozenset({"first-clash"}))
    assert not changes.projection_inputs


def test_unchanged_put_returns_no_changes(seeded):
    changes = seeded.put(seeded.get("claim", "nis-killed"))
    assert not changes and changes == Changes()


def test_delete_claim_unlinks_it_from_events(seeded):
    assert [e.id for e in seeded.events_linking("nis-killed")] == ["nis-figures"]
    changes = seeded.delete("claim", "nis-killed")
    assert changes.claims == {"nis-killed"}
    assert changes.events == {"nis-figures"}
    assert seeded.get("event", "nis-figures").claims == ("nis-wounded",)
    assert "nis-killed" not in seeded.store.ids("claim")
    assert seeded.events_linking("nis-killed") == []


def test_delete_unlinked_claim_names_no_events(seeded):
    seeded.put(claim())
    changes = seeded.delete("claim", "new-claim")
    assert changes == Changes(claims=frozenset({"new-claim"}))


def test_delete_claim_linked_from_several_events(seeded):
    seeded.put(Event(id="extra", date="2025-01-29", title="Recap", category="statement",
                     claims=("isw-rate", "isw-contingent")))
    changes = seeded.delete("claim", "isw-rate")
    assert changes.events == {"isw-assessment", "extra"}
    assert seeded.get("event", "extra").claims == ("isw-contingent",)
    assert "isw-rate" not in seeded.get("event", "isw-assessment").claims


def test_deleting_a_cited_source_is_refused(seeded):
    before = package_dict(seeded.package())
    with pytest.raises(ValidationError) as info:
        seeded.delete("source", "nis")
    message = str(info.value)
    assert "nis" in message and "2 claims" in message
    assert package_dict(seeded.package()) == before


def test_deleting_a_source_cited_only_by_an_event_is_refused(seeded):
    seeded.put(Source(id="tass", name="TASS", kind="media", reliability="D"))
    seeded.put(seeded.get("event", "first-clash").changed(sources=("ua-us-officials", "tass")))
    before = package_dict(seeded.package())
    with pytest.raises(ValidationError) as info:
        seeded.delete("source", "tass")
    message = str(info.value)
    assert "tass" in message and "event" in message
    assert package_dict(seeded.package()) == before


def test_deleting_the_base_of_a_fraction_is_refused_naming_the_fractions(seeded):
    before = package_dict(seeded.package())
    with pytest.raises(ValidationError) as info:
        seeded.delete("claim", "sent-11000")
    assert str(info.value).endswith("sent-11000 is the base of officials-third, syrskyi-half; "
                                    "change their base first")
    assert package_dict(seeded.package()) == before


def test_deleting_a_document_clears_it_from_its_claims_as_audited_edits(seeded):
    seeded.delete("document", "kursk-article")
    assert [c.document for c in seeded.claims()] == [None] * 11
    assert [e.action for e in seeded.history("claim", "nis-killed")][-1] == "update"


def test_deleting_an_uncited_source_works(seeded):
    seeded.put(Source(id="tass", name="TASS", kind="media", reliability="D"))
    assert seeded.delete("source", "tass") == Changes(sources=frozenset({"tass"}))
    assert "tass" not in seeded.store.ids("source")


def test_reference_to_unknown_source_is_refused(seeded):
    with pytest.raises(ValidationError) as info:
        seeded.put(claim(source="tass"))
    assert str(info.value) == "source: refers to unknown source 'tass'"
    assert "new-claim" not in seeded.store.ids("claim")


def test_references_from_events_are_checked(seeded):
    event = Event(id="e9", date="2025-01-01", title="x", claims=("ghost",), sources=("nobody",))
    with pytest.raises(ValidationError) as info:
        seeded.put(event)
    assert str(info.value).splitlines() == ["claims[0]: refers to unknown claim 'ghost'",
                                            "sources[0]: refers to unknown source 'nobody'"]


def test_reference_to_unknown_document_is_refused(seeded):
    with pytest.raises(ValidationError, match="document: refers to unknown document 'd9'"):
        seeded.put(claim(document="d9"))


def test_invalid_entity_is_refused(seeded):
    with pytest.raises(ValidationError, match="credibility: 7"):
        seeded.put(claim(credibility=7))


# ---- reads ------------------------------------------------------------------------------

def test_claims_frame(seeded):
    frame = seeded.claims_frame()
    claims = seeded.claims()
    assert len(frame) == len(claims) == 11
    assert list(frame["id"]) == [c.id for c in claims]
    row = frame.set_index("id").loc["nis-killed"]
    assert row["source_name"] == "South Korea National Intelligence Service"
    assert row["reliability"] == "B"
    assert row["value"] == 300
    third = frame.set_index("id").loc["officials-third"]
    assert third["source_name"] == "Ukrainian and American officials (unnamed)"
    assert third["reliability"] == "C"


def test_claims_frame_of_empty_briefing(empty):
    frame = empty.claims_frame()
    assert len(frame) == 0
    assert {"source_name", "reliability", "metric"} <= set(frame.columns)


@pytest.mark.parametrize("first", [5, 40])
def test_first_claims_are_in_the_ledgers_date_order(seeded, first):
    """The page a window paints before reading every claim: ordered by the start of each
    fuzzy date's span (computed by the store, for every precision and across year ends),
    then by the analyst's order — the ledger's own opening order."""
    dates = [("2025-01-15", "season"), ("2024-12-02", "season"), ("2024-03-31", "season"),
             ("2024-06-01", "season"), ("2024-11-30", "season"), ("2024-02-29", "season"),
             ("2025-01-02", "week"), ("2024-12-30", "week"), ("2024-03-01", "week"),
             ("2024-12-31", "month"), ("2024-02-29", "month"), ("2024-07-04", "year"),
             ("2024-12-29", "day"), ("2024-12-01", "day"), ("2024-03-01", "day")]
    seeded.import_package(Package(claims=tuple(claim(id=f"d{i}", as_of=day, date_precision=p)
                                               for i, (day, p) in enumerate(dates))))
    claims = seeded.claims()
    position = {c.id: i for i, c in enumerate(claims)}
    expected = sorted(claims, key=lambda c: (FuzzyDate.parse(c.as_of, c.date_precision)
                                             .span()[0], position[c.id]))
    page = seeded.claim_columns(first=first)
    assert list(page["id"]) == [c.id for c in expected][:first]
    assert page["source_name"][0] == next(s.name for s in seeded.sources()
                                          if s.id == expected[0].source)

@pytest.mark.parametrize("backend", ["file"])  # a server sorts on its own machine (0006)
def test_first_claims_of_a_file_are_read_through_its_ledger_order_index(seeded):
    """The first page is a walk of an index on the span's start (schema version 6), not a
    scan and sort of every claim before the window's first paint (48 ms at 100,000
    claims): SQLite's plan for the page's statement names the index and sorts nothing."""
    statements = []
    seeded.store.conn.set_trace_callback(statements.append)
    seeded.claim_columns(first=3)
    seeded.store.conn.set_trace_callback(None)
    page = next(s for s in statements if "LIMIT 3" in s)
    plan = " / ".join(row[3] for row in seeded.store.conn.execute(f"EXPLAIN QUERY PLAN {page}"))
    assert "USING INDEX claim_ledger_order" in plan and "TEMP B-TREE" not in plan, plan


def test_new_id_is_unused(seeded):
    assert seeded.new_id("claim") not in seeded.store.ids("claim")
    assert seeded.new_id("claim").startswith("c")


# ---- other writers ------------------------------------------------------------------------

def test_poll_sees_another_workspaces_write(new_location):
    location = new_location("shared")
    mine, theirs = Workspace.open(location), Workspace.open(location)
    try:
        assert mine.poll() == Changes()
        theirs.put(Source(id="nis", name="NIS", reliability="B"))
        assert poll_until(mine) == Changes.of("source", "nis")
        assert mine.poll() == Changes()
        assert [s.id for s in mine.sources()] == ["nis"]
    finally:
        mine.close()
        theirs.close()


def test_poll_reports_everything_for_a_write_the_audit_does_not_explain(tmp_path):
    """A file only: its readers notice any commit (PRAGMA data_version). A server announces
    only what Briefing writes (README: Team server)."""
    path = tmp_path / "raw.briefing"
    create_from_seed(path)
    mine, other = Workspace.open(path), Workspace.open(path)
    try:
        with other.store.transaction():
            other.store.conn.execute("UPDATE claim SET note = 'raw' WHERE id = 'nis-killed'")
        assert mine.poll() == Changes.all()
        assert mine.get("claim", "nis-killed").note == "raw"
    finally:
        other.close()
        mine.close()


def test_poll_names_the_entities_another_writer_changed(seeded):
    other = Workspace.open(seeded.location)
    try:
        other.delete("claim", "nis-killed")
        assert poll_until(seeded) == Changes(claims=frozenset({"nis-killed"}),
                                             events=frozenset({"nis-figures"}),
                                             ratings=frozenset({"attrition/nis-killed",
                                                                "pulled-back/nis-killed",
                                                                "inflated/nis-killed"}))
        other.set_briefing(other.briefing().changed(title="Renamed"))
        assert poll_until(seeded) == Changes(briefing=True)
    finally:
        other.close()


def test_poll_ignores_own_writes(empty):
    empty.put(Source(id="nis", name="NIS", reliability="B"))
    assert empty.poll() == Changes()
    assert not empty.poll()


def test_save_copy_is_an_openable_briefing(seeded, tmp_path):
    target = tmp_path / "copy.briefing"
    seeded.save_copy(target)
    assert not (tmp_path / "copy.briefing.partial").exists()
    copy = Workspace.open(target, create=False)
    try:
        assert package_dict(copy.package()) == package_dict(seeded.package())
        assert copy.store.integrity_problems() == []
    finally:
        copy.close()


def test_save_copy_into_missing_folder_is_a_clear_error(seeded, tmp_path):
    from briefing.store import BriefingFileError
    with pytest.raises(BriefingFileError, match="could not write the file .No such file or directory.; nothing was written"):
        seeded.save_copy(tmp_path / "no-such-folder" / "copy.briefing")


# ---- the default briefing -----------------------------------------------------------------

def test_open_default_creates_from_seed_then_reuses(data_dir, seeded):
    path = data_dir / "default.briefing"
    assert default_briefing_path() == path
    assert not path.exists()
    ws = Workspace.open_default()
    try:
        assert ws.path == path and path.exists()
        mine, seed = (dict(package_dict(w.package()), briefing_id=None) for w in (ws, seeded))
        assert mine == seed   # two briefings made from the seed: the same content
        ws.put(ws.get("claim", "nis-killed").changed(note="edited by the analyst"))
    finally:
        ws.close()
    assert sorted(p.name for p in data_dir.iterdir() if not p.name.endswith(("-wal", "-shm"))) \
        == ["default.briefing"]
    again = Workspace.open_default()
    try:
        assert again.get("claim", "nis-killed").note == "edited by the analyst"
        assert len(again.claims()) == 11
    finally:
        again.close()


def test_open_default_creates_missing_data_folder(tmp_path, monkeypatch):
    folder = tmp_path / "fresh" / "Briefing"
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(folder))
    ws = Workspace.open_default()
    try:
        assert ws.path == folder / "default.briefing"
        assert ws.briefing().title == "North Korean troops in Kursk"
    finally:
        ws.close()


def test_claim_columns_match_the_claims(seeded):
    cols = seeded.claim_columns()
    assert list(cols["id"]) == [c.id for c in seeded.claims()]
    nis = list(cols["id"]).index("nis-killed")
    assert cols["value"][nis] == 300 and cols["reliability"][nis] == "B"
    assert cols["source_name"][nis] == "South Korea National Intelligence Service"
    some = seeded.claim_columns(["nis-killed", "isw-rate"])
    assert sorted(some["id"]) == ["isw-rate", "nis-killed"]
    assert len(seeded.claim_columns([])["id"]) == 0


def test_opening_the_file_again_does_not_blind_an_open_workspace(seeded):
    """Regression: the header used to be read with open()/close(), which drops this
    process's POSIX locks on the file; the open workspace then missed later commits made by
    other processes."""
    import subprocess
    import sys

    write = ("import sys; from briefing.workspace import Workspace; "
             "ws = Workspace.open(sys.argv[1]); c = ws.get('claim', 'nis-killed'); "
             "ws.put(c.changed(value=float(sys.argv[2]))); ws.close()")
    Workspace.open(seeded.location, create=False, read_only=True).close()
    for value in (701, 702, 703):
        subprocess.run([sys.executable, "-c", write, seeded.location, str(value)],
                       check=True, timeout=60)
        assert poll_until(seeded) == Changes.of("claim", "nis-killed")
        assert seeded.get("claim", "nis-killed").value == value


def test_claim_columns_read_in_batches_are_the_rows_columns(seeded, monkeypatch):
    """The store fetches the rows and turns them into columns a batch at a time (one list of
    100,000 rows built and let go of at once held the interpreter 40–60 ms, a stall of the
    window's thread): every value lands in its row, across the batches' seams."""
    from briefing.store import base

    whole = seeded.claim_columns()
    monkeypatch.setattr(base, "_ROW_BATCH", 3)
    chunked = seeded.claim_columns()
    assert list(chunked) == list(whole) and len(whole["id"]) > 3
    for name in whole:
        assert list(chunked[name]) == list(whole[name]), name
    by_id = {c.id: c for c in seeded.claims()}
    assert [by_id[i].quote for i in chunked["id"]] == list(chunked["quote"])
