"""The briefing id every copy shares, each copy's own origin, and the operation log kept on
the audit's path (reference.md §6)."""
import json
import shutil

import pytest

from briefing.domain import Source
from briefing.interchange import package_dict, parse_package
from briefing.workspace import BriefingFileError, Workspace
from briefing.workspace.copying import copy_briefing
from briefing.workspace.sync import merge_conflicts
from sync_support import exchange, state


def test_every_audited_change_is_an_operation_of_this_copy(seeded):
    before = len(seeded.store.operations())
    claim = seeded.claims()[0]
    seeded.put(claim.changed(value=1, note="n"))
    new = seeded.store.operations()[before:]
    origin = seeded.store.origin()
    assert [(o.origin, o.action, o.field) for o in new] == [(origin, "set", "value"),
                                                             (origin, "set", "note")]
    assert [o.seq for o in new] == [before + 1, before + 2]
    assert new[0].old == claim.value and new[0].value == 1
    assert new[0].prev  # it replaced the import's insert: the state it was made on


def test_a_refused_change_leaves_neither_audit_nor_operation(seeded):
    before = (len(seeded.store.operations()), seeded.store.fingerprint())

    def half_then_fail():
        seeded.store.put(Source(id="new", name="N", kind="media", reliability="C"))
        raise BriefingFileError("stop")
    with pytest.raises(BriefingFileError):
        seeded.store.atomically(half_then_fail)
    assert (len(seeded.store.operations()), seeded.store.fingerprint()) == before


def test_a_file_copied_byte_for_byte_writes_as_a_new_origin(tmp_path, seeded):
    seeded.put(seeded.claims()[0].changed(value=5))
    original = seeded.store.origin()
    seeded.close()
    shutil.copy(tmp_path / "seed.briefing", tmp_path / "copy.briefing")
    copy = Workspace.open(tmp_path / "copy.briefing", watch=False)
    try:
        assert copy.store.briefing_id() and copy.store.origin() == ""
        copy.put(copy.claims()[0].changed(value=6))
        assert copy.store.origin() not in ("", original)
        origins = {o.origin for o in copy.store.operations()}
        assert original in origins and copy.store.origin() in origins
    finally:
        copy.close()
    again = Workspace.open(tmp_path / "seed.briefing", watch=False)
    try:
        again.put(again.claims()[0].changed(value=7))
        assert again.store.origin() == original   # the original keeps writing as itself
    finally:
        again.close()


def test_briefing_copy_keeps_the_id_and_takes_a_new_origin(new_seeded, new_location):
    source = new_seeded()
    dest = new_location("dest")
    copy_briefing(source, dest)
    a, b = Workspace.open(source, watch=False), Workspace.open(dest, watch=False)
    try:
        a.put(a.claims()[0].changed(value=1))
        b.put(b.claims()[1].changed(value=2))
        assert a.store.briefing_id() == b.store.briefing_id()
        assert a.store.origin() != b.store.origin()
        assert len(b.store.operations()) == len(a.store.operations())
    finally:
        a.close()
        b.close()


def test_an_export_carries_the_briefing_id_and_an_empty_briefing_adopts_it(tmp_path, seeded):
    data = package_dict(seeded.package())
    assert data["briefing_id"] == seeded.store.briefing_id()
    fresh = Workspace.open(tmp_path / "fresh.briefing", watch=False)
    other = Workspace.open(tmp_path / "other.briefing", watch=False)
    try:
        fresh.import_package(parse_package(json.loads(json.dumps(data))))
        assert fresh.store.briefing_id() == seeded.store.briefing_id()
        assert package_dict(fresh.package()) == data      # export → import → export
        other.put(Source(id="own", name="Own", kind="media", reliability="C"))
        mine = other.store.briefing_id()
        other.import_package(parse_package(data))
        assert other.store.briefing_id() == mine          # not empty: stays itself
    finally:
        fresh.close()
        other.close()


def test_a_bad_briefing_id_in_a_package_is_refused_by_place():
    from briefing.interchange import InterchangeError
    with pytest.raises(InterchangeError, match=r"\$\.briefing_id: must be"):
        parse_package({"format": "briefing-package", "version": 2, "briefing_id": 7,
                       "briefing": {"title": "T", "classification": "U"}})


def test_bundles_go_between_a_file_and_a_team_server(tmp_path, pg_server):
    from briefing.workspace import create_from_seed
    create_from_seed(tmp_path / "file.briefing")
    uri = pg_server.new()
    copy_briefing(tmp_path / "file.briefing", uri)
    f = Workspace.open(tmp_path / "file.briefing", watch=False)
    s = Workspace.open(uri, watch=False)
    try:
        claim = f.claims()[0]
        f.put(claim.changed(value=101))
        s.put(s.get("claim", claim.id).changed(value=202))
        s.put(s.claims()[2].changed(note="from the server"))
        exchange(f, s, tmp_path)
        exchange(s, f, tmp_path)
        assert state(f) == state(s)
        [found] = merge_conflicts(s)
        assert sorted(v.value for v in found.values) == [101, 202]
        assert f.claims()[2].note == "from the server"
    finally:
        f.close()
        s.close()


def _add_claim(ws: Workspace) -> str:
    template = ws.get("claim", "nis-killed")

    def build(w):
        new = template.changed(id=w.new_id("claim"), value=1)
        return [("claim", new.id, new)]
    states, _ = ws.create(build)
    return states[0][1]


def test_claims_added_apart_in_two_copies_get_different_ids(tmp_path, seeded):
    assert _add_claim(seeded) == "c12"                    # a briefing with no copy
    seeded.close()
    shutil.copy(tmp_path / "seed.briefing", tmp_path / "copy.briefing")
    a = Workspace.open(tmp_path / "seed.briefing", watch=False)
    b = Workspace.open(tmp_path / "copy.briefing", watch=False)
    try:
        from_b = _add_claim(b)                             # the copy knows it is one
        assert from_b == f"c13-{b.store.origin()[:4]}"
        exchange(b, a, tmp_path)                           # now the original knows too
        from_a = _add_claim(a)
        assert from_a == f"c14-{a.store.origin()[:4]}" and from_a != from_b
        exchange(a, b, tmp_path)
        assert merge_conflicts(a) == merge_conflicts(b) == []
        assert {from_a, from_b} <= {c.id for c in b.claims()}
        assert state(a) == state(b)
    finally:
        a.close()
        b.close()


def test_two_analysts_writing_at_once_on_a_server_number_their_changes_apart(pg_server):
    import threading

    uri = pg_server.new(seeded=True)
    stores = [Workspace.open(uri, watch=False) for _ in range(2)]
    try:
        before = {o.key for o in stores[0].store.operations()}
        claims = [c.id for c in stores[0].claims()[:2]]
        failures = []

        def edit(ws, claim_id):
            try:
                for n in range(25):
                    ws.put(ws.get("claim", claim_id).changed(value=n + 1))
            except Exception as exc:  # noqa: BLE001 - reported below
                failures.append(exc)
        threads = [threading.Thread(target=edit, args=(ws, c)) for ws, c in zip(stores, claims)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert failures == []
        new = [o for o in stores[0].store.operations() if o.key not in before]
        assert len(new) == 50 and len({o.key for o in new}) == 50
        assert len({o.origin for o in new}) == 1          # one database, one origin
    finally:
        for ws in stores:
            ws.close()
