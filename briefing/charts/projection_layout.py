"""The projection figure laid out for a target: remaining strength per scenario with its
P10–P90 band above, the reported casualty figures with the fitted line below.

Every scenario is named in the legend above the data with its depletion date, so a label
that finds no free place on the plot can be left out without losing anything.
"""
from __future__ import annotations

import numpy as np

from ..domain import number
from ..domain.fuzzy_dates import short_date
from .axes import Frame, LegendEntry, Measure, date_panel, panel_overhead, text_item
from .clipping import clip_polygon, clip_polyline
from .figure_style import TODAY, FigureStyle
from .label_layout import Placer, around, beside
from .projection_data import ProjectionFigure, epoch_days
from .scene import Area, Box, Line, Markers, Scene, Segments, Text

STRENGTH_SHARE = 0.6
SIDE_BY_SIDE_ASPECT = 1.45
MAX_SOURCES_NAMED = 8   # the palette's size: past it a legend would name repeated colours


def lay_out_projection(scene: Scene, box: Box, fig: ProjectionFigure, style: FigureStyle,
                       measure: Measure) -> None:
    if fig.strength_days is None:
        _nothing_to_draw(scene, box, fig, style, measure)
        return
    if fig.losses_days is None:
        _strength(scene, box, fig, style, measure)
        return
    gap = style.text_px * 1.2
    if box.w > box.h * SIDE_BY_SIDE_ASPECT:  # a slide or a wide image: full-height panels
        left_w = (box.w - 2 * gap) * STRENGTH_SHARE
        _strength(scene, Box(box.x, box.y, left_w, box.h), fig, style, measure)
        _losses(scene, Box(box.x + left_w + 2 * gap, box.y, box.w - left_w - 2 * gap, box.h),
                fig, style, measure)
        return
    above = panel_overhead(_strength_entries(fig, style), box.w, style, measure)
    below = panel_overhead(_losses_entries(fig, style), box.w, style, measure)
    plots = max(box.h - gap - above - below, 0.0)
    top_h = above + plots * STRENGTH_SHARE
    _strength(scene, Box(box.x, box.y, box.w, top_h), fig, style, measure)
    _losses(scene, Box(box.x, box.y + top_h + gap, box.w, box.h - top_h - gap), fig, style,
            measure)


def _nothing_to_draw(scene, box, fig, style, measure) -> None:
    y = box.y
    scene.add(text_item(measure, box.x, y, "Remaining strength by scenario", style.title_px,
                        style.colours.foreground, bold=True))
    for line in ("No scenario has a projection to draw.",) + fig.undrawn:
        y += measure(line, style.text_px, False)[1] * 1.4
        scene.add(text_item(measure, box.x, y, line, style.text_px, style.colours.muted))


def _strength_entries(fig: ProjectionFigure, style: FigureStyle) -> list[LegendEntry]:
    entries = [LegendEntry(line.legend, line.colour, "line", line.dash) for line in fig.lines]
    if any(line.band is not None for line in fig.lines):
        entries.append(LegendEntry("shaded: P10–P90 of the Monte Carlo runs", style.colours.muted,
                                   "area"))
    return entries + [LegendEntry(text, style.colours.muted, "text") for text in fig.undrawn]


def _losses_entries(fig: ProjectionFigure, style: FigureStyle) -> list[LegendEntry]:
    entries = [LegendEntry(p.name, p.colour, "dot") for p in fig.points[:MAX_SOURCES_NAMED]]
    if len(fig.points) > MAX_SOURCES_NAMED:
        entries.append(LegendEntry(f"and {len(fig.points) - MAX_SOURCES_NAMED} more sources "
                                   "(colours repeat)", style.colours.muted, "text"))
    for f in fig.fits:
        entries.append(LegendEntry(f"{number(round(f.rate))} a day: {f.name}", f.colour, "line",
                                   "dash"))
    if any(f.start is not None for f in fig.fits):
        entries.append(LegendEntry("◇ assumed zero losses (start of losses)",
                                   style.colours.muted, "text"))
    return entries + [LegendEntry("bars: the figure's stated or implied range", style.colours.muted,
                                  "text")]


