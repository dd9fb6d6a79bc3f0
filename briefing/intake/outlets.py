"""News outlets: the channel a statement reached the article through, not who made it.

"Про це LIGA.net повідомив речник … Ігор Шевчук", "told Reuters", "로이터통신에 따르면 …
대변인은 … 말했다", "сообщает ТАСС со ссылкой на источник": the outlet carried the words,
the person named with the reporting verb said them, and that person is the claim's source.
An outlet stays the source when it is the only one named ("Об этом сообщает ТАСС", "an AFP
tally"). Outlets are told apart by name — the wire agencies and the big outlets of the four
languages' news — or by shape: a web domain ("LIGA.net", "Lenta.ru"), a word for a newspaper,
channel or agency around a quoted name ("издание «Верстка»"), a Korean name ending in a
word for news, broadcast or paper ("연합뉴스", "로이터통신", "뉴욕타임스").
"""
from __future__ import annotations

import re

_NAMES = (
    # wire agencies and outlets as English copy names them
    r"Reuters|AP|Associated\s+Press|AFP|Agence\s+France[\s-]Presse|Bloomberg|BBC(?:\s+\w+)?|"
    r"CNN|Al\s+Jazeera|Xinhua|Kyodo|Yonhap|NHK|TASS|RIA(?:\s+Novosti)?|Interfax|"
    r"Ukrinform|UNIAN|Sky\s+News|Fox\s+News|NBC(?:\s+News)?|CBS(?:\s+News)?|ABC(?:\s+News)?|"
    r"Politico|Axios|NPR|Meduza|Mediazona|EFE|ANSA|dpa|Anadolu(?:\s+Agency)?|"
    # "Agência Brasil", "Agencia EFE", "Agenzia Nova": an agency by its own language's word
    r"(?:Agência|Agencia|Agenzia|Agence)(?:\s+[A-Z][\w'’-]*)+|"
    r"(?:the\s+)?(?:New\s+York\s+Times|Washington\s+Post|Wall\s+Street\s+Journal|Guardian|"
    r"Financial\s+Times|Economist|Times|Telegraph|Independent|Kyiv\s+Independent|"
    r"Moscow\s+Times)|"
    # Russian and Ukrainian, in the cases a sentence puts them in
    r"Рейтер\w*|ТАСС|РИА(?:\s+Новости)?|Интерфакс\w*|Інтерфакс\w*|РБК(?:-Україна)?|"
    r"Коммерсант\w*|Ъ|Ведомост\w*|Известия\w*|Медуз\w*|Медиазон\w*|Верстк\w*|"
    r"Укрінформ\w*|УНІАН\w*|Українськ\w+\s+правд\w+|УП|Суспільн\w+|Громадськ\w+|ТСН|"
    r"Радіо\s+Свобод\w+|Радио\s+Свобод\w+|Би-би-си|Бі-бі-сі|NV|Цензор\w*|Главред\w*|"
    r"Укрправд\w*|Фонтанк\w*|"
    # the foreign wires as Russian and Ukrainian copy writes them
    r"Синьхуа|Сіньхуа|Киодо|Кіодо|Кёдо|Йонхап|Франс[\s-]Пресс|Франс[\s-]Прес|"
    r"Ассошиэйтед\s+Пресс|Ассошіейтед\s+Прес|Блумберг\w*|Аль-Джазир\w*|"
    # Korean
    r"로이터|블룸버그|교도|신화|타스|알자지라"
)
_NAMED = re.compile(rf"^(?:{_NAMES})$", re.I)
_DOMAIN = re.compile(r"^[\w-]+\.(?:net|com|ru|ua|org|info|by|kz|news|media)$", re.I)
_KIND = re.compile(r"^(?:издани|видання|газет|агентств|агенці|телеканал|канал|портал|сайт|"
                   r"редакци|редакці|the\s+(?:newspaper|agency|broadcaster|channel|outlet))", re.I)
# "Garowe Online", "Daily Monitor", "Kabul Times": a Latin name with a word for news
_LATIN_MEDIA = re.compile(r"^(?:(?:[A-Z][\w'’-]*\s+)+(?:Online|News|TV|Times|Post|Tribune|Herald|"
                          r"Gazette|Journal|Monitor|Observer|Chronicle|Radio)|(?:Daily|Radio)"
                          r"(?:\s+[A-Z][\w'’-]*)+)$")
_KOREAN_MEDIA = re.compile(r"(?:통신|뉴스|방송|일보|신문|타임스|저널|포스트|TV|티브이)$")


def is_outlet(name: str | None) -> bool:
    """Whether `name`, as a reader cut it out, names a news outlet."""
    if not name:
        return False
    text = name.strip().strip("«»\"“”'’")
    return bool(_NAMED.match(text) or _DOMAIN.match(text) or _KIND.match(text)
                or _KOREAN_MEDIA.search(text) or _LATIN_MEDIA.match(text))
