"""Copies of one briefing for the change-bundle tests, and what 'identical' means for them:
the same package export and the same merge conflicts."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from briefing.interchange import package_dict
from briefing.workspace import Workspace, create_from_seed
from briefing.workspace.sync import export_bundle, import_bundle, merge_conflicts


def copies(tmp_path: Path, n: int = 2) -> list[Workspace]:
    """`n` copies of one seeded briefing, each made byte for byte (a USB stick's copy)."""
    first = tmp_path / "copy0.briefing"
    create_from_seed(first)
    paths = [first]
    for i in range(1, n):
        paths.append(tmp_path / f"copy{i}.briefing")
        shutil.copy(first, paths[-1])
    return [Workspace.open(p, watch=False) for p in paths]


def exchange(sender: Workspace, receiver: Workspace, folder: Path):
    bundle = folder / f"from-{sender.path.stem if sender.path else 'server'}.bundle"
    export_bundle(sender, bundle)
    return import_bundle(receiver, bundle)


def state(ws: Workspace) -> tuple[str, str]:
    """The export and the open conflicts, as text to compare."""
    conflicts = [c.as_dict() for c in merge_conflicts(ws)]
    for c in conflicts:
        c["values"] = sorted(c["values"], key=lambda v: json.dumps(v, sort_keys=True))
        c.pop("current")
    package = package_dict(ws.package())
    return (json.dumps(package, sort_keys=True), json.dumps(conflicts, sort_keys=True))
