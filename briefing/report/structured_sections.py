"""The structured analysis as HTML sections, shared by the pack and present mode: the
competing-hypotheses matrix, the indicators, what changed since the last assessment, and
how the recorded judgments turned out.

Plain strings from the analysis and the record (no Qt); every free text is escaped
(charts/plain_text.py), every table goes through `sections.grid`.
"""
from __future__ import annotations

from ..charts.plain_text import clip, esc
from ..domain.fuzzy_dates import moment_words
from ..structured import band_words
from ..structured.record import NOT_KNOWN, judgment_words, reasons_words
from . import sections as S

DIM = "#888888"
MAX_MATRIX_ROWS = 60   # the most diagnostic first; the window and `briefing ach` show all
MAX_RECORD_ROWS = 60   # the newest first; `briefing judgments` lists every one


def hypotheses_key(c: S.Content, described: bool = True) -> str:
    """Each hypothesis: its id (the matrix's column), title and (on paper) description."""
    m = c.analysis.matrix
    items = [f"<li><b>{esc(h.id)}</b> — {esc(h.title)}"
             + (f"<br><span class='small'>{esc(clip(h.description, S.TEXT_CHARS))}</span>"
                if h.description and described else "") + "</li>" for h in m.hypotheses]
    return "<ul>" + "".join(items) + "</ul>"


def matrix_section(c: S.Content, described: bool = True) -> str:
    """Who leads, the sensitivity line, and the matrix of the rated claims (scores in the
    last row; a claim that does not discriminate in grey). `described`: with each
    hypothesis's description and the key to the ratings (the pack; a slide leaves them
    out)."""
    m = c.analysis.matrix
    if not m.hypotheses:
        return "<p>No competing hypotheses are recorded in this briefing.</p>"
    sensitivity = (" ".join(esc(s.sentence) for s in m.sensitivity)
                   or "No single claim, removed, changes who leads.")
    head = (f"<p><b>{esc(m.leader_words)}</b></p><p>Sensitivity: {sensitivity}</p>"
            + hypotheses_key(c, described))
    if not m.diagnosticity:
        return head + "<p>No claim is rated yet.</p>"
    rows = []
    for cid, d in list(m.diagnosticity.items())[:MAX_MATRIX_ROWS]:
        claim = c.claims.get(cid)
        shown = (f"{esc(S.keep_together(c.figure_of(claim)))} "
                 f"{esc(claim.metric.replace('_', ' '))} [{c.grade(claim)}]"
                 if claim else esc(cid))
        cells = [f"<b>{esc(cid)}</b>" + (f"<br>{shown}" if described else f" {shown}")]
        cells += [esc(m.rating(h.id, cid) or "") for h in m.hypotheses]
        cells.append(f"{d:.2f}")
        if d <= 0:
            cells = [f"<span style='color:{DIM}'>{cell}</span>" for cell in cells]
        rows.append(cells)
    rows.append(["<b>Inconsistency (rank)</b>"]
                + [f"<b>{s.inconsistency:.2f} (#{s.rank})</b>" for s in m.scores] + [""])
    n = len(m.hypotheses)
    align = {k: "center" for k in range(1, n + 1)} | {n + 1: "right"}
    return (head + S.grid(c, ["Claim"] + [esc(h.id) for h in m.hypotheses]
                          + ["Diagnosticity"], rows, align)
            + S.omitted(len(m.diagnosticity) - MAX_MATRIX_ROWS, "rated claims",
                        "the window's Hypotheses panel and `briefing ach` list them all")
            + ("" if not described else "<p class='small'>CC very consistent, C consistent, N neutral, I inconsistent, "
              "II very inconsistent. Inconsistency: the sum of each rated claim's grade weight "
              "× 1 (I) or 2 (II); the lowest leads. Diagnosticity: how far a claim's ratings "
              "set the hypotheses apart (grey: not at all).</p>"))


