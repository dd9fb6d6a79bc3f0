"""A new figure or new events are laid out before they are painted, and painted once
(briefing/charts/plot_layout.py): the plots do not jump sideways after they appear, and at
100,000 claims the window's thread no longer paints four or five times while the analysis
worker waits for the interpreter (bench_open.py --stalls)."""
from PySide6.QtCore import QCoreApplication, QEvent

from paint_count import Paints, quiet_paints


def _laid_out() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.LayoutRequest)


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    quiet_paints(qtbot, Paints(widget))  # as it first appears, settled
    return widget


def _axes(chart) -> list[tuple[float, float]]:
    return [(a.width(), a.height()) for plot in (chart.strength, chart.losses)
            for a in (plot.getAxis("left"), plot.getAxis("bottom"))]


def test_a_new_figure_is_painted_once_with_its_axes_where_they_first_were(window, qtbot):
    """The axes' room for their labels comes from the figure's ranges, not from the labels
    measured at the paint before (which laid the plots out again after each paint)."""
    from briefing.charts.projection_chart import ProjectionChart
    from briefing.charts.projection_data import projection_figure

    chart = _shown(qtbot, ProjectionChart())
    axes = [plot.getAxis(name) for plot in (chart.strength, chart.losses)
            for name in ("left", "bottom")]
    assert not any(axis.isVisible() for axis in axes)  # no numbers of nothing
    paints = Paints(chart.view.viewport())
    a, ws = window.analysis, window.session.ws
    chart.set_figure(projection_figure(a.projections, a.observed,
                                       {s.id: s for s in ws.sources()}, ws.briefing().as_of))
    _laid_out()
    laid_out = _axes(chart)
    assert all(axis.isVisible() for axis in axes)
    assert quiet_paints(qtbot, paints) == 1
    assert _axes(chart) == laid_out
    assert all(w > 0 and h > 0 for w, h in laid_out)
    narrow = chart.strength.getAxis("left").width()
    chart.strength.setYRange(0, 2_500_000, padding=0)  # zoomed out: '2,500,000' fits
    _laid_out()
    wide = chart.strength.getAxis("left").width()
    assert wide > narrow
    quiet_paints(qtbot, paints)
    assert chart.strength.getAxis("left").width() == wide
    chart.dispose()


def test_new_events_are_painted_once_with_the_lanes_names_given_their_room(window, qtbot):
    from briefing.charts.timeline import TimelineView

    timeline = _shown(qtbot, TimelineView())
    paints = Paints(timeline.plot.viewport())
    lanes = timeline.plot.getAxis("left")
    empty = lanes.width()
    ws = window.session.ws
    timeline.set_data(ws.events(), {c.id: c for c in ws.claims()},
                      {s.id: s for s in ws.sources()})
    _laid_out()
    named = lanes.width()
    assert named > empty  # 'casualty-report' is wider than no name at all
    assert quiet_paints(qtbot, paints) == 1
    assert lanes.width() == named
    timeline.dispose()
