"""Monte Carlo: percentiles, probability, repeatability and the chart band."""
import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.domain import Claim, Reinforcement, Scenario, long_date
from briefing.projection import Fit, project, projection_json
from briefing.projection.linear import Steps, depletion_days
from briefing.projection.monte_carlo import Uncertainty, sample

RANGES = Uncertainty((11_000, 13_000), (3_000, 4_600), (70, 114))


def draws(u, samples, seed, reinforcements=(), horizon=730):
    d = sample(u, 0, 0, 0, Steps.of(reinforcements, ANCHOR, horizon), samples, seed, ANCHOR,
               horizon)
    return d.strength, d.losses, d.rate

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


def test_without_a_judgment_date_the_judgment_is_the_median_and_its_80_percent_range():
    p = project(ranged(), [], {})
    out = projection_json(p)
    assert p.p10 < p.p50 < p.p90
    assert (out["judgment_date"], out["probability"], out["judgment"]) == (None, None, None)
    first = p.sentences[0]
    assert first.endswith(f"would most likely be entirely killed or wounded around "
                          f"{long_date(p.p50)} (80% range {long_date(p.p10)} to "
                          f"{long_date(p.p90)}).")
    assert not any(w in first for w in ("likely (", "unlikely", "chance", "certain"))


def test_with_the_analysts_judgment_date_the_probability_is_worded():
    p = project(ranged(judgment_date="2025-04-15"), [], {})
    out = projection_json(p)
    assert out["judgment_date"] == "2025-04-15"
    assert out["probability"] == round(p.probability, 4) and 0.5 < p.probability < 0.8
    assert out["judgment"] == "likely"
    assert p.sentences[0].endswith(f"the ISW estimate is likely ({p.probability:.0%}) to be "
                                   "entirely killed or wounded by 15 April 2025.")
    assert p.sentences[1] == (f"Most likely around {long_date(p.p50)}; 80% range "
                              f"{long_date(p.p10)} to {long_date(p.p90)}.")


@pytest.mark.parametrize("judged, words, said", [
    ("2026-01-01", "almost certain", "almost certain (>99%)"),
    ("2025-01-07", "almost no chance", "there is almost no chance (<1%) that"),
])
def test_probabilities_stay_within_1_and_99_percent(judged, words, said):
    p = project(ranged(judgment_date=judged), [], {})
    assert p.probability in (0.01, 0.99) and p.judgment == words
    assert said in p.sentences[0]
    assert "100%" not in " ".join(p.sentences) and "(0%)" not in " ".join(p.sentences)


def test_the_same_seed_repeats_and_another_seed_differs():
    dated = ranged(judgment_date="2025-04-15")
    a, b = project(dated, [], {}, seed=7), project(dated, [], {}, seed=7)
    assert projection_json(a) == projection_json(b)
    assert np.array_equal(a.band.p50, b.band.p50)
    c = project(dated, [], {}, seed=8)
    assert c.probability != a.probability


def test_no_ranges_means_no_percentiles_probability_or_band():
    p = project(ranged(initial_strength_range=None, anchor_losses_range=None,
                       daily_loss_rate_range=None, judgment_date="2025-04-15"), [], {})
    assert (p.p10, p.p50, p.p90, p.probability, p.band) == (None,) * 5
    assert p.depletion_date == dt.date(2025, 4, 6)
    assert p.sentences[1] == ("No uncertainty ranges are set, so no probability is stated "
                              "for 15 April 2025.")


def test_p90_beyond_the_horizon_is_reported_as_none():
    p = project(ranged(horizon_days=100), [], {})
    assert p.p10 is not None and p.p90 is None
    assert 0.1 < p.beyond_horizon < 0.9


def test_probability_is_the_share_of_samples_depleted_by_the_judgment_date():
    scenario = ranged(judgment_date="2025-04-10",
                      reinforcements=(Reinforcement("2025-03-01", 500),))
    p = project(scenario, [], {}, samples=300, seed=3)
    s, l, r = draws(RANGES, 300, 3)
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


def test_a_fitted_rate_is_sampled_normally_and_never_redrawn():
    fit = Fit(rate=50.0, rate_se=30.0, mean_level=1_000.0, mean_level_se=50.0,
              mean_offset=-3.0)
    _, losses, rate = draws(Uncertainty(fit=fit), 20_000, 0)
    assert np.mean(rate <= 0) == pytest.approx(0.048, abs=0.006)     # Φ(−50/30)
    assert np.median(rate) == pytest.approx(50, abs=1)                 # nothing cut off
    assert losses.mean() == pytest.approx(1_000 + 3 * rate.mean(), rel=0.02)


