"""What a number in a sentence counts: the contract's metric, read from the words around it.

The words that name a metric sit on either side of the number, and the nearest cue wins:
"killing 45 soldiers" (before), "300 North Koreans had been killed" (after), "numbering 1.2
million" (before), "losing about 92 of their soldiers every day" (a rate). The search to the
right stops at the next number and at clause breaks (", many of whom ..."), so "11,000 troops
to Russia, many of whom have already died" is a strength, not 11,000 killed.

Some numbers give two claims: "the entire contingent of 12,000 ... could be killed or
wounded by mid-April" states a strength (12,000) and forecasts casualties (12,000). A number
whose metric is said with "could/would/will ..." is a forecast, which the analyst sees but the
projection does not use.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from .english_cues import (AND_BEFORE, BENCHMARK, BRINGING, BRINGING_LOSS, CEILING, DESERTED,
                           ELSEWHERE, HOLDING, IN_ALL_AFTER, IN_ALL_BEFORE, IT_WAS, JOINED,
                           LEFT_CUES, NESTED, NEXT_LOSS, NOTIONAL, RIGHT_CUES, UNDER_ARMS)
from .forces import NON_FORCE, NOT_COMBATANTS, PERSONNEL
from .numbers import Quantity, tokenize
from .readings import LOSS_METRICS, Reading, coordinated
from .spans import Marks, occurs, outside

_BOUNDARY = re.compile(
    r"[;:—–()]|,\s+(?:many|most|some|several|all|none|which|who|whom|whose|while|but|"
    r"although|though|including|according|after|before|when|where|as)\b"
    r"|\s(?:when|while|after|before|because|if|but|although)\s")
# (not "a day-long battle", "a week-long assault": how long, not how often)
_RATE = re.compile(r"\b(?:(?:a|per|each|every)\s+day(?![-\s]long)|daily|per\s+diem)\b", re.I)
# "lost 1,320 soldiers in the past 24 hours" (the 24 ends the right window, so read on)
_A_PAST_DAY = r"\b(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:24\s+hours|day)\b"
_PAST_DAY = re.compile(r"^[^;:.]{0,60}?" + _A_PAST_DAY, re.I)
# "put Ukraine's losses over the past 24 hours at 1,200": a day's losses
_IN_PAST_DAY = re.compile(_A_PAST_DAY, re.I)
# (not "killed 17 soldiers during a week of clashes": a toll over a week, not a rate)
_WEEKLY = re.compile(r"(?<!during\s)(?<!within\s)(?<!over\s)(?<!in\s)(?<!for\s)(?<!after\s)"
                     r"\ba\s+week\b(?![-\s]long)(?!\s+of\b)|\b(?:per|each|every)\s+week\b|"
                     r"\bweekly\b", re.I)
_LOSS_WORDS = re.compile(r"\b(?:los[est]|loses|losing|losses|casualties|killed|wounded|dead|dying|"
                         r"die|destroyed)\b", re.I)
_MODAL = re.compile(r"\b(?:(?:could|would|might|may|will|shall)(?!\s+(?:not\s+)?have\b)|expected\s+to|likely\s+to|set\s+to|"
                    r"going\s+to|projected\s+to|predicted\s+to|forecast\s+to|is\s+to|are\s+to|"
                    # an arrival scheduled: "250 troops are due to join", "are due in Poland"
                    r"(?:is|are|were|was)\s+due\s+(?:to|in|at|on|from)|"
                    # an intention: "plans to recruit 10,000", "aims to have 300,000 troops",
                    # "has vowed to recruit 10,000 more", "has offered to send 350 marines"
                    r"(?:plans?|planning|aims?|aiming|intends?|intending|wants?|hopes?|vow(?:s|ed)?|"
                    r"offer(?:s|ed)?|threaten(?:s|ed)?)\s+to)\b")
# a contingent pledged: "will send", "will contribute", "are to take part", "will involve"
_PLANNED = re.compile(r"\b(?:will|shall|is\s+to|are\s+to)\s+(?:also\s+)?(?:send|deploy|contribute|"
                      r"provide|dispatch|station|commit|field|take\s+part|participate|join|involve|"
                      r"include)\b", re.I)
_FORECAST_WORDS = re.compile(r"\b(?:forecasts?|predict(?:s|ed|ion)?|projects?|projected|"
                             r"expects?|expected|anticipates?|anticipated|estimates that .* will)\b",
                             re.I)
_REINFORCE_LEFT = re.compile(r"\b(?:additional|another|further|extra|fresh|new)\s+$", re.I)
_REINFORCE_RIGHT = re.compile(r"^\s*(?:more|additional|extra|fresh|new)\s+(?:\w+\s+){0,2}?"
                              r"(?:troops|soldiers|fighters|personnel|servicemen|sailors|marines)",
                              re.I)
# "France sent 1,500 troops and Italy 900", "the largest after Poland's 2,100": a name (and its
# possessive) before a bare number, the noun said once for both figures
# ("Poland sent some 800 soldiers and Latvia another 300": "another" adds a country's share,
# no reinforcement)
_GAPPED = re.compile(r"(?:\band|\bafter|\bthan|\bbehind)\s+(?:the\s+)?(?:[\w.]+\s+){0,3}?"
                     r"[A-Z][\w.]*(?:['’]s?)?\s+(?:another\s+|a\s+further\s+)?$")
_COMPARED = re.compile(r"\b(?:down|up|rising|falling|fell|rose|increased|decreased|compared)\s+"
                       r"(?:from|with|to)\s+$", re.I)
_FRACTION_BASE = re.compile(r"\bof\s+(?:the|its|their|his|her|an?)?\s*(?:[\w’'-]+['’]s\s+)?"
                            r"(?:estimated\s+|total\s+|entire\s+|whole\s+)?$", re.I)


# 'lost twelve soldiers, "not 54 as the terrorists claim"', "The ministry denied that 50
# soldiers had been killed", "dismissed reports that 200 had deserted": a figure denied is no
# claim
_DENIED = re.compile(r"\b(?:not|never)\s+$|\b(?:denied|denies|deny|denying|dismissed|dismisses|"
                     r"rejected|rejects|refuted|refutes)\s+(?:(?:the\s+)?(?:reports?|claims?|"
                     r"allegations?|suggestions?|rumou?rs?)\s+)?that\s+(?:[\w’'-]+\s+){0,3}$", re.I)
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose|where)\b(?:[^,;]|(?<=\d),(?=\d))*,")
_TOLL_ROSE = re.compile(r"\b(?:death\s+)?toll\b[^;:]{0,160}?\b(?:rose|rises|risen|climbed|"
                        r"reached|stood|stands|jumped|increased|grew)\s+(?:to|at)\s+$", re.I)
# "The number of wounded troops has climbed to 140", "the number of soldiers missing stood
# at 12", "the number of troops in the region has risen to 4,000", "the count killed has
# climbed to 85", "the number killed had reached 27": a count of what the words after "number
# (of)" name
_NUMBER_ROSE = re.compile(r"\b(?:number|count|tally)\s+(?:of\s+)?([^;:]{1,80}?)\s+"
                          r"(?:has\s+|had\s+|have\s+|now\s+)?"
                          r"(?:(?:rose|risen|rises|climbed|reached|stood|stands|jumped|increased|"
                          r"grew|grown)\s+(?:to|at)|reached|hit|topped)\s+$", re.I)
# "It put the toll among Kurdish fighters at 163", "put the Kenyan dead at 50": a source's
# estimate of the dead (or of the wounded or missing it names), the verb before the noun ("losses at", "casualties at" name their metric already); "put the number
# of soldiers wounded since the assault began at about 70": of whatever the words after
# "number of" name (`_put_metric`), also with the loss set right after "number" ("the source
# put the number detained at 52")
_WHOSE = r"(?:the|its|their|his|her|our|[\w.-]+['’]s)\s+(?:own\s+|total\s+|overall\s+)?"
_PUT_TOLL = re.compile(r"\b(?:put|puts|putting|placed|places|placing)\s+" + _WHOSE
                       + r"(?:death\s+toll|toll|(?P<loss>losses|casualties)|"
                       r"(?P<number>(?:number|count|tally)(?:\s+of)?\b)|"
                       r"(?:[\w’'-]+\s+){0,2}?(?P<toll>dead|wounded|injured|missing)\b)"
                       r"(?P<of>[^;:]{0,120}?)\bat\s+$", re.I)
_TOLL_NOUNS = {"people", "persons", "bodies"}
_ABDUCTED = re.compile(r"\b(?:abduct|kidnapp)\w*", re.I)
_LOSS_NOUNS = {"casualties", "losses", "deaths", "fatalities", "dead", "killed", "wounded",
               "injured"}
_ANAPHOR = re.compile(r"^\s*of\s+(?:them|whom|these|those|which)\b", re.I)
# "half of the wounded were in critical condition": a share of a toll, not of a force
_OF_TOLL = re.compile(r"^\s*of\s+(?:the|those)\s+(?:dead|wounded|injured|killed|casualties|"
                      r"victims|fatalities)\b", re.I)
# "eight of the dead were its fighters": the toll's combatants, where the whole toll does not
# separate fighters from civilians and is no claim
# (also described: "sixty of the dead were suspected gang members")
_WERE_FIGHTERS = re.compile(r"^\s*were\s+(?:(?:its|their|our)\s+(?:own\s+)?)?((?:[a-z-]+\s+){0,2}[a-z]+)\b")
# "About 4,000 of them are Marines", "800 of them were on the ground": a part of a force that
# is itself troops, or in place
_THEM_IN_PLACE = re.compile(r"^\s*of\s+them\s+(?:are|were|have\s+been|had\s+been)\s+"
                            r"(?:(?:already|now|still)\s+)?(?:(?P<place>on\s+the\s+ground|"
                            r"in\s+place|in\s+position|deployed|stationed)\b|(?P<rest>.*))", re.I)
_TOLL_METRIC = {"wounded": "wounded", "injured": "wounded", "casualties": "casualties",
                "dead": "killed", "missing": "missing"}



# "150 prisoners were freed in an exchange": a swap counts people released, not a loss
_RELEASED = re.compile(r"\b(?:released|freed|returned|exchanged|swapped|swap|exchange|"
                       r"repatriated|handed\s+over)\b", re.I)
_AMONG = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+$", re.I)
_OF_DEAD = re.compile(r"\b(?:among|of)\s+(?:the|those)\s+(?:dead|killed)\b", re.I)
_INCLUDING_ASIDE = re.compile(r"[^\d,;.]{0,40}?(,\s+(?:including|among\s+them)\b[^,;.]*,)")
# "65 Palestinians died, many of them women and children", "killed 148 people, most of them
# students": who the people counted mostly were, named in an aside after the count; civilians
# make it a civilian toll, which is not recorded (a toll counted by its loss noun alone, "221
# wounded since Friday, most of them women and children", the sets record as the hospital's)
_WHO_THEY_WERE = re.compile(r"\s+(?!(?:" + "|".join(sorted(_LOSS_NOUNS)) + r")\b)[^\d,;.]{0,60}?,\s+"
                            r"(?:many|most|some|all|nearly\s+all|almost\s+all|mostly)"
                            r"(?:\s+of\s+(?:them|whom))?\s+(?:\w+\s+){0,2}?(\w+)\b")
_AND = re.compile(r"^\s*(?:[\w’'-]+\s+){0,3}?(?:and|as\s+well\s+as)\s+$", re.I)


# a bare count followed by "and" and the name of the next giver of a share: the words after
# it name that giver, not what the count counts
_AND_NAME = re.compile(r"\s+and\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}(?:['’]s?)?\s*$")


def _names_civilians(aside: str) -> bool:
    """Whether an "including / among them" aside that counts nothing names civilians among
    the people counted: the toll then does not separate fighters from civilians."""
    return any(t.low in NOT_COMBATANTS for t in tokenize(aside))


def _words(text: str, n: int) -> list[str]:
    return [t.low for t in tokenize(text) if t.text[:1].isalnum()][:n]


def _head_words(text: str, n: int) -> list[str]:
    """The first `n` words after a number, not counting the capitalised modifiers before
    its noun: "14,000 American and Filipino troops" reads as far as "troops", and "14,000 of
    the participants are Americans" as far as "Americans" (the partitive is no noun)."""
    tokens = [t for t in tokenize(text) if t.text[:1].isalnum()]
    out, counted = [], 0
    for i, t in enumerate(tokens):
        capital = t.text[:1].isupper() or (t.low in ("of", "the") and i == len(out) < 2)
        joins = t.low in ("and", "or") and out and tokens[i - 1].text[:1].isupper() \
            and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()
        out.append(t.low)
        if not (capital or joins):
            counted += 1
        if counted >= n or len(out) >= n + 4:
            break
    return out


