"""An exercise package the projection was not built on: two forces, version 2, through the
command line as a script would use it (import, project --json, export)."""
import datetime as dt
import json

import numpy as np
import pytest

from briefing.cli import main

START = dt.date(2026, 3, 2)       # Blue's first contact: no losses before
BLUE_RATE = 30.0                   # what generated Blue's casualty figures
BLUE, RED = "Blue 3rd Brigade (exercise)", "Red 7th Battalion (exercise)"


def day(offset: int) -> str:
    return (START + dt.timedelta(days=offset)).isoformat()


def claim(cid, source, subject, metric, as_of, value, credibility=2, **more):
    return {"id": cid, "source": source, "document": None, "subject": subject,
            "metric": metric, "value": value, "low": None, "high": None, "fraction": None,
            "fraction_of": None, "qualifier": None, "as_of": as_of, "date_precision": "day",
            "credibility": credibility, "quote": f"{subject}: {metric} {value}", "note": None,
            "include_in_projection": True, **more}


def package() -> dict:
    rng = np.random.default_rng(11)
    sources = [{"id": s, "name": n, "kind": k, "country": None, "reliability": r}
               for s, n, k, r in (("umpire", "Exercise control", "military", "A"),
                                  ("blue-g1", "Blue brigade G1", "military", "B"),
                                  ("red-s1", "Red battalion S1", "military", "C"))]
    blue = [claim(f"b{d}", ("umpire", "blue-g1")[i % 2], BLUE, "casualties", day(d),
                  round(BLUE_RATE * d * rng.uniform(0.97, 1.03)))
            for i, d in enumerate((10, 17, 24, 31, 38))]
    red = [claim("r1", "red-s1", RED, "casualties", day(20), 900, 3),
           claim("r2", "red-s1", RED, "casualties", day(22), 600, 3),
           claim("rs", "red-s1", RED, "strength", day(1), 1500, 2)]
    strength = claim("bs", "umpire", BLUE, "strength", day(0), 4000, 1)
    scenarios = [
        {"id": "blue-fit", "name": "Blue, fitted from first contact", "kind": "fitted",
         "subject": BLUE, "initial_strength": 4000, "losses_start": {"date": day(0),
                                                                    "precision": "day"},
         "cites": {"initial_strength": "bs"}},
        {"id": "red-fit", "name": "Red, fitted", "kind": "fitted", "subject": RED,
         "initial_strength": 1500},
        {"id": "red-line", "name": "Red, stated rate", "kind": "linear", "subject": RED,
         "initial_strength": 1500, "anchor_date": day(22), "anchor_losses": 600,
         "daily_loss_rate": 20, "daily_loss_rate_range": [15, 25],
         "judgment_date": day(60), "cites": {"initial_strength": "rs"},
         "assumptions": ["Red receives no resupply by road."]},
    ]
    return {"format": "briefing-package", "version": 2,
            "briefing": {"title": "Exercise STEEL FERRY", "subject": None,
                         "classification": "UNCLASSIFIED//EXERCISE", "as_of": day(40)},
            "sources": sources, "documents": [], "claims": blue + red + [strength],
            "events": [], "scenarios": scenarios}


@pytest.fixture
def projected(tmp_path, capsys):
    source = tmp_path / "exercise.json"
    source.write_text(json.dumps(package()), encoding="utf-8")
    db = tmp_path / "exercise.briefing"
    assert main(["--db", str(db), "import", str(source)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "project", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    return db, {s["id"]: s for s in out["scenarios"]}


def test_a_well_determined_fit_recovers_the_generating_rate_and_date(projected):
    _, scenarios = projected
    blue = scenarios["blue-fit"]
    assert blue["status"] == "ok" and blue["daily_loss_rate"] == pytest.approx(BLUE_RATE,
                                                                               abs=1.5)
    generated = START + dt.timedelta(days=int(np.ceil(4000 / BLUE_RATE)))
    assert abs((dt.date.fromisoformat(blue["depletion_date"]) - generated).days) <= 4
    assert abs((dt.date.fromisoformat(blue["p50"]) - generated).days) <= 6
    assert blue["judgment_date"] is None and blue["probability"] is None
    assert blue["judgment"] is None
    assert "(80% range " in blue["sentences"][0]


def test_fits_never_use_another_forces_claims(projected):
    _, scenarios = projected
    blue_claims = {"b10", "b17", "b24", "b31", "b38", "bs"}
    assert set(scenarios["blue-fit"]["claims_used"]) == blue_claims
    assert not {"r1", "r2", "rs"} & set(scenarios["blue-fit"]["claims_used"])
    diag = scenarios["blue-fit"]["diagnostics"]
    assert sum(c["weight_share"] for c in diag["claims"]) == pytest.approx(1, abs=1e-3)
    assert [c["id"] for c in diag["claims"]][0] == "losses_start"


def test_an_uninformative_fit_gets_no_date_no_probability_and_a_reason(projected):
    _, scenarios = projected
    red = scenarios["red-fit"]
    assert red["status"] == "undetermined" and red["reason"]
    assert [red[k] for k in ("depletion_date", "p10", "p50", "p90", "probability",
                             "judgment")] == [None] * 6
    assert red["sentences"] == [f"No depletion date for the {RED}: {red['reason']}."]


def test_no_sentence_says_100_percent_and_the_analysts_assumptions_come_back(projected,
                                                                            tmp_path):
    db, scenarios = projected
    text = " ".join(s for sc in scenarios.values() for s in sc["sentences"])
    assert "100%" not in text and "(0%)" not in text
    line = scenarios["red-line"]
    assert line["judgment_date"] == day(60) and line["judgment"] and line["probability"]
    assert line["assumptions"][-1] == "Red receives no resupply by road."
    assert line["confidence"] == "low"          # its rate is the analyst's, not cited
    exported = tmp_path / "again.json"
    assert main(["--db", str(db), "export", str(exported)]) == 0
    again = {s["id"]: s for s in json.loads(exported.read_text("utf-8"))["scenarios"]}
    assert again["red-line"]["assumptions"] == ["Red receives no resupply by road."]
    assert again["blue-fit"]["losses_start"] == {"date": day(0), "precision": "day"}
    assert again["blue-fit"]["cites"] == {"initial_strength": "bs"}
