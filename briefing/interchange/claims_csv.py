"""Claims as CSV (reference.md §3): one claim per row, header required, empty cell = null.

The stdlib `csv` reader is used rather than pandas because errors must name the exact line
of the file, and quoted cells may span lines (quotes with newlines are legitimate).
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from ..domain import Claim, Problem, Source, claim_field_names
from ..domain.ids import fresh_id, name_key, slug_id
from ..domain.package import Package
from . import csv_cells
from .csv_cells import neutralised, restored
from .errors import InterchangeError
from .package_json import _plain

COLUMNS = claim_field_names()
SOURCE_NAME = "source_name"
# What export writes: the claim fields, with the source's name after its id.
EXPORT_COLUMNS = COLUMNS[:2] + (SOURCE_NAME,) + COLUMNS[2:]
FIELD_CHARS = 64 * 1024 * 1024  # per cell: a 140 KB quote is fine, a runaway quote is not
_NUMBERS = ("value", "low", "high", "fraction")
_TRUE = {"true", "1", "yes", "y"}
_FALSE = {"false", "0", "no", "n"}
_REQUIRED = ("subject", "metric", "as_of", "credibility", "quote")  # no default in Claim


def write_claims_csv(claims: list[Claim], sources: list[Source], path: Path) -> None:
    """Every claim, with its source's name beside its id so the file can be imported into
    another briefing (where ids differ, names match)."""
    names = {s.id: s.name for s in sources}
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(EXPORT_COLUMNS)
        for claim in claims:
            row = claim.as_dict()
            row[SOURCE_NAME] = names.get(claim.source)
            writer.writerow([neutralised(_cell(row[c])) for c in EXPORT_COLUMNS])


LIST_SEPARATOR = ";"  # derived_from: claim ids in one cell, "c1;c2"


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return LIST_SEPARATOR.join(value)
    return str(_plain(value))


@dataclass(frozen=True)
class ClaimsFile:
    """What a claims CSV holds for this briefing: the claims and the sources it names that
    are new here, and notes for the import summary (what was adapted to fit)."""
    package: Package
    notes: tuple[str, ...] = ()


def read_claims_csv(path: Path, sources: list[Source], document_ids: set[str],
                    claim_ids: set[str]) -> ClaimsFile:
    """The file's claims, ready to import into a briefing with these `sources`,
    `document_ids` and `claim_ids`.

    A row names its source by `source` (an id here) or by `source_name`; a name wins when
    given, so a file exported from another briefing lands on this briefing's sources, and an
    unknown name becomes a new source graded F (cannot be judged). A `document` this
    briefing does not have is left empty and said in the notes (documents do not travel in
    a CSV). Rows without an id get a fresh one not among `claim_ids` nor the file's own,
    listed in `unnamed_claims` so the import can re-choose any another writer takes
    meanwhile. Every problem is reported, in file order."""
    path = Path(path)
    text = _read_text(path)
    starts = line_of_claims(path, text)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    problems = _header_problems(header)
    if problems:
        raise InterchangeError(path, problems)
    names = _SourceNames(sources)
    found: list[tuple[int, Problem]] = []
    rows: list[tuple[int, dict]] = []
    unlinked: dict[str, int] = {}
    for index, row in enumerate(reader):
        line = starts[index]
        row_problems: list[Problem] = []
        values = _row(row, header, f"line {line}", row_problems, names)
        found += [(line, p) for p in row_problems]
        if values is None:
            continue
        document = values.get("document")
        if document is not None and document not in document_ids:
            unlinked[document] = unlinked.get(document, 0) + 1
            del values["document"]
        rows.append((line, values))
    taken = set(claim_ids) | {v["id"] for _, v in rows if v.get("id")}
    claims = [Claim(**{**v, "id": v.get("id") or fresh_id("c", taken)}) for _, v in rows]
    unnamed = frozenset(c.id for c, (_, v) in zip(claims, rows) if not v.get("id"))
    package = Package(sources=tuple(names.new), claims=tuple(claims), unnamed_claims=unnamed)
    lines = [line for line, _ in rows]
    found += [_csv_place(p, lines) for p in package.problems({"sources": names.known,
                                                              "documents": document_ids})]
    if found:
        raise InterchangeError(path, [p for _, p in sorted(found, key=lambda lp: lp[0])])
    return ClaimsFile(package, _notes(names.new, unlinked))


def _row(row: dict, header: list[str], where: str, problems: list[Problem],
         names: "_SourceNames") -> dict | None:
    """One row's values with its source resolved to an id, or None with its problems."""
    if None in row or any(v is None for v in row.values()):
        cells = len(header) + len(row.get(None) or []) - sum(
            1 for k, v in row.items() if k is not None and v is None)
        problems.append(Problem(where, f"has {cells} cells; the header has {len(header)}"))
        return None
    values = _row_values(row, where, problems)
    if values is None:
        return None
    missing = [c for c in _REQUIRED if c not in values]
    if missing:
        problems += [Problem(f"{where}, column {c}", "is required") for c in missing]
        return None
    source = names.resolve(values.get("source"), values.pop(SOURCE_NAME, None))
    if source is None:
        problems.append(Problem(f"{where}, column source", "is required"))
        return None
    values["source"] = source
    return values


