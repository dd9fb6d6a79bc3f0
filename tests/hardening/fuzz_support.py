"""Hypothesis strategies and targets for fuzzing the importers and the article extractor.

Each target takes one generated input and returns "accepted" or "refused" (an
InterchangeError, the importers' one documented failure); any other exception escapes and
is the bug. Shared by tests/hardening/test_fuzz.py (a fast subset) and
tests/bench/bench_fuzz.py (10,000+ cases with counts and timings).

The strategies mix plain noise (arbitrary JSON, bytes, text) with near-valid input (a
package whose keys are right and whose values are wrong in every way; a CSV with the real
header; article sentences built from force, number, date and attribution words), so the
deep code paths run too, not only the first check.
"""
from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

from hypothesis import strategies as st

from briefing.domain import Source
from briefing.domain.fuzzy_dates import FIRST_YEAR, LAST_YEAR
from briefing.domain.vocabulary import (EVENT_CATEGORIES, METRICS, PRECISIONS, QUALIFIERS,
                                        RELIABILITY, SOURCE_KINDS)
from briefing.interchange import InterchangeError, parse_package, read_claims_csv, read_package
from briefing.interchange.package_json import SHAPES
from briefing.intake import extract

_FOLDER = Path(tempfile.mkdtemp(prefix="briefing-fuzz-"))

# ---- values ---------------------------------------------------------------------------------

_dates = st.dates(min_value=dt.date(1, 1, 1)).map(dt.date.isoformat)
_odd_dates = st.sampled_from(["2025-02-30", "2025-13-01", "0000-00-00", "2025-1-1",
                              "25-01-01", "2025-01-01T00:00", "", " ", "yesterday"])
_words = st.sampled_from([*METRICS, *QUALIFIERS, *PRECISIONS, *EVENT_CATEGORIES,
                          *SOURCE_KINDS, *RELIABILITY, "nis", "isw", "c1", "d1", "e1", "s1",
                          "linear", "fitted", "UNCLASSIFIED", "strength", ""])
_numbers = st.one_of(st.integers(-10, 10**6), st.integers(), st.floats(),
                     st.sampled_from([0, 1, 0.5, 1e308, -0.0, 10**30]))
scalars = st.one_of(st.none(), st.booleans(), _numbers, st.text(max_size=20), _words,
                    _dates, _odd_dates)

json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30)),
    lambda inner: st.one_of(st.lists(inner, max_size=5),
                            st.dictionaries(st.text(max_size=10), inner, max_size=5)),
    max_leaves=25)

_nested = st.one_of(scalars, st.lists(scalars, max_size=3),
                    st.lists(st.fixed_dictionaries({"date": scalars, "count": scalars}),
                             max_size=2),
                    st.dictionaries(st.text(max_size=5), scalars, max_size=2))


def _item(shape: str):
    keys, _ = SHAPES[shape]
    extra = st.dictionaries(st.sampled_from(["bogus", "Id", "value "]), scalars, max_size=1)
    return st.builds(lambda base, more: {**base, **more},
                     st.fixed_dictionaries({}, optional={k: _nested for k in keys}), extra)


packages = st.fixed_dictionaries(
    {"format": st.one_of(st.just("briefing-package"), scalars),
     "version": st.one_of(st.just(1), scalars)},
    optional={"briefing": st.one_of(_item("briefing"), scalars),
              **{name: st.one_of(st.lists(_item(name), max_size=4), scalars)
                 for name in ("sources", "documents", "claims", "events", "scenarios")},
              "extra": scalars})

# A real package (the seed) with a few values replaced, keys dropped or added, items
# duplicated: most of these reach the domain rules and the reference checks.
SEED_PACKAGE = json.loads((Path(__file__).resolve().parents[2] / "resources" / "seed" /
                           "kursk.json").read_text(encoding="utf-8"))
_MUTATIONS = ("replace", "drop", "add", "duplicate", "empty")


