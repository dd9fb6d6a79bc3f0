"""The `.briefing` file (reference.md §1): identity, constraints, audit, refusals, migrations."""
import json
import os
import sqlite3
from pathlib import Path

import pytest

import briefing.store.schema as schema
from briefing.domain import Briefing, Claim, Event, Source
from briefing.store import (APPLICATION_ID, BriefingFileError, SqliteStore, StaleEditError,
                            Store, latest_version)
from sql_support import BAD_CLAIMS, CLAIM_SQL, case_id, claim_values, rows


@pytest.fixture
def store(tmp_path):
    s = SqliteStore(tmp_path / "t.briefing")
    yield s
    s.close()


def nis() -> Source:
    return Source(id="nis", name="National Intelligence Service", kind="intelligence",
                  country="KR", reliability="B")


def killed(**overrides) -> Claim:
    values = dict(id="c1", source="nis", subject="DPRK contingent", metric="killed",
                  as_of="2025-01-13", credibility=2, quote="300 killed", value=300)
    values.update(overrides)
    return Claim(**values)


def audit_rows(s: Store) -> list[tuple]:
    return rows(s, "SELECT who, action, entity, entity_id, field, old, new FROM audit ORDER BY id")


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def make_briefing(path: Path) -> Path:
    s = SqliteStore(path)
    s.put(nis())
    s.put(killed())
    s.close()
    return path


# ---- a new file -----------------------------------------------------------------------

def test_new_file_identity_and_settings(store):
    pragma = lambda name: store.conn.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("application_id") == APPLICATION_ID
    assert pragma("user_version") == latest_version()
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert store.schema_version() == latest_version()


def test_identity_survives_closing(tmp_path):
    path = make_briefing(tmp_path / "t.briefing")
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_foreign_keys_are_enforced_through_raw_sql(store):
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(
            "INSERT INTO claim(id, seq, source, subject, metric, value, as_of, date_precision,"
            " credibility, quote, include_in_projection) VALUES ('c9', 1, 'nobody', 's', "
            "'killed', 1, '2025-01-01', 'day', 2, 'q', 1)")


# ---- CHECK constraints ----------------------------------------------------------------

@pytest.mark.parametrize("bad", BAD_CLAIMS, ids=case_id)
def test_claim_checks_refuse_raw_sql(store, bad):
    # Dates are not in this list: SQLite's date() passes '2025-02-30' and NULL-compares
    # garbage, so only the domain (and `briefing check`) catches impossible dates.
    store.put(nis())
    store.conn.execute(CLAIM_SQL, claim_values())          # the good row is accepted
    store.conn.execute("DELETE FROM claim")
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(CLAIM_SQL, claim_values(**bad))


@pytest.mark.parametrize("sql", [
    "INSERT INTO source(id, seq, name, kind, reliability) VALUES ('s', 1, 'n', 'blog', 'B')",
    "INSERT INTO source(id, seq, name, kind, reliability) VALUES ('s', 1, 'n', 'media', 'G')",
    "INSERT INTO event(id, seq, date, date_precision, title, category) "
    "VALUES ('e', 1, '2025-01-01', 'day', 't', 'battle')",
    "INSERT INTO event(id, seq, date, end_date, date_precision, title, category) "
    "VALUES ('e', 1, '2025-01-10', '2025-01-05', 'day', 't', 'combat')",
    "INSERT INTO scenario(id, seq, name, kind, params) VALUES ('x', 1, 'n', 'cubic', '{}')",
    "INSERT INTO scenario(id, seq, name, kind, params) VALUES ('x', 1, 'n', 'linear', '{bad')",
    "INSERT INTO audit(at, who, action, entity, entity_id) VALUES ('t', 'w', 'burn', 'claim', 'c')",
    "INSERT INTO briefing(singleton, title, classification) VALUES (1, 't', '  ')",
])
def test_other_checks_refuse_raw_sql(store, sql):
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(sql)


