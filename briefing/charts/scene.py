"""A laid-out figure as a flat list of primitives in device coordinates.

Layout (ticks, legends, label placement) produces a `Scene`; `painting.paint_scene` draws it
with one QPainter on whatever device the figure is for — a PDF page, an SVG file, a PNG
image or a present-mode slide. Keeping the two apart lets tests read exactly what a figure
says (its tick labels, where each text sits, whether two overlap) without pixels.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

DASHES = ("solid", "dash", "dot", "dashdot")


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def left(self) -> float:
        return self.x

    @property
    def top(self) -> float:
        return self.y

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def overlaps(self, other: "Box", gap: float = 0.0) -> bool:
        return (self.x < other.right + gap and other.x < self.right + gap
                and self.y < other.bottom + gap and other.y < self.bottom + gap)

    def inside(self, other: "Box", tolerance: float = 0.5) -> bool:
        return (self.x >= other.x - tolerance and self.y >= other.y - tolerance
                and self.right <= other.right + tolerance
                and self.bottom <= other.bottom + tolerance)

    def shrunk(self, left: float = 0, top: float = 0, right: float = 0,
               bottom: float = 0) -> "Box":
        return Box(self.x + left, self.y + top, max(self.w - left - right, 0.0),
                   max(self.h - top - bottom, 0.0))


@dataclass(frozen=True)
class Text:
    """Plain text (never rich text) drawn inside `box`; `rotated` turns it a quarter left
    (a y-axis title), its box then being the turned text's extent."""
    box: Box
    text: str
    px: float
    colour: str
    bold: bool = False
    align: str = "left"          # left | centre | right
    rotated: bool = False
    halo: str | None = None      # a background behind a label that sits on data


@dataclass(frozen=True)
class Line:
    points: np.ndarray           # (n, 2)
    colour: str
    width: float
    dash: str = "solid"


@dataclass(frozen=True)
class Area:
    points: np.ndarray           # (n, 2), closed implicitly
    colour: str
    alpha: float = 1.0


@dataclass(frozen=True)
class Rect:
    box: Box
    colour: str
    alpha: float = 1.0


@dataclass(frozen=True)
class Markers:
    """Many equal markers in one item (a scatter of 20,000 points stays one item)."""
    points: np.ndarray           # (n, 2)
    shape: str                   # circle | diamond | cross
    size: float
    colour: str
    outline: str | None = None


@dataclass(frozen=True)
class Segments:
    """Unconnected line segments, e.g. error bars: (n, 4) rows of x0, y0, x1, y1."""
    coords: np.ndarray
    colour: str
    width: float


@dataclass
class Scene:
    width: float
    height: float
    background: str | None = None
    items: list = field(default_factory=list)

    def add(self, item) -> None:
        self.items.append(item)

    def texts(self) -> list[Text]:
        return [i for i in self.items if isinstance(i, Text)]

    @property
    def bounds(self) -> Box:
        return Box(0.0, 0.0, self.width, self.height)