def test_a_sample_whose_rate_is_not_positive_never_depletes():
    days = depletion_days(np.array([9_000.0, 9_000, 9_000, 100]), np.zeros(4),
                          np.array([-40.0, 0.0, 90.0, -5.0]), Steps.of((), ANCHOR, 730), 0, 730)
    assert days.tolist() == [np.inf, np.inf, 100, np.inf]
    already = depletion_days(np.array([100.0]), np.array([200.0]), np.array([-5.0]),
                             Steps.of((), ANCHOR, 730), 0, 730)
    assert already.tolist() == [0]                     # depleted at the anchor stays so


def test_reinforcement_counts_in_a_range_are_sampled():
    arrive = (Reinforcement("2025-02-15", 2_000, (1_000, 3_000)),)
    p = project(ranged(initial_strength_range=None, anchor_losses_range=None,
                       daily_loss_rate_range=None, reinforcements=arrive), [], {},
                samples=4_000)
    assert p.band is not None and p.p10 < p.p90
    step = p.band.p90[40] - p.band.p90[39], p.band.p10[40] - p.band.p10[39]
    assert step[0] == pytest.approx(2_800 - 92, abs=60) and step[1] == pytest.approx(1_200 - 92,
                                                                                      abs=60)
    assert p.depletion_date == ANCHOR + dt.timedelta(days=111)  # (8,200 + 2,000) / 92 → 111


def test_band_follows_the_exact_daily_percentiles():
    scenario = ranged(reinforcements=(Reinforcement("2025-02-15", 1_500),), horizon_days=365)
    p = project(scenario, [], {}, samples=10_000)
    s, l, r = draws(RANGES, 10_000, 0, scenario.reinforcements, 365)
    steps = Steps.of(scenario.reinforcements, ANCHOR, 365)
    for day in (0, 5, 39, 40, 90, 200, 365):
        exact = np.percentile(s + steps.at(np.array(day)) - l - r * day, [10, 50, 90])
        got = [p.band.p10[day], p.band.p50[day], p.band.p90[day]]
        assert np.allclose(got, exact, atol=0.005 * 12_000), day
    assert p.band.p50[40] - p.band.p50[39] == pytest.approx(1_500 - 92 * 1, abs=30)
    assert (p.band.p10 <= p.band.p50).all() and (p.band.p50 <= p.band.p90).all()
    assert p.band.days.shape == p.remaining.shape == p.dates.shape


scenarios = st.tuples(bounds, widths, st.booleans(), st.sampled_from([0.0, 500.0]),
                      st.sampled_from([4_000, 10_000]), st.integers(0, 10_000))


@settings(max_examples=60, deadline=None)
@given(case=scenarios)
def test_the_central_date_said_is_the_median_and_the_central_line_meets_it(case):
    """The sentence names the Monte Carlo median; the chart's central line (the band's
    median) first reaches the threshold on that day, exactly, at 4,000 and 10,000 draws (a band
    from a subset of the draws crossed up to 2.5 % early)."""
    _central_line_meets_the_median(case)


def test_the_central_line_meets_the_median_on_a_wide_fitted_case_with_10000_draws():
    _central_line_meets_the_median(((8000.0, 2457.0, 9.0), (0.0, 0.25, 0.0), True, 0.0,
                                    10000, 1495))


def _central_line_meets_the_median(case):
    point, width, fitted, threshold, samples, seed = case
    scenario = symmetric(point, width, ()).changed(threshold=threshold)
    claims = []
    if fitted:
        rng = np.random.default_rng(seed)
        claims = [Claim(id=f"c{i}", source="s", subject="X", metric="casualties",
                        as_of=(ANCHOR - dt.timedelta(days=7 * i)).isoformat(), credibility=2,
                        quote="…", value=max(point[1] - 7 * i * point[2], 0) * rng.uniform(
                            1 - width[1] / 3, 1 + width[1] / 3)) for i in range(5)]
        scenario = scenario.changed(kind="fitted", subject="X", anchor_losses_range=None,
                                    daily_loss_rate_range=None)
    p = project(scenario, claims, {}, samples=samples, seed=seed)
    if p.status == "undetermined":
        assert p.p50 is None and p.band is None and p.probability is None
        return
    if p.p50 is None:
        assert "most likely not" in p.sentences[0]
        return
    assert f"around {long_date(p.p50)}" in p.sentences[0]
    crossing = int(np.argmax(p.central <= threshold))
    assert p.central[crossing] <= threshold
    assert crossing == (p.p50 - ANCHOR).days
