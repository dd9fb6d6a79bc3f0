"""Who says so, in English: "X said on Monday", "..., said Col. X", "according to X", "as X
notes", "The ministry's figures show", "a source close to the group"; "It claims" and "He
added" reported as pronouns for the extractor to carry.

Split from `attribution`, which holds what every language shares: the `Attribution` a
sentence yields and how a cut-out English phrase becomes a name (`clean_name`).
"""
from __future__ import annotations

import re

from .attribution import (ARABIC_ARTICLE, CONNECTORS, EXPLICIT, GENERIC, GENERIC_TAIL,
                          NAME_WITH_PARTICLE, PRONOUN, PUBLICATION, TITLES, Attribution,
                          clean_name, strip_titles)
from .english_cues import ARMED, SIZED
from .outlets import is_outlet

_VERBS = (
    r"said|says|say|stated|states|claimed|claims|claim|confirmed|confirms|confirm|reported|"
    r"reports|estimated|estimates|estimate|told|added|adds|noted|notes|announced|announces|"
    r"wrote|writes|shared|believes|believe|assessed|assesses|assess|warned|warns|"
    r"acknowledged|acknowledges|admitted|admits|conceded|concedes|stressed|stresses|"
    r"insisted|insists|"
    r"expects|expect|expected|predicted|predicts|forecast|forecasts|draws attention|"
    r"drew attention|pointed out|points out|revealed|reveals|disclosed|calculated|"
    r"calculates|counted|counts|recorded|indicated|indicates|put the figure|puts the figure|"
    r"cited|cites|published|publishes|announced|suggested|suggests|concluded|concludes|"
    r"denied|denies|told|"
    # "officials put the death toll at 54" (or "higher": the next sentence gives it), "Silo
    # put the jihadists' strength in the city at", "an officer put the Kenyan dead at 50", "the
    # army put the rebels holding the town at 2,000", "the source put the number detained at 52"
    r"puts?(?=\s+(?:the|their|its|his|her|our|[A-Z][\w.-]*[’']s)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:(?:toll|figure|number|count|tally|losses|casualties)\s+"
    r"(?:(?:of|among|in|over|during|since|for)\s+[^;:.]{1,80}?\s+|(?:[\w’'-]+\s+){1,3}?)?"
    r"(?:at|higher|lower)\b|"
    r"(?:dead|wounded|injured|missing)\s+(?:[^;:.]{1,40}?\s+)?at\b|"
    + ARMED + r"\b[^;:.,]{0,40}?\bat\b|"
    + SIZED + r"\b[^;:.]{0,60}?\bat\b))"
)
# "The attack claimed the lives of 15 soldiers": a toll, not a speaker
_VERB_RE = re.compile(rf"\b(?:{_VERBS})\b(?!\s+the\s+lives\b)")
# "Norway's", and "Hamas' armed wing"
_POSSESSIVE = re.compile(r"(?:[’']s|s[’'])$")
# "Data from the UN shows", "The ministry's figures show"
_DATA_SHOWS = re.compile(r"^((?:the\s+)?(?:[\w’'-]+\s+){0,6}?(?:figures|data|statistics|tally|count|"
                         r"estimates)(?:\s+from\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})?)"
                         r"\s+(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates)\b",
                         re.I)
_DATA_FROM = re.compile(r"^(?:These|Those|The)\s+(?:figures|numbers|data)\s+"
                        r"(?:were|are|come|came)\s+(?:\w+\s+)?(?:by|from)\s+(.+?)\s*[.;]?$")
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(.+?)\s+as\s+(?:saying|telling)\b")
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(.+?)(?=,|;|\s+that\s|\s*$)")
# "according to a tribal leader, Sheikh Ali al-Qaifi": the name, an Arabic article and all
_TITLE_THEN_NAME = re.compile(rf",\s*((?:{ARABIC_ARTICLE})?"
                              rf"(?:[A-Z][\w’'.-]+\s+(?:{ARABIC_ARTICLE})?){{1,3}}[A-Z][\w’'-]+)"
                              rf"\s*(?=[,.;]|$)")