def _noun_kind(words: list[str]) -> str | None:
    """'force' if the first nouns name people under arms, 'people' for a toll of people
    ("2,900 people were killed": a loss, never a strength), 'other' if they name something
    else (years, vessels, survivors), None if neither shows up."""
    if words[:1] == ["strong"]:
        return "force"  # "Britain's contribution is more than 7,000 strong": a force's size
    for i, w in enumerate(words):
        if w in _LOSS_NOUNS:
            if words[i + 1:i + 2] and words[i + 1] in NOT_COMBATANTS:
                return "other"  # "172 wounded civilians": the loss is the civilians'
            return None  # "1,500 casualties a day": the metric, then no noun to judge
        if w in _TOLL_NOUNS:
            return "people"
        if w in NON_FORCE or w in PERSONNEL and words[i + 1:i + 2] and words[i + 1] in NON_FORCE:
            return "other"  # "four army trucks": the force word only describes the thing
        if w in PERSONNEL or re.match(r"[a-z]+(?:ians|ans)$", w) and w not in ("than",):
            return "force"
    return None


_ACRONYM_ASIDE = re.compile(r"\(([A-Z][A-Za-z0-9&.-]{1,9})\)")


def _right_window(sentence: str, start: int, stop: int) -> str:
    """The text after a number up to the first clause boundary; a bracketed acronym
    ("43 Moro National Liberation Front (MNLF) rebels") only repeats the group's name, so
    its brackets are no boundary (blanked, positions kept)."""
    text = _ACRONYM_ASIDE.sub(lambda m: " " + m.group(1) + " ", sentence[start:stop])
    m = _BOUNDARY.search(text)
    return text[:m.start()] if m else text


