"""Proposing claims from an article: every sourced force figure, once, ready for review.

The extractor never saves anything; it proposes. An analyst reviews each proposal against its
quote (the verbatim sentence, with the number highlighted), so every proposal carries the
character spans of both. Rules, not models: the analyst must be able to predict what the tool
will find, it must run offline, and a missed figure is cheaper than an invented one.

The steps, sentence by sentence: find the quantities (`numbers`), drop the ones that are dates
(`dates`) or not head counts, read each remaining one as a metric (`metrics`), name who says
so (`attribution`) and when (`dates`), and name the force (`forces`). Then across the article:
carry a source into "It claims ..." and "He added ..." sentences, into sentences that cite
only "the latest data", and into unattributed forecasts that follow a source's analysis; and
merge repeats, because headlines and bullet summaries restate the body's figures.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from briefing.domain import Claim, FuzzyDate, claim_field_names
from briefing.domain.fuzzy_dates import FIRST_YEAR, LAST_YEAR

from .attribution import (EXPLICIT, GENERIC, PRONOUN, PUBLICATION, Attribution, SourceNames,
                          find_attribution, specificity)
from .dates import DateMention, find_dates
from .figure_dates import FigureDates
from .forces import PERSONNEL, ForcePhrase, Subjects, force_phrases
from .metrics import Reading, read_figures
from .numbers import find_quantities
from .sentences import Sentence, split_sentences

UNJUDGED = 6  # Admiralty credibility "truth cannot be judged": the default for a proposal
_LOOKS_AHEAD = re.compile(r"\b(?:could|would|might|will|forecasts?|predict\w*|projected|"
                          r"expects?|expected|if)\b", re.I)


@dataclass(frozen=True)
class Proposal:
    """A proposed claim and where it came from.

    `quote_start`/`quote_end` delimit the quote in the text passed to `extract` (so
    `text[quote_start:quote_end] == claim.quote`); `number_start`/`number_end` delimit the
    figure (with its hedge: "about 11,000") in the same text. `summary` is true when the only
    sentence saying it is a headline, heading or bullet."""

    claim: Claim
    quote_start: int
    quote_end: int
    number_start: int
    number_end: int
    summary: bool = False

    @property
    def quote_span(self) -> tuple[int, int]:
        return self.quote_start, self.quote_end

    @property
    def number_span(self) -> tuple[int, int]:
        return self.number_start, self.number_end

    @property
    def number_span_in_quote(self) -> tuple[int, int]:
        return self.number_start - self.quote_start, self.number_end - self.quote_start


@dataclass
class _Sentence:
    s: Sentence
    attribution: Attribution | None
    dates: list[DateMention]
    readings: list[Reading]
    phrases: list[ForcePhrase]
    source: str = PUBLICATION
    statement_date: DateMention | None = None
    inherited_date: DateMention | None = None
    dates_index: FigureDates | None = None
    phrase_starts: list[int] = field(default_factory=list)
    longest_phrase: int = 0


@dataclass
class _Candidate:
    claim: dict
    sentence: _Sentence
    reading: Reading
    date_explicit: bool
    order: int
    extra: dict = field(default_factory=dict)


def extract(text: str, published: dt.date | None = None,
            document_id: str | None = None) -> list[Proposal]:
    """Claims proposed from `text`, in the order they appear, ids 'p1', 'p2', ...

    `published` anchors relative dates ("this week", "last fall", "on Tuesday") and is the
    date of figures the article does not date (at week precision); without it, today. A
    `published` outside the years a briefing can hold raises ValueError."""
    published = published or dt.date.today()
    if not FIRST_YEAR <= published.year <= LAST_YEAR:
        raise ValueError(f"publication date {published.isoformat()} is outside the years "
                         f"{FIRST_YEAR}–{LAST_YEAR}")
    analysed = [_analyse(s, published) for s in split_sentences(text)]
    _name_sources(analysed, text)
    subjects = _subjects(analysed, text)
    candidates: list[_Candidate] = []
    for info in analysed:
        for reading in info.readings:
            candidates.append(_candidate(info, reading, published, subjects, document_id,
                                         len(candidates)))
    kept = _dedupe(candidates)
    proposals = []
    for n, c in enumerate(sorted(kept, key=lambda c: c.order), start=1):
        claim = Claim(id=f"p{n}", **c.claim)
        s, q = c.sentence.s, c.reading.quantity
        proposals.append(Proposal(claim, s.start, s.end, s.start + q.start, s.start + q.end,
                                  s.is_summary))
    return proposals


def proposals_json(proposals: list[Proposal]) -> list[dict]:
    """Claim objects with exactly the CONTRACT §3 claim keys, in order; `source` holds the
    attributed name (the importer or the review dialog maps it to a source id)."""
    out = []
    for p in proposals:
        row = {}
        for name in claim_field_names():
            value = getattr(p.claim, name)
            if isinstance(value, float) and name != "fraction" and value.is_integer():
                value = int(value)
            if name == "fraction" and value is not None:
                value = round(value, 6)
            row[name] = value
        out.append(row)
    return out


# --- per sentence -----------------------------------------------------------------------

def _analyse(s: Sentence, published: dt.date) -> _Sentence:
    attribution = find_attribution(s.text)
    dates = find_dates(s.text, published, forecast=bool(_LOOKS_AHEAD.search(s.text)))
    quantities = find_quantities(s.text)
    readings = read_figures(s.text, quantities, [(d.start, d.end) for d in dates])
    phrases = force_phrases(s.text)
    if attribution and attribution.end > attribution.start:
        phrases = [p for p in phrases
                   if not (p.start < attribution.end and attribution.start < p.end)]
    info = _Sentence(s, attribution, dates, readings, phrases,
                     dates_index=FigureDates(s.text, dates, published),
                     phrase_starts=[p.start for p in phrases],
                     longest_phrase=max((p.end - p.start for p in phrases), default=0))
    if attribution and attribution.kind in (EXPLICIT, PRONOUN):
        info.statement_date = _statement_date(s.text, attribution, dates)
    return info


def _statement_date(text: str, a: Attribution, dates: list[DateMention]) -> DateMention | None:
    """The date said right next to the reporting verb: 'said on Tuesday', 'confirmed in
    early January', 'On Tuesday, the ministry said'."""
    for d in dates:
        between = text[a.verb_end:d.start]
        if d.start >= a.verb_end and re.fullmatch(r"\s*(?:\w+ly\s+)?(?:on|in|late on|early on|"
                                                  r"earlier|)\s*", between):
            return d
        if d.end <= a.start and re.fullmatch(r"\s*,?\s*(?:the\s+)?", text[d.end:a.start]):
            return d
    return None