# (the speaker a short phrase with no comma: in "... as NATO troops launched an offensive
# against the town, the alliance said" the "as" opens a clause of its own)
_AS_NOTES = re.compile(r"\b[Aa]s\s+([^,;:]{1,60}?)\s+(?:notes|noted|reports|reported|writes|wrote|says|"
                       r"said|points out|pointed out|put it|puts it)\b")
_ADVERBS = {"also", "officially", "previously", "reportedly", "later", "recently", "earlier",
            "now", "publicly", "separately", "further", "itself", "has", "have", "had", "would",
            "separately", "once", "again", "already", "repeatedly", "then", "first", "last",
            "initially", "subsequently", "on", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "yesterday", "today"}
_SENTENCE_ADVERBS = {"meanwhile", "however", "also", "separately", "earlier", "later", "now",
                     "still", "yet", "but", "and", "in", "moreover", "additionally", "so",
                     "then", "previously", "overall", "finally"}
_SOURCE_NOUNS = {
    "officials", "official", "sources", "source", "spokesman", "spokeswoman", "spokesperson",
    "ministry", "army", "navy", "military", "intelligence", "command", "analysts", "experts",
    "commander", "commanders", "leader", "president", "minister", "chief", "founder", "head", "team",
    "staff", "authorities", "government", "service", "services", "agency", "officers",
    "officer", "observers", "monitors", "guard", "coast", "media", "blog", "forces",
    "spokespeople", "press", "office", "department", "secretary", "general", "governor",
    "administration", "organisers", "organizers", "diplomats", "researchers",
    "administrator", "administrators", "witness", "witnesses", "medics", "doctors", "police",
    "monitor", "wing", "television", "radio", "broadcaster", "elders", "residents",
}
# men who saw it, speaking as witnesses: "Two soldiers who survived the attack said"
_WITNESSES = {"soldiers", "soldier", "survivors", "survivor", "troops", "fighters", "policemen",
              "villagers", "residents"}
_PRONOUNS = {"it", "he", "she", "they", "we", "i"}
_ANAPHORS = {"agency", "ministry", "service", "institute", "think tank", "group", "team",
             "organisation", "organization", "department", "command", "office", "source"}
_NAME_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][\w’'.&-]*|\(|\)")

_NOT_HEADS = {"troops", "soldiers", "casualties", "losses", "deaths", "figures", "numbers",
              "data", "estimates", "sources", "who", "which", "that", "this", "these", "those",
              "there", "what", "figure", "number", "toll", "count", "report", "reports",
              "is", "are", "was", "were", "be", "been", "being", "not", "widely", "also"}


_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "several", "some", "many", "few", "dozens", "a", "an", "the"}
_PREPOSITIONS = {"in", "inside", "at", "near", "from", "with", "on", "outside", "within",
                 "across", "during", "after", "before", "to"}
# ", who spoke on condition of anonymity,", ", the mission's commander,", a description
# that opens with a possessive: "Rajiv Ghai, India's director general of operations, told",
# "JNIM, al-Qaeda's affiliate in the Sahel, claimed",
# or with a bare title of a body: "John Sattler, commander of the 1st Marine Expeditionary
# Force, told", "…, deputy head of the regional administration, said"
_TITLE_OF = "|".join(sorted((t for t in TITLES if t.isalpha() and len(t) > 3), key=len,
                            reverse=True))
_RELATIVE_BEFORE = re.compile(r",\s*(?:who|which|whose|speaking|citing|quoting|asked|requesting|"
                              r"known|also\s+known|better\s+known|formerly|monitored|formed|founded|"
                              r"created|established|set\s+up|"
                              rf"declining|the|a|an|in|on|(?:{ARABIC_ARTICLE})?[A-Z][\w.-]*['’]s|"
                              rf"(?:[a-z-]+\s+){{0,2}}?(?:{_TITLE_OF})\s+(?:of|for|at))"
                              r"\b(?:[^,;]|(?<=\d),(?=\d))*,\s*$")