def read_figures(sentence: str, quantities: list[Quantity],
                 blocked: list[tuple[int, int]]) -> list[Reading]:
    """The force figures among `quantities` (positions relative to `sentence`); numbers
    inside `blocked` spans (dates) are not figures."""
    live = outside(quantities, blocked)
    marks = Marks([(q.start, q.end) for q in live] + list(blocked), len(sentence))
    out: list[Reading] = []
    # a forecast word makes a forecast of the figures of its clause and those after it, not
    # of a count said before it ("400 officers had arrived, with a further 600 expected")
    ahead = _FORECAST_WORDS.search(sentence)
    first_forecast = ahead.start() if ahead else len(sentence) + 1
    clauses = [m.span() for m in _RELATIVE_CLAUSE.finditer(sentence)]
    dead = _OF_DEAD.search(sentence)  # "Among the dead were ...": the counts after it
    previous_kind = None
    for i, q in enumerate(live):
        if _not_a_figure(sentence, q):
            continue
        prev_end = marks.prev_end(q.start)
        next_start = marks.next_start(q.end)
        left = sentence[prev_end:q.start]
        prev_q = live[i - 1] if i else None
        base_of_fraction = bool(prev_q and prev_q.is_fraction and prev_q.end == prev_end
                                and _FRACTION_BASE.search(left))
        if q.is_fraction and i + 1 < len(live) and re.match(
                r"^\s*of\s+(?:the|its|their)?\s*(?:[\w’'-]+['’]s\s+)?$",  # "of the unit's 400"
                sentence[q.end:live[i + 1].start]):
            # "up to half of the 50,000 fighters ... have been killed": read past the base.
            base = live[i + 1]
            after = marks.next_start(base.end)
            right_text = sentence[q.end:base.end] + _right_window(sentence, base.end, after)
        else:
            right_text = _right_window(sentence, q.end, next_start)
        who = _WHO_THEY_WERE.match(sentence, q.end)
        if who and who.group(1).lower() in NOT_COMBATANTS and not q.is_fraction:
            continue
        aside = _INCLUDING_ASIDE.match(sentence, q.end)
        if aside and not q.is_fraction and _names_civilians(aside.group(1)) \
                and marks.next_start(q.end) >= aside.end():
            continue  # "60 people, among them monks, teachers and soldiers": a mixed toll
        if aside and not q.is_fraction:
            # "At least 12 people, including eight soldiers, were killed": read past the part
            right_text = sentence[q.end:aside.start(1)] + _right_window(
                sentence, aside.end(), marks.next_start(aside.end()))
        if _AND_NAME.match(right_text):
            right_text = ""  # "contributing about 17,000 and the United States 12,000": no noun
        clause = next((c for c in clauses if c[0] < q.start and q.end <= c[1]), None)
        if clause:  # ", which analysts estimate fields about 8,000 fighters, ..."
            right_text = right_text[:max(0, clause[1] - q.end)]
        right_start = q.end
        if out and _COMPARED.search(left) and not q.is_fraction:
            # "about 12,000 troops ..., down from 13,200 in June": the same metric, earlier;
            # with no date of its own ("up from about 34,000 before the war began") no claim
            if _dated_next(sentence, q, blocked):
                out.append(Reading(q, out[-1].metric, cue=(q.start, q.end)))
            continue
        heads = _head_words(right_text, 3)
        kind = _noun_kind(heads)
        if previous_kind == "civilians" and kind is None and not q.is_fraction:
            continue  # "Two civilians were killed and five wounded": civilians too
        previous_kind = "civilians" if kind == "other" and any(
            w in NOT_COMBATANTS for w in heads) else kind
        found = _read_one(sentence, q, left, right_text, right_start, base_of_fraction,
                          first_forecast < q.end + len(right_text))
        if not found and kind is None and _REINFORCE_LEFT.search(left) and out \
                and out[-1].metric in ("strength", "reinforcements"):
            # "400 officers had arrived, with a further 600 expected": more of the same force
            # ("another 3,000 would arrive next month": a modal of its own clause forecasts)
            found = [Reading(q, "reinforcements", forecast=first_forecast < q.end
                             + len(right_text) or bool(_MODAL.search(right_text)),
                             cue=(q.start, q.end))]
        if [r.metric for r in found] in ([], ["reinforcements"]) and kind is None and out \
                and out[-1].quantity.end == prev_end \
                and (_GAPPED.search(left) or IT_WAS.search(left) and not found) \
                and re.match(r"\s*(?:[,.;\"”]|$)", right_text):
            # "France sent 1,500 troops and Italy 900", "X put their strength at 4,000; Y
            # said it was about 3,000": the metric of the figure before
            found = [replace(out[-1], quantity=q, cue=(q.start, q.end))]
        if not found and kind is None and out and out[-1].metric == "strength" \
                and out[-1].quantity.end == prev_end and AND_BEFORE.match(left) \
                and ELSEWHERE.match(right_text):
            found = [replace(out[-1], quantity=q, cue=(q.start, q.end))]  # "... and 900 in Syria"
        if out and out[-1].quantity.end == prev_end and coordinated(out[-1], left, _AND) \
                and [r.metric for r in found] in ([], ["strength"]):
            found = [replace(out[-1], quantity=q, cue=(q.start, q.end))]
        elif out and out[-1].metric in LOSS_METRICS and [r.metric for r in found] in \
                (["strength"], [out[-1].metric]) and _AMONG.search(left):
            # "14 soldiers were killed, including two officers": a part of 14, no figure; but
            # "120 people were killed, among them 40 soldiers": the soldiers' share of the toll
            found = [Reading(q, out[-1].metric, cue=out[-1].cue)] \
                if out[-1].people and kind == "force" else []
        if kind == "people":
            found = [replace(r, people=True) if r.metric in LOSS_METRICS else r for r in found]
        if dead and dead.end() <= q.start and kind == "force":
            # "Among the dead were 40 soldiers": the soldiers' dead
            found = [replace(r, metric="killed", cue=dead.span()) if r.metric == "strength"
                     else r for r in found]
        if _RELEASED.search(left + " " + right_text):
            found = [r for r in found if r.metric != "captured"]  # freed, no one taken
        out.extend(found)
    return _arrivals(sentence, _shared_loss(sentence, out, live, marks))


