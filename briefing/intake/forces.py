"""Which words name a force, and which force a figure is about.

A number is a force figure only if it counts people under arms: "11,000 troops", "a third of
the North Korean military", "40 crew members". "Three years", "12 countries", "15 vessels"
and "17 survivors" are not, and proposing them would waste an analyst's review time, so the
non-force units are listed here too.

The claim's `subject` is the force it describes, kept consistent within one article: "the
DPRK troops", "North Koreans", "North Korean soldiers" and "the Korean troops" all become
"North Korean troops", while "the North Korean armed forces" (the whole army, 1.2 million)
stays a subject of its own.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

PERSONNEL = {
    "troops", "soldiers", "servicemen", "servicewomen", "personnel", "fighters",
    "mercenaries", "forces", "military", "contingent", "sailors", "seamen", "marines", "crew",
    "crewmen", "men", "paratroopers", "peacekeepers", "conscripts", "recruits", "reservists",
    "infantrymen", "cavalrymen", "riflemen", "artillerymen", "frogmen", "gunners", "snipers",
    "militants", "guerrillas", "combatants", "commandos", "pilots", "airmen",
    "members", "force", "soldier", "sailor", "fighter", "troop", "servicemember",
    "servicemembers", "officers", "prisoners", "pows", "volunteers", "convicts", "them",
    "army", "navy", "garrison", "grouping", "detachment", "insurgents", "rebels",
    "jihadists", "gunmen", "terrorists", "militiamen", "separatists",
    # armed security forces: "12 policemen and three soldiers were wounded"
    "policemen", "policeman", "gendarmes", "guardsmen",
    "participants",  # "The exercise involved 5,000 participants"
    # troops by what they are called: "35 Green Berets", "200 Rangers", "40 Navy SEALs"
    "berets", "rangers", "seals", "legionnaires", "gurkhas", "cadets", "guards",
    "bandits", "raiders", "attackers", "assailants", "mutineers",
    # a truce or ceasefire mission's men: "200 unarmed peace monitors", "40 military observers"
    "monitors", "observers",
}
WHOLE_SERVICES = ("armed forces", "army", "navy", "air force", "military")
# people who are not combatants: a bare count right after theirs ("Two civilians were killed
# and five wounded") counts them too
NOT_COMBATANTS = {
    "civilians", "residents", "children", "refugees", "survivors", "journalists", "students",
    "passengers", "workers", "patients", "protesters", "demonstrators", "pilgrims", "migrants",
    "tourists", "villagers", "employees", "spectators", "worshippers", "miners", "doctors",
    "nurses", "women", "babies", "families", "seafarers", "mariners", "fishermen", "hostages",
    "schoolchildren", "pupils", "shoppers", "commuters", "farmers", "civilian", "monks",
    "teachers", "priests", "nuns", "imams", "clerics", "traders",
}
NON_FORCE = {
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
    "minute", "minutes", "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles",
    "mile", "metres", "meters", "square", "countries", "nations", "states", "vessels", "ships",
    "warships", "boats", "tanks", "vehicles", "drones", "aircraft", "planes", "jets",
    "helicopters", "guns", "missiles", "shells", "rounds", "villages", "towns", "settlements",
    "cities", "times", "dollars", "euros", "rubles", "roubles", "hryvnias", "brigades",
    "battalions", "regiments", "divisions", "units", "documents", "kilograms", "tons",
    "tonnes", "pieces", "systems", "launchers", "howitzers", "hectares", "percent", "people",
    "points", "attacks", "strikes", "sorties", "positions", "frigates", "submarines",
    "bombers", "fighter", "rockets", "mines", "trucks", "buildings", "homes", "am", "pm", "bn",
    "m", "k", "pages", "words", "languages", "jobs", "stores", "detainees",
    # places and things a force word describes: "two military bases", "army posts", "four
    # armoured personnel carriers"
    "bases", "camps", "outposts", "posts", "checkpoints", "barracks", "carriers",
} | NOT_COMBATANTS  # and the people who are not a force ("17 civilian deaths" too)
_DEMONYM_ALIASES = {"DPRK": "North Korean", "ROK": "South Korean", "US": "American",
                    "U.S.": "American", "UK": "British", "PRC": "Chinese", "RF": "Russian"}
_FORCE_NOUN = (r"armed forces|air force|special forces|army|navy|military|troops|soldiers|"
               r"servicemen|personnel|fighters|mercenaries|forces|contingent|sailors|marines|"
               r"paratroopers|peacekeepers|conscripts|units|crew")
_GROUP = r"((?:[A-Z][\w’'-]*\s+){1,3})"
_PHRASE = re.compile(_GROUP + r"(" + _FORCE_NOUN + r")\b")
_DEMONYM_PLURAL = re.compile(r"\b((?:North|South)\s+Koreans|[A-Z][a-z]+(?:ians|ans|ese))\b")
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred",
                 "thousand", "dozen", "several", "dozens", "hundreds", "thousands"}
_NOT_GROUP = {"The", "A", "An", "Some", "All", "Many", "Its", "Their", "His", "Her", "Our",
              "These", "Those", "If", "When", "While", "According", "As", "Casualties",
              "Among", "Entire", "New", "Other", "Most", "In", "Of", "On", "By", "And", "For"}


@dataclass(frozen=True)
class ForcePhrase:
    start: int
    end: int
    group: str  # "North Korean", "Wagner"
    noun: str   # "troops", "armed forces"

    @property
    def whole_service(self) -> bool:
        return self.noun in WHOLE_SERVICES and self.noun != "military"


def _group_name(raw: str) -> str | None:
    words = [w for w in raw.split() if w]
    while words and (words[0] in _NOT_GROUP or words[0].lower() in _NUMBER_WORDS):
        words.pop(0)
    if not words:
        return None
    name = " ".join(words)
    name = re.sub(r"['’]s$", "", name)
    return _DEMONYM_ALIASES.get(name, name)


def force_phrases(text: str, offset: int = 0) -> list[ForcePhrase]:
    """Force noun phrases with a named group: 'the DPRK troops', 'Wagner fighters'."""
    out = []
    for m in _PHRASE.finditer(text):
        group = _group_name(m.group(1))
        if group:
            out.append(ForcePhrase(offset + m.start(), offset + m.end(), group,
                                   m.group(2).lower()))
    for m in _DEMONYM_PLURAL.finditer(text):
        if any(p.start <= offset + m.start() < p.end for p in out):
            continue
        word = m.group(1)
        if word.endswith("ese"):
            group = word
        else:
            group = word[:-1]
        if re.match(r"[A-Z][a-z]+ians?$", word) or " " in word or word.endswith(("ans", "ese")):
            out.append(ForcePhrase(offset + m.start(), offset + m.end(), group, "troops"))
    return sorted(out, key=lambda p: p.start)


_GENERIC_SUBJECT = {"ru": "военные", "uk": "військові", "ko": "병력"}


class Subjects:
    """Article-wide naming of forces, so one force gets one subject string. In English the
    names are normalised ("the DPRK troops" -> "North Korean troops"); in the other
    languages a phrase is kept as written ("северокорейских солдат", "북한군")."""

    def __init__(self, phrases: list[ForcePhrase], nouns: Counter, language: str = "en"):
        self.language = language
        self.groups = Counter()
        self.nouns: dict[str, Counter] = {}
        for p in phrases:
            key = self._key(p.group, [q.group for q in phrases])
            self.groups[key] += 1
            self.nouns.setdefault(key, Counter())[p.noun] += 1
        self.fallback_noun = nouns.most_common(1)[0][0] if nouns else "force"
        self._all = [p.group for p in phrases]

    @staticmethod
    def _key(group: str, all_groups: list[str]) -> str:
        # "Korean" inside an article about "North Korean" troops means the same force.
        longer = [g for g in set(all_groups) if g != group and g.endswith(" " + group)]
        return max(longer, key=all_groups.count) if longer else group

    def name(self, phrase: ForcePhrase | None) -> str:
        if self.language != "en":
            if phrase is not None:
                return phrase.group
            common = self.groups.most_common(1)
            return common[0][0] if common else _GENERIC_SUBJECT[self.language]
        if phrase is None:
            if not self.groups:
                return self.fallback_noun
            return self._label(self.groups.most_common(1)[0][0])
        key = self._key(phrase.group, self._all)
        if phrase.whole_service:
            return f"{key} {phrase.noun}"
        return self._label(key)

    def _label(self, key: str) -> str:
        nouns = self.nouns.get(key, Counter())
        personnel = {n: c for n, c in nouns.items() if n not in WHOLE_SERVICES or n == "military"}
        if "troops" in personnel or not personnel:
            return f"{key} troops"
        noun = max(personnel, key=personnel.get)
        if noun in ("military", "forces", "contingent", "units", "crew"):
            noun = "troops"
        return f"{key} {noun}"
