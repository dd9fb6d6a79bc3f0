"""The projection charts read the evidence model: each scenario's own force, its fitted line
and its start of losses; the central line is the median the judgment names."""
import numpy as np

from briefing.charts.projection_data import epoch_days
from briefing.domain import Claim

DAY = 86400.0


def projection(window, scenario_id):
    return next(p for p in window.analysis.projections if p.scenario.id == scenario_id)


def test_the_central_line_is_the_median_and_meets_the_threshold_on_the_named_date(window):
    for sid in ("isw", "fitted"):
        p = projection(window, sid)
        x, y = window.chart._scenarios[sid].curve.getData()
        assert np.array_equal(y, p.band.p50)
        crossing = int(np.argmax(y <= 0))
        assert x[crossing] == epoch_days(p.p50) * DAY
        assert list(window.chart._scenarios[sid].marker.getData()[0]) == [x[crossing]]
    assert "claims-alone" not in window.chart._scenarios      # undetermined: nothing drawn


def test_another_forces_casualties_stay_off_the_chart(window):
    before = projection(window, "fitted").rate
    other = Claim(id="ru1", source="isw", subject="Russian forces, Kursk", metric="casualties",
                  as_of="2025-01-20", credibility=3, quote="…", value=40_000)
    window.session.put(other)
    shown = {cid for p in window.chart.figure.points for cid in p.claim_ids}
    assert "ru1" not in shown and "zelenskyy-3800" in shown
    assert projection(window, "fitted").rate == before
    assert "ru1" not in projection(window, "fitted").claims_used


def test_the_fitted_line_and_its_start_of_losses_are_drawn(window):
    fit = projection(window, "fitted").fit
    line, zero = window.chart._fits["fitted"]
    xs, ys = zero.getData()
    assert list(xs) == [epoch_days(fit.points[0].day) * DAY] and list(ys) == [0.0]  # 5 Dec
    line_x, line_y = line.getData()
    anchor = epoch_days(fit.anchor_date) * DAY
    assert np.allclose(line_y, fit.anchor_losses + fit.rate * (line_x - anchor) / DAY)
    assert set(window.chart._fits) == {"fitted"}                # not the undetermined one


class _Paints:
    """Counts the paint events a widget handles."""

    def __init__(self, widget):
        from PySide6.QtCore import QEvent, QObject

        count = self

        class Filter(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Paint:
                    count.n += 1
                return False

        self.n = 0
        self.filter = Filter()
        widget.installEventFilter(self.filter)


def _figure(window):
    from briefing.charts.projection_data import projection_figure

    a, ws = window.analysis, window.session.ws
    return projection_figure(a.projections, a.observed, {s.id: s for s in ws.sources()},
                             ws.briefing().as_of)


def test_a_figure_shown_in_steps_is_painted_once_complete(window, qtbot):
    """The chart keeps showing the figure before until the steps are done (each paint in
    between took 8-40 ms of the window's thread at 100,000 claims), then paints the new
    one whole."""
    chart = window.chart
    qtbot.wait(50)
    paints = _Paints(chart.view.viewport())
    steps = chart.figure_steps(_figure(window))
    for step in steps[:-1]:
        step()
        qtbot.wait(20)
    assert paints.n == 0
    steps[-1]()
    qtbot.waitUntil(lambda: paints.n > 0, timeout=2000)
    assert chart.updatesEnabled()


def test_a_figure_whose_last_steps_were_dropped_is_still_painted(window, qtbot):
    from briefing.charts import projection_chart

    chart = window.chart
    qtbot.wait(50)
    paints = _Paints(chart.view.viewport())
    chart.figure_steps(_figure(window))[0]()   # a newer run dropped the rest
    qtbot.wait(20)
    assert paints.n == 0
    qtbot.waitUntil(lambda: paints.n > 0, timeout=projection_chart.HOLD_MS + 2000)
    assert chart.updatesEnabled()


def _quiet_paints(qtbot, paints, quiet_ms: int = 300) -> int:
    """The paints counted once none has come for `quiet_ms`."""
    seen = -1
    while seen != paints.n:
        seen = paints.n
        qtbot.wait(quiet_ms)
    return seen


def _axes(chart) -> list[tuple[float, float]]:
    return [(a.width(), a.height()) for plot in (chart.strength, chart.losses)
            for a in (plot.getAxis("left"), plot.getAxis("bottom"))]


def test_a_new_figure_is_painted_once_with_its_axes_where_they_first_were(window, qtbot):
    """The axes' room for their labels comes from the figure's ranges, before it is painted,
    not from the labels measured at the paint before: a figure whose labels were wider or
    narrower than the last ones was laid out again after each paint — the plots jumped
    sideways, and at 100,000 claims four or five paints of 20–30 ms each ran while the
    analysis worker waited for the interpreter (bench_open.py --stalls)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from briefing.charts.projection_chart import ProjectionChart

    chart = ProjectionChart()
    qtbot.addWidget(chart)
    chart.resize(900, 600)
    chart.show()
    qtbot.waitExposed(chart)
    _quiet_paints(qtbot, _Paints(chart.view.viewport()))  # the empty chart, settled
    paints = _Paints(chart.view.viewport())
    chart.set_figure(_figure(window))
    QCoreApplication.sendPostedEvents(None, QEvent.LayoutRequest)
    laid_out = _axes(chart)
    assert _quiet_paints(qtbot, paints) == 1
    assert _axes(chart) == laid_out
    assert all(w > 0 and h > 0 for w, h in laid_out)
    narrow = chart.strength.getAxis("left").width()
    chart.strength.setYRange(0, 2_500_000, padding=0)  # zoomed out: '2,500,000' fits
    QCoreApplication.sendPostedEvents(None, QEvent.LayoutRequest)
    wide = chart.strength.getAxis("left").width()
    assert wide > narrow
    _quiet_paints(qtbot, paints)
    assert chart.strength.getAxis("left").width() == wide
    chart.dispose()