# ---- audit ------------------------------------------------------------------------------

def test_insert_is_audited(store):
    store.put(nis())
    [(who, action, entity, entity_id, field, old, new)] = audit_rows(store)
    assert (who, action, entity, entity_id, field, old) == ("tester", "insert", "source", "nis",
                                                            None, None)
    assert json.loads(new) == nis().as_dict()


def test_update_is_audited_field_by_field(store):
    store.put(nis())
    store.put(nis().changed(reliability="A", country=None))
    rows = audit_rows(store)[1:]
    assert sorted(rows) == [
        ("tester", "update", "source", "nis", "country", json.dumps("KR"), None),
        ("tester", "update", "source", "nis", "reliability", json.dumps("B"), json.dumps("A")),
    ]
    history = store.history("source", "nis")
    assert [h.action for h in history] == ["insert", "update", "update"]
    assert all(h.who == "tester" and h.at for h in history)


def test_unchanged_put_writes_nothing(store):
    store.put(nis())
    assert store.put(nis()) is False
    assert len(audit_rows(store)) == 1
    assert store.revision("source", "nis") == 1


def test_delete_is_audited_with_the_old_row(store):
    store.put(nis())
    store.put(killed())
    store.delete("claim", "c1")
    who, action, entity, entity_id, field, old, new = audit_rows(store)[-1]
    assert (who, action, entity, entity_id, field, new) == ("tester", "delete", "claim", "c1",
                                                            None, None)
    assert json.loads(old)["value"] == 300
    assert store.ids("claim") == []


def test_event_links_are_audited_as_one_field(store):
    store.put(nis())
    store.put(killed())
    store.put(Event(id="e1", date="2025-01-13", title="NIS figures", claims=("c1",),
                    sources=("nis",)))
    store.put(store.get("event", "e1").changed(claims=()))
    last = audit_rows(store)[-1]
    assert last[1:5] == ("update", "event", "e1", "claims")
    assert json.loads(last[5]) == ["c1"] and json.loads(last[6]) == []
    assert store.get("event", "e1").claims == ()


def test_briefing_header_change_is_audited(store):
    store.set_briefing(Briefing(title="Kursk", classification="SECRET"))
    rows = audit_rows(store)
    assert {r[4] for r in rows} == {"title", "classification"}
    assert all(r[0] == "tester" and r[2] == "briefing" for r in rows)