def _shared_loss(sentence: str, readings: list[Reading], live: list[Quantity],
                 marks: Marks) -> list[Reading]:
    """A force counted with no cue of its own before "and <count> ... were killed" is the
    loss that count's verb names."""
    out = list(readings)
    for i, a in enumerate(out):
        q = a.quantity
        if a.metric != "strength" or a.cue != (q.start, q.end) or a.forecast:
            continue
        after = bisect_left(live, q.end, key=lambda o: o.start)  # live is in text order
        b = live[after] if after < len(live) else None
        if b is None or not JOINED.fullmatch(sentence, q.end, b.start):
            continue
        right = _right_window(sentence, b.end, marks.next_start(b.end))
        cue = _nearest_right_cue(right)
        if cue and cue[2] in LOSS_METRICS and NEXT_LOSS.fullmatch(right[:cue[0]]):
            m = cue[3]
            out[i] = replace(a, metric=cue[2], cue=(b.end + m.start(), b.end + m.end()))
    return out


def _dated_next(sentence: str, q: Quantity, dates: list[tuple[int, int]]) -> bool:
    """Whether a date follows the number in its own words ("13,200 in June", "2,500 last
    year"), before any clause break."""
    return any(0 <= a - q.end <= 12 and not re.search(r"[,;:]", sentence[q.end:a])
               for a, _ in dates)