def _mutate(package, edits):
    out = json.loads(json.dumps(package))
    for steps, kind, value in edits:
        parent, key = None, None
        node = out
        for step in steps:
            if isinstance(node, dict) and node:
                keys = list(node)
                parent, key = node, keys[step % len(keys)]
            elif isinstance(node, list) and node:
                parent, key = node, step % len(node)
            else:
                break
            node = parent[key]
        if parent is None:
            continue
        if kind == "replace":
            parent[key] = value
        elif kind == "drop":
            del parent[key]
        elif kind == "add" and isinstance(parent, dict):
            parent[str(value)[:8] or "k"] = value
        elif kind == "duplicate" and isinstance(parent, list):
            parent.append(json.loads(json.dumps(parent[key])))
        elif kind == "empty":
            parent[key] = type(node)() if isinstance(node, (list, dict, str)) else None
    return out


_edit = st.tuples(st.lists(st.integers(0, 50), min_size=1, max_size=4),
                  st.sampled_from(_MUTATIONS), _nested)
mutated_packages = st.lists(_edit, min_size=1, max_size=3).map(
    lambda edits: _mutate(SEED_PACKAGE, edits))

# ---- CSV ------------------------------------------------------------------------------------

_CSV_COLUMNS = list(SHAPES["claims"][0]) + ["source_name", "unknown"]
_cells = st.one_of(st.just(""), scalars.map(lambda v: "" if v is None else str(v)),
                   st.text(max_size=15), st.sampled_from(['"', '""', "\n", ",", "\r\n",
                                                          "true", "no", "1,000", "3-4"]))


def _csv_row(width: int):
    return st.lists(_cells, min_size=max(0, width - 1), max_size=width + 1)


def _quote(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"' if any(c in cell for c in ',"\n\r') else cell


def _seed_csv_rows() -> list[list[str]]:
    columns = SHAPES["claims"][0]
    rows = [list(columns)]
    for claim in SEED_PACKAGE["claims"]:
        rows.append(["" if claim[c] is None else str(claim[c]).lower()
                     if isinstance(claim[c], bool) else str(claim[c]) for c in columns])
    for row in rows[1:]:
        row[1] = "nis"          # the fuzz targets know one source, `nis`
        row[2] = ""             # and no documents
    return rows


_SEED_CSV = _seed_csv_rows()


def _mutate_csv(edits) -> str:
    rows = [list(r) for r in _SEED_CSV]
    for r, c, cell in edits:
        row = rows[r % len(rows)]
        if cell == "<drop>":
            del row[c % len(row)]
        else:
            row[c % len(row)] = cell
    return "\r\n".join(",".join(_quote(c) for c in row) for row in rows)


mutated_csv = st.lists(st.tuples(st.integers(0, 100), st.integers(0, 100),
                                 st.one_of(_cells, st.just("<drop>"))),
                       min_size=1, max_size=3).map(_mutate_csv)

csv_texts = st.one_of(
    st.text(max_size=200),
    mutated_csv,
    st.lists(st.sampled_from(_CSV_COLUMNS), min_size=1, max_size=12, unique=True).flatmap(
        lambda header: st.lists(_csv_row(len(header)), max_size=5).map(
            lambda rows: "\n".join([",".join(header)] +
                                   [",".join(_quote(c) for c in r) for r in rows]))),
)
csv_bytes = st.one_of(st.binary(max_size=300), csv_texts.map(lambda t: t.encode("utf-8")),
                      csv_texts.map(lambda t: b"\xef\xbb\xbf" + t.encode("utf-8")))

package_bytes = st.one_of(
    st.binary(max_size=300),
    mutated_packages.map(lambda p: json.dumps(p, allow_nan=True).encode("utf-8")),
    packages.map(lambda p: json.dumps(p, allow_nan=True).encode("utf-8")),
    json_values.map(lambda v: json.dumps(v).encode("utf-8")),
    st.text(max_size=100).map(lambda t: t.encode("utf-8")),
)

# ---- articles -------------------------------------------------------------------------------

_ARTICLE_WORDS = [
    "North Korean", "troops", "soldiers", "Russian", "Ukrainian", "forces", "killed",
    "wounded", "captured", "missing", "casualties", "about", "nearly", "at least",
    "more than", "up to", "some", "a third", "half", "of them", "according to",
    "the Ministry of Defence", "said", "claims", "He added", "It claims", "ISW",
    "estimated", "on Tuesday", "last fall", "in early January", "this week", "since",
    "12 December", "2024", "2025-01-13", "January", "11,000", "300", "2,700", "1.5 million",
    "3,000-4,000", "10 000", "40%", "thousands", "dozens", "one", "two", "hundred", ".", ",",
    ":", "—", "(", ")", '"', "\n", "\n\n", "- ", "* ", "Kursk", "region", "per day", "a day",
    "could", "would", "if", "forecast", "the latest data", "sent", "deployed", "lost",
]
article_texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(_ARTICLE_WORDS), max_size=60).map(" ".join),
    st.lists(st.one_of(st.sampled_from(_ARTICLE_WORDS), st.text(max_size=8)),
             max_size=40).map(" ".join),
)
published_dates = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1)))

