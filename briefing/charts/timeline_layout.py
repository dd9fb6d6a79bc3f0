"""The timeline laid out for paper or a slide: named lanes, spans as bars, labels that
avoid each other, and a dashed line where an indicator was met, its signpost named beside it.

Labels sit in rows above their lane's bars, each starting at its event (or ending there, near
the right edge); a label that finds no free row is left out and the figure says how many
were, since the pack's table and the window list every event.
"""
from __future__ import annotations

import numpy as np

from .axes import Frame, LegendEntry, Measure, date_axis, elide, legend, text_item
from .figure_style import FigureStyle
from .label_layout import GAP, Placer, beside
from .scene import Box, Line, Markers, Rect, Scene, Text
from .timeline_data import MARK_COLOUR, TimelineFigure

MAX_LABELS = 60
MAX_MARKED = 2000   # past this, markers would merge into a black band: bars alone


def lay_out_timeline(scene: Scene, box: Box, fig: TimelineFigure, style: FigureStyle,
                     measure: Measure, title: str | None = None) -> None:
    px = style.text_px
    y = box.y
    if title:
        scene.add(text_item(measure, box.x, y, title, style.title_px, style.colours.foreground,
                            True))
        y += measure("Ag", style.title_px, True)[1] + px * 0.25
    if fig.day_range is None:
        scene.add(text_item(measure, box.x, y, "No events.", px, style.colours.muted))
        return
    entries = [LegendEntry("exact day", style.colours.muted, "diamond"),
               LegendEntry("approximate date (the bar spans the days it may mean)",
                           style.colours.muted, "dot")] if len(fig.events) <= MAX_MARKED else []
    if fig.marks:
        entries.append(LegendEntry("indicator met", MARK_COLOUR, "line", "dash"))
    y += legend(scene, entries, Box(box.x, y, box.w, box.h), style, measure) + px * 0.4
    line_h = measure("Ag", px, False)[1]
    names = [elide(measure, n, px, box.w * 0.22) for n in fig.lanes]
    left = box.x + max(measure(n, px, True)[0] for n in names) + px
    first, last = fig.day_range
    pad = max((last - first) * 0.03, 3.0)
    tick = px * 0.35
    plot = Box(left, y, box.right - px * 0.5 - left,
               max(box.bottom - (tick + 2 * line_h + px * 0.3) - y, line_h * 2))
    frame = Frame(plot, (first - pad, last + pad), (0.0, 1.0))
    # A lane with more events gets more rows for their labels.
    weights = np.array([1.0 + min(np.count_nonzero(fig.lane == i), 4)
                        for i in range(len(fig.lanes))])
    bottoms = plot.y + np.cumsum(weights) / weights.sum() * plot.h
    tops = np.concatenate([[plot.y], bottoms[:-1]])
    for i, name in enumerate(names):
        if i % 2:
            scene.add(Rect(Box(plot.x, tops[i], plot.w, bottoms[i] - tops[i]), style.colours.grid,
                           alpha=0.45))
        w, h = measure(name, px, True)
        scene.add(Text(Box(left - px * 0.5 - w, bottoms[i] - h * 1.1, w, h), name, px,
                       fig.colours[i], bold=True, align="right"))
    date_axis(scene, frame, box, style, measure, tick)
    bar_h = min(float(np.min(bottoms - tops)) * 0.3, px * 0.9)
    bar_y = bottoms[fig.lane] - bar_h * 1.4
    x0 = np.maximum(frame.x(fig.start), plot.x)
    x1 = np.minimum(np.maximum(frame.x(fig.end), x0 + 2.0), plot.right)
    for lane, colour in enumerate(fig.colours):
        for i in np.flatnonzero(fig.lane == lane):
            scene.add(Rect(Box(float(x0[i]), float(bar_y[i]), float(x1[i] - x0[i]), bar_h),
                           colour, alpha=0.75))
    mids = np.column_stack([(x0 + x1) / 2, bar_y + bar_h / 2])
    for lane, colour in enumerate(fig.colours if len(fig.events) <= MAX_MARKED else ()):
        here = fig.lane == lane
        for shape, which in (("circle", fig.fuzzy), ("diamond", ~fig.fuzzy)):
            if np.any(here & which):
                scene.add(Markers(mids[here & which], shape, px * 0.75, colour,
                                  outline=style.colours.foreground))
    placer = Placer(plot)
    marks_out = _marks(scene, frame, fig, style, measure, placer)
    left_out = _labels(scene, frame, fig, style, measure, tops, bar_y, x0, mids, placer)
    notes = []
    if left_out:
        notes.append(f"{left_out} of {len(fig.events)} event labels left out for space"
                     if len(fig.events) <= MAX_LABELS else f"{len(fig.events):,} events: too "
                     "many to label")
    if marks_out:
        notes.append(f"{marks_out} indicator label{'s' if marks_out != 1 else ''} left out")
    if notes:
        note = "; ".join(notes)
        w, h = measure(note, px, False)
        scene.add(Text(Box(box.right - w, box.y, w, h), note, px, style.colours.muted,
                       align="right"))


def _marks(scene, frame: Frame, fig: TimelineFigure, style: FigureStyle, measure,
           placer: Placer) -> int:
    """A dashed line across the lanes on each day an indicator was met, its signpost beside
    it at the top (first, so event labels make way); returns how many labels found no
    room."""
    px, plot = style.text_px, frame.plot
    line_h = measure("Ag", px, False)[1]
    left_out = 0
    for mark in fig.marks:
        x = float(frame.x(mark.day + 0.5))
        scene.add(Line(np.array([[x, plot.y], [x, plot.bottom]]), MARK_COLOUR, style.line_px,
                       "dash"))
        box = None
        for width in (plot.w * 0.45, plot.w * 0.25):
            text = elide(measure, mark.label, px, width)
            w = measure(text, px, True)[0]
            box = placer.place(w, line_h, beside(x, plot.y + GAP, w, line_h, px * 0.3, 3))
            if box is not None:
                break
        if box is None:
            left_out += 1
            continue
        scene.add(Text(box, text, px, MARK_COLOUR, bold=True, halo=style.colours.background))
    return left_out


def _labels(scene, frame: Frame, fig: TimelineFigure, style: FigureStyle, measure,
            tops, bar_y, x0, mids, placer: Placer) -> int:
    """Label each event in a free row of its lane; returns how many found none."""
    n = len(fig.events)
    if n > MAX_LABELS:
        return n
    px, plot = style.text_px, frame.plot
    line_h = measure("Ag", px, False)[1]
    left_out = 0
    for i in np.argsort(fig.start, kind="stable"):
        label = fig.label(int(i))
        mx = float(mids[i][0])
        rows = []
        y = float(bar_y[i]) - GAP - line_h
        while y >= tops[fig.lane[i]]:
            rows.append(y)
            y -= line_h + GAP
        box = None
        for width in (plot.w, plot.w * 0.45, plot.w * 0.25):  # the whole label if it fits
            text = elide(measure, label, px, width)
            w = measure(text, px, False)[0]
            box = placer.place(w, line_h, [(x, row) for row in rows
                                           for x in (float(x0[i]), mx - w)])
            if box is not None:
                break
        if box is None:
            left_out += 1
            continue
        if box.bottom < float(bar_y[i]) - GAP * 2:
            anchor = box.x if box.x >= mx - 1 else box.right
            scene.add(Line(np.array([[anchor, box.bottom], [mx, float(bar_y[i])]]),
                           style.colours.muted, style.line_px / 2))
        scene.add(Text(box, text, px, style.colours.foreground, halo=style.colours.background))
    return left_out
