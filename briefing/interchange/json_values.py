"""What a package's JSON may not hold, found before any value reaches the domain or SQLite.

- Duplicate keys: Python's json keeps the last of `{"value": 3, "value": 30000}` silently;
  here every object remembers the keys it saw twice, and they are refused by place.
- Lone surrogates: `"\\ud800"` is valid JSON but not text — SQLite cannot store it and a
  terminal cannot print it (UnicodeEncodeError).
- Runaway nesting: 100,000 nested lists raised RecursionError in the parser; a package is
  five levels deep, so anything past `MAX_DEPTH` is refused before repr() or an encoder
  (which recurse too) ever sees it.
"""
from __future__ import annotations

import json

from ..domain import Problem

MAX_DEPTH = 16


class _Object(dict):
    """A JSON object, with the keys it listed more than once."""
    duplicates: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, object]]) -> dict:
    out = _Object(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        out.duplicates = tuple(k for k, _ in pairs if k in seen or seen.add(k))
    return out


def loads(text: str):
    """json.loads, remembering duplicate keys; ValueError (or json.JSONDecodeError) for text
    that is not JSON, nested past what the parser can follow included."""
    try:
        return json.loads(text, object_pairs_hook=_object)
    except RecursionError:
        raise ValueError("nested too deeply to be a package") from None


def key_text(key) -> str:
    """A key as it can be printed in a message (a lone surrogate shown as \\ud800)."""
    return str(key).encode("utf-8", "backslashreplace").decode("utf-8")


def _is_text(value: str) -> bool:
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def value_problems(where: str, value) -> list[Problem]:
    """Duplicate keys, lone surrogates and nesting deeper than MAX_DEPTH anywhere inside
    `value` (whose JSON path is `where`), walked without recursion."""
    out: list[Problem] = []
    stack = [(where, value, 0)]
    while stack:
        path, node, depth = stack.pop()
        if isinstance(node, str):
            if not _is_text(node):
                out.append(Problem(path, "is not valid text (it holds a lone surrogate such "
                                         "as \\ud800)"))
        elif isinstance(node, (dict, list)):
            if depth >= MAX_DEPTH:
                out.append(Problem(path, f"is nested more than {MAX_DEPTH} levels deep"))
                continue
            if isinstance(node, dict):
                out += [Problem(f"{path}.{key_text(k)}", "duplicate key")
                        for k in getattr(node, "duplicates", ())]
                out += [Problem(f"{path}.{key_text(k)}", "is not valid text (the key holds a "
                                                         "lone surrogate)")
                        for k in node if isinstance(k, str) and not _is_text(k)]
                stack += [(f"{path}.{key_text(k)}", v, depth + 1) for k, v in node.items()]
            else:
                stack += [(f"{path}[{i}]", v, depth + 1) for i, v in enumerate(node)]
    return sorted(out, key=lambda p: p.field)