# "An army officer who asked not to be named told Reuters", "Officials speaking on condition
# of anonymity said": a relative or participle clause without commas after the speaker's
# head noun
_BARE_RELATIVE = re.compile(r"(?<!\S)([\w’'-]+)\s+(?:who|whom|speaking|talking)\s[^,;:\"“”]*$")
# 'an officer with the call sign "Bear"', 'a commander who goes by the call sign Bear', 'known
# by his nom de guerre, Abu Ali': the name the speaker goes by is who speaks
_CALL_SIGN = re.compile(r"\b(?:call[\s-]?sign|callsign|nom\s+de\s+guerre|code[\s-]?name)\s*,?\s*"
                        r"[\"“‘']?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)[\"”’']?")
_DETERMINERS = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "one"}
_DOCUMENTS = {"report", "statement", "survey", "assessment", "study", "tally", "count",
              "review", "bulletin", "update", "briefing", "release", "communique", "pamphlet",
              "leaflet", "letter", "video", "message"}
_MADE_PUBLIC = re.compile(r"\s+(?:released|published|issued|dated|made\s+public|posted|seen\s+by)"
                          r"\s+(?:on|in|last|this|by|late|early)\b[^,;]{0,40}$")
_ISSUED_BY = re.compile(r"\b(?:" + "|".join(sorted(_DOCUMENTS)) + r")\s+(?:released|published|"
                        r"issued|put\s+out|posted|signed)\s+by\s+([^,;]{1,50}?)"
                        r"(?:\s+(?:on|in|last|this|late|early)\b[^,;]{0,30})?"
                        # "A pamphlet signed by the Paraguayan People's Army, or EPP, and found
                        # near the truck claimed": what else is said of the document
                        r"(?:,\s+or\s+[A-Z]{2,8},)?(?:\s+and\s+[a-z]+\s+[^,;]{0,50})?\s*$")
# "A junta spokesman, Major General Zaw Min Tun, denied": the name between commas speaks, also
# a body's ("Hamas' military wing, the Qassam Brigades, said")
_APPOSITIVE = re.compile(r"[^\s,]\s*,\s*(?:the\s+)?((?:(?:[A-Z][\w.’'-]*|de|del|da|du|al|el|bin|ibn|van|von|la|le)\s+)"
                         r"{1,5}[A-Z][\w’'-]*|[A-Z]{2,8})\s*,\s*$")  # "..., Kingabé Ogouzeïmi de Tapol,"
# "Doctors at the Saudi Hospital in El Fasher said": where the speaker is, not who
_LOCATIVE_TAIL = re.compile(r"\s+(?:in|near|outside|inside)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*)+$")


_PLACE_NOUNS = {"city", "town", "village", "region", "province", "district", "port", "capital",
                "area", "county", "state", "enclave", "island", "valley"}


def _place_after(tail: list[tuple[str, int]]) -> bool:
    """'in the region', 'near the front', 'at El-Arish hospital': a short place phrase that
    ends in a common noun (a proper name before it says which hospital, not who speaks;
    'at the Pentagon' ends in a name and may be the speaker)."""
    words = [re.sub(r"[’']s$", "", w) for w, _ in tail[1:]]
    named = next((k for k in range(1, len(words) - 1) if words[k] == "of"
                  and words[k - 1] in _PLACE_NOUNS and all(w[:1].isupper() for w in words[k + 1:])),
                 None)
    if named is not None:  # "in the besieged Libyan city of Misrata": which city, not who
        words, tail = words[:named], tail[:named + 1]
    return 2 <= len(tail) <= 6 and words[-1].isalpha() and words[-1].islower() \
        and all(w.replace("-", "").isalpha() for w in words) \
        and words[-1] not in ("the", "a", "an")