# ---- targets --------------------------------------------------------------------------------


def _write(data: bytes, suffix: str) -> Path:
    path = Path(tempfile.mktemp(suffix=suffix, dir=_FOLDER))
    path.write_bytes(data)
    return path


def parse_any(value) -> str:
    try:
        parse_package(value)
    except InterchangeError as exc:
        assert exc.problems and all(str(line) for line in exc.lines())
        return "refused"
    return "accepted"


def read_package_bytes(data: bytes) -> str:
    path = _write(data, ".json")
    try:
        read_package(path)
    except InterchangeError as exc:
        assert exc.problems and str(exc).startswith(str(path))
        return "refused"
    finally:
        path.unlink()
    return "accepted"


_SOURCES = [Source(id="nis", name="National Intelligence Service", kind="intelligence",
                   reliability="B")]




def read_csv_bytes(data: bytes) -> str:
    path = _write(data, ".csv")
    try:
        read_claims_csv(path, _SOURCES, {"d1"}, set())
    except InterchangeError as exc:
        assert exc.problems and str(exc).startswith(str(path))
        return "refused"
    finally:
        path.unlink()
    return "accepted"


def read_csv_text(text: str) -> str:
    return read_csv_bytes(text.encode("utf-8", "surrogatepass")) if _encodable(text) \
        else read_csv_bytes(text.encode("utf-8", "replace"))


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def extract_text(text: str, published: dt.date | None) -> str:
    try:
        proposals = extract(text, published)
    except ValueError:   # a publication date outside the years a briefing holds
        assert published is not None and not FIRST_YEAR <= published.year <= LAST_YEAR
        return "refused"
    for p in proposals:
        assert text[p.quote_start:p.quote_end] == p.claim.quote
        assert p.quote_start <= p.number_start <= p.number_end <= p.quote_end
        assert not p.claim.problems(), p.claim.problems()
    return "proposed" if proposals else "nothing found"


def import_package_value(value) -> str:
    """Parse, then import into a new briefing: an accepted package must import completely
    (the database's CHECK constraints must never be what refuses it), and a refused one
    must leave the briefing empty."""
    from briefing.domain import ValidationError
    from briefing.workspace import Workspace

    try:
        package = parse_package(value)
    except InterchangeError:
        return "refused"
    path = Path(tempfile.mktemp(suffix=".briefing", dir=_FOLDER))
    ws = Workspace.open(path)
    try:
        try:
            ws.import_package(package)
        except ValidationError:
            assert ws.is_empty()
            return "refused"
        assert ws.package() == package or _same_content(ws.package(), package)
        assert ws.store.integrity_problems() == []
        return "accepted"
    finally:
        ws.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)


def _same_content(stored, package) -> bool:
    """The same entities and properties (the briefing's id is the new briefing's own)."""
    from briefing.interchange import package_dict
    return ({**package_dict(stored), "briefing_id": None}
            == {**package_dict(package), "briefing_id": None})
