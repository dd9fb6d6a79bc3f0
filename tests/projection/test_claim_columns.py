"""The analysis reads the claims as columns (`Workspace.claim_table`, one SELECT) and makes a
Claim only for a row someone asks about; `briefing project` reads only the claims its
scenarios can see."""
import numpy as np
import pytest

from analysis_snapshot import open_briefing
from briefing.domain import Claim, Source
from briefing.projection import Evidence
from briefing.workspace import Workspace


@pytest.mark.parametrize("name", ["seed", "generated"])
def test_a_claim_made_from_the_columns_is_the_stored_claim(name, tmp_path):
    ws = open_briefing(name, tmp_path)
    try:
        table = ws.claim_table()
        stored = ws.claims()
        assert list(table.ids) == [c.id for c in stored]
        assert [table.claim(k) for k in range(len(table))] == stored
        assert any(c.fraction for c in stored) and any(c.qualifier for c in stored)
        at_once = ws.claim_table()    # made column by column, as a casualty series does
        at_once.make_claims(np.arange(len(at_once))[::-1])
        assert [at_once.claim(k) for k in range(len(at_once))] == stored
        assert [tuple(map(type, vars(c).values())) for c in map(at_once.claim, range(3))] == \
            [tuple(map(type, vars(c).values())) for c in stored[:3]]
    finally:
        ws.close()


def _claim(cid, subject, **fields):
    values = dict(id=cid, source="s", subject=subject, metric="strength", as_of="2024-05-01",
                  credibility=2, quote="q", value=1000.0)
    values.update(fields)
    return Claim(**values)


def test_a_subjects_read_has_their_claims_the_named_ones_and_their_bases(tmp_path):
    ws = Workspace.open(tmp_path / "b.briefing", watch=False)
    try:
        ws.put(Source(id="s", name="S", reliability="B"))
        for c in (_claim("a1", "A"), _claim("b1", "B"), _claim("b2", "B"),
                  _claim("c1", "C", derived_from=("a1",), note="a note", qualifier="about",
                         include_in_projection=False, low=900.0, high=1100.0),
                  _claim("d1", "D", date_precision="month", document=None),
                  _claim("a2", "A", value=None, fraction=0.5, fraction_of="strength",
                         base_claim="b2")):
            ws.put(c)
        assert list(ws.claim_table(["A"]).ids) == ["a1", "b2", "a2"]
        assert list(ws.claim_table(["A"], ["c1"]).ids) == ["a1", "b2", "c1", "a2"]
        assert list(ws.claim_table([], ["d1"]).ids) == ["d1"]
        assert list(ws.claim_table([], []).ids) == []
        table = ws.claim_table()
        assert list(table.ids) == ["a1", "b1", "b2", "c1", "d1", "a2"]
        assert [table.claim(k) for k in range(len(table))] == ws.claims()
        # The fraction is read with its base of another subject, as over every claim.
        some = Evidence(ws.claim_table(["A"]), ws.sources())
        assert some.readings["a2"] == Evidence(ws.claims(), ws.sources()).readings["a2"]
        assert some.bases["a2"].claim_id == "b2" and "a2" not in some.unreadable
    finally:
        ws.close()


def test_claims_are_made_only_when_asked_for(tmp_path):
    ws = open_briefing("generated", tmp_path)
    try:
        from briefing.workspace.analysis import analyse
        a = analyse(ws)
        made = len(a.evidence.table._made)
        assert 0 < made < len(a.evidence.table) / 2
        first = a.conflicts[0]
        assert first.reason and a.evidence.claims[first.first[0]].id == first.first[0]
        with pytest.raises(KeyError):
            a.evidence.claims["no such claim"]
    finally:
        ws.close()


def test_claims_read_out_of_the_tables_order_come_in_the_analysts_order(tmp_path):
    """The store returns rows in the table's order (a server's heap reorders them on every
    update); the table puts them in the analyst's: by seq, then id where seqs tie."""
    ws = Workspace.open(tmp_path / "b.briefing", watch=False)
    try:
        ws.put(Source(id="s", name="S", reliability="B"))
        for c in (_claim("a1", "A"), _claim("b2", "B", qualifier="about"),
                  _claim("b1", "B", metric="killed", date_precision="week"),
                  _claim("c1", "C", value=None, fraction=0.5, fraction_of="strength")):
            ws.put(c)
        for cid, seq in (("a1", 9), ("b2", 4), ("b1", 4), ("c1", 1)):
            ws.store.conn.execute("UPDATE claim SET seq = ? WHERE id = ?", (seq, cid))
        ws.store.conn.commit()
        table = ws.claim_table()
        assert list(table.ids) == ["c1", "b1", "b2", "a1"] == [c.id for c in ws.claims()]
        assert [table.claim(k) for k in range(len(table))] == ws.claims()
        # Codes number the distinct values in the analyst's order, as for rows read in it.
        assert (table.metrics, table.subjects, table.qualifiers) == (
            ["strength", "killed"], ["C", "B", "A"], [None, "about"])
        assert list(table.metric) == [0, 1, 0, 0] and list(table.qualifier) == [0, 0, 1, 0]
    finally:
        ws.close()


