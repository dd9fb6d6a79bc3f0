"""The English words that name a metric beside a number, for `metrics` (the English reader).

Cues after the number ("300 North Koreans had been killed") and before it ("killing 45
soldiers", "a contingent of 1,200"): `metrics` takes the nearest. Split from `metrics` to
keep the reader and its word lists apart.
"""
from __future__ import annotations

import re

RIGHT_CUES: list[tuple[str, re.Pattern]] = [
    ("casualties", re.compile(
        r"\b(?:(?:killed|dead|died)\s+(?:or|and|and/or)\s+(?:(?:seriously|severely|badly)\s+)?"
        r"(?:wounded|injured)|(?:wounded|injured)\s+(?:or|and|and/or)\s+(?:killed|dead)|casualties|"
        r"losses|destroyed|put out of action|taken out of action|incapacitated)\b", re.I)),
    # and as military press offices of South Asia write them: "sent to hell", "embraced shahadat"
    ("killed", re.compile(r"\b(?:killed|dead|died|deaths?|fatalities|lost their lives|KIA|perished|drowned|"
                          r"killed in action|were slain|martyred|sent to hell|laid down their lives|"
                          r"embraced (?:shahadat|martyrdom)|(?:paid|made) the (?:supreme|ultimate) "
                          r"sacrifice|executed)\b")),
    # the wounded also as those treated or taken to hospital: "89 servicemen were being
    # treated in hospital for wounds", "40 soldiers were hospitalised"
    ("wounded", re.compile(r"\b(?:wounded|injured|injuries|hurt|injury|wounds|"
                           r"hospitali[sz]ed|(?:being\s+)?treated\s+(?:in|at|for)\b|"
                           r"in\s+(?:a\s+)?(?:critical|serious|stable)\s+condition)", re.I)),
    ("captured", re.compile(r"\b(?:captured|taken prisoner|prisoners?(?: of war)?|POWs?|surrendered|"
                            r"taken captive|taken hostage|detained|arrested|apprehended|in captivity|"
                            r"held captive|(?:taken\s+)?into\s+custody|in\s+custody|taken\s+alive|"
                            r"rounded\s+up|abducted|kidnapped|gave\s+themselves\s+up|"
                            r"(?:laid|put)\s+down\s+(?:their\s+)?(?:arms|weapons))\b")),
    ("missing", re.compile(r"\b(?:missing|unaccounted for|MIA)\b")),
    ("reinforcements", re.compile(r"\breinforce(?:ments?|d|s)?\b", re.I)),
]
# "bringing Kenya's deployment to about 800": the new total after an arrival
# what "put ... at N" sizes when it is a force: "put their own contingent at roughly 1,500"
SIZED = r"(?:strength|contingent|garrison|deployment|band|group|force|detachment|column)"
BRINGING = re.compile(r"\b(?:bringing|raising|taking|lifting|boosting|increasing)\s+"
                       r"(?:[\w’'-]+\s+){0,4}?to\s+(?:an?\s+)?(?:total\s+of\s+)?$", re.I)
# "bringing its total losses since February 2022 to about 620,000": the new total of a loss
BRINGING_LOSS = re.compile(r"\b(?:bringing|raising|taking|pushing|lifting)\s+(?:[\w’'-]+\s+){0,3}?"
                            r"(losses|casualties|(?:death\s+)?toll)\b[^;:.]{0,60}?\bto\s+"
                            r"(?:an?\s+)?(?:total\s+of\s+)?(?:about|around|some|nearly|almost|"
                            r"more\s+than|over|at\s+least)?\s*$", re.I)
# "the 2,500 authorised by the Security Council": a ceiling, not a force that exists
CEILING = re.compile(r"^\s*(?:[\w’'-]+\s+){0,2}?(?:authori[sz]ed|mandated|approved|envisaged)\b",
                      re.I)
# who bear arms, named before a count of them set in an aside ("The remaining rebels,
# estimated by the military at ...", "The attackers, 15 in all, ...")
ARMED = (r"(?:rebels|fighters|insurgents|militants|guerrillas|troops|soldiers|gunmen|jihadists|"
         r"separatists|mercenaries|forces|attackers|assailants|raiders|infiltrators|intruders|"
         r"hijackers)")
