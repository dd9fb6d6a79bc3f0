"""Figures for paper and export: the projection and the timeline painted for their target.

One layout and one painter serve every target (see charts/painting.py for why not widget
grabs or pyqtgraph's exporter): the pack's figures are vector objects in its text flow,
`export chart.png` an image and `export chart.svg` a drawing, both of the requested size
and both carrying the classification banner top and bottom, as every page of the pack does.
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, QSizeF
from PySide6.QtGui import QImage, QPainter, QPyTextObject, QTextFormat
from PySide6.QtSvg import QSvgGenerator

from ..charts.figure_style import FigureStyle, banner_height, banner_items
from ..charts.painting import QtMeasure, paint_scene
from ..charts.projection_data import ProjectionFigure, projection_figure
from ..charts.projection_layout import lay_out_projection
from ..charts.qt_app import ensure_app
from ..charts.scene import Box, Scene
from ..charts.timeline_data import TimelineFigure, indicator_marks, timeline_figure
from ..charts.timeline_layout import lay_out_timeline
from ..workspace import PNG_COMPLETE, SVG_COMPLETE, atomic_write
from .sections import Content

CHART_SIZE = (1600, 900)
FIGURE_SCHEME = "figure:"   # <img src='figure:timeline'> in the pack's HTML
_DOTS_PER_METRE_96_DPI = 3780


def projection_of(content: Content, scenario_id: str | None = None) -> ProjectionFigure:
    """The projection figure of every scenario (or one), coloured as in the window."""
    every = content.analysis.projections
    chosen = [p for p in every if scenario_id is None or p.scenario.id == scenario_id]
    return projection_figure(chosen, content.analysis.observed, content.sources,
                             content.briefing.as_of, [p.scenario.id for p in every])


def timeline_of(content: Content) -> TimelineFigure:
    """The events, and the days the hypotheses' indicators were met."""
    return timeline_figure(content.events, content.claims, content.sources,
                           marks=indicator_marks(content.analysis.matrix))


def chart_scene(content: Content, width: float, height: float, measure,
                scenario_id: str | None = None) -> Scene:
    """The exported chart: banner, projection figure, banner."""
    style = FigureStyle.image(width, height)
    scene = Scene(width, height, style.colours.background)
    marking = content.briefing.classification
    band = banner_height(style.text_px)
    scene.items += banner_items(Box(0, 0, width, band), marking, style.text_px)
    scene.items += banner_items(Box(0, height - band, width, band), marking, style.text_px)
    m = style.text_px
    lay_out_projection(scene, Box(m, band + m * 0.6, width - 2 * m, height - 2 * band - 1.2 * m),
                       projection_of(content, scenario_id), style, measure)
    return scene


def write_chart(content: Content, target: Path, scenario_id: str | None = None,
                size: tuple[int, int] = CHART_SIZE) -> None:
    """`.png` or `.svg` of the projection chart, `size` pixels."""
    ensure_app(headless=True)
    if target.suffix.lower() == ".svg":
        write_svg(content, target, scenario_id, size)
    else:
        write_png(content, target, scenario_id, size)


def write_png(content: Content, target: Path, scenario_id: str | None,
              size: tuple[int, int]) -> None:
    image = QImage(*size, QImage.Format_ARGB32_Premultiplied)
    image.setDotsPerMeterX(_DOTS_PER_METRE_96_DPI)
    image.setDotsPerMeterY(_DOTS_PER_METRE_96_DPI)
    _paint(image, chart_scene(content, *size, QtMeasure(image), scenario_id))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError(f"{target}: could not encode the PNG")
    buffer.close()
    save_file(target, bytes(data))


def write_svg(content: Content, target: Path, scenario_id: str | None,
              size: tuple[int, int]) -> None:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(*size))
    generator.setViewBox(QRect(0, 0, *size))
    generator.setResolution(96)
    generator.setTitle(content.briefing.title)
    generator.setDescription(f"Projection chart, {content.briefing.classification}")
    _paint(generator, chart_scene(content, *size, QtMeasure(generator), scenario_id))
    buffer.close()
    save_file(target, pixel_size(bytes(data), *size))


def pixel_size(svg: bytes, width: int, height: int) -> bytes:
    """Qt writes the size in millimetres at its resolution; say it in pixels, so every
    viewer draws the requested size whatever resolution it assumes."""
    return re.sub(rb'<svg width="[^"]*" height="[^"]*"',
                  f'<svg width="{width}" height="{height}"'.encode(), svg, count=1)


def save_file(target: Path, data: bytes) -> None:
    """The one place an exported image reaches the disk: atomically, and only whole (the
    image is encoded in memory first: Python's writes fail loudly on a full disk, libpng's
    do not)."""
    complete = SVG_COMPLETE if target.suffix.lower() == ".svg" else PNG_COMPLETE
    atomic_write(target, lambda tmp: tmp.write_bytes(data), complete)


def write_widget_png(widget, target: Path) -> None:
    """A widget (a screenshot) as a PNG file, written as exports are."""
    buffer = QBuffer()
    buffer.open(QIODevice.WriteOnly)
    if not widget.grab().save(buffer, "PNG"):
        raise OSError(f"{target}: Qt could not encode the PNG")
    save_file(target, bytes(buffer.data()))


def _paint(device, scene: Scene) -> None:
    painter = QPainter(device)
    try:
        paint_scene(painter, scene)
    finally:
        painter.end()


class PackFigures(QPyTextObject):
    """The pack's figures as objects in its text flow, painted with the page's own painter
    when the page is drawn: vectors in the PDF, laid out for the printed width.

    Registered as the document's image handler, so `<img src='figure:projection'>` places
    a figure where the HTML says, with no search through a long document (the pack has no
    other images, and every free text in it is escaped, so no quote can add one)."""

    RATIOS = {"projection": 0.82}

    def __init__(self, content: Content, parent=None):
        super().__init__(parent)
        self.figures = {"timeline": (timeline_of(content), lay_out_timeline),
                        "projection": (projection_of(content), lay_out_projection)}

    def ratio(self, kind: str) -> float:
        if kind == "timeline":
            return min(0.75, 0.16 + 0.085 * len(self.figures["timeline"][0].lanes))
        return self.RATIOS[kind]

    @staticmethod
    def kind(fmt) -> str:
        return fmt.toImageFormat().name().removeprefix(FIGURE_SCHEME)

    def intrinsicSize(self, doc, pos, fmt):
        if self.kind(fmt) not in self.figures:
            return QSizeF(0, 0)
        width = doc.pageSize().width() - 2 * doc.documentMargin() - 2
        return QSizeF(width, width * self.ratio(self.kind(fmt)))

    def drawObject(self, painter, rect, doc, pos, fmt):
        if self.kind(fmt) not in self.figures:
            return
        figure, lay_out = self.figures[self.kind(fmt)]
        device = painter.device()
        scene = Scene(rect.width(), rect.height())
        lay_out(scene, Box(0, 0, rect.width(), rect.height()), figure,
                FigureStyle.paper(device.logicalDpiY()), QtMeasure(device))
        paint_scene(painter, scene, rect.x(), rect.y())


def figure_marker(kind: str) -> str:
    return f"<img src='{FIGURE_SCHEME}{kind}'>"


def register_figures(doc, content: Content) -> PackFigures:
    """Let `doc` draw its figure images; the returned handler must live as long as it."""
    handler = PackFigures(content, doc)
    doc.documentLayout().registerHandler(QTextFormat.ImageObject, handler)
    return handler
