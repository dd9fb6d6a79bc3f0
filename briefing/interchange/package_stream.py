"""A package read a piece at a time: the top-level object's members in the file's order,
each entity list in batches, so a 1,000,000-claim file never lies in memory whole.

The file is decoded as it is read and every value is parsed by the same decoder as
`json_values.loads` (`JSONDecoder.raw_decode`, remembering duplicate keys), an element of
an entity list at a time. Anything this reader does not follow exactly as the whole-file
reader would — a syntax error, a duplicate top-level key, a file that is not UTF-8,
nesting past the parser — raises `NotStreamed`; the caller then reads the file whole, which
names the problem as it always has (`read_json`).
"""
from __future__ import annotations

import codecs
import json
from pathlib import Path

from ..domain.package import LISTS
from .json_values import _Object

_READ = 1 << 20          # bytes read at a time
_RUN = 1 << 19           # characters of a list parsed in one call
_SINGLES = 1000          # elements read one at a time after a run could not be parsed
_WHITE = " \t\n\r"


class NotStreamed(Exception):
    """Read this file whole instead (it has a problem to name, or a shape this reader does
    not take apart)."""


class _Seen:
    """Counts the objects that listed a key twice (the decoder's hook)."""

    def __init__(self):
        self.duplicates = 0

    def hook(self, pairs):
        out = _Object(pairs)
        if len(out) != len(pairs):
            seen: set[str] = set()
            out.duplicates = tuple(k for k, _ in pairs if k in seen or seen.add(k))
            self.duplicates += 1
        return out


class PackageStream:
    """`members()` yields ("value", key, value) for each top-level member that is not an
    entity list, and ("batch", key, start, items, escaped) for each run of up to `batch`
    elements of one (then ("end", key, count, None, False)). `escaped`: the batch's text
    holds a `\\uD…` escape — the only way JSON text can hold a lone surrogate."""

    def __init__(self, path: Path, batch: int = 5000):
        self.path = Path(path)
        self.batch = batch
        self.seen = _Seen()
        self._decoder = json.JSONDecoder(object_pairs_hook=self.seen.hook)
        self._text = codecs.getincrementaldecoder("utf-8-sig")()
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._singles = 0

    # ---- reading ------------------------------------------------------------------------
    def _more(self, fh) -> bool:
        if self._eof:
            return False
        raw = fh.read(_READ)
        try:
            text = self._text.decode(raw, final=not raw)
        except UnicodeDecodeError:
            raise NotStreamed() from None
        self._buf = self._buf[self._pos:] + text
        self._pos = 0
        self._eof = not raw
        return True

    def _skip(self, fh) -> str:
        """The next character that is not white space ('' at the end of the file)."""
        while True:
            buf, pos = self._buf, self._pos
            while pos < len(buf) and buf[pos] in _WHITE:
                pos += 1
            self._pos = pos
            if pos < len(buf):
                return buf[pos]
            if not self._more(fh):
                return ""

    def _value(self, fh):
        """The JSON value at the reading position (a value ending exactly at the end of
        what is read so far may go on: a number is read again with more text)."""
        while True:
            try:
                value, end = self._decoder.raw_decode(self._buf, self._pos)
            except json.JSONDecodeError:
                if self._more(fh):
                    continue
                raise NotStreamed() from None
            except (ValueError, RecursionError):
                raise NotStreamed() from None
            if end == len(self._buf) and self._more(fh):
                continue
            start, self._pos = self._pos, end
            return value, start

    def _expect(self, fh, char: str) -> None:
        if self._skip(fh) != char:
            raise NotStreamed()
        self._pos += 1

    # ---- the package --------------------------------------------------------------------
    def members(self):
        try:
            fh = open(self.path, "rb")
        except OSError:
            raise NotStreamed() from None
        with fh:
            self._more(fh)
            self._expect(fh, "{")
            keys: set[str] = set()
            if self._skip(fh) == "}":
                self._pos += 1
            else:
                while True:
                    self._skip(fh)
                    key, _ = self._value(fh)
                    if not isinstance(key, str) or key in keys:
                        raise NotStreamed()
                    keys.add(key)
                    self._expect(fh, ":")
                    if self._skip(fh) == "[" and key in LISTS:
                        yield from self._list(fh, key)
                    else:
                        value, _ = self._value(fh)
                        yield ("value", key, value)
                    following = self._skip(fh)
                    self._pos += 1
                    if following == "}":
                        break
                    if following != ",":
                        raise NotStreamed()
            if self._skip(fh) != "":
                raise NotStreamed()

    def _list(self, fh, key: str):
        self._pos += 1  # the "["
        items, start, escaped = [], 0, False
        if self._skip(fh) == "]":
            self._pos += 1
            yield ("end", key, 0, None, False)
            return
        while True:
            self._skip(fh)
            at = self._pos
            run = self._run(fh)
            if run is None:
                item, at = self._value(fh)
                run = [item]
            items += run
            buf, end = self._buf, self._pos
            escaped = escaped or buf.find("\\ud", at, end) >= 0 or buf.find("\\uD", at, end) >= 0
            following = self._skip(fh)
            self._pos += 1
            if following not in (",", "]"):
                raise NotStreamed()
            if len(items) >= self.batch or following == "]":
                yield ("batch", key, start, items, escaped)
                start, items, escaped = start + len(items), [], False
            if following == "]":
                yield ("end", key, start, None, False)
                return

    def _run(self, fh) -> list | None:
        """Several whole elements of a list of objects at once, parsed in one call: the
        text up to one of the last closing braces in reach, read as an array. A brace that
        closes an inner object, or one inside a string, cannot end a valid array there (the
        brackets or the string stay open), so the parse fails and an earlier brace is
        tried; after a few, None (the caller reads one element) for the next `_SINGLES`."""
        if self._singles:
            self._singles -= 1
            return None
        if len(self._buf) - self._pos < _RUN and not self._eof:
            self._more(fh)
        buf, at = self._buf, self._pos
        cut = buf.rfind("}", at, at + _RUN)
        for _ in range(3):
            if cut <= at:
                break
            try:
                items = self._decoder.decode("[" + buf[at:cut + 1] + "]")
            except json.JSONDecodeError:
                cut = buf.rfind("}", at, cut)
                continue
            except (ValueError, RecursionError):
                raise NotStreamed() from None
            self._pos = cut + 1
            return items
        self._singles = _SINGLES   # the list's end is in reach, or its objects nest
        return None
