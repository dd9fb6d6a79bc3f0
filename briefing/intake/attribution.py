"""Who says so: the attributed source of a sentence, as a name an analyst recognises.

A figure without its source is useless to an analyst (the same "3,800" weighs differently
from a president than from a think tank), so every proposal carries the attributed *name*:
"South Korea's National Intelligence Service", "Oleksandr Syrsky", "Ukrainian and American
officials". Names are cut out of the prose with a few patterns ("according to X", "as X
notes", "X said/claims/confirmed ...") and then made consistent within the article: titles
are dropped ("Commander-in-Chief Oleksandr Syrsky" -> "Oleksandr Syrsky"), a surname alone
("Kovač added") becomes the full name used earlier, and an acronym ("ISW") becomes the name
it abbreviates ("Institute for the Study of War"), so one source is one name.

Sentences that say "It claims ..." or "He added ..." carry the previous sentence's source;
the extractor decides that, the readers only report that the subject was a pronoun. This
module holds what the languages share — the `Attribution` a sentence yields and how an
English phrase becomes a name (`clean_name`, which the figures also use); each language's
reader is its own module (`english_sources`, `cyrillic_sources`, `korean_text`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

PUBLICATION = "the publication"
MEDIA_REFERENT = "<media outlet>"
GROUP_REFERENT = "<armed group named before>"  # "Угруповання у своїй заяві стверджує"

EXPLICIT, PRONOUN, GENERIC = "explicit", "pronoun", "generic"

# a Russian or Ukrainian letter: the rules only those languages' prose needs look for one
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
CONNECTORS = {"of", "for", "the", "and", "de", "al", "on", "&", "del", "der", "von", "van"}
# "Tamer al-Rifai", "Hassan el-Masri": an Arabic article joined to a capitalised name is part
# of the name, though it is written in lower case
ARABIC_ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|ud|ul|bin|ibn)-"
NAME_WITH_PARTICLE = re.compile(rf"{ARABIC_ARTICLE}[A-Z][\w’'-]*$")
TITLES = {"leader", "president", "minister", "commander", "commander-in-chief", "chief",
          "spokesman", "spokeswoman", "spokesperson", "founder", "head", "secretary", "general",
          "gen", "admiral", "adm", "colonel", "col", "lt", "lieutenant", "major", "maj",
          "captain", "capt", "sergeant", "sgt", "director", "adviser", "advisor", "ambassador",
          "governor", "mayor", "chairman", "chairwoman", "ceo", "envoy", "deputy", "analyst",
          "correspondent", "prime", "mr", "mrs", "ms", "dr", "prof", "lt.", "col.", "gen.",
          "brig", "brigadier", "marshal", "premier", "chancellor", "insp", "inspector",
          "supt", "superintendent", "cpl", "corporal", "cdr", "amb", "commissioner"}
_ORG_WORDS = {"staff", "ministry", "service", "forces", "fleet", "council", "house",
              "intelligence", "institute", "command", "guard", "office", "agency", "department",
              "army", "navy", "committee", "directorate", "headquarters", "corps", "group",
              "center", "centre", "bureau", "administration", "government", "assembly",
              "cabinet", "command", "force", "brigade", "division"}
GENERIC_TAIL = {"data", "figures", "estimates", "estimate", "reports", "report", "information",
                "statistics", "calculations", "forecast", "forecasts", "assessment",
                "assessments", "analysis", "count", "tally", "update", "sources"}
_POSSESSIVE_TAIL = re.compile(
    r"^(.+?)['’]s?\s+(?:latest\s+|new\s+|own\s+|recent\s+|daily\s+)?(?:forecast|data|estimates?|"
    r"reports?|assessments?|figures|analysis|statement|count|tally|calculations?|update|"
    r"findings|numbers|research|review)$")
# "a Reuters tally of its announcements": the tally's maker
_TALLY_OF = re.compile(r"^((?:[A-Z][\w.&’'-]*\s+)*[A-Z][\w.&’'-]*)\s+(?:tally|count|estimates?|"
                       r"analysis|review|survey|calculations?)(?:\s+(?:of|based\s+on|from)\b.*)?$")
_TRAILING_GENERIC = re.compile(r"\s+(?:team|analysts|experts|researchers|staff members)$")
_STATEMENT_OF = re.compile(r"^(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:statement|report|bulletin|"
                           r"briefing|update|post|communiqu[eé]|announcement)\s+(?:from|by|issued\s+by|"
                           r"of)\s+(?:the\s+)?(?=\S)", re.I)
# "figures released by the ministry"
_DATA_OF = re.compile(r"^(?:the\s+)?(?:latest\s+)?(?:figures|data|statistics|numbers|estimates)\s+"
                      r"(?:released\s+by|published\s+by|provided\s+by|compiled\s+by|issued\s+by|"
                      r"from)\s+(.+)$", re.I)
_SEEN_BY = re.compile(r"\s+(?:seen|obtained|reviewed)\s+by\s+.*$")
_BASED = re.compile(r"^[A-Z][\w.’'-]*-based\s+(?=\S)")


@dataclass(frozen=True)
class Attribution:
    """What a sentence says about its source. `name` is None for pronouns and generic
    sources ("the latest data"); `verb_end` is where the reporting phrase ends, so a date
    right after it ("said on Tuesday") can be recognised as the date of the statement."""

    name: str | None
    kind: str
    start: int
    end: int
    verb_end: int
    alias: str | None = None  # an acronym given in brackets: "Defence Intelligence (HUR)";
    # for a pronoun, a pattern the source it stands for must match ("в министерстве"), or
    # MEDIA_REFERENT: the outlet named earlier ("пишет издание")
    media: bool = False       # the source is a media outlet ("издание «Верстка»")
    noun: str | None = None   # "the ministry": what a pronoun-like phrase names, if nothing
    # was named before it


def clean_name(raw: str) -> tuple[str | None, str | None]:
    """Raw attributed phrase -> (name, bracketed acronym). None when it names no one."""
    text = raw.strip().strip("\"“”'’,;:")
    text = re.sub(r"\(\s+", "(", re.sub(r"\s+\)", ")", text))  # "( ISPR )": words joined
    text = text if re.search(r"(?:\b[A-Z]\.){2,}$", text) else text.rstrip(".")  # "the U.N."
    alias = None
    m = re.search(r"\s*\(([A-Z][A-Za-z]{1,7})\)\s*$", text)
    if m:
        alias = m.group(1)
        text = text[:m.start()].strip()
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)
    # "a senior NATO official who briefed reporters on condition of anonymity": what the
    # relative clause says of the speaker is no part of the name
    text = re.sub(r"\s+(?:who|which|whose)\s.*$", "", text)
    text = _BASED.sub("", text)  # "the London-based Syrian Observatory": where, not who
    text = _STATEMENT_OF.sub("", text)  # "a statement from the Israeli military"
    text = _SEEN_BY.sub("", text)  # "a U.N. experts report seen by Reuters": the outlet saw it
    if text.lower() in ("the", "a", "an"):
        return None, alias  # "An estimated 1,500": no one
    pm = _POSSESSIVE_TAIL.match(text) or _TALLY_OF.match(text) or _DATA_OF.match(text)
    if pm:
        text = pm.group(1)
    trimmed = _TRAILING_GENERIC.sub("", text)
    if trimmed != text and trimmed.split()[-1].lower() not in CONNECTORS and (re.search(r"\b[A-Z]{2,}\b", trimmed) or
                            sum(w[:1].isupper() for w in trimmed.split()) >= 2):
        text = trimmed  # "ISW analysts" -> "ISW", but "Western analysts" stays
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)
    words = text.split()
    if not words:
        return None, alias
    has_capital = any(w[:1].isupper() for w in words)
    if not has_capital and words[-1].lower() in GENERIC_TAIL - {"sources"}:
        # "a police intelligence report": the body the words before it name made it; "the
        # latest data" is no one's
        maker = words[:-1]
        while maker and maker[0].lower() not in _ORG_WORDS | {"police", "military"}:
            maker = maker[1:]
        return (" ".join(maker) if maker else None), alias
    if not has_capital and ("latest" in words or "data" in words):
        return None, alias
    words = strip_titles(words)
    # "Inter Services Public Relations (ISPR)": the acronym stays with the name, as the
    # Russian, Ukrainian and Korean copy keep it, since later sentences and other reports
    # name the body by it
    return " ".join(words) + (f" ({alias})" if alias else ""), alias


def strip_titles(words: list[str]) -> list[str]:
    """'US National Security Council spokesman John Kirby' -> 'John Kirby'."""
    last_title = None
    for i, w in enumerate(words):
        if w.lower().rstrip(".") in TITLES or w.lower() in TITLES:
            last_title = i
    if last_title is None or last_title == len(words) - 1:
        return words
    tail = words[last_title + 1:]
    if all(w[:1].isupper() or NAME_WITH_PARTICLE.match(w) for w in tail) and tail[-1].lower() not in _ORG_WORDS \
            and words[last_title].lower() not in _ORG_WORDS - {"general"} \
            and not (words[last_title].lower() == "general" and tail[0].lower() in _ORG_WORDS):
        return tail
    return words
