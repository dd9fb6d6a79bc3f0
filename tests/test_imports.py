"""Imports at scale (issue 17): a JSON package read a batch at a time and checked column by
column writes what the whole-file import writes; its errors are worded as before; each
imported entity stays traceable to its import (file, who, when) without a copy of its row in
the audit, and a change bundle still carries it whole, as imported, after later edits."""
import json
import shutil
from dataclasses import replace

import pytest

from bench.generate import write as write_package_file
from briefing.domain.package import LISTS
from briefing.interchange import InterchangeError, read_package
from briefing.interchange.bundle_file import read_bundle
from briefing.store.codecs import CODECS
from briefing.store.errors import BriefingFileError
from briefing.workspace import Workspace
from briefing.workspace.package_import import import_streamed
from briefing.workspace.sync import export_bundle, import_bundle
from briefing.workspace.transfer import export_data, import_file
from sql_support import rows


def _whole_file(ws: Workspace, path):
    """The import as it was before: the parsed file, then `import_package`."""
    return ws.import_package(read_package(path), file=str(path.resolve()))


def _state(ws: Workspace) -> dict:
    """What an import leaves: the package, the order, the audit and the operations (their
    content; origins and times differ between two briefings)."""
    store = ws.store
    ops = sorted((o.action, o.entity, o.entity_id, o.field, json.dumps(o.value, sort_keys=True),
                  o.prev, o.pos) for o in store.operations())
    return {"package": replace(ws.package(), briefing_id=None),   # each briefing's own
            "order": {k: store.ids(k) for k in ("claim", "event", "source", "scenario")},
            "audit": rows(store, "SELECT who, action, entity, entity_id, field, old, new "
                                 "FROM audit ORDER BY id"),
            "operations": ops}


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    return write_package_file(tmp_path_factory.mktemp("pkg") / "generated.json", 700, 150)


@pytest.mark.parametrize("which", ["seed", "generated"])
def test_a_streamed_import_writes_what_the_whole_file_import_writes(tmp_path, seed_path,
                                                                    generated, which):
    path = seed_path if which == "seed" else generated
    streamed = Workspace.open(tmp_path / "streamed.briefing")
    whole = Workspace.open(tmp_path / "whole.briefing")
    try:
        done = import_streamed(streamed, path, batch=64)   # several batches of each list
        before = _whole_file(whole, path)
        assert done.counts == before.counts and done.changes == before.changes
        assert _state(streamed) == _state(whole)
    finally:
        streamed.close()
        whole.close()


def test_rows_a_column_rule_is_unsure_of_are_built_one_by_one(tmp_path, generated):
    """Credibility 2.0 (the domain takes it), a Hangul quote that starts with a filler, a
    claim derived from a later one: each row is built as an entity, and stored as the
    whole-file import stores it."""
    data = json.loads(generated.read_text(encoding="utf-8"))
    data["claims"][5]["credibility"] = 2.0
    data["claims"][70]["quote"] = "\u3164 국가정보원은 밝혔다"
    data["claims"][3]["derived_from"] = [data["claims"][600]["id"]]
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    streamed = Workspace.open(tmp_path / "streamed.briefing")
    whole = Workspace.open(tmp_path / "whole.briefing")
    try:
        import_streamed(streamed, path, batch=64)
        _whole_file(whole, path)
        assert _state(streamed) == _state(whole)
        assert streamed.get("claim", data["claims"][3]["id"]).derived_from == (
            data["claims"][600]["id"],)
    finally:
        streamed.close()
        whole.close()