def test_a_claim_written_past_the_schemas_checks_is_read_as_it_is(tmp_path):
    """The analysis reads the few-valued fields as codes of the schema's vocabularies; a
    value another program wrote past the CHECKs has none, and the claims are then read as
    they are (as before the codes: `briefing project` still projects such a file)."""
    import sqlite3

    from briefing.workspace import create_from_seed
    db = tmp_path / "odd.briefing"
    create_from_seed(db)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE claim SET metric = 'morale', qualifier = 'roughly' "
                 "WHERE id = 'nis-killed'")
    conn.execute("UPDATE claim SET credibility = 9 WHERE id = 'officials-third'")
    conn.commit()
    conn.close()
    ws = Workspace.open(db, watch=False)
    try:
        table = ws.claim_table()
        assert "morale" in table.metrics and "roughly" in table.qualifiers
        assert table.claim(table.index["officials-third"]).credibility == 9
        assert [table.claim(k) for k in range(len(table))] == ws.claims()
    finally:
        ws.close()


def _strings_read(ws):
    """The file's read as group_concat strings (None: it gave up for the rows' read)."""
    from briefing.store.claim_read import _PACK, PLAIN
    from briefing.store.claim_strings import read_claim_strings
    with ws.store.snapshot():
        return read_claim_strings(ws.store._execute, _PACK, PLAIN, "", ())


def test_a_file_read_as_strings_keeps_every_number_and_text_as_stored(tmp_path):
    """SQLite writes a REAL as text with 15 digits; the strings read carries whole numbers
    and fractions as integers and reads any other number again as the REAL it is."""
    from briefing.domain import Document
    ws = Workspace.open(tmp_path / "b.briefing", watch=False)
    try:
        ws.put(Source(id="s", name="S", reliability="B"))
        ws.put(Document(id="d1", title="Report"))
        for c in (_claim("a1", "A", value=1234.5678901234567, note=""),
                  _claim("a2", "A", value=1e12, quote="Сводка: «около 300» 🙂\nвторая строка"),
                  _claim("a3", "A", value=None, low=0.1, high=2.5, document="d1", note="n\x1d"),
                  _claim("b1", "B", value=None, fraction=1 / 3, fraction_of="strength",
                         base_claim="a1", derived_from=("a1", "a2")),
                  _claim("b2", "B", value=0.0, quote="q\x1d"),
                  _claim("b3", "B", value=None, fraction=1e-5, fraction_of="killed")):
            ws.put(c)
        assert _strings_read(ws) is not None
        table = ws.claim_table()
        assert [table.claim(k) for k in range(len(table))] == ws.claims()
        assert table.value[0] == 1234.5678901234567 and table.fraction[3] == 1 / 3
        assert [table.claim(k).note for k in range(3)] == ["", None, "n\x1d"]
    finally:
        ws.close()


@pytest.mark.parametrize("sql", [
    "UPDATE claim SET subject = 'A' || char(31) || 'B' WHERE id = 'a1'",  # the separator
    "UPDATE claim SET value = -1 WHERE id = 'a1'",             # a number that reads as NULL
    "UPDATE claim SET seq = 1.5 WHERE id = 'a1'",              # a seq that is not whole
    "UPDATE claim SET base_claim = char(30) WHERE id = 'a1'",  # a text that reads as NULL
])
def test_what_the_strings_cannot_carry_is_read_row_by_row(sql, tmp_path):
    ws = Workspace.open(tmp_path / "b.briefing", watch=False)
    try:
        ws.put(Source(id="s", name="S", reliability="B"))
        for c in (_claim("a1", "A"), _claim("a2", "A", note="x")):
            ws.put(c)
        assert _strings_read(ws) is not None
        ws.store.conn.execute("PRAGMA ignore_check_constraints = ON")
        ws.store.conn.execute("PRAGMA foreign_keys = OFF")
        ws.store.conn.execute(sql)
        assert _strings_read(ws) is None
        table = ws.claim_table()
        assert [table.claim(k) for k in range(len(table))] == ws.claims()
    finally:
        ws.close()


def test_an_analysis_reads_a_claims_quote_only_for_the_claim_it_makes(tmp_path):
    """The columns leave out the quotes, documents and notes (the analysis never computes
    with them); a Claim made later reads its own, through the workspace the analysis was
    told to read from when the one it was made on has closed (the window's worker)."""
    from briefing.workspace.analysis import analyse
    ws = open_briefing("seed", tmp_path)
    try:
        reader = Workspace.reader(ws.location)
        a = analyse(reader)
        reader.close()
        a.read_texts_from(ws)
        stored = ws.claims()
        assert [a.evidence.claims[c.id] for c in stored] == stored
        assert any(c.note for c in stored) and any(c.document for c in stored)
    finally:
        ws.close()
