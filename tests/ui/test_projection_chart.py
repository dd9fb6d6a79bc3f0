"""The projection charts read the evidence model: each scenario's own force, its fitted line
and its start of losses; the central line is the median the judgment names."""
import numpy as np

from briefing.charts.timeline import epoch
from briefing.domain import Claim


def projection(window, scenario_id):
    return next(p for p in window.analysis.projections if p.scenario.id == scenario_id)


def test_the_central_line_is_the_median_and_meets_the_threshold_on_the_named_date(window):
    for sid in ("isw", "fitted"):
        p = projection(window, sid)
        x, y = window.chart._scenarios[sid].curve.getData()
        assert np.array_equal(y, p.band.p50)
        crossing = int(np.argmax(y <= 0))
        assert x[crossing] == epoch(p.p50)
        assert window.chart._scenarios[sid].label.toPlainText() == \
            f"{p.p50.day} {p.p50:%b %Y}"


def test_another_forces_casualties_stay_off_the_chart(window):
    before = projection(window, "fitted").rate
    other = Claim(id="ru1", source="isw", subject="Russian forces, Kursk", metric="casualties",
                  as_of="2025-01-20", credibility=3, quote="…", value=40_000)
    window.session.put(other)
    points = [pt for item in window.chart._points.values()
              for pt in (item.data["data"] if len(item.data) else [])]
    assert "ru1" not in points and "zelenskyy-3800" in points
    assert projection(window, "fitted").rate == before
    assert "ru1" not in projection(window, "fitted").claims_used


def test_the_fitted_line_and_its_start_of_losses_are_drawn(window):
    items = window.chart._scenarios["fitted"]
    fit = projection(window, "fitted").fit
    xs, ys = items.start.getData()
    assert list(xs) == [epoch(fit.points[0].day)] and list(ys) == [0.0]   # 5 December
    line_x, line_y = items.fit_line.getData()
    anchor = epoch(fit.anchor_date)
    assert np.allclose(line_y, fit.anchor_losses + fit.rate * (line_x - anchor) / 86400.0)
    undetermined = window.chart._scenarios["claims-alone"].fit_line.getData()[0]
    assert undetermined is None or len(undetermined) == 0
