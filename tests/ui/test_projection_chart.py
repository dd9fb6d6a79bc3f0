"""The projection charts read the evidence model: each scenario's own force, its fitted line
and its start of losses; the central line is the median the judgment names."""
import numpy as np

from briefing.charts.projection_data import epoch_days
from briefing.domain import Claim
from paint_count import Paints

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
    paints = Paints(chart.view.viewport())
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
    paints = Paints(chart.view.viewport())
    chart.figure_steps(_figure(window))[0]()   # a newer run dropped the rest
    qtbot.wait(20)
    assert paints.n == 0
    qtbot.waitUntil(lambda: paints.n > 0, timeout=projection_chart.HOLD_MS + 2000)
    assert chart.updatesEnabled()



def test_a_held_repaint_after_the_chart_was_disposed_does_nothing(window, qtbot):
    """A figure's first step holds a repaint for HOLD_MS; a window closed within that time
    disposes its charts (their scenes cleared). The held repaint then laid out a deleted
    layout: "Internal C++ object (QGraphicsGridLayout) already deleted", raised in the event
    loop, which pytest-qt reports as a failure of whichever test is running."""
    from briefing.charts import projection_chart, theme

    chart = window.chart
    chart.figure_steps(_figure(window))[0]()   # the repaint is held …
    theme.dispose_scene(chart.view)            # … and the view disposed, as at shutdown
    qtbot.wait(projection_chart.HOLD_MS + 200)
    assert chart.view.isHidden() and not chart._held.isActive()