def indicators_table(c: S.Content) -> str:
    m = c.analysis.matrix
    if not m.indicators:
        return "<p>No indicators are set.</p>"
    rows = [[esc(m.title(r.hypothesis)), esc(r.indicator.text), esc(r.condition),
             ("<b>met</b>" if r.met else "not met"),
             esc(r.status.removeprefix("met ").removeprefix("not met ").strip("()"))]
            for r in m.indicators]
    return S.grid(c, ["Hypothesis", "Indicator", "Condition", "Status", "Detail"], rows)


def changes_since(c: S.Content) -> str:
    """Each judgment now against the last recorded assessment, and why it moved. When
    nothing has moved since that assessment was recorded (a pack made right after
    recording), what changed at it against the one before — ICD 203's "since the previous
    assessment"."""
    entry = c.since
    if entry is None:
        return ("<p>No assessment has been recorded yet: File › Record Assessment (or "
                "<code>briefing record</code>) stores these judgments, and the next pack "
                "says what changed since.</p>")
    last = entry.previous
    if entry.between == () and not any(ch.changed for ch in entry.changes) \
            and c.record and c.record[-1].previous is not None:
        recorded = c.record[-1]
        return (f"<p>Nothing has changed since assessment <b>{esc(last.id)}</b> was recorded "
                f"{esc(moment_words(last.at))} by {esc(last.who)}{_note(last)}. Against "
                f"the one before it, <b>{esc(recorded.previous.id)}</b> "
                f"({esc(moment_words(recorded.previous.at))}):</p>"
                + _changes_html(recorded))
    intro = (f"<p>Against assessment <b>{esc(last.id)}</b>, recorded {esc(moment_words(last.at))} "
             f"by {esc(last.who)}{_note(last)}.</p>")
    return intro + _changes_html(entry)


def _note(assessment) -> str:
    return f" — “{esc(clip(assessment.note, S.TEXT_CHARS))}”" if assessment.note else ""


def _changes_html(entry) -> str:
    items = [f"<li><b>{esc(ch.name)}.</b> {esc(ch.summary)}</li>" for ch in entry.changes]
    if entry.between is None:
        tail = f"<p class='small'>{esc(NOT_KNOWN)}.</p>"
    elif entry.between:
        tail = (f"<p class='small'>Everything that changed in between: "
                f"{esc(reasons_words(entry.between))}.</p>")
    else:
        tail = "<p class='small'>No claim, source or scenario changed in between.</p>"
    return "<ul>" + "".join(items) + "</ul>" + tail


def record_section(c: S.Content) -> str:
    """Every recorded judgment with its outcome, then the Brier score and the calibration."""
    rows = [[f"<b>{esc(e.assessment.id)}</b><br>{esc(moment_words(e.assessment.at))}<br>"
             f"{esc(e.assessment.who)}", esc(ch.name), esc(judgment_words(ch.after, True)),
             esc(e.resolved(ch.scenario).outcome if e.resolved(ch.scenario) else "—")]
            for e in reversed(c.record) for ch in e.changes if ch.after is not None]
    table = (S.grid(c, ["Assessment", "Scenario", "Judgment", "Came true"],
                    rows[:MAX_RECORD_ROWS], {3: "center"})
             + S.omitted(len(rows) - MAX_RECORD_ROWS, "recorded judgments (the newest are "
                         "shown)", "`briefing judgments` lists them all")
             if rows else "<p>No assessment has been recorded.</p>")
    s = c.scores
    if s is None or s.brier is None:
        lines = ["No recorded judgment with a probability has been resolved yet."]
    else:
        n = len(s.scored)
        lines = [f"Brier score <b>{s.brier:.3f}</b> over {n} resolved judgment"
                 f"{'s' if n != 1 else ''} (0 is perfect; always saying 50% scores 0.25)."]
        lines += ["By analyst — " + esc("; ".join(f"{who} {b:.3f} ({k})"
                                                  for who, b, k in s.by_analyst()))]
        lines += ["Calibration — " + esc(band_words(b)) for b in s.calibration()]
    lines += [esc(note) for note in (s.notes if s else [])]
    return table + "<p>" + "<br>".join(lines) + "</p>"