def _strength(scene: Scene, box: Box, fig: ProjectionFigure, style: FigureStyle,
              measure: Measure) -> None:
    frame = date_panel(scene, box, style, measure, "Remaining strength by scenario",
                       _strength_entries(fig, style), fig.strength_days, fig.strength_values,
                       "Personnel remaining")
    plot = frame.plot
    for line in fig.lines:
        if line.band is not None:
            days, low, high = line.band
            xs = frame.x(np.concatenate([days, days[::-1]]))
            ys = frame.y(np.concatenate([low, high[::-1]]))
            polygon = clip_polygon(xs, ys, plot)
            if len(polygon) >= 3:
                scene.add(Area(polygon, line.colour, alpha=0.16))
    for line in fig.lines:
        for piece in clip_polyline(frame.x(line.days), frame.y(line.remaining), plot):
            scene.add(Line(piece, line.colour, style.line_px * 1.6, line.dash))
    placer = Placer(plot)
    _markers(scene, frame, fig, style, measure, placer)
    _depletions(scene, frame, fig, style, measure, placer)
    if fig.threshold is not None:
        y = float(frame.y(fig.threshold))
        scene.add(Line(np.array([[plot.x, y], [plot.right, y]]), style.colours.muted, style.line_px,
                       "dot"))
        _label(scene, placer, measure, style, f"threshold {number(fig.threshold)}",
               style.colours.muted, [(plot.x + style.text_px * 0.4, y - style.text_px * 1.4),
                             (plot.x + style.text_px * 0.4, y + style.text_px * 0.3)])


def _markers(scene, frame: Frame, fig, style, measure, placer: Placer) -> None:
    plot, px = frame.plot, style.text_px
    for marker in fig.markers:
        day = epoch_days(marker.day)
        if not frame.days[0] <= day <= frame.days[1]:
            continue
        x = float(frame.x(day))
        colour = TODAY if marker.role == "today" else style.colours.muted
        scene.add(Line(np.array([[x, plot.y], [x, plot.bottom]]), colour, style.line_px, "dash"))
        w, h = measure(marker.label, px, False)
        _label(scene, placer, measure, style, marker.label, colour,
               beside(x, plot.y + px * 0.2, w, h, px * 0.3, rows=4))


def _depletions(scene, frame: Frame, fig, style, measure, placer: Placer) -> None:
    px = style.text_px
    for line in fig.lines:
        if line.depletion is None:
            continue
        x, y = float(frame.x(epoch_days(line.depletion))), float(frame.y(line.threshold))
        if not frame.plot.x <= x <= frame.plot.right:
            continue
        scene.add(Markers(np.array([[x, y]]), "cross", px * 0.9, line.colour))
        text = short_date(line.depletion)
        w, h = measure(text, px, True)
        _label(scene, placer, measure, style, text, line.colour,
               around(x, y, w, h, px * 0.5, rows=5), bold=True)


def _label(scene, placer: Placer, measure, style, text, colour, candidates,
           bold: bool = False) -> None:
    w, h = measure(text, style.text_px, bold)
    box = placer.place(w, h, candidates)
    if box is not None:
        scene.add(Text(box, text, style.text_px, colour, bold=bold, halo=style.colours.background))


def _losses(scene: Scene, box: Box, fig: ProjectionFigure, style: FigureStyle,
            measure: Measure) -> None:
    frame = date_panel(scene, box, style, measure, "Cumulative casualties reported",
                       _losses_entries(fig, style), fig.losses_days, fig.losses_values,
                       "Casualties (personnel)")
    top, bottom = frame.plot.y, frame.plot.bottom
    for p in fig.points:  # error bars first, the points on top of them
        x = frame.x(p.days)
        low = np.clip(frame.y(p.values - p.sd), top, bottom)
        high = np.clip(frame.y(p.values + p.sd), top, bottom)
        scene.add(Segments(np.column_stack([x, low, x, high]), style.colours.muted, style.line_px))
    for f in fig.fits:
        for piece in clip_polyline(frame.x(f.days), frame.y(f.values), frame.plot):
            scene.add(Line(piece, f.colour, style.line_px * 1.3, "dash"))
        if f.start is not None:
            scene.add(Markers(np.array([[frame.x(np.array([f.start]))[0],
                                         frame.y(np.array([0.0]))[0]]]), "diamond",
                              style.text_px * 0.7, style.colours.background, outline=f.colour))
    for p in fig.points:
        scene.add(Markers(np.column_stack([frame.x(p.days), frame.y(p.values)]), "circle",
                          style.text_px * 0.6, p.colour, outline=style.colours.background))