def _arrivals(sentence: str, readings: list[Reading]) -> list[Reading]:
    """"217 officers landed on Saturday, bringing Kenya's deployment to about 800": the
    first figure is an addition (reinforcements), the second the new strength."""
    out = list(readings)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.metric == b.metric == "strength" and BRINGING.search(
                sentence[a.quantity.end:b.quantity.start]):
            out[i] = replace(a, metric="reinforcements", descriptive=False)
    return out


_CURRENCY_SIGNS = ("$", "€", "£")
_SHARE_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those)\s+(?:were\s+|are\s+)?(\w+)")


def _not_a_figure(sentence: str, q: Quantity) -> bool:
    before = sentence[max(0, q.start - 1):q.start]
    after = sentence[q.end:q.end + 1]
    if before[:1].isalpha() or before == "-" and q.start >= 2 and sentence[q.start - 2].isalpha():
        return True  # "T-72", "Su-25"
    if after[:1].isalpha():
        return True  # "10th", "3rd"
    if before in _CURRENCY_SIGNS:
        return True  # "$290 million in military aid": money is never a head count
    if q.value is not None and not q.words and 1900 <= q.value <= 2100 and "," not in q.text:
        return True  # a year
    if q.fraction is not None and not 0 < q.fraction <= 1:
        return True  # "150 percent" is a change, not a share
    if q.value is not None and q.value != int(q.value) and q.value < 100:
        return True  # "1.5" of something is not a head count
    share = q.is_fraction and _SHARE_OF_THEM.match(sentence, q.end)
    if share and share.group(1).lower() in NOT_COMBATANTS:
        return True  # "2,000 people, about a third of them civilians,": a civilian share
    return False


