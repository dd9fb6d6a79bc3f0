"""What changed between two assessments, and why (ICD 203 standard 7).

A judgment is compared by what a reader is told: its status, likelihood words and
probability, central date and confidence. "Why" is read from the audit between the two
recordings: the claims that changed (added, removed, or a field's first old value → its last
new one; a change undone inside the window is no change), the grades of their sources, and
the scenario's own parameters. For one judgment only what it rests on is named: the claims
either judgment used, their sources, and that scenario.

    likely (76%) → very likely (85%) since 14 Jan 2025: claims nis-killed changed 300 → 600,
    zelenskyy-3800 added
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from briefing.domain import long_date, number, parse_iso
from briefing.domain.fuzzy_dates import short_date
from briefing.projection.judgments import percent

NOT_KNOWN = ("what changed in between is not known here: one of the two was recorded in "
             "another briefing file")
_SHOWN_AS_EDITED = {"quote", "note", "description", "assumptions", "text", "title", "name"}


@dataclass(frozen=True)
class EntityChange:
    """One claim, source or scenario between two moments: added, removed or changed."""
    kind: str                  # claim | source | scenario
    id: str
    change: str                # added | removed | changed
    fields: tuple[tuple[str, object, object], ...] = ()   # (field, before, after)

    @property
    def words(self) -> str:
        """'nis-killed changed 300 → 600', 'zelenskyy-3800 added'."""
        if self.change != "changed":
            return f"{self.id} {self.change}"
        return f"{self.id} " + ", ".join(_field_words(f, a, b) for f, a, b in self.fields)

    def as_json(self) -> dict:
        return {"kind": self.kind, "id": self.id, "change": self.change,
                "fields": {f: [a, b] for f, a, b in self.fields}}


def _field_words(field: str, before, after) -> str:
    if field == "value":
        return f"changed {_value(before)} → {_value(after)}"
    if field == "include_in_projection":
        return "now included in projections" if after else "now excluded from projections"
    if field in _SHOWN_AS_EDITED:
        return f"{field} edited"
    return f"{field} {_value(before)} → {_value(after)}"


def _value(x) -> str:
    if x is None:
        return "none"
    if isinstance(x, bool):
        return "yes" if x else "no"
    if isinstance(x, (int, float)):
        return number(x)
    return str(x)


def entity_changes(entries: Iterable) -> list[EntityChange]:
    """The net change of every entity in audit `entries` (oldest first; each has `action`,
    `entity`, `entity_id`, `field`, `old`, `new`), in order of first appearance."""
    tracks: dict[tuple[str, str], _Track] = {}
    for e in entries:
        key = (e.entity, e.entity_id)
        track = tracks.get(key)
        if track is None:
            track = tracks[key] = _Track(existed=e.action != "insert")
        track.add(e)
    out = []
    for (kind, entity_id), t in tracks.items():
        if t.existed and t.exists:
            fields = tuple((f, t.before[f], v) for f, v in t.after.items()
                           if f in t.before and t.before[f] != v)
            if fields:
                out.append(EntityChange(kind, entity_id, "changed", fields))
        elif t.existed != t.exists:
            out.append(EntityChange(kind, entity_id, "added" if t.exists else "removed"))
    return out


class _Track:
    def __init__(self, existed: bool):
        self.existed = existed          # before the first entry
        self.exists = existed
        self.before: dict = {}          # field values before the window, as far as seen
        self.after: dict = {}

    def add(self, e) -> None:
        if e.action == "insert":
            self.after.update(e.new or {})
            self.exists = True
        elif e.action == "update":
            self.before.setdefault(e.field, e.old)
            self.after[e.field] = e.new
        else:
            for f, v in (e.old or {}).items():
                self.before.setdefault(f, v)
            self.exists = False


# ---- judgments ---------------------------------------------------------------------------

def central_date(judgment: Mapping) -> str | None:
    """The date a judgment names as most likely: the median where it has a band, else the
    deterministic depletion date; none unless depleted."""
    if judgment.get("status") != "ok":
        return None
    return judgment.get("p50") or judgment.get("depletion_date")


def judgment_words(judgment: Mapping | None, with_date: bool = False) -> str:
    """'very likely (84%)', 'most likely around 27 April 2025', 'undetermined'."""
    if judgment is None:
        return "not judged"
    status = judgment.get("status")
    if status == "undetermined":
        return "undetermined"
    p = judgment.get("probability")
    if p is not None:
        words = f"{judgment.get('judgment')} ({percent(p)})"
        if with_date and judgment.get("judgment_date"):
            words += f" by {long_date(parse_iso(judgment['judgment_date']))}"
        return words
    central = central_date(judgment)
    if central is None:
        return "not depleted within the horizon"
    return f"most likely around {long_date(parse_iso(central))}"


def _told(judgment: Mapping | None) -> tuple:
    if judgment is None:
        return (None,)
    return (judgment.get("status"), judgment.get("judgment"), judgment.get("probability"),
            judgment.get("judgment_date"), central_date(judgment), judgment.get("confidence"))


@dataclass(frozen=True)
class JudgmentChange:
    """One scenario's judgment against the previous assessment's."""
    scenario: str
    name: str
    before: Mapping | None            # None: the previous assessment did not judge it
    after: Mapping | None             # None: this one does not (the scenario was deleted)
    since: str | None                 # the previous assessment's time (None: the first)
    reasons: tuple[EntityChange, ...] | None   # None: not known (recorded elsewhere)
    indirect: bool = False    # the judgment moved though nothing it uses did: `reasons` are
                              # every change in between (a conflict, a grade elsewhere)

    @property
    def changed(self) -> bool:
        return _told(self.before) != _told(self.after)

    @property
    def summary(self) -> str:
        """One line: 'likely (76%) → very likely (85%) since 14 Jan 2025: claims …'."""
        if self.since is None:
            return f"{judgment_words(self.after, True)} (the first assessment)"
        when = short_date(dt.datetime.fromisoformat(self.since).date())
        if not self.changed:
            head = f"unchanged since {when} ({judgment_words(self.after)})"
        else:
            head = f"{self._transition()} since {when}"
        if self.reasons is None:
            return f"{head} ({NOT_KNOWN})"
        if self.reasons and self.indirect:
            return (f"{head}: none of the claims it uses changed; in between, "
                    f"{reasons_words(self.reasons)}")
        if self.reasons:
            return f"{head}: {reasons_words(self.reasons)}"
        return head + (" (no claim, source or parameter it rests on changed in between)"
                       if self.changed else "")

    def _transition(self) -> str:
        b, a = self.before, self.after
        dated = (b or {}).get("judgment_date") != (a or {}).get("judgment_date")
        words = f"{judgment_words(b, dated)} → {judgment_words(a, dated)}"
        if b and a and b.get("confidence") != a.get("confidence"):
            words += f", confidence {b.get('confidence')} → {a.get('confidence')}"
        return words

    def as_json(self) -> dict:
        return {"since": self.since, "changed": self.changed,
                "before": _brief(self.before), "after": _brief(self.after),
                "summary": self.summary,
                "claims": None if self.reasons is None else
                [c.id for c in self.reasons if c.kind == "claim"],
                "indirect": self.indirect,
                "reasons": None if self.reasons is None else [c.as_json() for c in self.reasons]}


def _brief(judgment: Mapping | None) -> dict | None:
    if judgment is None:
        return None
    return {"status": judgment.get("status"), "judgment": judgment.get("judgment"),
            "probability": judgment.get("probability"),
            "judgment_date": judgment.get("judgment_date"),
            "central_date": central_date(judgment), "confidence": judgment.get("confidence")}


def reasons_words(reasons: Iterable[EntityChange]) -> str:
    """'claims nis-killed changed 300 → 600, zelenskyy-3800 added; source nis reliability
    B → C'."""
    parts = []
    for kind, plural in (("claim", "claims"), ("source", "sources"), ("scenario", "scenario")):
        listed = [c.words for c in reasons if c.kind == kind]
        if listed:
            shown = listed[:8] + ([f"{len(listed) - 8} more"] if len(listed) > 8 else [])
            parts.append(f"{plural if len(listed) > 1 or kind == 'scenario' else kind} "
                         + ", ".join(shown))
    return "; ".join(parts)


