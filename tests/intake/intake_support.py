"""Helpers the per-language and held-out intake tests share."""
import hashlib
from pathlib import Path

from briefing.intake import extract


def one_claim(sentence, published):
    """The only claim proposed from `sentence` (fails with what was proposed otherwise)."""
    found = extract(sentence, published)
    assert len(found) == 1, [p.claim for p in found]
    return found[0].claim


def claims(text, published):
    """Every claim proposed from `text`."""
    return [p.claim for p in extract(text, published)]


def rows(text, published):
    """(value or (low, high) or fraction, metric, qualifier, source, as_of, precision) of
    every claim proposed from `text`."""
    return [(c.value if c.value is not None else (c.low, c.high) if c.low is not None
             else c.fraction, c.metric, c.qualifier, c.source, c.as_of, c.date_precision)
            for c in claims(text, published)]


def one_quantity(find_quantities, text) -> tuple:
    """(value, low, high, qualifier) of the only quantity `find_quantities` sees in `text`."""
    (q,) = find_quantities(text)
    return q.value, q.low, q.high, q.qualifier


def one_date(find_dates, text, published) -> tuple:
    """(ISO day, precision) of the only date mention in `text`."""
    (d,) = find_dates(text, published)
    return d.date.day.isoformat(), d.date.precision


def file_hashes(folder) -> dict[str, str]:
    """sha256 of every article (.txt) and expected file (.json) of a frozen held-out set."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in Path(folder).iterdir() if p.suffix in (".txt", ".json")}


def languages_of(folder) -> list[str]:
    """The language prefix of every expected file ("en-baltic-exercise..." -> "en"), sorted."""
    return sorted(p.name.split("-")[0] for p in Path(folder).glob("*.expected.json"))
