"""Column widths for the pack's tables, sized to their content.

`QTextDocument` gives the columns of an unsized table about equal shares and breaks any word
that does not fit its share ("Gra de", "11,000–13,0 00"); fixed percentages did the same to
whatever was longer than the guess. Here, as in a browser's automatic table layout, every
column gets at least its longest unbreakable word, and the width left over goes to the
columns in proportion to how much longer their text would like to be — so a quote wraps at
spaces and a grade or a figure never wraps. Pure Python: the caller measures text.
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BREAKS = re.compile(r"[ \t\n]+|(?<=-)")  # Qt breaks at spaces and after a hyphen


def plain_lines(cell_html: str) -> list[str]:
    """The text lines of a cell we wrote (b, i, br and entities only)."""
    return [html.unescape(_TAG.sub("", part)) for part in _BREAK.split(cell_html)]


class ColumnSizer:
    """`measure(text) -> width` in the document's units (bold, the wider case); `width`:
    the table's width; `padding`: what a cell adds to its text (padding and borders)."""

    def __init__(self, measure: Callable[[str], float], width: float, padding: float):
        self.measure = measure
        self.width = width
        self.padding = padding
        self._cache: dict[str, float] = {}

    def _w(self, text: str) -> float:
        if text not in self._cache:
            self._cache[text] = self.measure(text)
        return self._cache[text]

    def percentages(self, rows: Sequence[Sequence[str]]) -> list[float]:
        """Percent of the table width for each column of `rows` (header row included)."""
        columns = len(rows[0])
        least, natural = [0.0] * columns, [0.0] * columns
        for row in rows:
            for i, cell in enumerate(row):
                for line in plain_lines(cell):
                    words = _BREAKS.split(line)  # not at NBSP: it keeps a figure whole
                    least[i] = max(least[i], max((self._w(w) for w in words), default=0.0))
                    natural[i] = max(natural[i], self._w(line))
        least = [w * 1.03 + self.padding for w in least]
        natural = [max(n * 1.03 + self.padding, m) for n, m in zip(natural, least)]
        widths = share(natural, least, self.width * 0.98)
        total = max(sum(widths), self.width)
        return [100.0 * w / total for w in widths]


def share(natural: list[float], least: list[float], room: float) -> list[float]:
    """Water-filling: a column whose natural width is within its fair share gets it (so a
    grade or a date never wraps); the rest is split in proportion to natural width, never
    below a column's longest word."""
    widths: dict[int, float] = {}
    left = sorted(range(len(natural)), key=lambda i: natural[i])
    while left and natural[left[0]] <= (room - sum(widths.values())) / len(left):
        widths[left[0]] = natural[left[0]]
        left.pop(0)
    while left:
        rest = room - sum(widths.values())
        total = sum(natural[i] for i in left)
        short = [i for i in left if rest * natural[i] / total < least[i]]
        if not short:
            widths.update({i: rest * natural[i] / total for i in left})
            break
        for i in short:
            widths[i] = least[i]
            left.remove(i)
    out = [widths[i] for i in range(len(natural))]
    return [w * room / sum(out) for w in out] if sum(out) < room else out