# "The attackers, 15 in all, were organised in three teams": the whole of a force, counted
IN_ALL_BEFORE = re.compile(r"\b" + ARMED + r",\s+$", re.I)
IN_ALL_AFTER = re.compile(r"^\s*(?:in\s+all|in\s+total|all\s+told)\b", re.I)
# a toll's noun, then "are estimated at" before its number
ESTIMATED_AT = (r"[^;:.]{0,60}?\b(?:are|were|is|was|been)\s+(?:now\s+)?(?:estimated|put|reckoned|"
                r"thought|believed)\s+(?:to\s+(?:be|stand|number)\s+)?(?:at\s+)?$")
LEFT_CUES: list[tuple[str, re.Pattern, bool]] = [
    # "destroyed 14 bandits": men destroyed are dead, as in the Russian copy it translates
    ("killed", re.compile(r"\b(?:killing|killed|kills|kill|executed|executing|destroyed|destroying)\s+$"),
     False),
    ("killed", re.compile(r"\b(?:claimed|took|cost|costing|claiming|taking)\s+the\s+lives\s+of\s+$"),
     False),
    # "The bodies of 20 soldiers were recovered": the dead
    ("killed", re.compile(r"\bbodies\s+of\s+$", re.I), False),
    ("casualties", re.compile(r"\b(?:eliminat|neutrali[sz])(?:ed|ing|es|e)\s+$"), False),
    # a headline's present tense too: "Rebels seize 43 peacekeepers", "Gunmen wound 12 police"
    ("wounded", re.compile(r"\b(?:wounding|injuring|wounded|injured|wounds?|injures?)\s+$"), False),
    ("captured", re.compile(r"\b(?:capturing|captured|captures?|seized|seizing|seizes?|took|taking|"
                            r"taken|detained|rounded\s+up|rounding\s+up|abducted|abducting|abducts?|"
                            r"kidnapped|kidnapping|kidnaps?|detaining|detains?|arrested|arresting|"
                            r"arrests?)\s+$"), False),
    ("casualties", re.compile(r"\b(?:losing|lost|lose|loses)\s+(?:only\s+|just\s+|a\s+mere\s+)?"
                              r"(?:another\s+|a\s+further\s+|an\s+additional\s+)?$"), False),
    ("casualties", re.compile(r"\b(?:casualties|losses|casualty\s+(?:toll|figure)|loss\s+of)\s+"
                              r"(?:of|at|to|reached|rose\s+to|stood\s+at|stands\s+at|"
                              r"total(?:l)?ing|exceeded|exceeding|climbed\s+to)?\s*$"), False),
    ("killed", re.compile(r"\b(?:death\s+toll|deaths|fatalities)\s+(?:of|at|to|reached|rose\s+to|"
                          r"stood\s+at|stands\s+at|exceeded|exceeding|climbed\s+to)\s*$"), False),
    # "told Reuters the toll was lower, putting it at eight": the toll named first, then
    # the speaker's own figure for it
    ("killed", re.compile(r"\b(?:death\s+)?toll\b[^;:.]{0,60}?\b(?:put|puts|putting|placed|places|"
                          r"placing|estimated|estimating)\s+(?:it|the\s+figure|the\s+number)\s+"
                          r"at\s+$", re.I), False),
    # "Casualties on both sides are estimated at 20,000", "Russian losses were put at 300,000"
    ("killed", re.compile(r"\b(?:death\s+toll|deaths|fatalities)\b" + ESTIMATED_AT, re.I), False),
    ("casualties", re.compile(r"\b(?:casualties|losses)\b" + ESTIMATED_AT, re.I), False),
    # "a contingent of 1,200"; beside it in commas: "Britain's own contribution, around 3,000,"
    # "The mission's strength stands at 11,000", "Its strength is about 2,500"
    ("strength", re.compile(r"\b(?:strength|troop\s+(?:numbers?|levels?)|headcount)\b[^;:.,]{0,40}?"
                            r"\s(?:now\s+)?"
                            r"(?:stands|stood|is|was|totals|totalled|totaled|reached|rose\s+to|"
                            r"fell\s+to)\s+(?:at\s+)?$", re.I), False),
    ("strength", re.compile(r"\b(?:contingent|force|garrison|crew|grouping|group|army|brigade|"
                            r"strength|detachment|deployment|contribution)\s+of\s+(?:some\s+)?$|"
                            r"\b(?:contingent|garrison|detachment|deployment|contribution),\s*$"),
     True),
    ("strength", BRINGING, False),
    # "Silo put the jihadists' strength in the city at no more than 4,000", "officers put
    # their own contingent at roughly 1,500": an estimate of a force's size, with no troop
    # noun beside the number
    ("strength", re.compile(r"\b(?:put|puts|putting|placed|places)\s+"
                            r"(?:the|its|their|his|her|our)\s+"
                            r"(?:[\w’'-]+\s+){0,2}?" + SIZED + r"\b[^;:.]{0,60}?\bat\s+$", re.I),
     False),
    # "The remaining rebels, estimated by the military at no more than 80, ...": a force's
    # size put in an aside after its noun
    ("strength", re.compile(r"\b" + ARMED + r",\s+"
                            r"(?:estimated|put|reckoned|numbered)\s+(?:by\s+[^,;:.]{1,50}?\s+)?"
                            r"at\s+$", re.I), False),
    # "Officials estimated the attackers at about 300", "put the rebels in the town at
    # 2,000": an estimate of an armed group's size, its noun before the "at"
    ("strength", re.compile(r"\b(?:estimated|estimates|estimating|estimate|put|puts|putting|placed|"
                            r"places|reckoned|reckons)\s+(?:the|their|its|his|her)\s+"
                            r"(?:(?!of\b)[\w’'-]+\s+){0,2}?" + ARMED + r"\b[^;:.,]{0,40}?\bat\s+$", re.I),
     False),
    # "Romania's contribution is the largest among the host nations, at more than 5,000"
    ("strength", re.compile(r"\bcontribution\b[^;:.]{0,60}?\bat\s+$"), False),
    ("strength", re.compile(r"\b(?:numbering|numbered|numbers|number|totall?ing|totals|total\s+of|"
                            r"comprising|consisting\s+of|deployed|deploying|dispatched|sent|"
                            r"sending|stationed|has|have|had|contributing|contributes|contributed|"
                            r"committed|committing|commits|pledged|pledging|pledges|"
                            r"providing|provides|provided|"
                            r"fielding|fields|fielded)\s+(?:an?\s+)?$"), False),
]
# "between 600 and 800 infiltrators are still holding positions", "about 1,000 had held the
# mountain positions", "joining 1,200 already in the country": people holding ground, there
# already, or still in a military post, are a force, whatever the noun (or none) says
HOLDING = re.compile(r"^\s*(?:[\w’'-]+\s+){0,2}?(?:(?:are|were|is|was|had|have|has)\s+)?"
                     r"(?:still\s+|now\s+|already\s+)?(?:(?:held|hold|holds|holding|occupied|"
                     r"occupy|occupying|manned|manning|defended|defending)\s+(?:the\s+|their\s+|"
                     r"its\s+)?(?:[\w’'-]+\s+){0,2}?(?:positions?|trenches|bunkers|ridge|heights|"
                     r"line)\b|holding\s+out\b|holed\s+up\b|dug\s+in\b|barricaded\b|"
                     # "about 30 attackers took refuge in the mosque": gunmen sheltering in a
                     # place hold it, like those holed up there
                     r"(?:took|taken|taking|sought|seeking|found)\s+(?:refuge|shelter|cover)\b)"
                     r"|^\s*(?:(?:are|were|is|was)\s+)?already\s+(?:in\s+place|in\s+the\s+country|"
                     r"there|on\s+the\s+ground|deployed|stationed|present)\b"
                     # "About 3,000 were still at the base", "some 400 remained inside the
                     # garrison": people left in a military post are its garrison
                     r"|^\s*(?:(?:are|were|is|was|had\s+been)\s+still|still\s+(?:are|were)|remain(?:ed|s)?"
                     r"(?:\s+holed\s+up)?)\s+(?:at|in|inside|on|within)\s+(?:the\s+|their\s+|its\s+)?"
                     r"(?:[\w’'-]+\s+){0,2}?(?:base|garrison|outpost|barracks|fort|fortress|citadel|"
                     r"positions?|trenches|front(?:\s+line)?)\b", re.I)
