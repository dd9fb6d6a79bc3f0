"""Everything an analysis shows, as plain JSON, for the golden characterisation test.

`snapshot(ws)` runs `analyse` and writes down what any view, the CLI or the pack can show of
it: every scenario's `projection_json` plus its arrays (curve, band, quantiles), every
conflict as (subject, metric, claims, apart, series, wording) in order, what each claim's
ledger row and detail pane look up (`conflict_of`, `conflicts_by_claim`), the fraction bases
and the observed-casualties chart. Speed work on the analysis must leave all of it unchanged.

    python tests/projection/analysis_snapshot.py --write   # regenerate the golden files
"""
from __future__ import annotations

import dataclasses
import importlib.util
import json
import math
import sys
from pathlib import Path

import numpy as np

GOLDEN = Path(__file__).parent / "golden"
TESTS = Path(__file__).resolve().parent.parent
BRIEFINGS = ("seed", "exercise", "generated")


def _plain(value):
    """JSON-safe and exact: floats keep their repr, infinities and NaN become strings."""
    if isinstance(value, np.ndarray):
        return [_plain(v) for v in value.tolist()]
    if isinstance(value, (np.floating, float)):
        f = float(value)
        return f if math.isfinite(f) else repr(f)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value):
        return _plain(dataclasses.asdict(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def projection_snapshot(p) -> dict:
    from briefing.projection.scenarios import projection_json
    out = projection_json(p)
    out.update(anchor_date=p.anchor_date, anchor_losses=p.anchor_losses, rate=p.rate,
               remaining=p.remaining, quantile_days=p.quantile_days,
               beyond_horizon=p.beyond_horizon, probability=p.probability,
               band=None if p.band is None else {f: getattr(p.band, f) for f in
                                                 ("days", "p10", "p50", "p90", "grid")},
               cited=p.cited, fit_summary=p.fit_summary,
               confidence_sentence=p.confidence.sentence if p.confidence else None)
    return _plain(out)


def snapshot(ws) -> dict:
    from briefing.workspace.analysis import analyse
    a = analyse(ws)
    ids = [c.id for c in ws.claims()]
    conflicts = [[c.subject, c.metric, list(c.first), list(c.second), c.apart,
                  list(c.series), c.reason] for c in a.conflicts]
    of = {i: a.conflict_of[i].reason for i in ids if i in a.conflict_of}
    by_claim = {i: list(a.conflicts_by_claim.get(i, [])) for i in ids
                if a.conflicts_by_claim.get(i)}
    return _plain({
        "projections": [projection_snapshot(p) for p in a.projections],
        "conflicts": conflicts,
        "conflict_of": of,
        "conflicts_by_claim": by_claim,
        "bases": {i: a.bases[i] for i in sorted(a.bases)},
        "observed": {"readings": [[r.claim_ids, r.value, r.x, r.sd, r.low, r.high, r.trust,
                                   r.text] for r in a.observed.readings],
                     "lines": [line.scenario_id for line in a.observed.lines]}})


def first_difference(got, want, where="$"):
    """Where a result first differs from its golden file (None if nowhere), floats to 1e-12."""
    if type(got) is not type(want):
        return f"{where}: {got!r} != {want!r}"
    if isinstance(got, dict):
        for key in sorted(set(got) | set(want)):
            if key not in got or key not in want:
                return f"{where}.{key}: only in {'golden' if key in want else 'result'}"
            found = first_difference(got[key], want[key], f"{where}.{key}")
            if found:
                return found
    elif isinstance(got, list):
        for k, (g, w) in enumerate(zip(got, want)):
            found = first_difference(g, w, f"{where}[{k}]")
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


def _generate_module():
    spec = importlib.util.spec_from_file_location("bench_generate",
                                                  TESTS / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def package_dict(name: str) -> dict:
    """The three briefings the golden files hold: the bundled seed, the two-force exercise,
    and a generated 2,000-claim ledger dense with conflicts."""
    if name == "seed":
        from briefing.workspace.locations import seed_package_path
        return json.loads(seed_package_path().read_text(encoding="utf-8"))
    if name == "exercise":
        sys.path.insert(0, str(Path(__file__).parent))
        from test_exercise_package import package
        return package()
    return _generate_module().make_package(2_000, 400, seed=7)


def open_briefing(name: str, folder: Path):
    from briefing.interchange.package_json import read_package
    from briefing.workspace import Workspace
    source = folder / f"{name}.json"
    source.write_text(json.dumps(package_dict(name), ensure_ascii=False), encoding="utf-8")
    ws = Workspace.open(folder / f"{name}.briefing")
    ws.import_package(read_package(source))
    return ws


def main() -> None:
    import os
    import tempfile
    if sys.argv[1:] != ["--write"]:
        raise SystemExit(__doc__)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BRIEFING_DATA_DIR"] = tmp
        for name in BRIEFINGS:
            ws = open_briefing(name, Path(tmp))
            try:
                data = snapshot(ws)
            finally:
                ws.close()
            (GOLDEN / f"{name}.json").write_text(
                json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                encoding="utf-8")
            print(name, len(data["conflicts"]), "conflicts")


if __name__ == "__main__":
    main()