def _subject_before(sentence: str, verb_start: int) -> tuple[str, int] | None:
    """The noun phrase right before a reporting verb: 'the Austrian Armed Forces' in
    '..., the Austrian Armed Forces said.'; 'A Sudanese army officer' in 'A Sudanese army
    officer inside the city, who spoke on condition of anonymity, said ...'."""
    named = _APPOSITIVE.search(sentence[:verb_start])
    if named:
        return named.group(1), named.start(1)
    rel = _RELATIVE_BEFORE.search(sentence[:verb_start])
    if rel and sentence[:rel.start()].strip():
        verb_start = rel.start()
    bare = _BARE_RELATIVE.search(sentence[:verb_start])
    if bare and bare.group(1).lower() in _WITNESSES:
        # "Two soldiers who survived the attack said": the men who saw it, counted
        opening = re.search(r"(?:^|[,;:]\s*)((?:[\w’'-]+\s+){0,3}?)$", sentence[:bare.start(1)])
        return (opening.group(1) + bare.group(1)).strip(), opening.start(1)
    if bare and (bare.group(1).lower() in _SOURCE_NOUNS or bare.group(1)[:1].isupper()):
        verb_start = bare.end(1)
    issued = _ISSUED_BY.search(sentence, 0, verb_start)
    if issued:  # "A statement issued by the ministry said": who issued it speaks
        return issued.group(1), issued.start(1)
    made = _MADE_PUBLIC.search(sentence[:verb_start])
    if made and sentence[:made.start()].strip():
        verb_start = made.start()  # "A UN report released on Monday said": when, not who
    place = _LOCATIVE_TAIL.search(sentence[:verb_start])
    if place and re.search(r"[A-Za-z]\s*$", sentence[:place.start()]) \
            and not re.search(r"[,;:]\s*\S*$", sentence[:place.start()]):
        verb_start = place.start()
    clause_start = max(sentence.rfind(c, 0, verb_start) for c in (*",;:—–“\"", " - "))
    clause_start = max(clause_start + 1, 0)  # " - ": the dash of a wire dateline
    that = [m.end() for m in re.finditer(r"\bthat\b", sentence[clause_start:verb_start])]
    if that:
        clause_start += that[-1]
    tokens = [(m.group(), m.start() + clause_start)
              for m in _NAME_TOKEN.finditer(sentence[clause_start:verb_start])]
    while tokens and (tokens[-1][0].lower().rstrip(".") in _ADVERBS
                      or tokens[-1][0].lower() == "not" or tokens[-1][0].endswith("ly")
                      and tokens[-1][0][:1].islower()
                      or tokens[-1][0] in ("there", "here") and len(tokens) > 1):
        tokens.pop()  # "a doctor there told": where the speaker is, as an adverb
    if tokens and tokens[-1][0].lower() in _PRONOUNS:
        return tokens[-1]
    close = _close_to(tokens)
    if close:
        return close
    # A determiner-led phrase: "the UN panel of experts", "a defence ministry spokesman";
    # a trailing prepositional phrase ("inside the city") is not part of the name.
    cut = next((i for i, (w, _) in enumerate(tokens) if w.lower() in _PREPOSITIONS
                and i > 0), None)
    head = tokens[:cut] if cut is not None else tokens
    of = next((k for k, (w, _) in enumerate(tokens[:3]) if w == "of"), None)
    if of and tokens[of - 1][0].lower() in _SOURCE_NOUNS and len(tokens) <= 7 \
            and all(w.isalpha() or "-" in w for w, _ in tokens) \
            and any(w[:1].isupper() for w, _ in tokens[of + 1:]):
        # "Elders of the Dhulbahante clan": whose elders they are belongs to who speaks
        return " ".join(w for w, _ in tokens), tokens[0][1]
    if cut is not None and head[-1][0].lower() in _DOCUMENTS and tokens[cut][0].lower() in (
            "from", "by") and len(tokens) > cut + 1:
        # "a statement from the army's media office said": who issued it speaks
        return " ".join(w for w, _ in tokens[cut + 1:]), tokens[cut + 1][1]
    for i in range(len(head) - 1, max(-1, len(head) - 8), -1):
        word = head[i][0].lower()
        # a possessive leads a title as "the" does: "its chief of defence", "Norway's
        # defence minister" (not "their own drills", the subject of "an estimated 5,000")
        possessive = (word in ("its", "their") or bool(_POSSESSIVE.search(word))
                      and head[i][0][:1].isupper()) \
            and any(w.lower() in TITLES | _SOURCE_NOUNS for w, _ in head[i + 1:])
        if (word in ("the", "a", "an") or possessive) and i < len(head) - 1:
            if i > 0 and head[i - 1][0].lower() in CONNECTORS:
                continue  # "Institute for the Study of War": inside a name
            rest = head[i + 1:]
            if all(w.isalpha() or w[:1].isupper() or "’" in w or "'" in w
                   or "-" in w and not w[:1].isdigit() for w, _ in rest) \
                    and not any(w.lower() in _NOT_HEADS for w, _ in rest) \
                    and rest[-1][0].lower() not in CONNECTORS \
                    and not re.match(r"\S+\s+by\b", sentence[verb_start:]):
                if i == 0 or not head[i - 1][0][:1].isupper():
                    return " ".join(w for w, _ in head[i:]), head[i][1]
            break
        if word in _NOT_HEADS or word in CONNECTORS - {"of", "for", "and", "the"}:
            break
    picked: list[tuple[str, int]] = []
    if cut is not None and _place_after(tokens[cut:]) and (
            head[-1][0][:1].isupper() or head[-1][0].lower() in _SOURCE_NOUNS):
        tokens = head  # "Officials in the region said": where they are is no part of who
    for word, pos in reversed(tokens):
        low = word.lower()
        if word[:1].isupper() or low in CONNECTORS or low in _SOURCE_NOUNS or word in "()" \
                or NAME_WITH_PARTICLE.match(word):
            picked.append((word, pos))
            continue
        break
    if len(picked) == 1 and picked[0][0].lower() in _SOURCE_NOUNS:
        # "two medical sources told Reuters": the describing words belong to the source
        rest = tokens[:len(tokens) - 1]
        while rest and len(picked) < 3 and rest[-1][0].isalpha() and rest[-1][0].islower() \
                and rest[-1][0] not in _NOT_HEADS | _ADVERBS | _PREPOSITIONS | CONNECTORS \
                and rest[-1][0] not in _NUMBER_WORDS:
            picked.append(rest.pop())
        if rest and _POSSESSIVE.search(rest[-1][0]) and rest[-1][0][:1].isupper():
            # "South Korea's spy agency": whose agency it is belongs to the name
            while rest and rest[-1][0][:1].isupper():
                picked.append(rest.pop())
    if not picked and len(tokens) >= 2 and tokens[-1][0].isalpha() and tokens[-1][0].islower() \
            and tokens[-2][0][:1].isupper() and tokens[-2][0].lower() not in _DETERMINERS \
            and (_POSSESSIVE.search(tokens[-2][0])
                                                 or tokens[-1][0].lower() in _DOCUMENTS):
        # "Mali's junta, which seized power in 2020, said", "A UN report ... said": whose it
        # is names it
        picked = [tokens[-1], tokens[-2]]
    picked.reverse()
    while picked and (picked[0][0].lower() in CONNECTORS - {"the"} or picked[0][0] in "()"):
        picked.pop(0)
    while picked and picked[0][0].lower() in _SENTENCE_ADVERBS and len(picked) > 1:
        picked.pop(0)
    if not picked:
        return None
    words = [w for w, _ in picked]
    if words[-1].lower() in CONNECTORS:
        return None
    if not any(w[:1].isupper() or w.lower() in _SOURCE_NOUNS for w in words):
        return None
    if [w.lower() for w in words] in (["our"], ["my"], ["their"], ["your"]):
        return None  # '"Our estimate is that ...," Lundy said': the one quoted says it
    return " ".join(words), picked[0][1]


