"""Recall and precision on every hand-checked article in tests/intake/articles."""
import json
from pathlib import Path

import pytest

from briefing.intake.evaluate import measure_directory, measure_fixture, report

ARTICLES = Path(__file__).resolve().parent / "articles"
FIXTURES = sorted(ARTICLES.glob("*.expected.json"))


def test_there_are_fixtures_beyond_the_seed():
    assert len(FIXTURES) >= 4
    assert (ARTICLES / "kursk.expected.json") in FIXTURES


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name.split(".")[0])
def test_recall_at_least_90_percent(path):
    score = measure_fixture(path)
    assert score.recall >= 0.9, report([score])
    assert score.most_per_claim <= 2, report([score])


def test_seed_article_claims_as_the_brief_lists_them():
    spec = json.loads((ARTICLES / "kursk.expected.json").read_text())
    assert len(spec["claims"]) == 11
    score = measure_fixture(ARTICLES / "kursk.expected.json")
    assert score.recall >= 0.9


def test_measurement_prints(capsys):
    print(report(measure_directory(ARTICLES)))
    assert "recall" in capsys.readouterr().out
