"""Hypothesis strategies and targets for the hostile shapes of issue 18, beside the general
ones of fuzz_support.py: markup, control sequences, formulas, invisible names and lone
surrogates in free text; numbers and dates past what a view can draw; JSON nested, with
duplicate keys or bool versions; CSV cells with odd digits or formulas; articles of runaway
numbers and thousands of figures; files with foreign triggers and views.

Each target returns "accepted" / "refused" (or "proposed" / "nothing found"); any other
exception escapes and is the finding. Used by tests/hardening/test_fuzz.py (a fast subset)
and tests/bench/bench_fuzz.py (the counted run).
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import strategies as st

import fuzz_support as fz
from briefing.domain import Claim
from briefing.interchange import InterchangeError, read_claims_csv, read_package
from briefing.interchange.claims_csv import COLUMNS, write_claims_csv
from briefing.store import BriefingFileError

_FOLDER = Path(tempfile.mkdtemp(prefix="briefing-fuzz-hostile-"))
SEED_TEXT = json.dumps(fz.SEED_PACKAGE, ensure_ascii=False, indent=1)

# ---- values ---------------------------------------------------------------------------------

MARKUP = ['<img src="file:///dev/zero">', '<img src="file:///etc/hostname">',
          "<a href='file:///etc'>x</a>", "<b>bold</b>", "&amp;" * 50, "<qt>", "<!--"]
CONTROLS = ["\x1b]52;c;cm0gLXJmIH4=\x07", "\x1b[2J\x1b[H", "\r\x1b[K", "\x9b31m", "\x07",
            "\x1bP1$qm\x1b\\"]
FORMULAS = ["=HYPERLINK(\"http://x\",\"y\")", "=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3",
            "@SUM(A1)", "\t=1", "\r=1", "'=x", "''x", "'Tis"]
INVISIBLE = ["\u200b", "\u2060\ufeff", " \u200d ", "\u3164", "\u202e\u200f", "\u0301",
             "\u2800", "\u115f"]
SURROGATES = ["\ud800", "x\udfffy", "\udc80"]

visible_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1,
                       max_size=12).filter(lambda t: t.strip() and t.isprintable())
hostile_text = st.one_of(
    st.sampled_from(MARKUP + CONTROLS + FORMULAS + INVISIBLE),
    st.tuples(st.sampled_from(MARKUP + CONTROLS + FORMULAS), visible_text).map("".join),
    st.tuples(visible_text, st.sampled_from(CONTROLS + INVISIBLE)).map("".join))
with_surrogates = st.one_of(hostile_text, st.sampled_from(SURROGATES))
hostile_numbers = st.sampled_from([1e12, 1e12 + 1, 1.7e308, 10 ** 400, 1e-320, -0.0, True,
                                   False, 2 ** 63, 0.5, 5, 1e11])
hostile_dates = st.sampled_from(["0001-01-01", "1899-12-31", "1900-01-01", "2200-12-31",
                                 "2201-01-01", "9999-12-30", "9999-12-31"])
hostile_values = st.one_of(with_surrogates, hostile_numbers, hostile_dates,
                           st.just([[[[[[[[[[[[[[[[[[[["deep"]]]]]]]]]]]]]]]]]]]]))

# ---- JSON -----------------------------------------------------------------------------------

hostile_packages = st.lists(
    st.tuples(st.lists(st.integers(0, 50), min_size=1, max_size=4),
              st.just("replace"), hostile_values),
    min_size=1, max_size=3).map(lambda edits: fz._mutate(fz.SEED_PACKAGE, edits))


def _inject(text: str, kind: str, where: int, depth: int) -> str:
    """Seed JSON text with one raw-text injury no JSON value can express."""
    lines = text.splitlines()
    spots = [i for i, line in enumerate(lines) if line.strip().startswith('"')
             and ":" in line]
    i = spots[where % len(spots)]
    line = lines[i]
    key, _, rest = line.partition(":")
    if kind == "duplicate key":
        lines[i] = f"{line.rstrip(',')}, {key}: 1{',' if line.endswith(',') else ''}"
    elif kind == "lone surrogate":
        lines[i] = f'{key}: "\\ud800"{"," if line.endswith(",") else ""}'
    elif kind == "nested":
        value = rest.strip().rstrip(",")
        lines[i] = f"{key}: {'[' * depth}{value}{']' * depth}{',' if line.endswith(',') else ''}"
    elif kind == "bool version":
        return text.replace('"version": 1', '"version": true', 1)
    return "\n".join(lines)


hostile_json_texts = st.builds(_inject, st.just(SEED_TEXT),
                               st.sampled_from(["duplicate key", "lone surrogate", "nested",
                                                "bool version"]),
                               st.integers(0, 400), st.sampled_from([2, 20, 900, 5000]))


def read_package_text(text: str) -> str:
    """read_package refuses it in lines that name the file (or the package imports whole)."""
    path = _FOLDER / "package.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        package = read_package(path)
    except InterchangeError as exc:
        assert exc.problems and all(line.startswith(str(path)) for line in exc.lines())
        str(exc).encode("utf-8")          # printable: no lone surrogate in a message
        return "refused"
    assert package.problems() == []
    return fz.import_package_value(json.loads(text))   # and it imports whole


# ---- CSV ------------------------------------------------------------------------------------

ODD_CELLS = ["²", "٣", "9" * 5000, "1,2,3", "12,00", "1e999", "nan", "-5", "1,000,000",
             "٣٠٠", "\u200b", "'", "''"] + FORMULAS


def _csv_with(edits: list[tuple[int, int, str]], repeat_header: bool) -> str:
    rows = [list(r) for r in fz._SEED_CSV]
    for r, c, cell in edits:
        rows[1 + r % (len(rows) - 1)][c % len(COLUMNS)] = cell
    if repeat_header:
        rows[0].append(rows[0][5])
        for row in rows[1:]:
            row.append("1")
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


hostile_csv = st.builds(_csv_with, st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50),
                                                      st.one_of(st.sampled_from(ODD_CELLS),
                                                                hostile_text)),
                                            min_size=1, max_size=3), st.booleans())


def csv_round_trip(texts: list[str]) -> str:
    """Claims whose quote, note and subject are hostile text survive export -> import
    exactly, and no exported cell starts like a spreadsheet formula."""
    seed = fz.SEED_PACKAGE["claims"][0]
    base = Claim(**{k: v for k, v in seed.items()
                    if k in Claim.__dataclass_fields__ and v is not None}).changed(
        source="nis", document=None)
    # (cells other than the quote are read stripped, as before: only the quote keeps its
    # outer spaces, so the note carries the stripped text)
    claims = [base.changed(id=f"c{i}", quote=t, note=t.strip() or None,
                           subject=t.strip() or "s") for i, t in enumerate(texts)]
    if any(c.problems() for c in claims):
        return "refused"
    path = _FOLDER / "round.csv"
    write_claims_csv(claims, path)
    with open(path, encoding="utf-8", newline="") as fh:
        cells = [cell for row in csv.reader(fh) for cell in row]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
    back = read_claims_csv(path, fz._SOURCES, set(), set())
    assert [(c.quote, c.note) for c in back.claims] == [(c.quote, c.note) for c in claims]
    return "accepted"


# ---- articles -------------------------------------------------------------------------------

RUNAWAY = ["9" * 309, "hundred " * 155, "thousand " * 60, "1 " * 1000, "January 2025 " * 100,
           "300 killed on 12 December, " * 60, "North Korean troops and 300 " * 60,
           "9" * 5000, "1e999"]


def _article(words: list[str], extra: list[tuple[int, str]]) -> str:
    for at, piece in extra:
        words.insert(at % (len(words) + 1), piece)
    return " ".join(words)


# ordinary article words with at most two runaway or hostile pieces among them
hostile_articles = st.builds(
    _article, st.lists(st.sampled_from(fz._ARTICLE_WORDS), max_size=30),
    st.lists(st.tuples(st.integers(0, 30), st.sampled_from(RUNAWAY + CONTROLS + MARKUP)),
             min_size=1, max_size=2))
article_bytes = st.one_of(st.binary(max_size=400), hostile_articles.map(
    lambda t: t.encode("utf-8")), st.binary(max_size=64).map(lambda b: b"\x00" + b))


def read_article_bytes(data: bytes) -> str:
    from briefing.intake import extract, read_article

    path = _FOLDER / "article.txt"
    path.write_bytes(data)
    try:
        _, text = read_article(path)
    except ValueError:
        return "refused"
    return "proposed" if extract(text) else "nothing found"


# ---- foreign schema objects -----------------------------------------------------------------

FOREIGN_SQL = [
    "CREATE TRIGGER t{n} AFTER INSERT ON claim BEGIN DELETE FROM audit; END",
    "CREATE TRIGGER t{n} BEFORE UPDATE ON claim BEGIN SELECT 1; END",
    "CREATE VIEW v{n} AS SELECT * FROM claim",
    "CREATE INDEX i{n} ON claim(note)",
    "DROP INDEX claim_source",
    "ALTER TABLE source ADD COLUMN c{n} TEXT",
    "CREATE TABLE x{n} (a)",
    "DROP TABLE event_source; CREATE VIEW event_source AS SELECT 'e' AS event, "
    "'s' AS source, 1 AS pos",
]
foreign_statements = st.lists(st.sampled_from(FOREIGN_SQL), min_size=1, max_size=3)


def open_with_foreign_schema(statements: list[str]) -> str:
    """Any object Briefing's migrations did not make is refused on open, in one line."""
    from briefing.workspace import Workspace, create_from_seed

    if not hasattr(open_with_foreign_schema, "seed"):
        made = _FOLDER / "seed.briefing"
        create_from_seed(made)
        open_with_foreign_schema.seed = made.read_bytes()
    path = _FOLDER / "foreign.briefing"
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    path.write_bytes(open_with_foreign_schema.seed)
    conn = sqlite3.connect(path)
    try:
        for n, sql in enumerate(statements):
            try:
                conn.executescript(sql.format(n=n))
            except sqlite3.Error:
                pass              # e.g. the index was already dropped
    finally:
        conn.close()
    try:
        Workspace.open(path).close()
    except BriefingFileError as exc:
        assert str(exc).startswith(f"{path}: refused: not Briefing's own schema (")
        assert "\n" not in str(exc)
        return "refused"
    raise AssertionError(f"opened a file with foreign schema objects: {statements}")
