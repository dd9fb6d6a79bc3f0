"""One panel of a painted figure: title, legend above the data, value and date axes with
titles, grid — laid out for the space it is given.

The y axis gets as many round numbers as its height holds (at least the ends), the date
axis the densest month/week/year spacing whose labels do not touch, with the year under
the first tick and wherever it changes. Labels are pulled inside the panel, never cut.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from .figure_style import FigureStyle
from .projection_data import day_of, epoch_days
from .scene import Box, Line, Markers, Rect, Scene, Text
from .ticks import DateTick, date_ticks, number_label, value_ticks

Measure = Callable[[str, float, bool], tuple[float, float]]


@dataclass(frozen=True)
class LegendEntry:
    text: str
    colour: str
    kind: str = "line"                # line | area | dot | diamond | text
    dash: str = "solid"


@dataclass(frozen=True)
class Frame:
    """Where the data goes, and how days and values map onto it."""
    plot: Box
    days: tuple[float, float]
    values: tuple[float, float]

    def x(self, days):
        d0, d1 = self.days
        return self.plot.x + (np.asarray(days, float) - d0) / (d1 - d0) * self.plot.w

    def y(self, values):
        v0, v1 = self.values
        return self.plot.bottom - (np.asarray(values, float) - v0) / (v1 - v0) * self.plot.h


def text_item(measure: Measure, x: float, y: float, text: str, px: float, colour: str,
              bold: bool = False) -> Text:
    w, h = measure(text, px, bold)
    return Text(Box(x, y, w, h), text, px, colour, bold)


def elide(measure: Measure, text: str, px: float, width: float) -> str:
    if measure(text, px, False)[0] <= width:
        return text
    while text and measure(text + "…", px, False)[0] > width:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


def legend(scene: Scene | None, entries: Sequence[LegendEntry], box: Box, style: FigureStyle,
           measure: Measure) -> float:
    """Entries flowed into rows across `box`'s width from its top; returns the height
    (with no scene, only the height: layouts size their panels first)."""
    if not entries:
        return 0.0
    px = style.text_px
    swatch, gap, sep = 1.8 * px, 0.4 * px, 1.2 * px
    row_h = measure("Ag", px, False)[1] * 1.15
    x, y = box.x, box.y
    for entry in entries:
        lead = 0.0 if entry.kind == "text" else swatch + gap
        text = elide(measure, entry.text, px, box.w - lead)
        w = lead + measure(text, px, False)[0]
        if x > box.x and x + w > box.right:
            x, y = box.x, y + row_h
        if scene is not None:
            mid = y + row_h / 2
            _swatch(scene, entry, x, mid, swatch, style)
            colour = style.colours.muted if entry.kind == "text" else style.colours.foreground
            scene.add(text_item(measure, x + lead, mid - row_h / 2.3, text, px, colour))
        x += w + sep
    return y + row_h - box.y


def _swatch(scene: Scene, entry: LegendEntry, x: float, mid: float, w: float,
            style: FigureStyle) -> None:
    if entry.kind == "line":
        scene.add(Line(np.array([[x, mid], [x + w, mid]]), entry.colour, style.line_px * 1.4,
                       entry.dash))
    elif entry.kind == "area":
        scene.add(Rect(Box(x, mid - w * 0.22, w, w * 0.44), entry.colour, alpha=0.3))
    elif entry.kind in ("dot", "diamond"):
        scene.add(Markers(np.array([[x + w / 2, mid]]),
                          "circle" if entry.kind == "dot" else "diamond", style.text_px * 0.6,
                          entry.colour))


def panel_overhead(entries: Sequence[LegendEntry], width: float, style: FigureStyle,
                   measure: Measure) -> float:
    """The height a date panel needs besides its plot: title, legend, date axis."""
    px = style.text_px
    line_h = measure("Ag", px, False)[1]
    return (measure("Ag", style.title_px, True)[1] + px * 0.25
            + legend(None, entries, Box(0, 0, width, 0), style, measure) + px * 0.4
            + line_h / 2 + px * 0.35 + 3 * line_h + px * 0.3)


def date_panel(scene: Scene, box: Box, style: FigureStyle, measure: Measure, title: str,
               entries: Sequence[LegendEntry], days: tuple[float, float],
               values: tuple[float, float], y_title: str) -> Frame:
    """Title, legend, axes and grid inside `box`; returns the frame to draw the data in."""
    px = style.text_px
    line_h = measure("Ag", px, False)[1]
    tick = px * 0.35
    y = box.y
    scene.add(text_item(measure, box.x, y, elide(measure, title, style.title_px, box.w),
                        style.title_px, style.colours.foreground, bold=True))
    y += measure("Ag", style.title_px, True)[1] + px * 0.25
    y += legend(scene, entries, Box(box.x, y, box.w, box.h), style, measure) + px * 0.4
    top = y + line_h / 2
    bottom = box.bottom - (tick + 3 * line_h + px * 0.3)
    height = max(bottom - top, line_h * 2)
    ticks = value_ticks(values[0], values[1], max(2, int(height / (line_h * 3))))
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
    labels = [number_label(t, step) for t in ticks]
    widest = max((measure(t, px, False)[0] for t in labels), default=0.0)
    left = box.x + line_h + px * 0.5 + widest + tick
    right = box.right - px * 0.5
    frame = Frame(Box(left, top, max(right - left, 1.0), height), days, values)
    _value_axis(scene, frame, ticks, labels, style, measure, tick)
    date_axis(scene, frame, box, style, measure, tick)
    _axis_titles(scene, frame, box, style, measure, y_title)
    return frame


def rule(scene: Scene, x0: float, y0: float, x1: float, y1: float, colour: str,
         width: float) -> None:
    scene.add(Line(np.array([[x0, y0], [x1, y1]]), colour, width))


def _value_axis(scene, frame: Frame, ticks, labels, style, measure, tick) -> None:
    plot, px, thin = frame.plot, style.text_px, style.line_px / 2
    for value, label in zip(ticks, labels):
        y = float(frame.y(value))
        rule(scene, plot.x, y, plot.right, y, style.colours.grid, thin)
        rule(scene, plot.x - tick, y, plot.x, y, style.colours.muted, thin)
        w, h = measure(label, px, False)
        scene.add(Text(Box(plot.x - tick - px * 0.25 - w, y - h / 2, w, h), label, px,
                       style.colours.foreground, align="right"))
    rule(scene, plot.x, plot.y, plot.x, plot.bottom, style.colours.muted, thin)


def date_axis(scene: Scene, frame: Frame, box: Box, style: FigureStyle, measure: Measure,
              tick: float) -> None:
    """Date ticks under `frame`'s plot, grid lines across it, labels kept inside `box`."""
    plot, px, thin = frame.plot, style.text_px, style.line_px / 2
    gap = px * 0.8

    def width(t: DateTick) -> float:
        return max(measure(t.label, px, False)[0], measure(t.year, px, False)[0])

    def fits(ticks: list[DateTick]) -> bool:
        xs = [float(frame.x(epoch_days(t.day))) for t in ticks]
        return all(b - a >= (width(s) + width(t)) / 2 + gap
                   for a, b, s, t in zip(xs, xs[1:], ticks, ticks[1:]))

    # From the first whole day in view, so the first tick (which carries the year) is shown.
    line_h = measure("Ag", px, False)[1]
    ticks = date_ticks(day_of(math.ceil(frame.days[0])), day_of(frame.days[1]), fits,
                       most=plot.w / gap + 1)
    last_right = {0: -np.inf, 1: -np.inf}
    for t in ticks:
        x = float(frame.x(epoch_days(t.day)))
        rule(scene, x, plot.y, x, plot.bottom, style.colours.grid, thin)
        rule(scene, x, plot.bottom, x, plot.bottom + tick, style.colours.muted, thin)
        for row, text in enumerate((t.label, t.year)):
            if not text:
                continue
            w = measure(text, px, False)[0]
            left = min(max(x - w / 2, plot.x - tick), box.right - w)  # clear of the y labels
            if left < last_right[row] + gap / 2:
                continue
            last_right[row] = left + w
            scene.add(Text(Box(left, plot.bottom + tick + row * line_h, w, line_h), text, px,
                           style.colours.foreground, align="centre"))
    rule(scene, plot.x, plot.bottom, plot.right, plot.bottom, style.colours.muted, thin)


def _axis_titles(scene, frame: Frame, box: Box, style, measure, y_title: str) -> None:
    plot, px = frame.plot, style.text_px
    w, h = measure(elide(measure, y_title, px, plot.h), px, False)
    scene.add(Text(Box(box.x, plot.y + (plot.h - w) / 2, h, w),
                   elide(measure, y_title, px, plot.h), px, style.colours.muted, rotated=True))
    w, h = measure("Date", px, False)
    scene.add(Text(Box(plot.x + (plot.w - w) / 2, box.bottom - h, w, h), "Date", px,
                   style.colours.muted, align="centre"))
