"""The briefing's content as HTML sections, shared by the PDF pack and present mode.

Plain strings from domain values (no Qt), so the pack's text is the same every time for the
same briefing, and present mode says exactly what the pack says.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..charts.plain_text import clip, esc
from ..domain import RELIABILITY_WORDS, figure, long_date
from ..workspace.analysis import Analysis


# A pack is read by people: past these, a table says how many rows it left out and where the
# full list is (100,000 claims would be thousands of pages that no commander reads).
MAX_CLAIM_ROWS = 2000
MAX_EVENT_ROWS = 500
# Free text is printed up to this many characters, then shortened with a note: a 1 MB quote
# took 154 s to lay out and 50 MB never finished; the briefing file keeps it whole.
TEXT_CHARS = 2000


def _omitted(n: int, what: str, where: str) -> str:
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

    @classmethod
    def read(cls, ws, analysis: Analysis) -> "Content":
        return cls(ws.briefing(), {s.id: s for s in ws.sources()},
                   {c.id: c for c in ws.claims()}, ws.events(), analysis)

    def figure_of(self, claim) -> str:
        return figure(claim, self.analysis.bases.get(claim.id))

    def grade(self, claim) -> str:
        s = self.sources.get(claim.source)
        return f"{s.reliability if s else 'F'}{claim.credibility}"


def key_judgments(c: Content) -> str:
    """Bottom line up front: likelihood and confidence as separate sentences (ICD 203)."""
    items = []
    for p in c.analysis.projections:
        lines = [f"<b>{esc(p.scenario.name)}.</b> " + esc(p.likelihood or p.deterministic
                                                          or p.note or "No projection.")]
        if p.likelihood and p.deterministic:
            lines.append(esc(p.deterministic))
        if p.p10 or p.p90:
            lines.append("Depletion between " + esc(_day(p.p10)) + " (P10) and "
                         + esc(_day(p.p90)) + " (P90); median " + esc(_day(p.p50)) + ".")
        if p.confidence:
            lines.append(f"<i>{esc(p.confidence.sentence)}</i>")
        items.append("<li>" + "<br>".join(lines) + "</li>")
    return "<ul>" + "".join(items) + "</ul>" if items else "<p>No scenarios.</p>"


def _day(day) -> str:
    return long_date(day) if day else "beyond the horizon"


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
                parts.append(f"<b>{esc(c.figure_of(claim))}</b> {esc(claim.metric.replace('_', ' '))}"
                             f" — {esc(src.name if src else claim.source)} "
                             f"[{c.grade(claim)}], {esc(claim.date.label())}")
            sides.append("<br>".join(parts))
        rows.append(f"<tr><td>{esc(conflict.subject)}</td><td>{sides[0]}</td><td>{sides[1]}</td>"
                    f"<td>{esc(conflict.reason)}</td></tr>")
    return ("<table class='grid' width='100%'><tr><th>Subject</th><th>One figure</th>"
            "<th>Disagrees with</th><th>Why flagged</th></tr>" + "".join(rows) + "</table>"
            + _omitted(len(c.analysis.conflicts) - MAX_CLAIM_ROWS, "conflicting pairs",
                       "the ledger's Group conflicts shows them all"))


def claims_table(c: Content) -> str:
    """Every claim, conflicting ones first and together; the quote in full."""
    flagged = dict.fromkeys(i for conflict in c.analysis.conflicts for i in conflict.claim_ids)
    order = [i for i in flagged if i in c.claims] + [i for i in c.claims if i not in flagged]
    rows = []
    for cid in order[:MAX_CLAIM_ROWS]:
        claim = c.claims[cid]
        src = c.sources.get(claim.source)
        mark = "⚠ " if cid in flagged else ""
        rows.append(f"<tr><td>{mark}<b>{esc(c.figure_of(claim))}</b><br>"
                    f"{esc(claim.metric.replace('_', ' '))}</td>"
                    f"<td>{esc(claim.subject)}</td>"
                    f"<td>{esc(src.name if src else claim.source)}</td>"
                    f"<td align='center'>{c.grade(claim)}</td>"
                    f"<td>{esc(claim.date.label())}</td>"
                    f"<td>“{esc(clip(claim.quote, TEXT_CHARS))}”"
                    + (f"<br><i>{esc(clip(claim.note, TEXT_CHARS))}</i>" if claim.note else "")
                    + "</td></tr>")
    return ("<table class='grid' width='100%'><tr><th width='13%'>Figure</th>"
            "<th width='12%'>Subject</th><th width='15%'>Source</th><th width='6%'>Grade</th>"
            "<th width='10%'>As of</th><th>Quote</th></tr>" + "".join(rows) + "</table>"
            + _omitted(len(order) - MAX_CLAIM_ROWS, "claims",
                       "the whole ledger is in the briefing file and its CSV export")
            + "<p class='small'>⚠ marks claims in conflict with another claim (listed first). "
            "Grade: source reliability A–F and information credibility 1–6 (Admiralty code).</p>")


def sources_table(c: Content) -> str:
    rows = [f"<tr><td>{esc(s.name)}</td><td>{esc(s.kind)}</td><td>{esc(s.country or '—')}</td>"
            f"<td>{s.reliability} — {esc(RELIABILITY_WORDS[s.reliability])}</td>"
            f"<td align='right'>{sum(1 for x in c.claims.values() if x.source == s.id)}</td></tr>"
            for s in c.sources.values()]
    return ("<table class='grid' width='100%'><tr><th>Source</th><th>Kind</th><th>Country</th>"
            "<th>Reliability</th><th>Claims</th></tr>" + "".join(rows) + "</table>")


def events_table(c: Content) -> str:
    events = sorted(c.events, key=lambda e: e.span()[0])[:MAX_EVENT_ROWS]
    rows = [f"<tr><td>{esc(e.when.label())}</td><td>{esc(e.category)}</td>"
            f"<td><b>{esc(clip(e.title, TEXT_CHARS))}</b>"
            + (f"<br>{esc(clip(e.description, TEXT_CHARS))}" if e.description else "")
            + "</td></tr>" for e in events]
    return ("<table class='grid' width='100%'><tr><th width='16%'>When</th>"
            "<th width='14%'>Category</th><th>Event</th></tr>" + "".join(rows) + "</table>"
            + _omitted(len(c.events) - MAX_EVENT_ROWS, "events (the earliest are shown)",
                       "the timeline in the window shows them all"))


def scenario_parameters(c: Content) -> str:
    rows = []
    for p in c.analysis.projections:
        s = p.scenario
        rng = ", ".join(f"{label} {r[0]:,.0f}–{r[1]:,.0f}" for label, r in (
            ("strength", s.initial_strength_range), ("losses", s.anchor_losses_range),
            ("rate", s.daily_loss_rate_range)) if r) or "none"
        reinf = ", ".join(f"{r.count:,.0f} on {r.date}" for r in s.reinforcements) or "none"
        rate = f"{p.rate:,.1f}/day" if p.rate is not None else "—"
        if p.fit is not None and p.fit.ok:
            rate += f" (fitted, ± {p.fit.rate_se:,.1f})"
        rows.append(f"<tr><td><b>{esc(s.name)}</b><br>{esc(s.kind)}</td>"
                    f"<td align='right'>{s.initial_strength:,.0f}</td>"
                    f"<td>{esc(p.anchor_date.isoformat() if p.anchor_date else '—')}</td>"
                    f"<td align='right'>{p.anchor_losses or 0:,.0f}</td><td>{esc(rate)}</td>"
                    f"<td>{esc(rng)}</td><td>{esc(reinf)}</td>"
                    f"<td>{esc(_day(p.depletion_date) if p.depletion_date else 'none in horizon')}</td></tr>")
    return ("<table class='grid' width='100%'><tr><th>Scenario</th><th>Strength</th>"
            "<th>Anchor</th><th>Losses by anchor</th><th>Loss rate</th><th>Uncertainty</th>"
            "<th>Reinforcements</th><th>Depletion</th></tr>" + "".join(rows) + "</table>")


def annex(c: Content) -> str:
    """The claims each scenario used, with each one's residual from the fitted line."""
    parts = []
    for p in c.analysis.projections:
        title = f"<h3>{esc(p.scenario.name)}</h3>"
        if p.fit is None:
            parts.append(title + "<p>A stated loss rate: no claims enter the calculation.</p>")
            continue
        if not p.fit.ok:
            parts.append(title + f"<p>{esc(p.fit.explanation)}</p>")
            continue
        rows = []
        for pt in p.fit.points[:MAX_CLAIM_ROWS]:
            for cid in pt.claim_ids:
                claim = c.claims.get(cid)
                src = c.sources.get(claim.source) if claim else None
                rows.append(f"<tr><td>{esc(cid)}</td><td>{esc(pt.text)}</td>"
                            f"<td>{esc(pt.day.isoformat())}</td>"
                            f"<td>{esc(src.name if src else '')}</td>"
                            f"<td align='center'>{c.grade(claim) if claim else ''}</td>"
                            f"<td align='right'>{pt.residual:+,.0f}</td></tr>")
        skipped = "".join(f"<li>{esc(s.claim_id)}: {esc(s.reason)}</li>"
                          for s in p.fit.skipped[:MAX_CLAIM_ROWS])
        parts.append(title + "<table class='grid' width='100%'><tr><th>Claim</th><th>Figure</th>"
                     "<th>Day</th><th>Source</th><th>Grade</th><th>Residual</th></tr>"
                     + "".join(rows) + "</table>"
                     + _omitted(len(p.fit.points) - MAX_CLAIM_ROWS, "figures",
                                "the fit used every one of them")
                     + (f"<p>Not used:</p><ul>{skipped}</ul>" if skipped else ""))
    return "".join(parts)