@pytest.mark.parametrize("change, expected", [
    (lambda d: d["claims"][300].update(value=-5),
     "$.claims[300].value: must be >= 0 (got -5)"),
    (lambda d: d["claims"][650].update(source="nobody"),
     "$.claims[650].source: refers to unknown source 'nobody'"),
    (lambda d: d["events"][100]["claims"].append("c999999"),
     "$.events[100].claims[{n}]: refers to unknown claim 'c999999'"),
    (lambda d: d["claims"][400].update(id=d["claims"][10]["id"]),
     "$.claims[400].id: duplicate id {id!r}"),
    (lambda d: d["claims"].__setitem__(200, 5), "$.claims[200]: must be an object"),
    (lambda d: d["events"][30].update(colour="red"), "$.events[30].colour: unknown key"),
    (lambda d: d["claims"][500].update(quote="\u200b "),
     "$.claims[500].quote: is required (got '\\u200b ')"),
])
def test_a_bad_row_anywhere_is_refused_in_the_words_of_the_whole_file_import(
        tmp_path, generated, change, expected):
    data = json.loads(generated.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    ws = Workspace.open(tmp_path / "target.briefing")
    try:
        with pytest.raises(InterchangeError) as info:
            import_file(ws, path)
        expected = expected.format(n=len(data["events"][100]["claims"]) - 1,
                                   id=data["claims"][10]["id"])
        assert str(info.value).splitlines()[0] == f"{path}: {expected}"
        assert ws.is_empty() and rows(ws.store, "SELECT count(*) FROM audit") == [(0,)]
    finally:
        ws.close()


@pytest.mark.parametrize("entity, bad", [
    ("claim", {"metric": "morale"}), ("claim", {"value": -1.0}),
    ("claim", {"low": 9.0, "high": 3.0, "value": None}), ("claim", {"fraction": 1.5}),
    ("claim", {"as_of": "2024-01-05 10:00"}), ("claim", {"credibility": 7}),
    ("claim", {"include_in_projection": 2}), ("claim", {"derived_from": {"a": 1}}),
    ("claim", {"value": None, "low": None, "high": None}),
    ("event", {"end_date": "2000-01-01"}), ("event", {"category": "party"}),
])
def test_an_imported_row_any_check_of_the_file_rejects_is_refused(imported, entity, bad):
    """An import asks the table's CHECKs once over each batch, not row by row: a row they
    reject (had a column rule let one through) still fails the import, nothing is written,
    and the checks act row by row again afterwards."""
    store = imported.store
    before = rows(store, f"SELECT count(*) FROM {entity}")
    codec = CODECS[entity]
    fields = codec.to_fields(imported.get(entity, store.ids(entity)[0]))
    fresh = dict(fields, id="fresh", **bad)
    columns = {c: [fields[c] if c == "id" else fresh[c]] for c in fields}
    columns["id"] = ["fresh"]

    def write():
        with store.importing(None):
            store.insert_columns(entity, columns)

    with pytest.raises(BriefingFileError, match="CHECK constraint failed"):
        store.atomically(write)
    assert rows(store, f"SELECT count(*) FROM {entity}") == before
    with pytest.raises(BriefingFileError, match="CHECK constraint failed"):
        store.insert_columns(entity, columns)


def test_a_package_with_its_lists_out_of_order_imports_whole(tmp_path, seed_path):
    data = json.loads(seed_path.read_text(encoding="utf-8"))
    shuffled = {k: data[k] for k in ("format", "version", "briefing", "claims", "sources",
                                     "documents", "events", "scenarios") if k in data}
    shuffled.update({k: v for k, v in data.items() if k not in shuffled})
    path = tmp_path / "shuffled.json"
    path.write_text(json.dumps(shuffled, ensure_ascii=False), encoding="utf-8")
    ws = Workspace.open(tmp_path / "a.briefing")
    try:
        import_file(ws, path)
        stored, seed = ws.package(), read_package(seed_path)
        assert all(getattr(stored, name) == getattr(seed, name) for name in LISTS)
    finally:
        ws.close()


# ---- provenance ---------------------------------------------------------------------------

@pytest.fixture
def imported(tmp_path, seed_path):
    ws = Workspace.open(tmp_path / "kursk.briefing")
    import_file(ws, seed_path)
    yield ws
    ws.close()


def test_an_imported_entity_names_its_import_without_a_copy_of_its_row(imported, seed_path):
    [entry] = imported.history("claim", "nis-killed")
    assert (entry.action, entry.who, entry.import_file) == ("insert", "tester",
                                                            str(seed_path.resolve()))
    assert entry.new["value"] == 300 and entry.new["source"] == "nis"
    # The audit row holds no copy of the claim; the import's record says when, who, what.
    assert rows(imported.store, "SELECT new FROM audit WHERE entity = 'claim' AND "
                                "entity_id = 'nis-killed'") == [(None,)]
    [(file, who, counts)] = rows(imported.store, "SELECT file, who, counts FROM import_record")
    assert (file, who) == (str(seed_path.resolve()), "tester")
    claims = len(read_package(seed_path).claims)
    assert json.loads(counts)["claims"] == {"added": claims, "updated": 0, "unchanged": 0}


def test_history_keeps_the_imported_value_after_an_edit(imported):
    imported.put(imported.get("claim", "nis-killed").changed(value=350))
    first, edit = imported.history("claim", "nis-killed")
    assert first.import_file is not None and first.new["value"] == 300
    assert (edit.action, edit.field, edit.old, edit.new, edit.import_file) == (
        "update", "value", 300.0, 350.0, None)


def test_a_bundle_carries_an_imported_entity_as_imported_after_it_changed(imported, tmp_path):
    copy = tmp_path / "field.briefing"
    imported.store.checkpoint()
    shutil.copy(imported.store.path, copy)
    imported.put(imported.get("claim", "nis-killed").changed(value=350))
    imported.delete("claim", "zelenskyy-3800")
    export_bundle(imported, tmp_path / "hq.bundle")
    ops = {(o.action, o.entity_id): o for o in read_bundle(tmp_path / "hq.bundle").operations
           if o.entity == "claim" and o.entity_id in ("nis-killed", "zelenskyy-3800")}
    assert ops[("insert", "nis-killed")].value["value"] == 300
    assert ops[("set", "nis-killed")].value == 350
    assert ops[("insert", "zelenskyy-3800")].value["value"] == 3800
    assert ops[("delete", "zelenskyy-3800")].old["value"] == 3800
    field = Workspace.open(copy)
    try:
        import_bundle(field, tmp_path / "hq.bundle")
        assert field.get("claim", "nis-killed").value == 350
        export_data(field, tmp_path / "field.json")
        export_data(imported, tmp_path / "hq.json")
        assert (tmp_path / "field.json").read_text() == (tmp_path / "hq.json").read_text()
    finally:
        field.close()


def test_a_reimport_of_deleted_entities_replaces_their_deletion(imported, seed_path, tmp_path):
    """An entity this briefing knew and deleted comes back through an import as a write that
    replaces the deletion: a copy that still has the deletion takes the return."""
    imported.delete("claim", "zelenskyy-3800")
    import_file(imported, seed_path)
    assert imported.get("claim", "zelenskyy-3800").value == 3800
    [again] = [o for o in imported.store.entity_operations("claim", "zelenskyy-3800")
               if o.action == "insert" and o.prev]
    assert again.value["value"] == 3800
    assert [e.action for e in imported.history("claim", "zelenskyy-3800")] == [
        "insert", "delete", "insert"]


def test_an_import_that_changes_nothing_leaves_no_record(imported, seed_path):
    import_file(imported, seed_path)
    assert rows(imported.store, "SELECT count(*) FROM import_record") == [(1,)]


def _index_sql(ws: Workspace) -> dict:
    from briefing.store.schema import schema_objects
    return {key: sql for key, sql in schema_objects(ws.store.conn).items() if key[0] == "index"}


def test_an_import_into_an_empty_briefing_leaves_every_index_of_the_schema(tmp_path,
                                                                          generated):
    """An index on an expression (the ledger's order) is built once after an import into an
    empty table instead of row by row: the file ends with exactly the program's indexes,
    and an import that fails rolls the drop back with its rows."""
    from briefing.store.schema import expected_schema, latest_version

    program = {key: sql for key, sql in expected_schema(latest_version()).items()
               if key[0] == "index"}
    assert ("index", "claim_ledger_order") in program
    data = json.loads(generated.read_text(encoding="utf-8"))
    data["claims"][-1]["metric"] = "morale"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    ws = Workspace.open(tmp_path / "new.briefing")
    try:
        with pytest.raises(InterchangeError):
            import_file(ws, bad)
        assert ws.is_empty() and _index_sql(ws) == program
        import_file(ws, generated)
        assert _index_sql(ws) == program
        first = ws.claim_columns(first=5)["id"]
    finally:
        ws.close()
    reopened = Workspace.open(tmp_path / "new.briefing")  # its schema checked as it opens
    try:
        assert list(reopened.claim_columns(first=5)["id"]) == list(first)
    finally:
        reopened.close()


def test_a_new_briefing_built_by_an_import_is_a_whole_wal_file(tmp_path, generated):
    """A briefing built by an import is filled with its journal in memory (nobody can see it
    yet) and published in WAL, its log empty: the file alone is the whole briefing. A
    failed import publishes nothing."""
    import sqlite3

    from briefing.workspace.transfer import import_into_new

    data = json.loads(generated.read_text(encoding="utf-8"))
    data["claims"][-1]["metric"] = "morale"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InterchangeError):
        import_into_new(tmp_path / "failed.briefing", bad)
    assert list(tmp_path.glob("failed*")) == []

    path = tmp_path / "new.briefing"
    import_into_new(path, generated)
    assert [p.name for p in tmp_path.glob("new*")] == ["new.briefing"]
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM claim").fetchone()[0] == len(data["claims"])
    finally:
        conn.close()
