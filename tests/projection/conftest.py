"""The small Kursk claim set the brief describes, built in code (no file, no database)."""
import pytest

from kursk_claims import SOURCES, claim, linear


@pytest.fixture
def make_claim():
    return claim


@pytest.fixture
def make_linear():
    """The README's example scenario, with any field replaced."""
    return linear


@pytest.fixture
def sources():
    return {s.id: s for s in SOURCES}


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
