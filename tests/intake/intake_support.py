"""Helpers the per-language intake tests share."""
from briefing.intake import extract


def one_claim(sentence, published):
    """The only claim proposed from `sentence` (fails with what was proposed otherwise)."""
    found = extract(sentence, published)
    assert len(found) == 1, [p.claim for p in found]
    return found[0].claim


def one_quantity(find_quantities, text) -> tuple:
    """(value, low, high, qualifier) of the only quantity `find_quantities` sees in `text`."""
    (q,) = find_quantities(text)
    return q.value, q.low, q.high, q.qualifier


def one_date(find_dates, text, published) -> tuple:
    """(ISO day, precision) of the only date mention in `text`."""
    (d,) = find_dates(text, published)
    return d.date.day.isoformat(), d.date.precision
