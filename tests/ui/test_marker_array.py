"""Markers painted from arrays: each point drawn where the axes put it, in its item's fill,
whatever part of the data is in view; the timeline's events and the chart's casualty points
are drawn that way, and the chart's points still answer hover and click."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor

from briefing.charts.marker_array import MarkerArray


def shown(qtbot, plot):
    qtbot.addWidget(plot)
    plot.resize(400, 300)
    plot.show()
    qtbot.waitExposed(plot)
    qtbot.wait(20)
    return plot.grab().toImage()


def pixel_at(plot, image, x, y) -> QColor:
    view = plot.getViewBox()
    at = plot.mapFromScene(view.mapViewToScene(QPointF(x, y)))
    return image.pixelColor(at)


def test_each_point_is_drawn_where_the_axes_put_it(qtbot):
    plot = pg.PlotWidget(background="w")
    marks = MarkerArray("o", 9, "k", "#c8102e")
    plot.addItem(marks)
    marks.setData(np.array([1.0, 5.0, 9.0]), np.array([1.0, 4.0, 2.0]))
    plot.setXRange(0, 10, padding=0)
    plot.setYRange(0, 5, padding=0)
    image = shown(qtbot, plot)
    for x, y in ((1, 1), (5, 4), (9, 2)):
        assert pixel_at(plot, image, x, y).name() == "#c8102e"
    assert pixel_at(plot, image, 3, 3).name() == "#ffffff"  # nothing between them


def test_a_new_fill_and_new_data_are_drawn_and_points_out_of_view_are_skipped(qtbot):
    plot = pg.PlotWidget(background="w")
    marks = MarkerArray("d", 9, "k", "#c8102e")
    plot.addItem(marks)
    plot.setXRange(0, 10, padding=0)
    plot.setYRange(0, 5, padding=0)
    shown(qtbot, plot)
    marks.setBrush("#0033a0")
    marks.setData(np.array([2.0, 50.0, -40.0]), np.array([2.0, 2.0, 2.0]))
    qtbot.wait(20)
    image = plot.grab().toImage()
    assert pixel_at(plot, image, 2, 2).name() == "#0033a0"
    assert len(marks) == 3 and marks.dataBounds(0) == (-40.0, 50.0)


def test_points_of_several_fills_are_each_drawn_in_theirs_the_later_over_the_earlier(qtbot):
    plot = pg.PlotWidget(background="w")
    marks = MarkerArray("o", 9, None)
    plot.addItem(marks)
    marks.setData(np.array([1.0, 5.0, 9.0, 5.0]), np.array([1.0, 4.0, 2.0, 4.0]),
                  group=np.array([0, 1, 0, 0]), brushes=["#c8102e", "#0033a0"])
    plot.setXRange(0, 10, padding=0)
    plot.setYRange(0, 5, padding=0)
    image = shown(qtbot, plot)
    assert pixel_at(plot, image, 1, 1).name() == "#c8102e"
    assert pixel_at(plot, image, 9, 2).name() == "#c8102e"
    assert pixel_at(plot, image, 5, 4).name() == "#0033a0"  # the second fill, painted last
    marks.setBrush("#008000")  # one fill again for all
    marks.setData(np.array([2.0]), np.array([2.0]))
    qtbot.wait(20)
    image = plot.grab().toImage()
    assert pixel_at(plot, image, 2, 2).name() == "#008000"
    assert pixel_at(plot, image, 5, 4).name() == "#ffffff"


def test_the_timeline_draws_every_event_in_its_lanes_colour(window, qtbot):
    timeline = window.timeline
    timeline.fit_all()
    qtbot.wait(20)
    image = timeline.plot.grab().toImage()
    fig = timeline.figure
    for i in range(len(fig.events)):
        x = (timeline.x0[i] + timeline.x1[i]) / 2
        colour = pixel_at(timeline.plot, image, x, timeline.y[i])
        assert colour.name() == QColor(fig.colours[fig.lane[i]]).name(), fig.events[i].id


def test_the_charts_casualty_points_are_drawn_and_answer_hover_and_click(window, qtbot):
    chart = window.chart
    box = chart.losses.getViewBox()
    image = chart.view.grab().toImage()
    k = list(chart._ids).index("zelenskyy-3800")
    scene = box.mapViewToScene(QPointF(*chart._xy[:, k]))
    colour = chart.figure.points[[p.id for p in chart.figure.points].index("zelenskyy")].colour
    drawn = image.pixelColor(chart.view.mapFromScene(scene))
    wanted = QColor(colour)
    # within a few levels: the chart's faint grid is drawn over the points (alpha 0.15)
    assert max(abs(drawn.red() - wanted.red()), abs(drawn.green() - wanted.green()),
               abs(drawn.blue() - wanted.blue())) <= 4, (drawn.name(), colour)
    assert chart.point_at(scene) == "zelenskyy-3800"
    chart._hover(scene)
    assert chart.view.toolTip() == chart.point_tip("zelenskyy-3800")
    assert chart.point_at(scene + QPointF(40, 40)) is None
    with qtbot.waitSignal(chart.claimClicked) as clicked:
        qtbot.mouseClick(chart.view.viewport(), Qt.LeftButton,
                         pos=chart.view.mapFromScene(scene))
    assert clicked.args == ["zelenskyy-3800"]