# "about 2,500 troops in Iraq and 900 in Syria": the same force, counted elsewhere
AND_BEFORE = re.compile(r"^\s*(?:[\w’'-]+\s+){0,4}?and\s+(?:another\s+|some\s+)?$", re.I)
ELSEWHERE = re.compile(r"^\s*(?:in|at|on|across|near)\s+(?:the\s+)?[A-Z]")
# "the deadliest day since an ambush in October 2023 that killed 60 soldiers", "the largest
# deployment since 2003, when 150,000 troops ...": the earlier event a story measures its news
# against, in a clause of the "since" phrase
BENCHMARK = re.compile(r"\b(?:deadliest|worst|bloodiest|heaviest|biggest|largest|most\s+lethal)"
                       r"\b[^.;:]{0,80}?\bsince\b[^.;:]{0,120}?\b(?:when|that|which|where)\b"
                       r"[^.;:]{0,80}$", re.I)
# "Five soldiers deserted their posts", "60 soldiers defected to the rebels": gone over or
# gone away, which is neither a loss the contract counts nor a force's size
DESERTED = re.compile(r"^\s*(?:[\w’'-]+\s+){0,2}?(?:(?:have|had|has)\s+)?(?:deserted|defected)\b",
                      re.I)
# "about 1 million people under arms": people bearing arms are a force
UNDER_ARMS = re.compile(r"^\s*(?:[\w’'-]+\s+){0,2}?under\s+arms\b", re.I)
# "a notional force of 3,000 irregulars", "1,500 simulated enemy troops", "an imagined armed
# group of up to 500 fighters": the make-believe enemy of an exercise's scenario
NOTIONAL = re.compile(r"\b(?:notional|fictional|fictitious|simulated|mock|imaginary|imagined|"
                      r"invented|pretend|hypothetical|make-believe)\b", re.I)