_INVERTED = re.compile(r"[,”\"’]\s*$")
_AFTER_END = re.compile(r"[,;:()]|\.\s*$|\s(?:on|in|at|during|last|this|told|when|after|before|"
                        r"adding|citing|while|as|that|from|to)\b")
_NOT_SPEAKERS = {"that", "it", "so", "this", "there", "then", "yesterday", "today"}


def _subject_after(sentence: str, verb_end: int) -> tuple[str, int] | None:
    """The speaker placed after the verb, as wire copy puts it after the figure: '...,
    said Col. Michael Logico, the Philippine spokesman'; '..., added the ministry.'"""
    rest = sentence[verb_end:]
    stop = _AFTER_END.search(rest)
    raw = rest[:stop.start()] if stop else rest
    served = re.match(r"(.+?)\s+of\s+the\s", raw)
    if served and len(strip_titles(served.group(1).split())) < len(served.group(1).split()):
        raw = served.group(1)  # "said Lieutenant General Roger Turner of the US Marine Corps"
    words = raw.split()
    if not words or len(words) > 8 or re.search(r"\d", raw):
        return None
    lows = [w.lower().rstrip(".") for w in words]
    if lows[0] in _PRONOUNS:  # "..., said he." but not "said they had ..."
        return (words[0], verb_end + rest.index(words[0])) if len(words) == 1 else None
    if lows[0] in _NOT_SPEAKERS or words[0] in _DAY_NAMES:
        return None
    named = all(w[:1].isupper() or low in CONNECTORS or NAME_WITH_PARTICLE.match(w)
                for w, low in zip(words, lows))
    described = lows[0] in ("the", "a", "an") and (lows[-1] in _SOURCE_NOUNS
                                                   or lows[-1] in TITLES)
    # "said army spokesman Felix Kulayigye", "said Kenya Navy spokesman Lt. Col. Joseph
    # Otieno": a description without an article, its title, then the name
    title = max((i for i, low in enumerate(lows[:-1]) if low in TITLES), default=None)
    titled = title is not None and all(w[:1].isupper() for w in words[title + 1:])
    if not (named or described or titled):
        return None
    name = described and stop and _NAME_AFTER.match(rest, stop.start())
    if name and name.group(1).split()[0] not in _DAY_NAMES:
        return name.group(1), verb_end + name.start(1)
    return raw.strip(), verb_end + rest.index(words[0])