def _nearest_right_cue(right: str):
    """(start, -length, metric, match) of the metric word nearest after the number."""
    best = None
    for metric, pattern in RIGHT_CUES:
        for m in pattern.finditer(right):
            cand = (m.start(), -(m.end() - m.start()), metric, m)
            if best is None or cand[:2] < best[:2]:
                best = cand
            break
    return best


def _first_right_cue(right: str):
    found = _nearest_right_cue(right)
    return (found[2], found[3]) if found else None


def _put_metric(put: re.Match) -> str | None:
    """What "put the toll / the number of ... at N" counts: a toll its dead; a number what
    its words name ("of soldiers wounded": wounded, "of rebels in the town": their strength),
    nothing when they name neither ("of displaced families")."""
    if put.group("loss"):
        return "casualties"
    if put.group("toll"):  # "put the Kenyan dead at no fewer than 50"
        return _TOLL_METRIC.get(put.group("toll").lower(), put.group("toll").lower())
    if not put.group("number"):
        return "killed"
    return _number_of(put.group("of"))


def _number_of(words: str) -> str | None:
    """What "the number of <words>" counts: the loss the words name ("of soldiers wounded"),
    else a force's strength ("of rebels in the town"), else nothing ("of displaced families")."""
    cue = _first_right_cue(words)
    if cue and cue[0] in LOSS_METRICS:
        return cue[0]
    return "strength" if _noun_kind(_words(words, 6)) == "force" else None


# "a 71% chance that deaths exceed 10,000": the threshold of a probability, and the
# probability itself, are no counts
_CHANCE = re.compile(r"\b(?:chance|probability|likelihood|odds|risk)\s+(?:that|of)\b"
                     r"(?:[^,;.]|(?<=\d)[,.](?=\d)){0,60}$", re.I)
_CHANCE_AFTER = re.compile(r"^\s*(?:chance|probability|likelihood|odds|risk)\b", re.I)


