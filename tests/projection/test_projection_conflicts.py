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
    assert "a third (≈ 3,700)" in third_half.reason and "nearly half" in third_half.reason


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
    assert find_conflicts(claims, sources) == []


def test_overlapping_figures_outside_each_others_range_are_flagged(make_claim, sources):
    claims = [make_claim("a", "zelenskyy", "casualties", "2025-01-06", 2, "week", value=3_800),
              make_claim("b", "isw", "casualties", "2025-01-01", 2, "month", low=4_500,
                         high=6_000)]
    [conflict] = find_conflicts(claims, sources)
    assert conflict.reason == "ISW 4,500–6,000 vs Zelenskyy 3,800 (38% apart)"


def test_non_overlapping_dates_are_not_flagged(make_claim, sources):
    claims = [make_claim("a", "nis", "casualties", "2025-01-06", 2, value=3_000),
              # later and higher: losses went on
              make_claim("b", "isw", "casualties", "2025-01-20", 2, value=5_000),
              # much later and lower: too far apart to call a contradiction
              make_claim("c", "zelenskyy", "casualties", "2025-06-01", 2, value=2_000)]
    assert find_conflicts(claims, sources) == []


def test_strength_may_fall_between_dates(make_claim, sources):
    claims = [make_claim("a", "nis", "strength", "2024-11-01", 2, value=11_000),
              make_claim("b", "isw", "strength", "2024-11-20", 2, value=8_000)]
    assert find_conflicts(claims, sources) == []


def test_different_subjects_and_metrics_are_not_compared(make_claim, sources):
    claims = [make_claim("a", "nis", "killed", "2025-01-06", 2, value=300),
              make_claim("b", "isw", "wounded", "2025-01-06", 2, value=3_000),
              make_claim("c", "isw", "killed", "2025-01-06", 2, value=3_000,
                         subject="Russian forces")]
    assert find_conflicts(claims, sources) == []
