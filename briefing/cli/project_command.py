"""`briefing project`: every scenario's projection as a table or as JSON (README: projections)."""
from __future__ import annotations

import datetime as dt
import json

from ..projection import projection_json
from ..workspace.analysis import projections
from .errors import DONE, USAGE, CommandError
from .terminal import json_safe, safe
from .opening import open_workspace

_COLUMNS = ("id", "kind", "status", "daily_loss_rate", "depletion_date", "p10", "p50", "p90",
            "judgment_date", "probability", "judgment", "confidence")


def cmd_project(args) -> int:
    ws = open_workspace(args.db, create_missing=False)
    try:
        try:
            results = projections(ws, args.scenario, samples=args.samples, seed=args.seed)
        except KeyError:
            known = ", ".join(s.id for s in ws.scenarios()) or "none"
            raise CommandError(f"{ws.location}: no scenario {args.scenario!r} (scenarios: {known})",
                               USAGE) from None
        title = ws.briefing().title
    finally:
        ws.close()
    if args.json:
        document = {"briefing": title,
                    "computed_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                    "scenarios": [projection_json(p) for p in results]}
        print(json_safe(json.dumps(document, ensure_ascii=False, indent=2)))
        return DONE
    print(safe(table([projection_json(p) for p in results])))
    for p in results:
        print(safe(f"\n{p.scenario.id}: {p.scenario.name}"))
        for sentence in p.sentences:
            print(safe(f"  {sentence}"))
        print("  Assumptions:")
        for premise in p.assumptions:
            print(safe(f"  - {premise}"))
        if p.fit is not None and p.fit.rate is not None:
            print(safe(f"  Fit: {p.fit.rate_text}. {p.fit_summary}"))
            print(safe(diagnostics_table(p.fit)))
    return DONE


def diagnostics_table(fit) -> str:
    """Each fit point's share of the weight, residual and the rate fitted without it."""
    header = ("point", "figure", "day", "weight", "residual", "rate without")
    rows = [(pt.id, pt.text, pt.day.isoformat(), f"{pt.share * 100:.0f}%",
             f"{pt.residual:+,.0f}", "—" if pt.rate_without is None else f"{pt.rate_without:,.1f}")
            for pt in fit.points]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)) for r in rows]
    return "\n".join("    " + line for line in lines)


def table(rows: list[dict]) -> str:
    """A plain fixed-width table; '—' where a value is null."""
    cells = [[_cell(r[c]) for c in _COLUMNS] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) if cells else len(c)
              for i, c in enumerate(_COLUMNS)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(_COLUMNS, widths))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)) for row in cells]
    return "\n".join(lines)


def _cell(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
