"""The linear model: R(d) day by day and the depletion date."""
import datetime as dt

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefing.domain import Reinforcement, Scenario
from briefing.projection import project, projection_json
from briefing.projection.linear import Steps, depletion_days

ANCHOR = dt.date(2025, 1, 6)


def day(offset: int) -> str:
    return (ANCHOR + dt.timedelta(days=offset)).isoformat()


def stepped(strength, losses, rate, reinforcements, threshold, horizon):
    """The contract's definition, literally: walk the days."""
    for d in range(horizon + 1):
        added = sum(count for offset, count in reinforcements if offset <= d)
        if strength + added - losses - rate * d <= threshold:
            return d
    return None


def test_contract_example_depletes_on_6_april(make_linear):
    p = project(make_linear(), [], {})
    assert p.depletion_date == dt.date(2025, 4, 6)
    assert p.remaining[89] > 0 >= p.remaining[90]
    out = projection_json(p)
    assert {k: out[k] for k in ("id", "kind", "status", "daily_loss_rate", "depletion_date",
                                "p10", "p50", "p90", "judgment_date", "probability",
                                "judgment", "claims_used", "diagnostics")} == {
        "id": "isw", "kind": "linear", "status": "ok", "daily_loss_rate": 92.0,
        "depletion_date": "2025-04-06", "p10": None, "p50": None, "p90": None,
        "judgment_date": None, "probability": None, "judgment": None, "claims_used": [],
        "diagnostics": None}
    assert p.sentences[0] == ("If losses continue at 92 a day (an assumed rate; no claim is "
                              "cited) and no reinforcements arrive, the ISW estimate would be "
                              "entirely killed or wounded on 6 April 2025.")


def test_reinforcement_counts_from_its_own_date(make_linear):
    # 1,000 men arriving on the very day of depletion postpone it by 1000/92 → 11 days.
    p = project(make_linear(reinforcements=(Reinforcement("2025-04-06", 1000),)), [], {})
    assert p.depletion_date == dt.date(2025, 4, 16)
    assert p.remaining[90] - p.remaining[89] == 1000 - 92
    # Arriving a day after depletion changes nothing: the force was already at zero.
    late = project(make_linear(reinforcements=(Reinforcement("2025-04-07", 1000),)), [], {})
    assert late.depletion_date == dt.date(2025, 4, 6)


def test_reinforcement_before_the_anchor_counts_from_day_zero(make_linear):
    p = project(make_linear(reinforcements=(Reinforcement("2024-12-01", 920),)), [], {})
    assert p.remaining[0] == 12_000 + 920 - 3_800
    assert p.depletion_date == dt.date(2025, 4, 16)


def test_already_at_threshold_depletes_on_the_anchor_date(make_linear):
    assert project(make_linear(threshold=8_200), [], {}).depletion_date == ANCHOR
    assert project(make_linear(anchor_losses=12_500), [], {}).depletion_date == ANCHOR


def test_reaching_the_threshold_exactly_counts_as_depleted(make_linear):
    p = project(make_linear(threshold=8_200 - 92 * 10), [], {})
    assert p.depletion_date == ANCHOR + dt.timedelta(days=10)
    assert p.sentences[0].endswith("would be reduced to 7,280 or fewer not yet killed or "
                                   "wounded on 16 January 2025.")


def test_horizon_edges(make_linear):
    assert project(make_linear(horizon_days=90), [], {}).depletion_date == dt.date(2025, 4, 6)
    never = project(make_linear(horizon_days=89), [], {})
    assert never.depletion_date is None and never.status == "not depleted"
    assert never.judgment_date is None                       # no default judgment date
    assert projection_json(never)["depletion_date"] is None
    assert ("would not be entirely killed or wounded by 5 April 2025, the end of the 89-day "
            "horizon") in never.sentences[0]


def test_curve_and_dates_cover_every_day_of_the_horizon(make_linear):
    p = project(make_linear(horizon_days=30), [], {})
    assert p.remaining.shape == p.dates.shape == (31,)
    assert p.dates[0] == np.datetime64("2025-01-06") and p.dates[-1] == np.datetime64("2025-02-05")


money = st.floats(0, 5_000, allow_nan=False)
plans = st.lists(st.tuples(st.integers(-5, 45), st.integers(0, 800)), max_size=4)


@settings(max_examples=300, deadline=None)
@given(strength=money, losses=money, rate=st.one_of(st.floats(0, 300), st.integers(0, 300)),
       reinforcements=plans, threshold=st.floats(0, 1_000), horizon=st.integers(0, 60))
# Quotients that round across a whole number: ceil alone says 28 (loop: 29) and 31 (loop: 30).
@example(strength=2032.8, losses=0.0, rate=72.6, reinforcements=[], threshold=0.0, horizon=60)
@example(strength=597.3, losses=0.3, rate=19.9, reinforcements=[], threshold=0.0, horizon=60)
@example(strength=0.3, losses=0.0, rate=0.1, reinforcements=[], threshold=0.0, horizon=10)
@example(strength=0.7, losses=0.1, rate=0.2, reinforcements=[(2, 1)], threshold=0.0, horizon=10)
@example(strength=100, losses=0, rate=0, reinforcements=[(3, 5)], threshold=100, horizon=10)
def test_closed_form_equals_the_day_stepped_definition(strength, losses, rate, reinforcements,
                                                       threshold, horizon):
    steps = Steps.of([Reinforcement(day(o), c) for o, c in reinforcements], ANCHOR, horizon)
    got = depletion_days(np.array([strength]), losses, rate, steps, threshold, horizon)[0]
    want = stepped(strength, losses, rate, reinforcements, threshold, horizon)
    assert (None if np.isinf(got) else int(got)) == want
    scenario = Scenario("s", "S", initial_strength=strength, anchor_date=ANCHOR.isoformat(),
                        anchor_losses=losses, daily_loss_rate=rate, threshold=threshold,
                        horizon_days=max(horizon, 1),
                        reinforcements=tuple(Reinforcement(day(o), c) for o, c in reinforcements))
    deterministic = project(scenario, [], {}).depletion_date
    want = stepped(strength, losses, rate, reinforcements, threshold, max(horizon, 1))
    assert deterministic == (None if want is None else ANCHOR + dt.timedelta(days=want))


def _depletion(rate, reinforcements=()):
    s = Scenario("s", "S", initial_strength=9_000, anchor_date=ANCHOR.isoformat(),
                 anchor_losses=1_000, daily_loss_rate=rate, horizon_days=400,
                 reinforcements=tuple(reinforcements))
    d = project(s, [], {}).depletion_date
    return dt.date.max if d is None else d


@settings(max_examples=100, deadline=None)
@given(rate=st.floats(1, 200), more=st.floats(0, 100), plan=plans)
def test_a_higher_loss_rate_never_depletes_later(rate, more, plan):
    reinforcements = [Reinforcement(day(o), c) for o, c in plan]
    assert _depletion(rate + more, reinforcements) <= _depletion(rate, reinforcements)


@settings(max_examples=100, deadline=None)
@given(rate=st.floats(1, 200), plan=plans, extra=st.tuples(st.integers(-5, 400),
                                                           st.integers(1, 3_000)))
def test_a_reinforcement_never_depletes_earlier(rate, plan, extra):
    reinforcements = [Reinforcement(day(o), c) for o, c in plan]
    more = reinforcements + [Reinforcement(day(extra[0]), extra[1])]
    assert _depletion(rate, more) >= _depletion(rate, reinforcements)
