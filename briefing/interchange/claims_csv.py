"""Claims as CSV (CONTRACT §3): one claim per row, header required, empty cell = null.

The stdlib `csv` reader is used rather than pandas because errors must name the exact line
of the file, and quoted cells may span lines (quotes with newlines are legitimate).
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from ..domain import Claim, Problem, Source, claim_field_names
from ..domain.ids import fresh_id, slug_id
from ..domain.package import Package
from . import csv_cells
from .csv_cells import neutralised, restored
from .errors import InterchangeError
from .package_json import _plain

COLUMNS = claim_field_names()
FIELD_CHARS = 64 * 1024 * 1024  # per cell: a 140 KB quote is fine, a runaway quote is not
_NUMBERS = ("value", "low", "high", "fraction")
_TRUE = {"true", "1", "yes", "y"}
_FALSE = {"false", "0", "no", "n"}
_REQUIRED = ("subject", "metric", "as_of", "credibility", "quote")  # no default in Claim


def write_claims_csv(claims: list[Claim], path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for claim in claims:
            row = claim.as_dict()
            writer.writerow([neutralised(_cell(row[c])) for c in COLUMNS])


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(_plain(value))


def read_claims_csv(path: Path, sources: list[Source], document_ids: set[str],
                    claim_ids: set[str]) -> Package:
    """A package of the file's claims plus any sources it names by `source_name` that do
    not exist yet (reliability F). Rows without an id get a fresh one not among `claim_ids`
    (the briefing's) nor the file's own, listed in `unnamed_claims` so the import can
    re-choose any another writer takes meanwhile; `document_ids` are the documents a row
    may cite."""
    path = Path(path)
    text = _read_text(path)
    starts = line_of_claims(path, text)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    problems = _header_problems(header)
    if problems:
        raise InterchangeError(path, problems)
    by_name = {s.name.casefold(): s for s in sources}
    new_sources: dict[str, Source] = {}
    rows: list[dict] = []
    source_ids = {s.id for s in sources}
    for index, row in enumerate(reader):
        where = f"line {starts[index]}"
        if None in row or any(v is None for v in row.values()):
            cells = len(header) + len(row.get(None) or []) - sum(
                1 for k, v in row.items() if k is not None and v is None)
            problems.append(Problem(where, f"has {cells} cells; the header has {len(header)}"))
            continue
        values = _row_values(row, where, problems)
        if values is None:
            continue
        missing = [c for c in _REQUIRED if c not in values]
        if missing:
            problems += [Problem(f"{where}, column {c}", "is required") for c in missing]
            continue
        if not values.get("source"):
            name = (row.get("source_name") or "").strip()
            if not name:
                problems.append(Problem(f"{where}, column source", "is required"))
                continue
            source = by_name.get(name.casefold()) or new_sources.get(name.casefold())
            if source is None:
                source = Source(id=slug_id(name, source_ids), name=name)
                new_sources[name.casefold()] = source
            values["source"] = source.id
        values.pop("source_name", None)
        rows.append(values)
    if problems:
        raise InterchangeError(path, problems)
    taken = set(claim_ids) | {v["id"] for v in rows if v.get("id")}
    claims = [Claim(**{**v, "id": v.get("id") or fresh_id("c", taken)}) for v in rows]
    unnamed = frozenset(c.id for c, v in zip(claims, rows) if not v.get("id"))
    package = Package(sources=tuple(new_sources.values()), claims=tuple(claims),
                      unnamed_claims=unnamed)
    known = {"sources": {s.id for s in sources}, "documents": document_ids}
    problems = [_csv_place(p, starts) for p in package.problems(known)]
    if problems:
        raise InterchangeError(path, problems)
    return package


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InterchangeError(path, [Problem("", f"cannot read the file ({exc.strerror})")])
    if b"\x00" in raw:
        raise InterchangeError(path, [Problem("", "not a CSV text file (binary data)")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InterchangeError(path, [Problem(f"byte {exc.start}", "not UTF-8 text")]) from None
    if not text.strip():
        raise InterchangeError(path, [Problem("", "the file is empty")])
    return text


def _header_problems(header: list[str]) -> list[Problem]:
    out = [Problem("line 1", f"unknown column {h!r}") for h in header
           if h not in COLUMNS and h != "source_name"]
    out += [Problem("line 1", f"column {h!r} appears {header.count(h)} times")
            for h in dict.fromkeys(header) if header.count(h) > 1]
    if "source" not in header and "source_name" not in header:
        out.append(Problem("line 1", "needs a 'source' or 'source_name' column"))
    for required in ("subject", "metric", "as_of", "credibility", "quote"):
        if required not in header:
            out.append(Problem("line 1", f"missing column {required!r}"))
    return out


def _row_values(row: dict, where: str, problems: list[Problem]) -> dict | None:
    values: dict = {}
    before = len(problems)
    for column, cell in row.items():
        cell = restored(cell.strip() if column != "quote" else cell)
        if cell == "":
            continue
        if column in _NUMBERS:
            try:
                values[column] = _plain(csv_cells.number(cell))
            except ValueError:
                problems.append(Problem(f"{where}, column {column}",
                                        f"not a number: {_short(cell)}"))
        elif column == "credibility":
            values[column] = csv_cells.credibility(cell)
        elif column == "include_in_projection":
            if cell.lower() not in _TRUE | _FALSE:
                problems.append(Problem(f"{where}, column {column}",
                                        f"must be true or false (got {cell!r})"))
            values[column] = cell.lower() in _TRUE
        else:
            values[column] = cell
    if len(problems) > before:
        return None
    return values


def line_of_claims(path: Path, text: str) -> list[int]:
    """The starting line number of each data row (quoted cells may span lines). Blank
    lines are skipped, as `csv.DictReader` skips them, so index i is the i-th claim. Text
    the csv module cannot read (e.g. a cell longer than FIELD_CHARS: the module's own limit,
    131,072, is raised to that) is refused in one line."""
    csv.field_size_limit(max(csv.field_size_limit(), FIELD_CHARS))
    reader = csv.reader(io.StringIO(text, newline=""))
    starts, previous = [], 0
    try:
        for index, row in enumerate(reader):
            if index and row:
                starts.append(previous + 1)
            previous = reader.line_num
    except csv.Error as exc:
        raise InterchangeError(path, [Problem(f"line {reader.line_num}",
                                              f"not readable as CSV ({exc})")]) from None
    return starts


def _short(cell: str) -> str:
    return repr(cell if len(cell) <= 40 else cell[:39] + "…")


def _csv_place(problem: Problem, starts: list[int]) -> Problem:
    match = re.match(r"\$\.claims\[(\d+)\]\.?(.*)", problem.field)
    if not match:
        return problem
    line = starts[int(match.group(1))]
    column = match.group(2)
    return Problem(f"line {line}" + (f", column {column}" if column else ""), problem.message)