def _name_sources(analysed: list[_Sentence], text: str) -> None:
    """Fill each sentence's source: its own, or one carried from an earlier sentence."""
    names = [i.attribution.name for i in analysed
             if i.attribution and i.attribution.kind == EXPLICIT]
    aliases = {i.attribution.alias: i.attribution.name for i in analysed
               if i.attribution and i.attribution.alias and i.attribution.name}
    resolver = SourceNames(names, aliases, text)
    last: _Sentence | None = None  # the last body sentence with an explicit source
    for info in analysed:
        a, s = info.attribution, info.s
        if a and a.kind == EXPLICIT:
            info.source = resolver.canonical(a.name) or PUBLICATION
            if not s.is_summary:
                last = info
        elif a and a.kind == PRONOUN and last is not None:
            info.source = last.source
            if not info.statement_date:
                info.inherited_date = last.statement_date or last.inherited_date
            last = info if not s.is_summary else last
        elif last is not None and not s.is_summary and last.s.section == s.section and (
                (a and a.kind == GENERIC) or any(r.forecast for r in info.readings)):
            info.source = last.source
        else:
            info.source = PUBLICATION


def _subjects(analysed: list[_Sentence], text: str) -> Subjects:
    phrases = [p for i in analysed for p in i.phrases]
    nouns = Counter(w for w in re.findall(r"[a-z]+", text.lower())
                    if w in PERSONNEL and w not in ("them", "force", "members", "men"))
    return Subjects(phrases, nouns)


# --- per figure -------------------------------------------------------------------------

_SUBJECT_GAP = 60  # characters between a figure and the force phrase it counts