# "..., said a spokesman for the defence ministry, Fawad Aman.": the description, then the
# name of the one who speaks, set after it between commas
_NAME_AFTER = re.compile(r",\s*((?:[A-Z][\w.’'-]*\s+){1,4}[A-Z][\w’'-]*)\s*(?:[,.;]|$)")


_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_CLOSE_TO = {"close", "familiar", "loyal", "linked", "near"}


def _close_to(tokens: list[tuple[str, int]]) -> tuple[str, int] | None:
    """'a source close to the group', 'officials familiar with the matter': the whole
    description is the (anonymous) source."""
    for j in range(1, len(tokens) - 1):
        if tokens[j][0].lower() in _CLOSE_TO and tokens[j + 1][0].lower() in ("to", "with"):
            k = j - 1
            while k > 0 and tokens[k - 1][0].isalpha() and tokens[k - 1][0].lower() not in (
                    "the", "a", "an") and tokens[k - 1][0].lower() not in _NUMBER_WORDS \
                    and tokens[k - 1][0].lower() not in _NOT_HEADS and j - k < 3:
                k -= 1
            if tokens[k][0].lower() in _SOURCE_NOUNS:
                return " ".join(w for w, _ in tokens[k:]), tokens[k][1]
    return None


def _call_sign(sentence: str, verb: re.Match) -> Attribution | None:
    """The speaker of `verb` named by a call sign: in its subject before it, or after it in
    wire order ('..., said a commander who goes by the call sign "Bear".')."""
    head = sentence[:verb.start()].rstrip()
    head = head[:-1] if head.endswith(",") else head  # '…, who goes by "Mapenzi", said'
    start = max(head.rfind(c) for c in ",;:") + 1
    for m in _CALL_SIGN.finditer(sentence, start, verb.start()):
        if re.fullmatch(r"[\s,]*", sentence[m.end():verb.start()]):
            return Attribution(m.group(1), EXPLICIT, m.start(1), verb.start(), verb.end())
    m = _CALL_SIGN.search(sentence, verb.end())
    if m and _INVERTED.search(sentence, 0, verb.start()) \
            and not re.search(r"[,.;:]", sentence[verb.end():m.start()]):
        return Attribution(m.group(1), EXPLICIT, verb.end(), m.end(), m.end())
    return None


