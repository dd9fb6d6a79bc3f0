"""Splitting an article into sentences that remember where they came from.

News articles repeat themselves: a headline and a bullet list ("Points of attention") restate
figures that the body then gives with their source and date. The extractor must know which
sentences are such summaries so that it proposes each fact once, from the body. It also needs
the exact character span of each sentence so a review dialog can highlight the quote in the
original text, so nothing here rewrites the text: every `Sentence` is a slice of it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations whose full stop does not end a sentence ("Lt. Col. Ana Kovač said").
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
    "cmdr", "gov", "sen", "rep", "st", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "approx",
    "est", "inc", "ltd", "co", "jr", "sr", "fig", "brig", "insp", "supt", "cpl", "pte", "pvt",
    "cdr", "amb", "sgt-maj", "lieut", "brig.-gen", "hon", "rev", "mt", "ft",
}
_INITIALISM = re.compile(r"(?<![A-Za-z.])(?:[A-Z]\.){2,}$")
_BULLET = re.compile(r"^\s*(?:[-*•▪–]|\d{1,2}[.)])\s+")
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+|$)")
_TERMINAL = re.compile(r"[.!?:;\"”’')\]]\s*$")

HEADLINE, HEADING, BULLET, BODY = "headline", "heading", "bullet", "body"
SUMMARY_KINDS = (HEADLINE, HEADING, BULLET)


@dataclass(frozen=True)
class Sentence:
    """One sentence: its [start, end) span in the article, the kind of paragraph it sits in,
    the paragraph's index and the section (body text between two headings) it belongs to."""

    start: int
    end: int
    text: str
    kind: str
    paragraph: int
    section: int

    @property
    def is_summary(self) -> bool:
        return self.kind in SUMMARY_KINDS


def _is_heading(line: str) -> bool:
    """A short line without closing punctuation is a heading ("Points of attention")."""
    return not _TERMINAL.search(line) and len(line.split()) <= 16


def _split_paragraph(line: str, offset: int) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(line):
        end = m.end()
        word = re.search(r"([A-Za-z.]+)\.$", line[start:m.start() + 1])
        if m.group().startswith(".") and word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        if m.group() == "." and _INITIALISM.search(line, 0, m.end()):
            continue  # "the U.N. Security Council": dotted initials end no sentence
        nxt = line[end:].lstrip()
        if nxt and (nxt[0].islower() or not (nxt[0].isalnum() or nxt[0] in "\"“‘'(«")):
            continue  # "2,7 тыс. получили": no new sentence; Hangul has no case and starts one
        spans.append((offset + start, offset + end))
        start = end
        while start < len(line) and line[start].isspace():
            start += 1
    if start < len(line) and line[start:].strip():
        spans.append((offset + start, offset + len(line.rstrip())))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of `text` in order. Each non-empty line is a paragraph; the first
    paragraph of a multi-paragraph article is its headline (a summary), short lines without
    closing punctuation are headings, lines starting with a bullet marker are bullets."""
    out: list[Sentence] = []
    pos = 0
    paragraph = -1
    section = 0
    lines = text.splitlines(keepends=True)
    n_paragraphs = sum(1 for line in lines if line.strip())
    for raw in lines:
        line_start = pos
        pos += len(raw)
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        paragraph += 1
        lead = len(line) - len(line.lstrip())
        bullet = _BULLET.match(line)
        if bullet:
            kind = BULLET
            lead = bullet.end()
        elif paragraph == 0 and n_paragraphs > 1:
            kind = HEADLINE
        elif _is_heading(line.strip()):
            kind = HEADING
            section += 1
        else:
            kind = BODY
        body = line[lead:]
        for s, e in _split_paragraph(body, line_start + lead):
            out.append(Sentence(s, e, text[s:e], kind, paragraph, section))
    return out