def _subject_phrase(info: _Sentence, r: Reading) -> ForcePhrase | None:
    """The force phrase nearest the figure, before it or just after it. Only phrases that
    can lie within reach are looked at (phrases are sorted by start), so a sentence of many
    phrases and figures stays linear."""
    q = r.quantity
    reach = max(r.cue[1], q.end + 2)
    first = bisect.bisect_left(info.phrase_starts, q.start - _SUBJECT_GAP - info.longest_phrase)
    last = bisect.bisect_right(info.phrase_starts, max(reach, q.start))
    best, best_gap = None, 10 ** 6
    for p in info.phrases[first:last]:
        if p.end <= q.start:
            gap = q.start - p.end
        elif q.end <= p.start <= reach or p.start <= q.start < p.end:
            gap = max(0, p.start - q.end)
        else:
            continue
        if gap <= _SUBJECT_GAP and gap < best_gap:
            best, best_gap = p, gap
    return best


def _candidate(info: _Sentence, r: Reading, published: dt.date, subjects: Subjects,
               document_id: str | None, order: int) -> _Candidate:
    q = r.quantity
    mention, forecast = info.dates_index.pick(r, info.inherited_date)
    date = mention.date if mention else FuzzyDate(published, "week")
    notes = []
    if forecast:
        notes.append("forecast")
    value, low, high = q.value, q.low, q.high
    if r.per_week:
        notes.append(f"stated per week ({q.text}); divided by 7")
        value = None if value is None else round(value / 7, 1)
        low = None if low is None else round(low / 7, 1)
        high = None if high is None else round(high / 7, 1)
    claim = dict(
        source=info.source,
        document=document_id,
        subject=subjects.name(_subject_phrase(info, r)),
        metric=r.metric,
        value=value, low=low, high=high,
        fraction=q.fraction,
        fraction_of="strength" if q.fraction is not None else None,
        qualifier=q.qualifier,
        as_of=date.day.isoformat(),
        date_precision=date.precision,
        credibility=UNJUDGED,
        quote=info.s.text,
        note="; ".join(notes) or None,
        include_in_projection=not forecast,
    )
    return _Candidate(claim, info, r, mention is not None, order)


# --- merging repeats --------------------------------------------------------------------

def _key(c: _Candidate) -> tuple:
    return (c.claim["metric"], c.reading.quantity.key(), c.claim["include_in_projection"])


def _dates_agree(a: _Candidate, b: _Candidate) -> bool:
    if not a.date_explicit or not b.date_explicit:
        return True
    fa = FuzzyDate.parse(a.claim["as_of"], a.claim["date_precision"])
    fb = FuzzyDate.parse(b.claim["as_of"], b.claim["date_precision"])
    return fa.overlaps(fb)


def _sources_agree(a: _Candidate, b: _Candidate) -> bool:
    sa, sb = a.claim["source"], b.claim["source"]
    if sa == sb or a.sentence.s.is_summary or b.sentence.s.is_summary:
        return True
    if PUBLICATION in (sa, sb):
        return True  # the article restating a figure it attributes elsewhere
    words = lambda s: {w.lower().rstrip("s") for w in re.findall(r"\w+", s) if len(w) > 3}
    return bool(words(sa) & words(sb))


def _richness(c: _Candidate) -> tuple:
    return (not c.sentence.s.is_summary, specificity(c.claim["source"]) + c.date_explicit,
            c.date_explicit)


def _dedupe(candidates: list[_Candidate]) -> list[_Candidate]:
    """One proposal per fact: same metric, same figure, compatible source and date. Only
    candidates with the same key are compared (comparing every pair was quadratic)."""
    kept: list[_Candidate] = []
    by_key: dict[tuple, list[int]] = {}
    for c in candidates:
        key = _key(c)
        for i in by_key.get(key, ()):
            k = kept[i]
            summary = k.sentence.s.is_summary or c.sentence.s.is_summary
            if (summary or _dates_agree(k, c)) and _sources_agree(k, c):
                if _richness(c) > _richness(k):
                    kept[i] = c
                break
        else:
            by_key.setdefault(key, []).append(len(kept))
            kept.append(c)
    bounds = {(k.claim["metric"], bound) for k in kept
              if not k.sentence.s.is_summary and k.reading.quantity.is_range
              for bound in (k.reading.quantity.low, k.reading.quantity.high)}
    return [c for c in kept if not _restates_bound(c, bounds)]


def _restates_bound(c: _Candidate, bounds: set[tuple]) -> bool:
    """A summary's "up to 1,000" restating the body's "between 850 and 1,000"."""
    value = c.reading.quantity.value
    return c.sentence.s.is_summary and value is not None and (c.claim["metric"], value) in bounds
