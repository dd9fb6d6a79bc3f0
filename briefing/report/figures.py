"""Charts for paper: the projection and the timeline rendered off screen.

The same chart classes as the window, fed from the same analysis, so the pack shows what the
analyst saw. PNG comes from `QWidget.grab` (pyqtgraph's ImageExporter leaves objects that
crash the interpreter at exit); SVG from pyqtgraph's exporter with our one workaround.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage

from ..charts import ProjectionChart, TimelineView, export_svg
from ..charts.qt_app import ensure_app
from ..workspace import PNG_COMPLETE, SVG_COMPLETE, atomic_write
from .sections import Content

CHART_SIZE = (1600, 900)
TIMELINE_SIZE = (1600, 520)


def projection_chart(content: Content, scenario_id: str | None = None,
                     size=CHART_SIZE) -> ProjectionChart:
    ensure_app(headless=True)
    projections = [p for p in content.analysis.projections
                   if scenario_id is None or p.scenario.id == scenario_id]
    chart = ProjectionChart()
    chart.resize(*size)
    chart.set_data(projections, content.analysis.observed, content.sources,
                   content.briefing.as_of)
    return chart


def timeline_chart(content: Content, size=TIMELINE_SIZE) -> TimelineView:
    ensure_app(headless=True)
    view = TimelineView()
    view.resize(*size)
    view.set_data(content.events, content.claims, content.sources)
    return view


def image_of(chart) -> QImage:
    """The chart as an image; the chart is disposed of (it was made for this picture)."""
    image = chart.grab().toImage()
    chart.dispose()
    return image


def write_chart(content: Content, target: Path, scenario_id: str | None = None) -> None:
    """`.png` or `.svg` of the projection chart, written atomically."""
    chart = projection_chart(content, scenario_id)
    try:
        if target.suffix.lower() == ".svg":
            atomic_write(target, lambda tmp: export_svg(chart.view.ci, tmp), SVG_COMPLETE)
        else:
            write_png(chart, target)
    finally:
        chart.dispose()


def write_png(widget, target: Path) -> None:
    """A widget as a PNG file, written atomically. The image is encoded in memory and the
    bytes written by Python, whose writes fail loudly on a full disk (libpng's do not)."""
    buffer = QBuffer()
    buffer.open(QIODevice.WriteOnly)
    if not widget.grab().save(buffer, "PNG"):
        raise OSError(f"{target}: Qt could not encode the PNG")
    data = bytes(buffer.data())
    atomic_write(target, lambda tmp: tmp.write_bytes(data), PNG_COMPLETE)
