"""The change bundle file (reference.md §6): every operation one copy knows, checksummed.

A bundle is gzip-compressed UTF-8 text. Its first line is a JSON header; every further
line is one operation as a JSON array:

    {"format": "briefing-bundle", "version": 1, "briefing": "<briefing id>",
     "origin": "<the exporting copy's origin>", "exported": "<UTC time>",
     "operations": <count>, "sha256": "<hex digest of the operation lines>"}
    [origin, seq, at, who, action, entity, entity_id, field, value, old, prev, pos]

The digest covers the bytes after the header's newline, so a bundle cut short, damaged on
its way or edited by hand is refused whole; gzip's own check catches most damage first.
Reading is strict and names the line at fault: nothing of a bad bundle is applied.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from dataclasses import dataclass
from pathlib import Path

from ..domain import Problem
from ..store.operation_merge import Op
from .errors import InterchangeError

FORMAT = "briefing-bundle"
VERSION = 1
ACTIONS = ("insert", "set", "delete", "resolve", "reopen")
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Bundle:
    briefing: str
    origin: str | None
    exported: str
    operations: tuple[Op, ...]


def bundle_bytes(bundle: Bundle) -> bytes:
    body = "".join(_JSON.encode(_as_list(o)) + "\n" for o in bundle.operations).encode()
    header = {"format": FORMAT, "version": VERSION, "briefing": bundle.briefing,
              "origin": bundle.origin, "exported": bundle.exported,
              "operations": len(bundle.operations), "sha256": hashlib.sha256(body).hexdigest()}
    return gzip.compress(_JSON.encode(header).encode() + b"\n" + body, compresslevel=6,
                         mtime=0)


def _as_list(o: Op) -> list:
    return [o.origin, o.seq, o.at, o.who, o.action, o.entity, o.entity_id, o.field, o.value,
            o.old, [list(k) for k in o.prev], o.pos]


def read_bundle(path: Path) -> Bundle:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _refused(path, f"cannot read the file ({exc.strerror})")
    return parse_bundle(raw, path)


def parse_bundle(raw: bytes, path: Path | str = "<bundle>") -> Bundle:
    if raw[:2] != b"\x1f\x8b":
        raise _refused(path, "not a change bundle (made by `briefing sync export`)")
    try:
        text = gzip.decompress(raw)
    except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as exc:
        raise _refused(path, f"a damaged or truncated change bundle ({exc}); nothing was "
                             "applied")
    head, _, body = text.partition(b"\n")
    header = _header(head, path)
    if hashlib.sha256(body).hexdigest() != header["sha256"]:
        raise _refused(path, "a damaged or altered change bundle (its checksum does not "
                             "match); nothing was applied")
    lines = body.decode("utf-8", "replace").split("\n")[:-1]
    if len(lines) != header["operations"]:
        raise _refused(path, f"a truncated change bundle ({len(lines)} of "
                             f"{header['operations']} operations); nothing was applied")
    ops = tuple(_operation(line, n, path) for n, line in enumerate(lines, start=2))
    return Bundle(header["briefing"], header["origin"], header["exported"], ops)


def _header(head: bytes, path) -> dict:
    try:
        header = json.loads(head)
    except ValueError:
        header = None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise _refused(path, "not a change bundle (made by `briefing sync export`)")
    version = header.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _refused(path, f"a change bundle of unknown version {version!r}; nothing was "
                             "applied")
    if version > VERSION:
        raise _refused(path, f"made by a newer version of Briefing (bundle version {version}; "
                             f"this program reads {VERSION}); update Briefing to import it; "
                             "nothing was applied")
    shapes = {"briefing": str, "exported": str, "operations": int, "sha256": str}
    for key, kind in shapes.items():
        if not isinstance(header.get(key), kind) or isinstance(header.get(key), bool):
            raise _refused(path, f"a damaged change bundle (its header has no valid "
                                 f"{key!r}); nothing was applied")
    if header.get("origin") is not None and not isinstance(header["origin"], str):
        raise _refused(path, "a damaged change bundle (its header's 'origin'); nothing was "
                             "applied")
    return header


def _operation(line: str, n: int, path) -> Op:
    try:
        item = json.loads(line)
        (origin, seq, at, who, action, entity, entity_id, field, value, old, prev,
         pos) = item
        prev = tuple((str(o), int(s)) for o, s in prev)
        ok = (all(isinstance(v, str) and v for v in (origin, at, who, entity, entity_id))
              and _whole(seq) and seq > 0 and action in ACTIONS
              and (field is None or isinstance(field, str))
              and (pos is None or _whole(pos))
              and all(isinstance(o, str) and _whole(s) for o, s in prev)
              and _shape_fits(action, field, value, old))
    except (ValueError, TypeError):
        ok = False
    if not ok:
        raise _refused(path, f"a damaged change bundle (line {n} is not an operation); "
                             "nothing was applied")
    return Op(origin, seq, at, who, action, entity, entity_id, field, value, old, prev, pos)


def _whole(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _shape_fits(action: str, field, value, old) -> bool:
    if action == "insert":
        return field is None and isinstance(value, dict)
    if action == "delete":
        return field is None and isinstance(old, dict)
    if action == "reopen":
        return (isinstance(value, list) and len(value) == 2 and isinstance(value[0], str)
                and _whole(value[1]))
    return isinstance(field, str)


def _refused(path, message: str) -> InterchangeError:
    return InterchangeError(path, [Problem("", message)])


__all__ = ["Bundle", "FORMAT", "VERSION", "bundle_bytes", "parse_bundle", "read_bundle"]