def find_attribution(sentence: str) -> Attribution | None:
    """The source a sentence names, a pronoun standing for one, or a generic one."""
    m = _QUOTED_AS.search(sentence)
    if m:  # "It quoted a rebel official as saying ...": the one quoted is the speaker
        name, alias = clean_name(m.group(1))
        if name:
            return Attribution(name, EXPLICIT, m.start(1), m.end(1), m.end(), alias)
    m = _ACCORDING.search(sentence)
    if m:
        named = _TITLE_THEN_NAME.match(sentence, m.end(1))
        if named and m.group(1).split()[-1].lower().rstrip(".") in TITLES | _SOURCE_NOUNS:
            # "according to Ukraine's commander-in-chief, Oleksandr Syrskyi": the name
            return Attribution(named.group(1), EXPLICIT, named.start(1), named.end(1),
                               named.end(1))
        name, alias = clean_name(m.group(1))
        if is_outlet(name):
            # "According to Reuters, army spokesman X said": the agency carried it
            spoke = _said_by(sentence, m.end())
            if spoke and spoke.kind == EXPLICIT and not is_outlet(spoke.name):
                return spoke
        kind = EXPLICIT if name else GENERIC
        return Attribution(name, kind, m.start(1), m.end(1), m.end(), alias)
    m = _AS_NOTES.search(sentence)
    if m:
        raw = m.group(1)
        if raw.lower() in ("the publication", "the newspaper", "the outlet", "the paper",
                           "the article", "the report", "the media", "the magazine"):
            return Attribution(PUBLICATION, EXPLICIT, m.start(1), m.end(1), m.end())
        name, alias = clean_name(raw)
        if name:
            return Attribution(name, EXPLICIT, m.start(1), m.end(1), m.end(), alias)
    m = _DATA_FROM.match(sentence)
    if m:  # "The figures were published by the Syrian Observatory."
        name, alias = clean_name(m.group(1))
        if name:
            return Attribution(name, EXPLICIT, m.start(1), m.end(1), m.end(1), alias)
    m = _DATA_SHOWS.match(sentence)
    if m:
        name, alias = clean_name(m.group(1))
        if name and name.lower() not in GENERIC_TAIL:
            return Attribution(name, EXPLICIT, m.start(1), m.end(1), m.end(), alias)
    said = _said_by(sentence)
    tag = _CLOSING_TAG.search(sentence)
    if said and tag and said.verb_end <= tag.start() \
            and _ACT_VERB.search(sentence, said.end, said.verb_end):
        # "The Guards took about 30 prisoners … and counted at least 40 Argentine dead among
        # the rocks, Harland added": what the men did is told by the one the closing tag names
        said = _said_by(sentence, tag.start()) or said
    if said is None and (m := _OWN_ACT.match(sentence)):
        # "The army flew some 700 troops into the area on Monday": what a body did with its
        # own men, told with no one quoted, is the body's account (as Korean "군은 … 급파했다")
        return Attribution(m.group(1), EXPLICIT, m.start(1), m.end(1), m.end(1))
    return said


