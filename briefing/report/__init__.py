"""Exports that need Qt: the briefing pack (PDF, print) and the projection chart (PNG, SVG)."""
from __future__ import annotations

from pathlib import Path


def export_report(ws, target: Path, scenario_id: str | None = None,
                  page_size: str = "A4", size: tuple[int, int] | None = None) -> None:
    """Write `target` by its extension: `.pdf` pack, `.png`/`.svg` projection chart of
    `size` pixels (default 1600 × 900)."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix == ".pdf":
        from .pack import write_pack
        write_pack(ws, target, page_size=page_size)
        return
    if suffix in (".png", ".svg"):
        from ..workspace.analysis import analyse
        from .figures import CHART_SIZE, write_chart
        from .sections import Content
        if scenario_id is not None and scenario_id not in {s.id for s in ws.scenarios()}:
            raise ValueError(f"no scenario {scenario_id!r}")
        write_chart(Content.read(ws, analyse(ws)), target, scenario_id, size or CHART_SIZE)
        return
    raise ValueError(f"cannot export {suffix or 'files without an extension'} here")
