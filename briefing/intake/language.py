"""Which language an article is in, and the rules that read it.

An analyst pastes reports as published: the NIS in Korean, the Ukrainian General Staff in
Ukrainian, Russian outlets in Russian. The language is detected per article from its letters
(Hangul; Cyrillic, told apart by the letters only Ukrainian has — і ї є ґ — and those only
Russian has — ы э ъ ё), and selects the `Language` whose rules read numbers, metrics, dates
and sources. The extractor's steps across sentences (carrying a source, dating, merging
repeats) are the same for all of them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from . import cyrillic, cyrillic_dates, cyrillic_sources, dates, english_sources, forces, korean
from . import korean_text, metrics, numbers

NAMES = {"en": "English", "ru": "Russian", "uk": "Ukrainian", "ko": "Korean"}


@dataclass(frozen=True)
class Language:
    """`statement_glue`: what may stand between a reporting verb (or, in Korean, the
    speaker) and the date of the statement for that date to date the figures ("said on
    Tuesday", "заявил в понедельник", "국가정보원은 13일"); `looks_ahead`: words that make a
    sentence a forecast, so its yearless dates lie ahead."""

    code: str
    find_quantities: Callable
    read_figures: Callable
    find_attribution: Callable
    find_dates: Callable
    force_phrases: Callable
    looks_ahead: re.Pattern
    statement_glue: re.Pattern

    @property
    def name(self) -> str:
        return NAMES[self.code]


_EN_AHEAD = re.compile(r"\b(?:could|would|might|will|forecasts?|predict\w*|projected|"
                       r"expects?|expected|if)\b", re.I)
_CY_AHEAD = re.compile(r"(?<!\w)(?:могут|может|будет|будут|буде|будуть|можуть|може|прогноз\w*|"
                       r"ожида\w*|очіку\w*|если|якщо)(?!\w)", re.I)
_KO_AHEAD = re.compile(r"전망|예상|예측|할\s*수\s*있|될\s*수\s*있|경우")

# how or where a statement was made, between the verb and its day: "said in a statement on
# Sunday", "told reporters at a briefing on Monday", "заявил в интервью в понедельник"
_EN_MEDIUM = (r"(?:(?:told\s+)?(?:reporters|journalists|lawmakers|parliament|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+)?"
              r"(?:(?:in|at|during|via|through)\s+(?:a|an|the|his|her|its|their)\s+"
              r"(?:[\w'’-]+\s+){1,3}?(?=on\s|late\s|early\s|$))?")
_CY_MEDIUM = (r"(?:(?:в|во|у|на)\s+(?:интервью|інтерв['’ʼ]ю|брифинге|брифінгу|пресс-конференции|"
              r"пресконференції|прес-конференції|эфире|ефірі|заявлении|заяві|обращении|зверненні|"
              r"Telegram|телеграм\w*|соцсетях|соцмережах|звіті|отч[её]те|докладе|доповіді|сводке|"
              r"зведенні)\s+(?:[\w'’-]+\s+)?(?=(?:в|во|у|за)\s|$))?")
_CY_GLUE = re.compile(r"^\s*(?:,\s*)?" + _CY_MEDIUM
                      + r"(?:(?:в|во|у|за|также|також|ранее|раніше)\s+)?$", re.I)

ENGLISH = Language("en", numbers.find_quantities, metrics.read_figures,
                   english_sources.find_attribution, dates.find_dates, forces.force_phrases,
                   _EN_AHEAD, re.compile(r"^\s*(?:\w+ly\s+)?" + _EN_MEDIUM
                                         + r"(?:on|in|late on|early on|earlier|)\s*$"))
RUSSIAN = Language("ru", cyrillic.find_quantities, cyrillic.read_figures,
                   cyrillic_sources.find_attribution, cyrillic_dates.find_dates,
                   cyrillic.force_phrases, _CY_AHEAD, _CY_GLUE)
UKRAINIAN = Language("uk", cyrillic.find_quantities, cyrillic.read_figures,
                     cyrillic_sources.find_attribution, cyrillic_dates.find_dates,
                     cyrillic.force_phrases, _CY_AHEAD, _CY_GLUE)
KOREAN = Language("ko", korean.find_quantities, korean.read_figures,
                  korean_text.find_attribution, korean_text.find_dates, korean.force_phrases,
                  _KO_AHEAD, re.compile(r"^\s*(?:은|는|이|가)?\s*(?:또|지난|오는)?\s*$"))
LANGUAGES = {lang.code: lang for lang in (ENGLISH, RUSSIAN, UKRAINIAN, KOREAN)}


def detect_language(text: str) -> str:
    """'ko', 'uk', 'ru' or 'en' (the default, also for text with no letters)."""
    hangul = cyrillic_letters = latin = 0
    uk = ru = 0
    for ch in text[:20000]:
        if "\uac00" <= ch <= "\ud7a3":
            hangul += 1
        elif "\u0400" <= ch <= "\u04ff":
            cyrillic_letters += 1
            low = ch.lower()
            if low in "іїєґ":
                uk += 1
            elif low in "ыэъё":
                ru += 1
        elif "a" <= ch.lower() <= "z":
            latin += 1
    if hangul and hangul >= 0.2 * (cyrillic_letters + latin):
        return "ko"
    if cyrillic_letters > latin:
        return "uk" if uk > ru else "ru"
    return "en"


def language_of(text: str) -> Language:
    return LANGUAGES[detect_language(text)]