# "about 180 fighters were still holding out and that they would not surrender": a clause
# coordinated after the count's own says something else, and its modal forecasts nothing of
# the count
_NEXT_CLAUSE = re.compile(r"\s(?:and|but|or)\s+(?:that|they|he|she|it|we|there|would|will|"
                          r"could|might|may)\b", re.I)


def _own_clause(right: str) -> str:
    """The words after a count up to a clause coordinated after its own."""
    m = _NEXT_CLAUSE.search(right)
    return right[:m.start()] if m else right


def _before_nested(right: str) -> str:
    """The text after "of them / of which" up to a relative clause nested in it."""
    nested = NESTED.search(right, _ANAPHOR.match(right).end())
    return right[:nested.start()] if nested else right


def _read_one(sentence, q, left, right, right_start, base_of_fraction, sentence_forecast):
    if _CHANCE.search(sentence[max(0, q.start - 90):q.start]) or _CHANCE_AFTER.match(right) \
            or BENCHMARK.search(sentence[max(0, q.start - 300):q.start]) or DESERTED.match(right) \
            or NOTIONAL.search(left[-40:] + " " + " ".join(right.split()[:3])):
        return []
    rest = right
    toll = _OF_TOLL.match(right)
    noun = toll.group().split()[-1].lower() if toll else None
    if noun not in (None, "victims") and (part := _WERE_FIGHTERS.match(right[toll.end():])) \
            and _noun_kind(part.group(1).split()) == "force":
        return [Reading(q, _TOLL_METRIC.get(noun, "killed"),
                        cue=(right_start + toll.end() - len(noun), right_start + toll.end()))]
    if _ANAPHOR.match(right) or toll:
        # "a third of them were civilians", "half of whom were conscripts": a share of an
        # earlier figure, a claim only when a loss is named ("a third of them later died")
        skip = toll.end() if toll else 0
        # of a toll, only its own verb: "half of the wounded later died"
        cue = _first_right_cue(re.split(r"[,;]", right[skip:])[0][:30] if toll
                               else _before_nested(right))
        if toll and cue and cue[0] == _TOLL_METRIC.get(noun, "killed"):
            cue = None  # "a third of the wounded were in critical condition": no new loss
        if cue is None or cue[0] not in LOSS_METRICS:
            part = None if q.is_fraction else _THEM_IN_PLACE.match(right)
            force = part and (part.group("place") or _noun_kind(_head_words(
                re.split(r"[,;]", part.group("rest"))[0], 3)) == "force")
            return [Reading(q, "strength", cue=(q.start, q.end))] if force else []
        at = (right_start + skip + cue[1].start(), right_start + skip + cue[1].end())
        # a count of them is a part ("two of them seriously": none; "Two of the wounded
        # later died": killed), a fraction of them a share of the figure before
        return [Reading(q, cue[0], forecast=bool(_MODAL.search(right[:at[0] - right_start])),
                        cue=at, anaphoric_base=q.is_fraction)]
    if q.is_fraction:
        of_np = re.match(r"^\s*of\s+(.*)$", right)
        if of_np:
            rest = of_np.group(1)
        kind = _noun_kind(_words(rest, 6))
        if kind == "other" or (not of_np and not q.text.endswith("%") and kind is None
                               and not any(p.search(right) for _, p in RIGHT_CUES[:5])):
            return []
    else:
        if CEILING.match(right) or _DENIED.search(left):
            return []
        kind = _noun_kind(_head_words(_RATE.sub(" ", right, count=1)
                                      if _RATE.match(right.strip()) else right, 3))
        if kind == "other":
            return []
    if base_of_fraction:
        return [Reading(q, "strength", descriptive=True, cue=(q.start, q.end))]

    readings: list[Reading] = []
    left_metric = None
    quoted = re.search(r"[\"“‘']\s*$", left)  # 'lost "more than 60 fighters,"'
    shift = len(left) - quoted.start() if quoted else 0
    left = left[:len(left) - shift]
    if quoted and left[-1:].isalpha():  # 'had "neutralized" more than 50': the verb quoted
        left, shift = left + " ", shift - 1
    for metric, pattern, descriptive in LEFT_CUES:
        m = pattern.search(left)
        if m:
            start = q.start - shift - len(left) + m.start()
            left_metric = (metric, descriptive, (start, q.start))
            break
    total = BRINGING_LOSS.search(sentence[max(0, q.start - 160):q.start])
    if total:  # "bringing its total losses since February 2022 to about 620,000"
        at = max(0, q.start - 160) + total.start()
        left_metric = ("killed" if total.group(1).lower().endswith("toll") else "casualties",
                       False, (at, q.start))
    toll = _TOLL_ROSE.search(sentence[max(0, q.start - 200):q.start])
    if left_metric is None and toll:  # "The death toll from three days of clashes rose to 120"
        left_metric = ("killed", False, (max(0, q.start - 200) + toll.start(), q.start))
    grown = _NUMBER_ROSE.search(sentence[max(0, q.start - 160):q.start])
    if left_metric is None and grown and (metric := _number_of(grown.group(1))):
        # "The number of wounded troops has climbed to 140"
        left_metric = (metric, False, (max(0, q.start - 160) + grown.start(), q.start))
    put = _PUT_TOLL.search(sentence[max(0, q.start - 160):q.start])
    if left_metric is None and put and (metric := _put_metric(put)):
        left_metric = (metric, False, (max(0, q.start - 160) + put.start(), q.start))
    loss_context = occurs(_LOSS_WORDS, sentence)
    if (_RATE.search(right) or re.search(r"\bdaily\s+\w+\s+(?:of\s+)?$", left)
            or _PAST_DAY.match(sentence[q.end:]) or put and _IN_PAST_DAY.search(put.group("of"))) \
            and loss_context:
        return [Reading(q, "loss_rate", forecast=bool(_MODAL.search(left[-40:] + right)),
                        cue=(q.start, q.end))]
    if _WEEKLY.search(right) and loss_context:
        return [Reading(q, "loss_rate", per_week=True, cue=(q.start, q.end))]

    right_cue = _nearest_right_cue(right)
    if kind == "people" and UNDER_ARMS.match(right):
        return [Reading(q, "strength", cue=(q.start, q.end))]
    if kind == "people" and _ABDUCTED.search(left[-20:] + " " + right[:30]):
        return []  # "Gunmen kidnapped 12 people from a bus": hostages taken, no force's loss
    if kind == "people" and not (right_cue and right_cue[2] in LOSS_METRICS) and not (
            left_metric and left_metric[0] in LOSS_METRICS):
        return []
    if left_metric and left_metric[0] == "casualties" and right_cue \
            and right_cue[2] in LOSS_METRICS and right_cue[2] != "casualties" \
            and re.fullmatch(r"\s*(?:[a-z]+\s+){0,2}", right[:right_cue[0]]):
        left_metric = None  # "lost 300 men killed and 900 wounded": each its own kind
    if left_metric and left_metric[0] == "captured" and right_cue \
            and right_cue[2] == "casualties" and not right[:right_cue[0]].strip():
        left_metric = None  # "the brigade took 300 casualties": a loss suffered, no one taken
    if left_metric and left_metric[0] != "strength":
        metric, _, cue = left_metric
        modal = bool(_MODAL.search(" ".join(left.split()[-4:])))
        return [Reading(q, metric, forecast=modal, cue=cue)]
    if left_metric and left_metric[1]:  # "contingent of 12,000"
        readings.append(Reading(q, "strength", descriptive=True, cue=left_metric[2]))
    if right_cue and right_cue[2] != "reinforcements":
        m = right_cue[3]
        cue = (right_start + m.start(), right_start + m.end())
        modal = bool(_MODAL.search(right[:m.start()]))
        readings.append(Reading(q, right_cue[2], forecast=modal, cue=cue))
        return readings
    if readings:
        return readings
    if right_cue or _REINFORCE_LEFT.search(left) or _REINFORCE_RIGHT.search(right):
        if kind == "force" or right_cue:
            return [Reading(q, "reinforcements", forecast=bool(_MODAL.search(left + right)),
                            cue=(q.start, q.end))]
    if left_metric or kind == "force" or HOLDING.match(right) \
            or IN_ALL_BEFORE.search(left) and IN_ALL_AFTER.match(right):
        # "Britain will send about 20,000 personnel": a contingent pledged is its planned
        # strength, not a forecast (but "could send", "is expected to send" are)
        around = _PLANNED.sub(" ", " ".join(left.split()[-3:]) + " " + _own_clause(right))
        forecast = bool(_MODAL.search(around)) or sentence_forecast
        return [Reading(q, "strength", forecast=forecast, cue=(q.start, q.end))]
    return []