def compare(before: Iterable[Mapping], after: Iterable[Mapping], since: str | None,
            changes: list[EntityChange] | None,
            source_of: Mapping[str, str]) -> list[JudgmentChange]:
    """Each scenario of `after` (then those only `before` judged) against `before`.
    `changes`: every entity change between the two (None: not known); `source_of`: claim id
    → source id, to name the regraded sources of the claims a judgment used."""
    old = {j.get("id"): j for j in before}
    new = {j.get("id"): j for j in after}
    out = []
    for scenario in list(new) + [s for s in old if s not in new]:
        b, a = old.get(scenario), new.get(scenario)
        reasons = None if changes is None else tuple(_relevant(changes, scenario, b, a,
                                                               source_of))
        name = (a or b).get("name") or scenario
        found = JudgmentChange(scenario, name, b, a, since, reasons)
        if found.changed and reasons == () and changes:
            found = JudgmentChange(scenario, name, b, a, since, tuple(changes), indirect=True)
        out.append(found)
    return out


def _relevant(changes, scenario, before, after, source_of) -> list[EntityChange]:
    used = set((before or {}).get("claims_used", ())) | set((after or {}).get("claims_used", ()))
    sources = {source_of[c] for c in used if c in source_of}
    wanted = {("claim", c) for c in used} | {("source", s) for s in sources}
    wanted.add(("scenario", scenario))
    return [c for c in changes if (c.kind, c.id) in wanted]
