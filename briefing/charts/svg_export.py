"""SVG export of a chart, with one workaround for pyqtgraph 0.14 on Qt 6.11+.

Qt 6.11 closes paths with a bare `Z` token, which pyqtgraph 0.14's `correctCoordinates`
tries to split as "x,y" and fails (`ValueError: not enough values to unpack`; pyqtgraph
issue #3495, fixed by PR #3458 after 0.14.0). We drop `Z`/`z` tokens from every `<path d>`
before pyqtgraph sees them: filled shapes are still closed by the fill rule; only the last
stroke segment of a closed outline is lost. Remove this module's patch when a pyqtgraph
release has the fix (tests/charts/test_svg_export.py will keep passing).
"""
from __future__ import annotations

import importlib
from pathlib import Path

from pyqtgraph.exporters import SVGExporter

# The package re-exports the class under the module's name, so fetch the module itself.
_svg = importlib.import_module("pyqtgraph.exporters.SVGExporter")

_original = _svg.correctCoordinates


def _strip_close_tokens(node) -> None:
    for path in node.getElementsByTagName("path"):
        d = path.getAttribute("d")
        if "Z" in d or "z" in d:
            path.setAttribute("d", " ".join(t for t in d.split() if t not in ("Z", "z")))


def _correct_coordinates(node, defs, item, options):
    _strip_close_tokens(node)
    return _original(node, defs, item, options)


if getattr(_svg.correctCoordinates, "__name__", "") != "_correct_coordinates":
    _svg.correctCoordinates = _correct_coordinates


def export_svg(item, target: Path) -> None:
    """Write `item` (a plot item or graphics layout) as SVG."""
    SVGExporter(item).export(str(target))
