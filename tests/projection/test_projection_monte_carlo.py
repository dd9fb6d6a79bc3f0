"""Monte Carlo: percentiles, probability, repeatability and the chart band."""
import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.domain import Reinforcement, Scenario
from briefing.projection import Fit, project, projection_json
from briefing.projection.linear import Steps, depletion_days
from briefing.projection.monte_carlo import Uncertainty, sample

ANCHOR = dt.date(2025, 1, 6)


def ranged(**overrides):
    fields = dict(id="isw", name="ISW estimate", kind="linear", initial_strength=12_000,
                  anchor_date=ANCHOR.isoformat(), anchor_losses=3_800, daily_loss_rate=92,
                  initial_strength_range=(11_000, 13_000), anchor_losses_range=(3_000, 4_600),
                  daily_loss_rate_range=(70, 114))
    fields.update(overrides)
    return Scenario(**fields)


def stepped(strength, losses, rate, steps, threshold, horizon):
    for d in range(horizon + 1):
        added = steps.total[np.searchsorted(steps.start, d, side="right") - 1]
        if strength + added - losses - rate * d <= threshold:
            return d
    return np.inf


def test_contract_example_with_ranges_gives_ordered_percentiles_and_a_judgment():
    p = project(ranged(), [], {})
    out = projection_json(p)
    assert p.p10 < p.p50 < p.p90
    assert out["judgment_date"] == "2025-04-30"       # end of the deterministic month
    assert out["probability"] == round(p.probability, 4) and 0.5 < p.probability < 1
    assert out["judgment"] in ("likely", "very likely")
    assert p.likelihood.startswith("The ISW estimate is ")
    assert "by 30 April 2025 at the current loss rate" in p.likelihood


def test_the_same_seed_repeats_and_another_seed_differs():
    a, b = project(ranged(), [], {}, seed=7), project(ranged(), [], {}, seed=7)
    assert projection_json(a) == projection_json(b)
    assert np.array_equal(a.band.p50, b.band.p50)
    c = project(ranged(), [], {}, seed=8)
    assert c.probability != a.probability


def test_no_ranges_means_no_percentiles_probability_or_band():
    p = project(ranged(initial_strength_range=None, anchor_losses_range=None,
                       daily_loss_rate_range=None), [], {})
    assert (p.p10, p.p50, p.p90, p.probability, p.band, p.likelihood) == (None,) * 6
    assert p.deterministic is not None


def test_p90_beyond_the_horizon_is_reported_as_none():
    p = project(ranged(horizon_days=100), [], {})
    assert p.p10 is not None and p.p90 is None
    assert 0.1 < p.beyond_horizon < 0.9


def test_probability_is_the_share_of_samples_depleted_by_the_judgment_date():
    scenario = ranged(judgment_date="2025-04-10",
                      reinforcements=(Reinforcement("2025-03-01", 500),))
    p = project(scenario, [], {}, samples=300, seed=3)
    s, l, r = sample(Uncertainty((11_000, 13_000), (3_000, 4_600), (70, 114)), 0, 0, 0, 300, 3)
    steps = Steps.of(scenario.reinforcements, ANCHOR, 730)
    by = (dt.date(2025, 4, 10) - ANCHOR).days
    expected = np.mean([stepped(*x, steps, 0, 730) <= by for x in zip(s, l, r)])
    assert p.probability == expected
    assert p.judgment_date == dt.date(2025, 4, 10)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32), n=st.integers(1, 60), threshold=st.floats(0, 3_000),
       plan=st.lists(st.tuples(st.integers(-3, 80), st.integers(1, 2_000)), max_size=3))
def test_every_sample_depletes_on_the_day_stepped_day(seed, n, threshold, plan):
    rng = np.random.default_rng(seed)
    strength = rng.uniform(0, 9_000, n).round(rng.integers(0, 3))
    losses = rng.uniform(0, 5_000, n)
    rate = rng.choice([0.0, 0.1, 7.0, 91.7, 250.0], n) * rng.uniform(0.5, 1.5, n).round(1)
    steps = Steps.of([Reinforcement((ANCHOR + dt.timedelta(days=o)).isoformat(), c)
                      for o, c in plan], ANCHOR, 90)
    got = depletion_days(strength, losses, rate, steps, threshold, 90)
    want = [stepped(*x, steps, threshold, 90) for x in zip(strength, losses, rate)]
    assert got.tolist() == want


bounds = st.tuples(st.floats(8_000, 20_000), st.floats(0, 4_000), st.floats(1, 200))
widths = st.tuples(st.floats(0, 0.3), st.floats(0, 0.3), st.floats(0, 0.5))


def symmetric(point, width, plan):
    (s, l, r), (ws, wl, wr) = point, width
    return ranged(initial_strength=s, anchor_losses=l, daily_loss_rate=r,
                  initial_strength_range=(s * (1 - ws), s * (1 + ws)),
                  anchor_losses_range=(l * (1 - wl), l * (1 + wl)),
                  daily_loss_rate_range=(r * (1 - wr), r * (1 + wr)), horizon_days=400,
                  reinforcements=tuple(Reinforcement((ANCHOR + dt.timedelta(days=o))
                                                     .isoformat(), c) for o, c in plan))


plans = st.lists(st.tuples(st.integers(0, 300), st.integers(1, 3_000)), max_size=2)
LATE = dt.date.max


@settings(max_examples=40, deadline=None)
@given(point=bounds, width=widths, plan=plans, seed=st.integers(0, 1000))
def test_percentiles_are_ordered_and_bracket_the_deterministic_date(point, width, plan, seed):
    p = project(symmetric(point, width, plan), [], {}, samples=4_000, seed=seed)
    p10, p50, p90 = (d or LATE for d in (p.p10, p.p50, p.p90))
    assert p10 <= p50 <= p90
    assert p10 <= (p.depletion_date or LATE) <= p90


def test_a_fitted_rate_is_sampled_positive_only():
    fit = Fit(rate=5.0, rate_se=20.0, mean_level=1_000.0, mean_level_se=50.0, mean_offset=-3.0)
    _, losses, rate = sample(Uncertainty(fit=fit), 10_000, 0, 0, 20_000, 0)
    assert rate.min() > 0
    assert np.median(rate) > 5.0                       # the lower tail was cut off
    assert losses.mean() == pytest.approx(1_000 + 3 * rate.mean(), rel=0.02)


def test_band_follows_the_exact_daily_percentiles():
    scenario = ranged(reinforcements=(Reinforcement("2025-02-15", 1_500),), horizon_days=365)
    p = project(scenario, [], {}, samples=10_000)
    s, l, r = sample(Uncertainty((11_000, 13_000), (3_000, 4_600), (70, 114)), 0, 0, 0,
                     10_000, 0)
    steps = Steps.of(scenario.reinforcements, ANCHOR, 365)
    for day in (0, 5, 39, 40, 90, 200, 365):
        exact = np.percentile(s + steps.at(np.array(day)) - l - r * day, [10, 50, 90])
        got = [p.band.p10[day], p.band.p50[day], p.band.p90[day]]
        assert np.allclose(got, exact, atol=0.005 * 12_000), day
    assert p.band.p50[40] - p.band.p50[39] == pytest.approx(1_500 - 92 * 1, abs=30)
    assert (p.band.p10 <= p.band.p50).all() and (p.band.p50 <= p.band.p90).all()
    assert p.band.days.shape == p.remaining.shape == p.dates.shape
