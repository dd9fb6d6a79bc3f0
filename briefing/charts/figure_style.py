"""Type sizes and colours of a painted figure, chosen for where it will be read.

Sizes are device pixels of the target: 7.5 pt on paper at the page's resolution, about
15 px on a 1600 × 900 image, 22 px on a 1600 × 1000 slide (so the back of the room reads
every label), each scaled with the target rather than fixed.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..domain.marking import banner_for
from .scene import Box, Rect, Text

TODAY = "#c8102e"


@dataclass(frozen=True)
class FigureStyle:
    text_px: float                    # tick labels, legend, data labels: the smallest text
    dark: bool = False

    @classmethod
    def paper(cls, dpi: float) -> "FigureStyle":
        return cls(7.5 * dpi / 72)

    @classmethod
    def image(cls, width: float, height: float) -> "FigureStyle":
        return cls(max(11.0, 15.0 * min(width / 1600, height / 900)))

    @classmethod
    def present(cls, scale: float) -> "FigureStyle":
        return cls(22.0 * scale, dark=True)

    @property
    def title_px(self) -> float:
        return self.text_px * 1.2

    @property
    def line_px(self) -> float:
        return max(1.0, self.text_px / 6)

    @property
    def colours(self) -> "Colours":
        return DARK if self.dark else LIGHT


@dataclass(frozen=True)
class Colours:
    background: str
    foreground: str
    muted: str
    grid: str


LIGHT = Colours("#ffffff", "#202124", "#5f6368", "#e4e6e8")
DARK = Colours("#101418", "#eeeeee", "#a0a4a8", "#2c3238")


def banner_items(box: Box, marking: str, px: float) -> list:
    """A classification banner (conventional colours, see domain.marking) as scene items."""
    colours = banner_for(marking)
    return [Rect(box, colours.background),
            Text(box, marking.upper(), px, colours.foreground, bold=True, align="centre")]


def banner_height(px: float) -> float:
    return px * 1.9