def test_who_is_the_configured_user(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_USER", "analyst-7")
    s = SqliteStore(tmp_path / "u.briefing")
    try:
        s.put(nis())
        assert audit_rows(s)[0][0] == "analyst-7"
    finally:
        s.close()


# ---- transactions ---------------------------------------------------------------------

def test_failing_transaction_leaves_nothing(store):
    with pytest.raises(RuntimeError, match="boom"):
        with store.transaction():
            store.put(nis())
            store.put(killed())
            assert store.ids("claim") == ["c1"]
            raise RuntimeError("boom")
    assert store.ids("source") == [] and store.ids("claim") == []
    assert audit_rows(store) == []


def test_failing_transaction_after_updates_keeps_old_values(store):
    store.put(nis())
    before = audit_rows(store)
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.put(nis().changed(reliability="E"))
            raise RuntimeError("boom")
    assert store.get("source", "nis").reliability == "B"
    assert store.revision("source", "nis") == 1
    assert audit_rows(store) == before


def test_stale_edit_is_refused(store):
    store.put(nis())
    rev = store.revision("source", "nis")
    store.put(nis().changed(reliability="A"), expected_rev=rev)
    assert store.revision("source", "nis") == rev + 1
    with pytest.raises(StaleEditError, match="nis"):
        store.put(nis().changed(reliability="E"), expected_rev=rev)
    assert store.get("source", "nis").reliability == "A"
    assert len(store.history("source", "nis")) == 2


def test_data_version_changes_after_another_connections_commit(tmp_path):
    path = tmp_path / "shared.briefing"
    first, second = SqliteStore(path), SqliteStore(path)
    try:
        seen = first.data_version()
        assert first.data_version() == seen
        second.put(nis())
        assert first.data_version() != seen
        assert first.ids("source") == ["nis"]
    finally:
        first.close()
        second.close()


# ---- refusals leave the file untouched -------------------------------------------------

def test_newer_schema_is_refused_and_untouched(tmp_path):
    path = make_briefing(tmp_path / "future.briefing")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    assert not Path(f"{path}-wal").exists()
    before = snapshot(path)
    with pytest.raises(BriefingFileError) as info:
        SqliteStore(path)
    message = str(info.value)
    assert "newer" in message and str(path) in message and "99" in message
    assert "\n" not in message
    assert snapshot(path) == before
    assert not list(tmp_path.glob("*.bak*"))


def _sqlite_of_another_app(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('soup')")
    conn.commit()
    conn.close()


def _random_bytes(path: Path) -> None:
    data = bytes((i * 7919 + 13) % 256 for i in range(8192))
    assert not data.startswith(b"SQLite")
    path.write_bytes(data)


def _truncated(path: Path) -> None:
    whole = make_briefing(path.with_name("whole.briefing")).read_bytes()
    path.write_bytes(whole[:len(whole) // 2])


def _zeroed_header(path: Path) -> None:
    whole = make_briefing(path.with_name("whole.briefing")).read_bytes()
    path.write_bytes(b"\0" * 100 + whole[100:])


def _text_file(path: Path) -> None:
    path.write_text("title,metric\nKursk,killed\n", encoding="utf-8")


@pytest.mark.parametrize("make, words", [
    (_sqlite_of_another_app, "another application"),
    (_random_bytes, "not a briefing file"),
    (_truncated, "not a usable briefing file"),
    (_zeroed_header, "not a briefing file"),
    (_text_file, "not a briefing file"),
], ids=["other-sqlite", "random-bytes", "truncated", "zeroed-header", "text"])
def test_foreign_or_damaged_files_are_refused_and_untouched(tmp_path, make, words):
    path = tmp_path / "bad.briefing"
    make(path)
    before = snapshot(path)
    with pytest.raises(BriefingFileError) as info:
        SqliteStore(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and words in message
    assert "\n" not in message
    assert snapshot(path) == before


def test_missing_file_without_create_is_refused(tmp_path):
    path = tmp_path / "nothing.briefing"
    with pytest.raises(BriefingFileError, match="no such briefing file"):
        SqliteStore(path, create=False)
    assert not path.exists()


def test_missing_folder_is_refused(tmp_path):
    path = tmp_path / "no" / "such" / "x.briefing"
    with pytest.raises(BriefingFileError, match="does not exist"):
        SqliteStore(path)


def test_empty_file_becomes_a_briefing(tmp_path):
    path = tmp_path / "zero.briefing"
    path.write_bytes(b"")
    s = SqliteStore(path)
    try:
        assert s.schema_version() == latest_version()
    finally:
        s.close()


# ---- migrations -------------------------------------------------------------------------

def build_at_version(path: Path, version: int) -> None:
    """A file as a past release would have left it: only the migrations up to `version`."""
    conn = sqlite3.connect(path)
    for v, sql in schema.migrations():
        if v <= version:
            conn.executescript(sql)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


PAST_VERSIONS = [v for v, _ in schema.migrations()][:-1]


@pytest.mark.parametrize("version", PAST_VERSIONS)
def test_every_past_version_migrates_with_a_backup(tmp_path, version):
    path = tmp_path / "old.briefing"
    build_at_version(path, version)
    before = _contents(path)
    s = SqliteStore(path)
    try:
        assert s.schema_version() == latest_version()
    finally:
        s.close()
    backup = tmp_path / f"old.schema{version}.bak.briefing"
    assert _contents(backup) == before
    assert before[0] == version


def _contents(path: Path) -> tuple:
    """What a backup must keep: schema version, application id, every table and row (the
    backup API writes its own header counters, so the bytes differ)."""
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("PRAGMA user_version").fetchone()[0],
                conn.execute("PRAGMA application_id").fetchone()[0], list(conn.iterdump()))
    finally:
        conn.close()


def test_the_migration_list_is_numbered_from_one_and_increasing():
    # Numbers are reserved by the branches that add them, so one may be missing for a while.
    versions = [v for v, _ in schema.migrations()]
    assert versions[0] == 1 and versions == sorted(set(versions))
    assert latest_version() == versions[-1]


def _with_extra(*extra: tuple[int, str]):
    real = schema.migrations()
    return lambda: real + list(extra)


def _columns(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def _dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_a_new_migration_upgrades_an_old_file_with_a_backup(tmp_path, monkeypatch):
    path = make_briefing(tmp_path / "kursk.briefing")
    old_version = latest_version()
    before = _dump(path)
    monkeypatch.setattr(schema, "migrations",
                        _with_extra((old_version + 1, "ALTER TABLE claim ADD COLUMN extra TEXT;")))
    s = SqliteStore(path)
    try:
        assert s.schema_version() == old_version + 1
        assert s.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert s.get("claim", "c1").value == 300
    finally:
        s.close()
    assert "extra" in _columns(path, "claim")
    backup = tmp_path / f"kursk.schema{old_version}.bak.briefing"
    assert _dump(backup) == before  # the same content (copied through SQLite's backup API)
    assert _user_version(backup) == old_version
    assert "extra" not in _columns(backup, "claim")


def test_several_new_migrations_run_in_one_go(tmp_path, monkeypatch):
    path = make_briefing(tmp_path / "kursk.briefing")
    old_version = latest_version()
    monkeypatch.setattr(schema, "migrations", _with_extra(
        (old_version + 1, "ALTER TABLE claim ADD COLUMN extra TEXT;"),
        (old_version + 2, "CREATE TABLE tag (name TEXT PRIMARY KEY);\n"
                          "-- a comment between statements\n"
                          "INSERT INTO tag VALUES ('dprk');")))
    SqliteStore(path).close()
    assert _user_version(path) == old_version + 2
    assert "extra" in _columns(path, "claim") and _columns(path, "tag") == ["name"]
    assert sorted(p.name for p in tmp_path.glob("*.bak.briefing")) == [
        f"kursk.schema{old_version}.bak.briefing"]


def test_a_failing_migration_changes_nothing(tmp_path, monkeypatch):
    path = make_briefing(tmp_path / "kursk.briefing")
    old_version = latest_version()
    monkeypatch.setattr(schema, "migrations", _with_extra(
        (old_version + 1, "ALTER TABLE claim ADD COLUMN extra TEXT;\n"
                          "CREATE TABLE tag (name TEXT);\n"
                          "CREATE TABLE claim (oops TEXT);")))
    with pytest.raises(BriefingFileError) as info:
        SqliteStore(path)
    assert str(path) in str(info.value)
    assert _user_version(path) == old_version
    assert "extra" not in _columns(path, "claim")
    assert _columns(path, "tag") == []
    monkeypatch.undo()
    s = SqliteStore(path)
    try:
        assert s.ids("claim") == ["c1"]
        assert s.integrity_problems() == []
    finally:
        s.close()


def test_opening_a_current_file_writes_no_backup(tmp_path):
    path = make_briefing(tmp_path / "kursk.briefing")
    SqliteStore(path).close()
    assert not list(tmp_path.glob("*.bak*"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write read-only files")
def test_read_only_file_opens_read_only(tmp_path):
    path = make_briefing(tmp_path / "ro.briefing")
    path.chmod(0o444)
    try:
        s = SqliteStore(path)
        try:
            assert s.read_only and s.ids("claim") == ["c1"]
            with pytest.raises(BriefingFileError, match="read-only"):
                s.put(nis().changed(reliability="A"))
        finally:
            s.close()
    finally:
        path.chmod(0o644)


def test_a_schema_1_file_with_claims_migrates_to_version_2_links(tmp_path):
    path = tmp_path / "v1.briefing"
    build_at_version(path, 1)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO source(id, seq, name, kind, reliability) VALUES "
                 "('nis', 1, 'NIS', 'intelligence', 'B')")
    conn.execute("INSERT INTO claim(id, seq, source, subject, metric, value, as_of, "
                 "date_precision, credibility, quote, include_in_projection) VALUES "
                 "('c1', 1, 'nis', 'X', 'killed', 300, '2025-01-13', 'day', 2, 'q', 1)")
    conn.commit()
    conn.close()
    s = SqliteStore(path)
    try:
        claim = s.get("claim", "c1")
        assert (claim.value, claim.derived_from, claim.base_claim) == (300, (), None)
        assert s.schema_version() == latest_version()
    finally:
        s.close()


def test_a_schema_2_file_keeps_its_audit_when_it_migrates_to_version_3(tmp_path):
    """Version 3 rebuilds the audit table (its CHECK admits the structured-analysis kinds):
    every old row is kept, with its id, and the new kinds can be written and audited."""
    from briefing.domain import Hypothesis

    path = tmp_path / "v2.briefing"
    build_at_version(path, 2)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO source(id, seq, name, kind, reliability) VALUES "
                 "('nis', 1, 'NIS', 'intelligence', 'B')")
    conn.execute("INSERT INTO audit(id, at, who, action, entity, entity_id, field, old, new) "
                 "VALUES (7, '2025-01-01T00:00:00+00:00', 'kim', 'insert', 'source', 'nis', "
                 "NULL, NULL, '{}')")
    conn.commit()
    conn.close()
    s = SqliteStore(path)
    try:
        assert s.schema_version() == latest_version()
        assert [(e.who, e.entity_id) for e in s.history("source", "nis")] == [("kim", "nis")]
        assert s.audit_position() == 7
        s.put(Hypothesis("h1", "Holds"))
        assert [e.action for e in s.history("hypothesis", "h1")] == ["insert"]
        assert s.audit_position() == 8
        assert s.integrity_problems() == []
    finally:
        s.close()


def test_a_schema_4_file_keeps_its_audit_and_operations_when_it_migrates_to_version_5(
        tmp_path):
    """Version 5 records imports once: an older file's audit rows and operations (each with
    its copy of the row) keep their values, and point to no import."""
    path = tmp_path / "v4.briefing"
    build_at_version(path, 4)
    row = {"id": "nis", "name": "NIS", "kind": "intelligence", "country": None,
           "reliability": "B"}
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO source(id, seq, name, kind, reliability) VALUES "
                 "('nis', 1, 'NIS', 'intelligence', 'B')")
    conn.execute("INSERT INTO audit(id, at, who, action, entity, entity_id, new) VALUES "
                 "(3, '2025-01-01T00:00:00+00:00', 'kim', 'insert', 'source', 'nis', ?)",
                 (json.dumps(row),))
    conn.execute("INSERT INTO operation(origin, seq, at, who, action, entity, entity_id, value, "
                 "prev, pos) VALUES ('o1', 1, '2025-01-01T00:00:00+00:00', 'kim', 'insert', "
                 "'source', 'nis', ?, '[]', 1)", (json.dumps(row),))
    conn.commit()
    conn.close()
    s = SqliteStore(path)
    try:
        assert s.schema_version() == latest_version() >= 5
        [entry] = s.history("source", "nis")
        assert (entry.who, entry.new, entry.import_id, entry.import_file) == ("kim", row, None,
                                                                              None)
        [op] = s.entity_operations("source", "nis")
        assert op.value == row
        s.put(nis().changed(reliability="A"))
        assert [o.value for o in s.entity_operations("source", "nis")
                if o.action == "insert"] == [row]
        assert s.integrity_problems() == []
    finally:
        s.close()
