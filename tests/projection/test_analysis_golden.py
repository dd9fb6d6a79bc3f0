"""The analysis of three briefings is exactly what it was when the golden files were written
(before the analysis was made fast): projections, conflicts and their wording, what each
claim's ledger row and detail pane show, fraction bases and the observed chart.

If a change means to alter results, regenerate with
`python tests/projection/analysis_snapshot.py --write` and say why in the commit."""
import json

import pytest

from analysis_snapshot import BRIEFINGS, GOLDEN, first_difference, open_briefing, snapshot


@pytest.mark.parametrize("name", BRIEFINGS)
def test_analysis_matches_golden(name, tmp_path):
    ws = open_briefing(name, tmp_path)
    try:
        got = json.loads(json.dumps(snapshot(ws), ensure_ascii=False))
    finally:
        ws.close()
    want = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    assert want["projections"] and (name != "generated" or len(want["conflicts"]) > 300)
    assert first_difference(got, want) is None, first_difference(got, want)


@pytest.mark.parametrize("name", BRIEFINGS)
def test_briefing_project_matches_golden(name, tmp_path):
    """`briefing project` weighs only the used claims' subjects' conflicts: the same
    projections, confidence sentences included."""
    from analysis_snapshot import projection_snapshot
    from briefing.workspace.analysis import projections
    ws = open_briefing(name, tmp_path)
    try:
        got = json.loads(json.dumps([projection_snapshot(p) for p in projections(ws)],
                                    ensure_ascii=False))
    finally:
        ws.close()
    want = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))["projections"]
    assert first_difference(got, want) is None, first_difference(got, want)
