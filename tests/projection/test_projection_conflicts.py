"""Conflicting claims: flagged when they cannot both be true, and only then."""
from briefing.projection import find_conflicts


def pairs(conflicts):
    return {(c.first, c.second) for c in conflicts}


def test_zelenskyy_and_nis_disagree(kursk_claims, sources):
    conflicts = find_conflicts(kursk_claims, sources)
    zn = next(c for c in conflicts if c.first == ("z1",))
    assert zn.second == ("n1", "n2")                  # killed + wounded as one casualty figure
    assert zn.reason.startswith("Zelenskyy 3,800 vs NIS 3,000 (27% apart)")
    assert "running total cannot fall" in zn.reason
    assert zn.claim_ids == ("z1", "n1", "n2")


def test_fractions_are_compared_as_counts(kursk_claims, sources):
    conflicts = find_conflicts(kursk_claims, sources)
    third_half = next(c for c in conflicts if c.first == ("i1",))
    assert third_half.second == ("z2",)
    assert third_half.reason == ("ISW ≈ a third (≈ 3,700 of 11,000, NIS) vs Zelenskyy nearly "
                                 "half (≈ 5,200 of 11,000, NIS) (43% apart)")


def test_agreeing_claims_are_not_flagged(make_claim, sources):
    claims = [make_claim("a", "zelenskyy", "casualties", "2025-01-06", 2, "week", value=3_800),
              make_claim("b", "nis", "casualties", "2025-01-07", 2, value=3_700,
                         qualifier="about"),
              make_claim("c", "isw", "casualties", "2025-01-08", 2, low=3_500, high=4_000),
              make_claim("d", "isw", "casualties", "2025-01-05", 3, value=2_000,
                         qualifier="at least"),
              make_claim("s", "nis", "strength", "2025-01-01", 2, value=11_000),
              make_claim("f", "isw", "casualties", "2025-01-06", 3, fraction=1 / 3,
                         fraction_of="strength", qualifier="about")]
    assert list(find_conflicts(claims, sources)) == []


def test_figures_of_the_same_moment_outside_each_others_range_are_flagged(make_claim, sources):
    claims = [make_claim("a", "zelenskyy", "casualties", "2025-01-15", 2, "month", value=3_800),
              make_claim("b", "isw", "casualties", "2025-01-01", 2, "month", low=4_500,
                         high=6_000)]
    [conflict] = find_conflicts(claims, sources)
    assert conflict.reason == "Zelenskyy 3,800 vs ISW 4,500–6,000 (38% apart)"


def test_a_coarse_higher_figure_may_be_the_later_one(make_claim, sources):
    """'At least 2,000 in April' and '900 on 1 April' can both be true."""
    claims = [make_claim("a", "isw", "casualties", "2025-04-15", 2, "month", value=2_000,
                         qualifier="at least"),
              make_claim("b", "nis", "casualties", "2025-04-01", 2, value=900)]
    assert list(find_conflicts(claims, sources)) == []
    earlier = [claims[0], make_claim("c", "nis", "casualties", "2025-05-02", 2, value=900)]
    [fell] = find_conflicts(earlier, sources)
    assert "reported 2 days later: a running total cannot fall" in fell.reason


def test_strength_figures_that_disagree_are_a_conflict(make_claim, sources):
    claims = [make_claim("a", "nis", "strength", "2024-10-15", 2, "season", value=11_000,
                         qualifier="about"),
              make_claim("b", "isw", "strength", "2025-01-29", 3, "week", value=12_000)]
    [grew] = find_conflicts(claims, sources)
    assert grew.reason == ("NIS ≈ 11,000 vs ISW 12,000 (9% apart), reported 57 days later with "
                           "no reinforcements reported between")
    same_week = [make_claim("c", "nis", "strength", "2025-01-27", 2, "week", value=11_000),
                 claims[1]]
    assert find_conflicts(same_week, sources)[0].reason == "NIS 11,000 vs ISW 12,000 (9% apart)"
    close = [claims[0], make_claim("d", "isw", "strength", "2025-01-29", 3, value=11_400)]
    assert list(find_conflicts(close, sources)) == []                  # within 5 %


def test_reinforcements_between_explain_a_larger_force(make_claim, sources):
    claims = [make_claim("a", "nis", "strength", "2024-10-15", 2, "season", value=11_000),
              make_claim("r", "nis", "reinforcements", "2024-12-20", 2, value=1_000),
              make_claim("b", "isw", "strength", "2025-01-29", 3, "week", value=12_000)]
    assert list(find_conflicts(claims, sources)) == []


def test_a_stated_loss_rate_is_checked_against_the_casualty_series(make_claim, sources):
    series = [make_claim(f"c{i}", "nis", "casualties", f"2025-01-{1 + 7 * i:02d}", 1,
                         value=1_000 + 350 * i) for i in range(4)]       # 50 a day
    fast = make_claim("r", "isw", "loss_rate", "2025-01-20", 3, value=92, qualifier="about")
    [conflict] = [c for c in find_conflicts(series + [fast], sources) if c.metric == "loss_rate"]
    assert conflict.first == ("r",) and conflict.second == ()
    assert conflict.series == ("c0", "c1", "c2", "c3")
    assert conflict.reason.startswith("ISW ≈ 92 vs 50 ± ")
    assert conflict.reason.endswith("a day fitted to 4 casualty figures (84% apart): outside "
                                    "the fitted rate's 90% range")
    near = make_claim("r", "isw", "loss_rate", "2025-01-20", 3, value=52, qualifier="about")
    assert not [c for c in find_conflicts(series + [near], sources) if c.metric == "loss_rate"]


def test_non_overlapping_dates_are_not_flagged(make_claim, sources):
    claims = [make_claim("a", "nis", "casualties", "2025-01-06", 2, value=3_000),
              # later and higher: losses went on
              make_claim("b", "isw", "casualties", "2025-01-20", 2, value=5_000),
              # much later and lower: too far apart to call a contradiction
              make_claim("c", "zelenskyy", "casualties", "2025-06-01", 2, value=2_000)]
    assert list(find_conflicts(claims, sources)) == []


def test_strength_may_fall_between_dates(make_claim, sources):
    claims = [make_claim("a", "nis", "strength", "2024-11-01", 2, value=11_000),
              make_claim("b", "isw", "strength", "2024-11-20", 2, value=8_000)]
    assert list(find_conflicts(claims, sources)) == []


def test_different_subjects_and_metrics_are_not_compared(make_claim, sources):
    claims = [make_claim("a", "nis", "killed", "2025-01-06", 2, value=300),
              make_claim("b", "isw", "wounded", "2025-01-06", 2, value=3_000),
              make_claim("c", "isw", "killed", "2025-01-06", 2, value=3_000,
                         subject="Russian forces")]
    assert list(find_conflicts(claims, sources)) == []