# ", Harland added." closing a sentence
_CLOSING_TAG = re.compile(r",\s+(?:[A-Z][\w.’'-]*\s+){0,4}?(?:[A-Z][\w’'-]*|he|she|they)\s+(?:said|added|"
                          r"says|adds|noted|told\s+[A-Z]?\w+)\s*[.!]?[\"”’]?\s*$")
# reporting verbs that are also acts: the men who "counted" or "recorded" the dead
_ACT_VERB = re.compile(r"\b(?:counted|counts|recorded|tallied)\b")


_OWN_ACT = re.compile(r"(?:The\s+)?((?:[A-Z][\w'’-]*\s+){0,2}(?:army|military|navy|government|"
                      r"police|Army|Navy|Police|Government|(?:Defen[cs]e|Interior)\s+Ministry))"
                      r"\s+(?:has\s+|had\s+|have\s+|also\s+)?(?:sent|deployed|flew|dispatched|rushed|"
                      r"moved|airlifted|deploys|sends)\s+(?=[^.]*\d)")


_BUT_SAID = re.compile(r"[a-z]\s+(?:but|and)\s+(?:also\s+|later\s+)?$")


def _said_by(sentence: str, after: int = 0) -> Attribution | None:
    """The subject of the first reporting verb after `after` that names one."""
    for vm in _VERB_RE.finditer(sentence, after):
        if re.search(r"\b(?:is|are|was|were|be|been|being)\s+$", sentence[:vm.start()]):
            continue  # "Moscow is expected to send ...": passive, names no source
        sign = _call_sign(sentence, vm)
        if sign:
            return sign
        found = _subject_before(sentence, vm.start())
        end, verb_end = vm.start(), vm.end()
        if not found and _INVERTED.search(sentence, 0, vm.start()):
            found = _subject_after(sentence, vm.end())
            if found:  # "said Col. Michael Logico on Monday": the phrase ends with the name
                end = verb_end = found[1] + len(found[0])
        if not found and _BUT_SAID.search(sentence, max(0, vm.start() - 30), vm.start()) \
                and (opening := _OPENING_PERSON.match(sentence)):
            # "Bahi Ladgham, the Tunisian defense secretary, gave no overall figure but said":
            # the person the sentence opens on, who did one thing and said another
            found = opening.group(1), 0
        if not found:
            continue
        raw, start = found
        low = raw.lower()
        if low in _PRONOUNS:
            return Attribution(None, PRONOUN, start, end, verb_end)
        bare = re.sub(r"^the\s+", "", low)
        if low.startswith("the ") and bare in _ANAPHORS:
            return Attribution(None, PRONOUN, start, end, verb_end, noun=bare)
        if low.startswith("the ") and bare in _DOCUMENTS:
            # "The statement said 49 rebels had died", after "X, in a statement, claimed":
            # a document named again speaks for whoever issued it, the speaker before
            return Attribution(None, PRONOUN, start, end, verb_end)
        name, alias = clean_name(raw)
        if name:
            return Attribution(name, EXPLICIT, start, end, verb_end, alias)
    if after:
        return None
    if re.search(r"\b(?:reportedly|allegedly)\b", sentence):
        return Attribution(None, GENERIC, 0, 0, 0)
    return None


# "General Yusuf Bello visited the front line", "Lt. Gen. Peter Voss, the commander of the
# northern group, briefed reporters": a titled person opening a sentence, before a verb
# (a title in lower case among the words: "Navy spokesman Commander Tariq Hameed later gave …")
_OPENING_PERSON = re.compile(rf"^((?:(?:[A-Z][\w’'.-]*|{_TITLE_OF})\s+){{1,6}}?[A-Z][\w’'-]+)(?=,|\s+[a-z])")


def introduced_person(sentence: str) -> str | None:
    """The titled person a sentence opens on: whom a later "He said" stands for when no
    speaker was named before it (copy that introduces its speaker before quoting him)."""
    m = _OPENING_PERSON.match(sentence)
    if not m:
        return None
    words = m.group(1).split()
    name = strip_titles(words)
    return " ".join(name) if name is not words and len(name) >= 2 else None
