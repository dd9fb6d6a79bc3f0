"""`briefing extract ARTICLE`: propose the claims an article states, saving nothing.

`--json` prints a proposals file (`briefing.interchange.proposals_json`) that `briefing
import` accepts, so an article reaches the ledger from the command line. Notices (how the
publication date was chosen, or that none was found) go to stderr, so the JSON stays clean.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from ..domain import FuzzyDate, figure
from ..domain.fuzzy_dates import FIRST_YEAR, LAST_YEAR
from ..intake import PUBLICATION, extract_article, proposals_json, read_article
from ..intake.language import NAMES
from ..interchange.proposals_json import FORMAT, VERSION
from .errors import DONE, USAGE, CommandError
from .terminal import json_safe, safe


def cmd_extract(args) -> int:
    path = Path(args.article)
    published = _published(args.published)
    try:
        title, text = read_article(path)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise CommandError(f"{path}: cannot read the article ({_reason(exc)})", USAGE) from None
    found = extract_article(text, published=published)
    for notice in found.notices:
        print(safe(f"{path}: {notice}"), file=sys.stderr)
    proposals = found.proposals
    if args.json:
        print(json_safe(json.dumps(_proposals_file(found, title, text), ensure_ascii=False,
                                   indent=2)))
        return DONE
    print(f"{NAMES[found.language]} article, published {found.published.isoformat()} "
          f"({_ORIGIN[found.published_from]})")
    for p in proposals:
        c = p.claim
        when = FuzzyDate.parse(c.as_of, c.date_precision).label()
        flag = ("  (no speaker named)" if c.source == PUBLICATION else "") \
            + ("  (forecast)" if not c.include_in_projection else "")
        print(safe(f"{c.id:>4}  {figure(c):<16} {c.metric:<14} {when:<16} {c.source}{flag}"))
        print(safe(f"      “{' '.join(c.quote.split())}”"))
    print(f"{len(proposals)} proposed claims (nothing saved)")
    return DONE


_ORIGIN = {"given": "as given", "dateline": "from the dateline",
           "today": "not known: today assumed"}


def _proposals_file(found, title: str, text: str) -> dict:
    published = found.published.isoformat() if found.published_from != "today" else None
    return {"format": FORMAT, "version": VERSION, "language": found.language,
            "published": published, "published_from": found.published_from,
            "notices": found.notices,
            "document": {"title": title, "publisher": None, "published": published,
                         "url": None, "text": text},
            "claims": proposals_json(found.proposals)}


def _published(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        day = dt.date.fromisoformat(text) if len(text) == 10 else _bad(text)
    except ValueError:
        return _bad(text)
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise CommandError(f"--published: {text} is outside the years {FIRST_YEAR}–{LAST_YEAR}",
                           USAGE)
    return day


def _bad(text: str):
    raise CommandError(f"--published: not a YYYY-MM-DD date: {text!r}", USAGE)


def _reason(exc: Exception) -> str:
    return getattr(exc, "strerror", None) or str(exc)
