"""`briefing extract ARTICLE`: propose the claims an article states, saving nothing."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ..domain import FuzzyDate, figure
from ..domain.fuzzy_dates import FIRST_YEAR, LAST_YEAR
from ..intake import extract, proposals_json, read_article
from .errors import DONE, USAGE, CommandError
from .terminal import json_safe, safe


def cmd_extract(args) -> int:
    path = Path(args.article)
    published = _published(args.published)
    try:
        _title, text = read_article(path)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise CommandError(f"{path}: cannot read the article ({_reason(exc)})", USAGE) from None
    proposals = extract(text, published=published)
    if args.json:
        print(json_safe(json.dumps(proposals_json(proposals), ensure_ascii=False, indent=2)))
        return DONE
    for p in proposals:
        c = p.claim
        when = FuzzyDate.parse(c.as_of, c.date_precision).label()
        flag = "  (forecast)" if not c.include_in_projection else ""
        print(safe(f"{c.id:>4}  {figure(c):<16} {c.metric:<14} {when:<16} {c.source}{flag}"))
        print(safe(f"      “{' '.join(c.quote.split())}”"))
    print(f"{len(proposals)} proposed claims (nothing saved)")
    return DONE


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
