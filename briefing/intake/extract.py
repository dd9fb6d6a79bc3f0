"""Proposing claims from an article: every sourced force figure, once, ready for review.

The extractor never saves anything; it proposes. An analyst reviews each proposal against its
quote (the verbatim sentence, with the number highlighted), so every proposal carries the
character spans of both. Rules, not models: the analyst must be able to predict what the tool
will find, it must run offline, and a missed figure is cheaper than an invented one.

The steps: detect the article's language (`language`), then sentence by sentence find the
quantities, drop the ones that are dates or not head counts, read each remaining one as a
metric, name who says so and when, and name the force (`figures`). Then across the article:
carry a source into "It claims ..." / "По его словам ..." sentences, into sentences that cite
only "the latest data", and into unattributed forecasts that follow a source's analysis
(`speaker_flow`); merge repeats (`merging`); and link each fraction to its base.

Without a publication date the dateline's is used (`dateline`); with neither, today's, and
the result says so in a notice — relative dates are never resolved against today silently.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from briefing.domain import Claim, claim_field_names
from briefing.domain.fuzzy_dates import FIRST_YEAR, LAST_YEAR

from .attribution import EXPLICIT, PRONOUN, PUBLICATION, Attribution
from .dateline import Dateline, find_dateline
from .cyrillic_dates import earlier_edition
from .dates import DateMention
from .figures import RELATIVE_CLAUSE, candidate, link_fractions
from .forces import NOT_COMBATANTS, PERSONNEL, ForcePhrase, Subjects
from .language import Language, language_of
from .merging import dedupe
from .readings import LOSS_METRICS, Reading
from .sentence_dates import last_day_named, recalled_history, statement_date, with_same_day
from .sentences import Sentence, split_sentences
from .speaker_flow import name_sources

GIVEN, DATELINE, TODAY = "given", "dateline", "today"


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


@dataclass(frozen=True)
class Extraction:
    """What `extract_article` found. `published` is the date relative dates were resolved
    against and `published_from` where it came from (`given`, `dateline`, `today`);
    `notices` are sentences for the analyst (how the date was chosen, when it was not
    given)."""

    proposals: list[Proposal]
    language: str
    published: dt.date
    published_from: str
    notices: list[str] = field(default_factory=list)


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
    relative_clauses: list[tuple[int, int]] = field(default_factory=list)
    figure_starts: list[int] = field(default_factory=list)  # sorted, for `figures`
    figure_ends: list[int] = field(default_factory=list)  # sorted, for `figures`


def extract(text: str, published: dt.date | None = None,
            document_id: str | None = None) -> list[Proposal]:
    """Claims proposed from `text`, in the order they appear, ids 'p1', 'p2', ... (see
    `extract_article`, which also says how the publication date was chosen)."""
    return extract_article(text, published, document_id).proposals


def extract_article(text: str, published: dt.date | None = None,
                    document_id: str | None = None, today: dt.date | None = None) -> Extraction:
    """Claims proposed from `text`, with its language and publication date.

    `published` anchors relative dates ("this week", "on Tuesday", "13일") and dates the
    figures the article does not date (at week precision). Without it, the dateline's date;
    without one, `today` (default: the system date) with a notice that says so."""
    if published is not None and not FIRST_YEAR <= published.year <= LAST_YEAR:
        raise ValueError(f"the publication date {published.isoformat()} is outside the years "
                         f"{FIRST_YEAR}–{LAST_YEAR} a briefing holds")
    lang = language_of(text)
    today = today or dt.date.today()
    line = find_dateline(text, lang.find_dates, today)
    anchor, origin, notices = _publication(line, published, today)
    analysed, last_day = [], None
    for s in split_sentences(text):
        analysed.append(_analyse(s, anchor, lang, line.span if line else None, last_day))
        last_day = last_day_named(analysed[-1].dates, last_day)
    _parts_of_tolls(analysed, lang)
    name_sources(analysed, text)
    subjects = _subjects(analysed, text, lang)
    candidates = []
    for info in analysed:
        for reading in info.readings:
            candidates.append(candidate(info, reading, anchor, subjects, document_id,
                                        len(candidates)))
    candidates = [c for c in candidates if not recalled_history(c.claim, anchor, lang.code)]
    kept = sorted(dedupe(candidates), key=lambda c: c.order)
    if lang.code in ("ru", "uk"):
        kept = [c for c in kept if not earlier_edition(c.claim, anchor, c.sentence.s.text)]
    for n, c in enumerate(kept, start=1):
        c.extra["id"] = f"p{n}"
    link_fractions(kept)
    proposals = []
    for c in kept:
        s, q = c.sentence.s, c.reading.quantity
        proposals.append(Proposal(Claim(id=c.extra["id"], **c.claim), s.start, s.end,
                                  s.start + q.start, s.start + q.end, s.is_summary))
    if unnamed := sum(p.claim.source == PUBLICATION for p in proposals):
        notices.append(f"{unnamed} of {len(proposals)} proposals name no speaker "
                       f"(\"{PUBLICATION}\"): check each one's source against its quote.")
    return Extraction(proposals, lang.code, anchor, origin, notices)


def _publication(line: Dateline | None, published: dt.date | None, today: dt.date):
    if published is not None:
        return published, GIVEN, []
    if line is None:
        return today, TODAY, [
            f"No publication date: none was given and the article has no dateline, so "
            f"relative dates and undated figures were resolved against today "
            f"({today.isoformat()}). Give the publication date to correct them."]
    if line.year_written:
        return line.date, DATELINE, [
            f"Publication date {line.date.isoformat()} taken from the dateline "
            f"“{line.text}”."]
    return line.date, DATELINE, [
        f"Publication date {line.date.isoformat()} taken from the dateline “{line.text}”, "
        f"which gives no year: the latest such day up to today is assumed. Give the "
        f"publication date if it is another year."]


def proposals_json(proposals: list[Proposal]) -> list[dict]:
    """Claim objects with exactly the package's claim keys (reference.md §3), in order;
    `source` holds the attributed name (the importer or the review dialog maps it to a source
    id)."""
    out = []
    for p in proposals:
        row = {}
        for name in claim_field_names():
            value = getattr(p.claim, name)
            if isinstance(value, float) and name != "fraction" and value.is_integer():
                value = int(value)
            if name == "fraction" and value is not None:
                value = round(value, 6)
            if isinstance(value, tuple):
                value = list(value)
            row[name] = value
        out.append(row)
    return out


# --- per sentence -----------------------------------------------------------------------

def _analyse(s: Sentence, published: dt.date, lang: Language,
             dateline: tuple[int, int] | None, last_day: DateMention | None) -> _Sentence:
    """One sentence read. The dateline's date is the article's, not a figure's: its numbers
    are no figures and it dates nothing in the sentence it opens. "The same day" is the
    day the sentences before it last named (`last_day`)."""
    attribution = lang.find_attribution(s.text)
    ahead = bool(lang.looks_ahead.search(s.text))
    dates = lang.find_dates(s.text, published, ahead)
    dates = with_same_day(s.text, dates, last_day)
    quantities = lang.find_quantities(s.text)
    if lang.code == "en":  # ("most of them in the first two days": no figure in the aside)
        asides = _who_they_were(s.text)
        quantities = [q for q in quantities
                      if not any(a <= q.start < b for a, b in asides)]
    readings = lang.read_figures(_without_aside(s.text, attribution, lang.code), quantities,
                                 [(d.start, d.end) for d in dates])
    if dateline and s.start <= dateline[0] < s.end:
        a, b = dateline[0] - s.start, dateline[1] - s.start
        dates = [d for d in dates if not (d.start < b and a < d.end)]
    if attribution and attribution.kind == EXPLICIT:
        # "two Somali military officers told Reuters": a count of the speakers is no figure
        readings = [r for r in readings if not (
            attribution.start <= r.quantity.start < attribution.end
            or r.quantity.end <= attribution.start
            and not s.text[r.quantity.end:attribution.start].strip())]
    phrases = lang.force_phrases(s.text)
    if attribution and attribution.end > attribution.start:
        phrases = [p for p in phrases
                   if not (p.start < attribution.end and attribution.start < p.end)]
    clauses = [m.span() for m in RELATIVE_CLAUSE.finditer(s.text)] if lang.code == "en" else []
    info = _Sentence(s, attribution, dates, readings, phrases, relative_clauses=clauses,
                     figure_starts=sorted(r.quantity.start for r in readings),
                     figure_ends=sorted(r.quantity.end for r in readings))
    if attribution and attribution.kind in (EXPLICIT, PRONOUN):
        info.statement_date = statement_date(s.text, attribution, dates, lang.statement_glue)
        said = info.statement_date
        if ahead and said and said.date.day > published:
            # "said on Sunday that ... would": the day the statement was made is past, though
            # the sentence goes on to what lies ahead
            past = next((d for d in lang.find_dates(s.text, published, False)
                         if (d.start, d.end) == (said.start, said.end)), None)
            if past:
                info.dates = [past if d is said else d for d in info.dates]
                info.statement_date = past
        if lang.code == "ko" and said and said.date.precision == "day":
            # '노바크 장관은 9일 … "현재 … 1만2천 명이 배치돼 있다"고 밝혔다': "now" is the day
            # of the telling, not the publication's week
            info.dates = [replace(d, date=said.date) if d.text == "현재" else d
                          for d in info.dates]
    return info


# what may open an attribution set between commas: "за даними", "по данным", "according to"
_ASIDE_OPENING = re.compile(r"^,\s*(?:[^\W\d]+\s+){0,3}$")


# "About 50 soldiers, most of them conscripts, were killed": who the men were, said between
# commas, with no count of its own
_OF_THEM_ASIDE = re.compile(r",\s+(?:most|many|some|all|half|nearly\s+all|almost\s+all|about\s+"
                            r"half|mostly)\s+(?:of\s+(?:them|whom)\s+)?[^,;:.\d]{1,40},"
                            r"(?!\s+(?:and|but|or|while|as)\b)", re.I)


def _who_they_were(text: str) -> list[tuple[int, int]]:
    """Where an English sentence says between commas who the men counted were, but not an
    aside that says they do not fight ("most of them schoolchildren", "half of whom were
    children"): that one stays for the figure to read."""
    return [m.span() for m in _OF_THEM_ASIDE.finditer(text)
            if not any(w in NOT_COMBATANTS or w + "s" in NOT_COMBATANTS
                       for w in re.findall(r"[a-z]+", m.group().lower()))]


def _without_aside(text: str, a: Attribution | None, language: str) -> str:
    """The sentence as its figures read it: an attribution set between commas inside a
    figure's clause ("Загальні втрати ... за добу, за даними Генштабу ЗСУ, — 750 осіб",
    "Russia lost, according to the ministry, 1,200 soldiers") and, in English, who the men
    were ("50 soldiers, most of them conscripts, were killed") are blanked out, so they break
    no clause between a figure and its metric. Positions stay as they were."""
    if language == "en":
        for start, end in _who_they_were(text):
            text = text[:start] + " " * (end - start) + text[end:]
    if a is None or a.end <= a.start or a.start == 0:
        return text
    before = text.rfind(",", max(0, a.start - 40), a.start)
    after = re.match(r"\s*,", text[a.end:])
    if before < 0 or not after or not _ASIDE_OPENING.match(text[before:a.start]) \
            or re.search(r"\d", text[before:a.end]):
        return text
    end = a.end + after.end()
    return text[:before] + " " * (end - before) + text[end:]


# a sentence that goes on to the parts of the toll before it: "이 가운데 …", "Of them, …",
# "Среди них …"
_PARTS_OPENING = re.compile(r"^(?:이\s*(?:가운데|중)|그\s*(?:가운데|중)|그중|(?:Among|Of)\s+(?:them|these|"
                            r"the\s+dead)|(?:Среди|Из|Серед|З|Із)\s+(?:них|погибших|загиблих))"
                            r"(?!\w)", re.I)


# "Four were police officers": a bare count opening a sentence on what its men were
_COUNT_WERE = re.compile(r"^(?:[A-Z][a-z]+|\d[\d,]*)\s+were\s+(?!\w+ed\b)")


def _toll_parted(before: _Sentence, lang: Language) -> Reading | None:
    """The toll of the sentence before that a sentence of its parts is of: its last; in
    Korean the one it leads with ("사망자가 900명을 넘었고 부상자는 2천600명에 이른다. 이 가운데
    군인은 120여 명": of the dead), as Korean copy names the dead first and adds the rest."""
    if not before.readings:
        return None
    if lang.code == "ko":
        return next((r for r in before.readings if r.people), before.readings[-1])
    return before.readings[-1]


def _parts_of_tolls(analysed: list[_Sentence], lang: Language) -> None:
    """A force counted in a sentence that opens on the parts of a toll of people the sentence
    before gave ("HRANA는 사망자를 1천190명으로 집계했다. 이 가운데 … 군인과 보안요원이
    430여 명") is that force's share of the toll, not its strength."""
    for before, info in zip(analysed, analysed[1:]):
        if lang.code == "en" and _COUNT_WERE.match(info.s.text) and before.readings \
                and before.readings[-1].metric in LOSS_METRICS \
                and before.s.paragraph == info.s.paragraph:
            # "Sixty of the dead were gang members. Four were police officers": the next part
            loss = before.readings[-1].metric
            info.readings = [replace(r, metric=loss) if r.metric == "strength"
                             and r.quantity.start == 0 and not r.quantity.is_fraction else r
                             for r in info.readings]
            continue
        toll = _toll_parted(before, lang)
        if toll is None or not toll.people or before.s.paragraph != info.s.paragraph \
                or not _PARTS_OPENING.match(info.s.text):
            continue
        info.readings = [replace(r, metric=toll.metric) if r.metric == "strength"
                         and not r.quantity.is_fraction else r for r in info.readings]


def _subjects(analysed: list[_Sentence], text: str, lang: Language) -> Subjects:
    phrases = [p for i in analysed for p in i.phrases]
    nouns = Counter(w for w in re.findall(r"[a-z]+", text.lower())
                    if w in PERSONNEL and w not in ("them", "force", "members", "men"))
    return Subjects(phrases, nouns, lang.code)
