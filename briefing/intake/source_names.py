"""One name per source within an article: a surname alone ("Kovač") is the full name used
before, an acronym ("ISW") the name it abbreviates, a bracketed alias the name it stands
for, an inflected surname ("Сирського") or a Korean abbreviation ("국정원") the full name,
a Russian or Ukrainian title alone ("додав міністр") the person introduced with it.
And the name of who says what no sentence attributes: a press release's issuer
(`press_releases`), or the publication. Split from `attribution`, which cuts the names out of
single sentences."""
from __future__ import annotations

import re

from .attribution import CYRILLIC, PUBLICATION
from .cyrillic_names import minister_meant, titled_person
from .press_releases import release_issuer

_NON_INITIAL = {"of", "for", "the", "and", "on", "in", "&", "de"}
_SPOKESPEOPLE = ("spokesman", "spokeswoman", "spokesperson")


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper() and w.lower() not in _NON_INITIAL)


class SourceNames:
    """Makes the names of one article consistent: surnames, acronyms, bracketed aliases."""

    def __init__(self, names: list[str], aliases: dict[str, str], text: str):
        self.aliases = dict(aliases)
        # who says what no sentence attributes: a press release's issuer, or the publication
        issuer, acronym = release_issuer(text) or (PUBLICATION, None)
        self.unnamed = issuer
        if acronym:
            self.aliases[acronym] = issuer
        self.names = list(dict.fromkeys(n for n in names if n))
        self.acronyms = set(re.findall(r"\b[A-Z]{2,6}\b", text))
        self.text = text
        self._known: dict[str, str | None] = {}

    def canonical(self, name: str | None) -> str | None:
        """The article's one name for `name` (remembered: a long article repeats names)."""
        if not name or name == PUBLICATION:
            return name
        if name not in self._known:
            self._known[name] = name  # an alias naming itself in a loop ends here
            self._known[name] = self._canonical(name)
        return self._known[name]

    def _canonical(self, name: str) -> str | None:
        if name in self.aliases and self.aliases[name] != name:
            return self.canonical(self.aliases[name])
        words = name.split()
        if CYRILLIC.match(name) and (minister := minister_meant(name, self.names, self.text)):
            return minister
        # An acronym the article spells out somewhere: "ISW" -> "... Institute for the Study
        # of War"; and a long name trimmed to the words the acronym stands for.
        if len(words) == 1 and name.isupper():
            for other in self.names:
                ow = other.split()
                if len(ow) > 1 and _initials(ow).endswith(name):
                    return self._trim_to_acronym(other, name)
        for acro in self.acronyms:
            if len(words) > 1 and _initials(words).endswith(acro) and len(acro) >= 3:
                return self._trim_to_acronym(name, acro)
        # A surname alone: "Kovač" -> "Ana Kovač"; a head noun alone: "mission" -> "UN
        # mission" (the most recent earlier name ending with it); an inflected surname
        # ("Сирського") or a Korean abbreviation ("국정원" for "국가정보원").
        if len(words) == 1:
            for other in self.names:
                if _abbreviates(name, other) or _inflects(name, other):
                    return other
            for other in reversed(self.names):
                ow = other.split()
                if words[0][:1].isupper() and len(ow) in (2, 3) and ow[-1] == words[0]:
                    return other
                if words[0][:1].islower() and len(ow) >= 2 and ow[-1].lower() == words[0]:
                    return other
            # "the ministry" (the Ministry of Defence), "командування" or "командуванні"
            # (Оперативне командування «Схід»): a body's generic noun anywhere in its name
            for other in reversed(self.names) if words[0][:1].islower() else ():
                if len(other.split()) >= 2 and any(_same_noun(words[0], w) for w in other.split()):
                    return other
            if words[0][:1].islower() and CYRILLIC.match(name):
                return titled_person(name, self.names, self.text) or name
            if words[0] in _SPOKESPEOPLE:
                return self._the_named_spokesperson(words[0]) or name
        return name

    def _the_named_spokesperson(self, title: str) -> str | None:
        """"…, a spokesman said." in a lead, then "Colonel X, spokesman for Y, said": the one
        person the article names with that title is the one it quoted unnamed first (two
        named spokesmen leave it unnamed)."""
        named = [n for n in self.names if len(n.split()) >= 2 and n[:1].isupper()
                 and re.search(rf"{re.escape(n)},\s+(?:an?\s+|the\s+)?(?:\w+\s+)?{title}\b"
                               rf"|\b{title},?\s+(?:[A-Z][\w.’'-]*\s+){{0,2}}{re.escape(n)}",
                               self.text)]
        return named[0] if len(named) == 1 else None

    @staticmethod
    def _trim_to_acronym(name: str, acro: str) -> str:
        words = name.split()
        for i in range(len(words)):
            if _initials(words[i:]) == acro and words[i][:1].isupper():
                return " ".join(words[i:])
        return name


def _inflects(word: str, name: str) -> bool:
    """'Сирського' is the surname of 'Олександр Сирський' in another case."""
    last = name.split()[-1]
    return len(name.split()) in (2, 3) and word != last and len(word) >= 5 and \
        word[:1].isupper() and last[:max(4, len(last) - 2)] == word[:max(4, len(last) - 2)] \
        and abs(len(word) - len(last)) <= 3


def _same_noun(word: str, other: str) -> bool:
    """'командуванні' and 'командування', 'ministry' and 'Ministry': one noun, in any case
    (a Russian or Ukrainian case ending changes at most the last two or three letters). An
    English noun is the same only as written: "officials" is not "a Thai official" (a
    plural is nobody in particular)."""
    a, b = word.lower(), other.lower()
    if a == b:
        return True
    stem = max(5, len(b) - 2)
    return CYRILLIC.match(a) is not None and len(a) >= 6 and len(b) >= 6 \
        and a[:stem] == b[:stem] and abs(len(a) - len(b)) <= 3


def _abbreviates(short: str, name: str) -> bool:
    """A Korean abbreviation keeps syllables of the full name in order: 국정원 (국가정보원),
    합참 (합동참모본부)."""
    full = name.replace(" ", "")
    if not ("\uac00" <= short[:1] <= "\ud7a3") or len(short) >= len(full) or len(short) < 2:
        return False
    first = name.split()[0]
    if first != name and short.startswith(first):
        # "인도군" is India's army, not "인도 공군" (its air force): a whole word of the name
        # with a noun of its own after it names another body of that country or maker
        return False
    if short[0] != full[0] or short[-1] not in full:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def specificity(name: str | None) -> int:
    """How specific a source name is: a named body or person (2), a described group such
    as 'official sources' (1), the article's own voice (0)."""
    if not name or name == PUBLICATION:
        return 0
    return 2 if any(w[:1].isupper() for w in name.split()) else 1
