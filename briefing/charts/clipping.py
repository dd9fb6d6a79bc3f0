"""Cutting lines and areas to the plot rectangle before they are painted.

A figure is written to PDF, SVG and PNG by one painter; SVG output does not keep a
painter's clip region, so nothing outside the plot may be drawn at all. Both functions work
on numpy arrays of device coordinates.
"""
from __future__ import annotations

import numpy as np

from .scene import Box


def clip_polyline(x: np.ndarray, y: np.ndarray, box: Box) -> list[np.ndarray]:
    """The parts of a polyline inside `box`, each an (n, 2) array (Liang–Barsky per
    segment; consecutive visible segments are joined)."""
    x, y = np.asarray(x, float), np.asarray(y, float)
    keep = np.isfinite(x) & np.isfinite(y)
    pieces: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    for i in range(len(x) - 1):
        if not (keep[i] and keep[i + 1]):
            current = _flush(pieces, current)
            continue
        seg = _clip_segment(x[i], y[i], x[i + 1], y[i + 1], box)
        if seg is None:
            current = _flush(pieces, current)
            continue
        (ax, ay), (bx, by) = seg
        if current and (abs(current[-1][0] - ax) > 1e-9 or abs(current[-1][1] - ay) > 1e-9):
            current = _flush(pieces, current)
        if not current:
            current.append((ax, ay))
        current.append((bx, by))
        if (bx, by) != (x[i + 1], y[i + 1]):
            current = _flush(pieces, current)
    _flush(pieces, current)
    return [np.array(p) for p in pieces]


def _flush(pieces: list, current: list) -> list:
    if len(current) >= 2:
        pieces.append(current)
    return []


def _clip_segment(x0, y0, x1, y1, box: Box):
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x0 - box.left), (dx, box.right - x0), (-dy, y0 - box.top),
                 (dy, box.bottom - y0)):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    return (x0 + t0 * dx, y0 + t0 * dy), (x0 + t1 * dx, y0 + t1 * dy)


def clip_polygon(x: np.ndarray, y: np.ndarray, box: Box) -> np.ndarray:
    """A closed polygon cut to `box` (Sutherland–Hodgman), as an (n, 2) array, possibly
    empty."""
    points = np.column_stack([np.asarray(x, float), np.asarray(y, float)])
    points = points[np.all(np.isfinite(points), axis=1)]
    for axis, limit, inside_is_greater in ((0, box.left, True), (0, box.right, False),
                                           (1, box.top, True), (1, box.bottom, False)):
        if not len(points):
            break
        points = _clip_edge(points, axis, limit, inside_is_greater)
    return points


def _clip_edge(points: np.ndarray, axis: int, limit: float, greater: bool) -> np.ndarray:
    v = points[:, axis]
    inside = v >= limit if greater else v <= limit
    prev = np.roll(points, 1, axis=0)
    prev_inside = np.roll(inside, 1)
    out = []
    for p, q, p_in, q_in in zip(prev, points, prev_inside, inside):
        if q_in != p_in:
            t = (limit - p[axis]) / (q[axis] - p[axis])
            out.append(p + t * (q - p))
        if q_in:
            out.append(q)
    return np.array(out).reshape(-1, 2)
