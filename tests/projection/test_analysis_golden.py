"""The analysis of three briefings is exactly what it was when the golden files were written
(before the analysis was made fast): projections, conflicts and their wording, what each
claim's ledger row and detail pane show, fraction bases and the observed chart.

If a change means to alter results, regenerate with
`python tests/projection/analysis_snapshot.py --write` and say why in the commit."""
import json
import math

import pytest

from analysis_snapshot import BRIEFINGS, GOLDEN, open_briefing, snapshot


def _first_difference(got, want, where="$"):
    if type(got) is not type(want):
        return f"{where}: {got!r} != {want!r}"
    if isinstance(got, dict):
        for key in sorted(set(got) | set(want)):
            if key not in got or key not in want:
                return f"{where}.{key}: only in {'golden' if key in want else 'result'}"
            found = _first_difference(got[key], want[key], f"{where}.{key}")
            if found:
                return found
    elif isinstance(got, list):
        for k, (g, w) in enumerate(zip(got, want)):
            found = _first_difference(g, w, f"{where}[{k}]")
            if found:
                return found
        if len(got) != len(want):
            return f"{where}: {len(got)} items, golden has {len(want)}"
    elif isinstance(got, float):
        # the last bits of a float follow numpy's summation order, which its releases change
        # (2.4 moved a band value from …768 to …767); a change of result is far larger
        if not math.isclose(got, want, rel_tol=1e-12, abs_tol=1e-12):
            return f"{where}: {got!r} != {want!r}"
    elif got != want:
        return f"{where}: {got!r} != {want!r}"
    return None


@pytest.mark.parametrize("name", BRIEFINGS)
def test_analysis_matches_golden(name, tmp_path):
    ws = open_briefing(name, tmp_path)
    try:
        got = json.loads(json.dumps(snapshot(ws), ensure_ascii=False))
    finally:
        ws.close()
    want = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    assert want["projections"] and (name != "generated" or len(want["conflicts"]) > 300)
    assert _first_difference(got, want) is None, _first_difference(got, want)


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
    assert _first_difference(got, want) is None, _first_difference(got, want)
