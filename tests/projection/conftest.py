"""The small Kursk claim set the brief describes, built in code (no file, no database)."""
import pytest

from briefing.domain import Claim, Scenario, Source

SUBJECT = "DPRK contingent, Kursk"


def claim(id, source, metric, as_of, credibility, precision="day", **quantity):
    return Claim(id=id, source=source, subject=quantity.pop("subject", SUBJECT), metric=metric,
                 as_of=as_of, credibility=credibility, quote="…", date_precision=precision,
                 **quantity)


def linear(**overrides):
    fields = dict(id="isw", name="ISW estimate", kind="linear", initial_strength=12_000,
                  anchor_date="2025-01-06", anchor_losses=3_800, daily_loss_rate=92)
    fields.update(overrides)
    return Scenario(**fields)


@pytest.fixture
def make_claim():
    return claim


@pytest.fixture
def make_linear():
    """The README's example scenario, with any field replaced."""
    return linear


@pytest.fixture
def sources():
    return {s.id: s for s in (
        Source("zelenskyy", "Zelenskyy", "government", "UA", "C"),
        Source("nis", "NIS", "intelligence", "KR", "B"),
        Source("isw", "ISW", "think-tank", "US", "B"),
        Source("osint", "Telegram channel", "media", None, "E"),
    )}


@pytest.fixture
def kursk_claims():
    return [
        claim("s1", "nis", "strength", "2024-11-01", 2, "month", value=11_000),
        claim("z1", "zelenskyy", "casualties", "2025-01-06", 2, "week", value=3_800),
        claim("n1", "nis", "killed", "2025-01-13", 2, value=300),
        claim("n2", "nis", "wounded", "2025-01-13", 2, value=2_700),
        claim("i1", "isw", "casualties", "2025-01-29", 2, "week", fraction=1 / 3,
              fraction_of="strength", qualifier="about"),
        claim("z2", "zelenskyy", "casualties", "2025-01-29", 3, "week", fraction=0.5,
              fraction_of="strength", qualifier="nearly"),
    ]