class _SourceNames:
    """Sources by name (case and spacing ignored), and the new ones a file's names add."""

    def __init__(self, sources: list[Source]):
        self.known = {s.id for s in sources}
        self._by_id = {s.id: s for s in sources}
        self._by_name: dict[str, Source] = {}
        for s in sources:
            self._by_name.setdefault(name_key(s.name), s)
        self.new: list[Source] = []
        self._taken = set(self.known)

    def resolve(self, source_id: str | None, name: str | None) -> str | None:
        if not name:
            return source_id
        key = name_key(name)
        same = self._by_id.get(source_id)
        if same is not None and name_key(same.name) == key:
            return same.id   # two sources may share a name: the id says which
        if key in self._by_name:
            return self._by_name[key].id
        new_id = source_id if source_id and source_id not in self._taken else None
        if new_id is None:
            new_id = slug_id(name, self._taken)
        self._taken.add(new_id)
        source = Source(id=new_id, name=" ".join(name.split()), reliability="F")
        self._by_name[key] = source
        self.new.append(source)
        return new_id


def _notes(new_sources: list[Source], unlinked: dict[str, int]) -> tuple[str, ...]:
    notes = []
    if new_sources:
        n = len(new_sources)
        notes.append(f"{n} new source{'s' if n > 1 else ''} named in the file "
                     f"{'are' if n > 1 else 'is'} graded F (cannot be judged) until you grade "
                     f"{'them' if n > 1 else 'it'}")
    if unlinked:
        n = sum(unlinked.values())
        notes.append(f"{n} claim{'s' if n > 1 else ''} cite{'' if n > 1 else 's'} documents "
                     f"this briefing does not have ({', '.join(sorted(unlinked))}); imported "
                     "without that link")
    return tuple(notes)


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
           if h not in EXPORT_COLUMNS]
    out += [Problem("line 1", f"column {h!r} appears {header.count(h)} times")
            for h in dict.fromkeys(header) if header.count(h) > 1]
    if "source" not in header and SOURCE_NAME not in header:
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
        elif column == "derived_from":
            values[column] = tuple(i.strip() for i in cell.split(LIST_SEPARATOR) if i.strip())
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


def _csv_place(problem: Problem, lines: list[int]) -> tuple[int, Problem]:
    """A package problem at its CSV line (`$.claims[i]` is the i-th row kept); problems of
    the new sources come first, as the header does."""
    match = re.match(r"\$\.claims\[(\d+)\]\.?(.*)", problem.field)
    if not match:
        return 0, problem
    line = lines[int(match.group(1))]
    column = match.group(2)
    return line, Problem(f"line {line}" + (f", column {column}" if column else ""),
                         problem.message)
