"""The briefing's content as HTML sections, shared by the PDF pack and present mode.

Plain strings from domain values (no Qt), so the pack's text is the same every time for the
same briefing, and present mode says exactly what the pack says.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..charts.plain_text import clip, esc
from ..domain import RELIABILITY_WORDS, figure, long_date, number, parse_iso
from ..domain.fuzzy_dates import short_date
from ..structured import Scores, scores
from ..workspace.analysis import Analysis
from ..workspace.record import Entry, history, since_last
from .table_widths import ColumnSizer


# A pack is read by people: past these, a table says how many rows it left out and where the
# full list is (100,000 claims would be thousands of pages that no commander reads).
MAX_CLAIM_ROWS = 2000
MAX_EVENT_ROWS = 500
# Free text is printed up to this many characters, then shortened with a note: a 1 MB quote
# took 154 s to lay out and 50 MB never finished; the briefing file keeps it whole.
TEXT_CHARS = 2000


def grid(c: "Content", header: list[str], rows: list[list[str]],
         align: dict[int, str] | None = None, notes: list[str] | None = None) -> str:
    """A bordered table; with the content's sizer, its columns sized to their content.
    `notes`: a full-width row under each row (a claim's quote), left out of the sizing."""
    align = align or {}
    widths = c.sizer.percentages([header] + rows) if c.sizer is not None and rows else None
    head = "".join(f"<th{_width(widths, i)}>{h}</th>" for i, h in enumerate(header))
    body = []
    for k, row in enumerate(rows):
        body.append("<tr>" + "".join(f"<td{_align(align, i)}>{cell}</td>"
                                     for i, cell in enumerate(row)) + "</tr>")
        if notes is not None:
            body.append(f"<tr class='note'><td colspan='{len(header)}'>{notes[k]}</td></tr>")
    return f"<table class='grid' width='100%'><tr>{head}</tr>{''.join(body)}</table>"


def _width(widths, i: int) -> str:
    return f" width='{widths[i]:.1f}%'" if widths else ""


def _align(align: dict[int, str], i: int) -> str:
    return f" align='{align[i]}'" if i in align else ""


def omitted(n: int, what: str, where: str) -> str:
    return (f"<p class='small'><b>{n:,} more {what} are not printed here</b>; {where}.</p>"
            if n > 0 else "")


@dataclass(frozen=True)
class Content:
    """Everything the sections read, fetched once from the workspace."""
    briefing: object
    sources: dict
    claims: dict
    events: list
    analysis: Analysis
    sizer: ColumnSizer | None = None  # sizes table columns to their content (the pack)
    since: Entry | None = None        # the judgments now against the last assessment
    record: tuple[Entry, ...] = ()    # every assessment, oldest first
    scores: Scores | None = None      # how the resolved judgments turned out

    @classmethod
    def read(cls, ws, analysis: Analysis) -> "Content":
        return cls(ws.briefing(), {s.id: s for s in ws.sources()},
                   {c.id: c for c in ws.claims()}, ws.events(), analysis,
                   since=since_last(ws, analysis.projections), record=tuple(history(ws)),
                   scores=scores(ws.assessments(), ws.resolutions()))

    def figure_of(self, claim) -> str:
        return figure(claim, self.analysis.bases.get(claim.id))

    def grade(self, claim) -> str:
        s = self.sources.get(claim.source)
        return f"{s.reliability if s else 'F'}{claim.credibility}"


def judgment_sentences(p) -> list[str]:
    """One scenario's key-judgment sentences as the projection words them (premise and
    likelihood first, confidence apart: ICD 203): the one place the pack and present mode
    take them from."""
    return list(p.sentences) or ["No projection."]


def key_judgments(c: Content) -> str:
    """Bottom line up front, one item per scenario."""
    items = [f"<li><b>{esc(p.scenario.name)}.</b> "
             + "<br>".join(esc(line) for line in judgment_sentences(p)) + "</li>"
             for p in c.analysis.projections]
    return "<ul>" + "".join(items) + "</ul>" if items else "<p>No scenarios.</p>"


def _depletion(p) -> str:
    if not p.determined:
        return "undetermined"
    central = p.central_date
    return long_date(central) if central else "none in the horizon"


def conflicts_table(c: Content) -> str:
    """Conflicting claims side by side, one row per disagreeing pair."""
    if not c.analysis.conflicts:
        return "<p>No conflicting claims.</p>"
    rows = []
    for conflict in c.analysis.conflicts[:MAX_CLAIM_ROWS]:
        sides = []
        for ids in (conflict.first, conflict.second):
            parts = []
            for cid in ids:
                claim = c.claims.get(cid)
                if claim is None:
                    continue
                src = c.sources.get(claim.source)
                parts.append(f"<b>{esc(keep_together(c.figure_of(claim)))}</b> "
                             f"{esc(claim.metric.replace('_', ' '))}"
                             f" — {esc(src.name if src else claim.source)} "
                             f"[{c.grade(claim)}], {esc(claim.date.label())}")
            sides.append("<br>".join(parts))
        rows.append([esc(conflict.subject), sides[0], sides[1], esc(conflict.reason)])
    return (grid(c, ["Subject", "One figure", "Disagrees with", "Why flagged"], rows)
            + omitted(len(c.analysis.conflicts) - MAX_CLAIM_ROWS, "conflicting pairs",
                       "the ledger's Group conflicts shows them all"))


def claims_table(c: Content) -> str:
    """Every claim, conflicting ones first and together; the quote in full, across the
    table under its claim."""
    flagged = dict.fromkeys(c.analysis.conflicts.flagged_claims())
    order = [i for i in flagged if i in c.claims] + [i for i in c.claims if i not in flagged]
    rows, quotes = [], []
    for cid in order[:MAX_CLAIM_ROWS]:
        claim = c.claims[cid]
        src = c.sources.get(claim.source)
        mark = "⚠ " if cid in flagged else ""
        rows.append([f"{mark}<b>{esc(keep_together(c.figure_of(claim)))}</b>",
                     esc(claim.metric.replace("_", " ")), esc(claim.subject),
                     esc(src.name if src else claim.source), c.grade(claim),
                     esc(claim.date.label())])
        quotes.append(f"“{esc(clip(claim.quote, TEXT_CHARS))}”"
                      + (f"<br><i>{esc(clip(claim.note, TEXT_CHARS))}</i>" if claim.note else ""))
    return (grid(c, ["Figure", "Metric", "Subject", "Source", "Grade", "As of"], rows,
                 {4: "center"}, notes=quotes)
            + omitted(len(order) - MAX_CLAIM_ROWS, "claims",
                       "the whole ledger is in the briefing file and its CSV export")
            + "<p class='small'>⚠ marks claims in conflict with another claim (listed first). "
            "Grade: source reliability A–F and information credibility 1–6 (Admiralty code).</p>")


def sources_table(c: Content) -> str:
    counts: dict[str, int] = {}
    for claim in c.claims.values():
        counts[claim.source] = counts.get(claim.source, 0) + 1
    rows = [[esc(s.name), esc(s.kind), esc(s.country or "—"),
             f"{s.reliability} — {esc(RELIABILITY_WORDS[s.reliability])}",
             f"{counts.get(s.id, 0):,}"] for s in c.sources.values()]
    return grid(c, ["Source", "Kind", "Country", "Reliability", "Claims"], rows, {4: "right"})


def events_table(c: Content) -> str:
    events = sorted(c.events, key=lambda e: e.span()[0])[:MAX_EVENT_ROWS]
    rows = [[esc(e.when.label()), esc(e.category),
             f"<b>{esc(clip(e.title, TEXT_CHARS))}</b>"
             + (f"<br>{esc(clip(e.description, TEXT_CHARS))}" if e.description else "")]
            for e in events]
    return (grid(c, ["When", "Category", "Event"], rows)
            + omitted(len(c.events) - MAX_EVENT_ROWS, "events (the earliest are shown)",
                       "the timeline in the window shows them all"))


SCENARIOS_PER_TABLE = 3


def keep_together(text: str) -> str:
    """A figure that must not be split across lines: '≈ 11,000', '11,000–13,000'."""
    return re.sub(r"(?<=\d)–(?=\d)", "\u2060–\u2060",
                  re.sub(r"([≈≥≤>]) ", "\\1\u00a0", text))


def _with_range(value: float | None, rng) -> str:
    text = number(value) if value is not None else "—"
    return text + (f" ({number(rng[0])}–{number(rng[1])})" if rng else "")


def _rate(p) -> str:
    if p.rate is None:
        return "—"
    if p.fit is not None and p.fit.ok:
        return f"{number(round(p.rate, 1))} a day (fitted, ± {number(round(p.fit.rate_se, 1))})"
    return _with_range(p.rate, p.scenario.daily_loss_rate_range) + " a day"


_PARAMETERS = (
    ("Kind", lambda p: p.scenario.kind),
    ("Strength at the anchor", lambda p: _with_range(p.scenario.initial_strength,
                                                     p.scenario.initial_strength_range)),
    ("Anchor date", lambda p: short_date(p.anchor_date) if p.anchor_date else "—"),
    ("Losses by the anchor", lambda p: _with_range(p.anchor_losses,
                                                   p.scenario.anchor_losses_range)),
    ("Loss rate", _rate),
    ("Reinforcements", lambda p: ", ".join(f"{number(r.count)} on {short_date(parse_iso(r.date))}"
                                           for r in p.scenario.reinforcements) or "none"),
    ("Depleted at or below", lambda p: number(p.scenario.threshold)),
    ("Depletion (most likely)", lambda p: _depletion(p)),
)


def scenario_parameters(c: Content) -> str:
    """Each scenario's inputs, one column per scenario (a row per scenario needed eight
    columns and broke words and numbers on a portrait page), three scenarios a table."""
    projections = list(c.analysis.projections)
    tables = []
    for k in range(0, len(projections), SCENARIOS_PER_TABLE):
        chunk = projections[k:k + SCENARIOS_PER_TABLE]
        rows = [[f"<b>{label}</b>"] + [esc(keep_together(value(p))) for p in chunk]
                for label, value in _PARAMETERS]
        tables.append(grid(c, ["Scenario"] + [esc(p.scenario.name) for p in chunk], rows))
    return "<br>".join(tables) if tables else "<p>No scenarios.</p>"


def assumptions(c: Content) -> str:
    """Each scenario's assumptions register: the premises its judgment rests on."""
    parts = []
    for p in c.analysis.projections:
        items = "".join(f"<li>{esc(a)}</li>" for a in p.assumptions)
        parts.append(f"<h3>{esc(p.scenario.name)}</h3><ul>{items}</ul>")
    return "".join(parts)


def annex(c: Content) -> str:
    """The claims each scenario used; for a fit, each point's share of the weight, its
    residual and the rate fitted without it."""
    parts = []
    for p in c.analysis.projections:
        title = f"<h3>{esc(p.scenario.name)}</h3>"
        if p.fit is None:
            cited = "".join(f"<li>{esc(k.replace('_', ' '))}: {esc(c.figure_of(c.claims[v]))} "
                            f"({esc(v)}, {c.grade(c.claims[v])})</li>"
                            for k, v in p.cited.items() if v in c.claims)
            parts.append(title + (f"<p>A stated loss rate. Cited claims:</p><ul>{cited}</ul>"
                                  if cited else "<p>A stated loss rate; no claim is cited.</p>"))
            continue
        intro = "" if p.fit.ok else f"<p>Undetermined: {esc(p.fit.reason)}.</p>"
        if p.fit.rate is None:
            parts.append(title + intro)
            continue
        rows = []
        for pt in p.fit.points[:MAX_CLAIM_ROWS]:
            claim = c.claims.get(pt.id)
            src = c.sources.get(claim.source) if claim else None
            without = "—" if pt.rate_without is None else f"{pt.rate_without:,.1f}"
            rows.append([esc(", ".join(pt.claim_ids) or pt.id), esc(keep_together(pt.text)),
                         esc(short_date(pt.day)),
                         esc(src.name if src else "Assumed start of losses"),
                         c.grade(claim) if claim else "—", f"{pt.share * 100:.0f}%",
                         f"{pt.residual:+,.0f}", esc(without)])
        skipped = "".join(f"<li>{esc(s.claim_id)}: {esc(s.reason)}</li>"
                          for s in p.fit.skipped[:MAX_CLAIM_ROWS])
        parts.append(title + intro + f"<p>Fitted rate {esc(p.fit.rate_text)}. "
                     f"{esc(p.fit_summary or '')}</p>"
                     + grid(c, ["Claim", "Figure", "Day", "Source", "Grade", "Weight",
                                "Residual", "Rate without"], rows,
                            {4: "center", 5: "right", 6: "right", 7: "right"})
                     + omitted(len(p.fit.points) - MAX_CLAIM_ROWS, "figures",
                                "the fit used every one of them")
                     + (f"<p>Not used:</p><ul>{skipped}</ul>" if skipped else ""))
    return "".join(parts)