# "...; a coalition officer said it was "probably between 2,500 and 3,500"", "..., while
# Moscow puts the figure at 200": another estimate of what the figure before counts
_SAID_IT_WAS = (r"\b(?:said|says|believes|believed|estimated|estimates|reckoned|reckons|thought|"
                r"thinks)\s+(?:that\s+)?it\s+(?:was|is|stood\s+at|stands\s+at)")
_PUT_THE_FIGURE = (r"\b(?:puts?|putting|placed|places)\s+(?:the|that|this|its|their)\s+"
                   r"(?:figure|number|count|tally)\s+at")
IT_WAS = re.compile("(?:" + _SAID_IT_WAS + "|" + _PUT_THE_FIGURE
                    + r")\s+[\"“]?(?:[a-z]+\s+){0,3}$")

# "40 militants and six soldiers were killed": a count joined by "and" to the next one shares
# the loss said right after that one's own noun ("There are 5,000 soldiers and 300 have been
# killed": none, the 300 are of the 5,000)
JOINED = re.compile(r"\s*(?:[\w’'-]+\s+){0,3}?(?:and|or)\s+")
NEXT_LOSS = re.compile(r"\s*(?!(?:were|was|are|is|have|has|had)\b)(?:[\w’'-]+\s+){1,3}?"
                       r"(?:(?:were|was|are|is|have|has|had)\s+)?(?:been\s+)?(?:also\s+)?$")

# "11 of which struck the base, in retaliation for the strike that killed General X": a
# relative clause inside the share's own tells of something else
NESTED = re.compile(r"\s(?:that|which)\s")
