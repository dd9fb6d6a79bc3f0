"""The analysis reads a server's claims as columns through the same SQL as a file's
(`Store.claim_values`): a briefing on the team server analyses exactly as the golden files
say, and `briefing project` (which reads only its forces' claims, with a WHERE) too."""
import importlib.util
import json
from pathlib import Path

import pytest

from briefing.interchange.package_json import read_package
from briefing.workspace import Workspace
from briefing.workspace.analysis import projections

_SNAPSHOT = Path(__file__).resolve().parents[1] / "projection" / "analysis_snapshot.py"


def _snapshot_module():
    spec = importlib.util.spec_from_file_location("analysis_snapshot_server", _SNAPSHOT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["exercise", "generated"])
def test_a_server_briefing_analyses_as_the_golden_file_says(name, pg_server, tmp_path):
    shots = _snapshot_module()
    package = tmp_path / f"{name}.json"
    package.write_text(json.dumps(shots.package_dict(name), ensure_ascii=False),
                       encoding="utf-8")
    ws = Workspace.open(pg_server.new(), watch=False)
    try:
        ws.import_package(read_package(package))
        got = json.loads(json.dumps(shots.snapshot(ws), ensure_ascii=False))
        projected = json.loads(json.dumps([shots.projection_snapshot(p)
                                           for p in projections(ws)], ensure_ascii=False))
    finally:
        ws.close()
    want = json.loads((shots.GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    assert shots.first_difference(got, want) is None, shots.first_difference(got, want)
    assert shots.first_difference(projected, want["projections"]) is None
