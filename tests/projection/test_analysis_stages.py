"""`analyse_in_stages`: the projections first, from only the claims they can see, then the
whole analysis — and the first are exactly the whole analysis's, on a briefing where a
first stage that missed a claim would show: several subjects, a scenario citing a claim of
a subject no scenario projects (its conflicts weigh on the confidence judgment), and a
fraction of a strength figure of yet another subject (its base gives the figure)."""
import json

import pytest

from analysis_snapshot import _plain, package_dict, projection_snapshot
from briefing.interchange.package_json import read_package
from briefing.workspace import Workspace
from briefing.workspace.analysis import Analysis, Projected, analyse, analyse_in_stages


def _write(tmp_path, package: dict, name: str = "staged") -> Workspace:
    source = tmp_path / f"{name}.json"
    source.write_text(json.dumps(package, ensure_ascii=False), encoding="utf-8")
    ws = Workspace.open(tmp_path / f"{name}.briefing")
    ws.import_package(read_package(source))
    return ws


def _strength_of(package: dict, subject: str) -> dict:
    return next(c for c in package["claims"]
                if c["subject"] == subject and c["metric"] == "strength" and c["value"])


@pytest.fixture
def staged(tmp_path):
    """The generated 2,000-claim ledger (20 subjects; scenarios on two of them), with a
    citation and a fraction base outside the projected subjects."""
    package = package_dict("generated")
    cited = _strength_of(package, "Donetsk airport")
    base = _strength_of(package, "Sudzha garrison")
    isw = next(s for s in package["scenarios"] if s["id"] == "isw")
    isw["cites"] = {"initial_strength": cited["id"]}
    package["claims"].append({
        **{k: None for k in ("document", "value", "low", "high", "note")},
        "id": "quarter-of-sudzha", "source": cited["source"],
        "subject": "DPRK contingent, Kursk", "metric": "casualties", "fraction": 0.25,
        "fraction_of": "strength", "qualifier": "about", "as_of": "2025-02-10",
        "date_precision": "day", "credibility": 2, "quote": "A quarter of the garrison.",
        "include_in_projection": True, "derived_from": [], "base_claim": base["id"]})
    ws = _write(tmp_path, package)
    yield ws
    ws.close()


def _observed(found) -> list:
    return _plain([[r.claim_ids, r.value, r.x, r.sd, r.low, r.high, r.trust, r.text]
                   for r in found.observed.readings]
                  + [[line.scenario_id] for line in found.observed.lines])


def test_the_first_stage_shows_exactly_the_projections_of_the_whole_analysis(staged):
    stages = list(analyse_in_stages(staged))
    assert [type(s) for s in stages] == [Projected, Analysis]
    first, whole = stages
    assert [projection_snapshot(p) for p in first.projections] == \
        [projection_snapshot(p) for p in whole.projections]
    assert _observed(first) == _observed(whole)
    alone = analyse(staged)   # and the whole analysis is the one analyse() makes
    assert [projection_snapshot(p) for p in whole.projections] == \
        [projection_snapshot(p) for p in alone.projections]
    assert len(whole.conflicts) == len(alone.conflicts)
    isw = next(p for p in first.projections if p.scenario.id == "isw")
    assert isw.cited  # the citation outside the projected subjects is weighed
    fraction = next(r for r in first.observed.readings if "quarter-of-sudzha" in r.claim_ids)
    base = whole.evidence.claims[staged.get("claim", "quarter-of-sudzha").base_claim]
    assert base.subject == "Sudzha garrison"
    assert fraction.value == pytest.approx(0.25 * base.value)


def test_the_first_stage_is_left_out_when_it_would_read_every_claim(staged, tmp_path):
    forces = sorted({s.subject for s in staged.scenarios()})
    assert [type(s) for s in analyse_in_stages(staged, subjects=forces)] == [Analysis]
    exercise = _write(tmp_path, package_dict("exercise"), "exercise")  # two forces only
    try:
        assert [type(s) for s in analyse_in_stages(exercise)] == [Analysis]
    finally:
        exercise.close()


def test_both_stages_read_one_snapshot(staged, tmp_path):
    """A write between the stages reaches neither: the first's projections stay the whole
    analysis's (the run the write starts shows it)."""
    writer = Workspace.open(staged.path, watch=False)
    reader = Workspace.reader(staged.path)
    try:
        stages = analyse_in_stages(reader)
        first = next(stages)
        claim = next(c for c in writer.claims() if c.subject == "DPRK contingent, Kursk"
                     and c.metric == "casualties" and c.value)
        writer.put(claim.changed(value=claim.value * 3))
        whole = next(stages)
        assert [projection_snapshot(p) for p in first.projections] == \
            [projection_snapshot(p) for p in whole.projections]
        assert whole.evidence.claims[claim.id].value == claim.value
    finally:
        reader.close()
        writer.close()
