"""Every claim's conflict as arrays (`Conflicts.first_pairs`, `flagged_claims`): the same answers as
asking `of_claim` claim by claim and iterating every Conflict, without making them."""
import random

import pytest

from briefing.projection import find_conflicts
from briefing.projection.conflict_index import NONE

METRICS = ("casualties", "killed", "wounded", "strength", "reinforcements")


@pytest.fixture
def disputed(make_claim, sources, kursk_claims):
    """The Kursk claims and 300 more whose figures disagree often (and a few that agree
    with nothing: other subjects), so claims sit in one, many or no conflicts."""
    rnd = random.Random(5)
    claims = list(kursk_claims)
    for i in range(300):
        day = f"2025-{1 + i % 3:02d}-{1 + rnd.randrange(28):02d}"
        claims.append(make_claim(f"g{i}", rnd.choice(list(sources)), rnd.choice(METRICS), day,
                                 2, rnd.choice(("day", "day", "week")),
                                 value=float(rnd.randrange(100, 12_000)),
                                 subject="Kursk" if i % 10 else f"Alone {i}"))
    return claims, find_conflicts(claims, sources)


def test_first_pairs_number_the_conflict_each_claim_is_shown_with(disputed):
    claims, conflicts = disputed
    ids = [c.id for c in claims] + ["no-such-claim"]
    numbers = conflicts.first_pairs(ids)
    assert len(conflicts) > 100
    assert (numbers == NONE).sum() > 1 and (numbers != NONE).sum() > 100
    for claim_id, n in zip(ids, numbers.tolist()):
        shown = conflicts.of_claim(claim_id)
        assert (n == NONE) == (shown is None), claim_id
        if shown is not None:
            assert conflicts[n] == shown and claim_id in shown.claim_ids


def test_flagged_claims_are_listed_as_the_conflicts_name_them(disputed, sources):
    claims, conflicts = disputed
    expected = list(dict.fromkeys(i for c in conflicts for i in c.claim_ids))
    fresh = find_conflicts(claims, sources)
    assert fresh.flagged_claims() == expected
    assert not fresh._made   # no Conflict was made to answer
