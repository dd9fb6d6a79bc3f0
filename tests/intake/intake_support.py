"""Helpers the per-language and held-out intake tests share."""
import hashlib
import runpy
import sys
from pathlib import Path

import pytest

from briefing.intake import extract
from briefing.intake.evaluate import measure_directory, report


def paradigm_case(text, metric, value, qualifier, source, when, reason=None):
    """A row of a paradigm table; `reason` names a form the rules cannot read yet, as a strict
    xfail, so the row fails loudly the day it starts passing."""
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(text, metric, value, qualifier, source, when, marks=marks)


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


def assert_one_row(text, published, metric, value, qualifier, source, when):
    """The only claim of `text` has this metric, qualifier, (as_of, precision), a value
    close to `value` and a source naming `source`."""
    (row,) = rows(text, published)
    got, got_metric, got_qualifier, got_source, as_of, precision = row
    assert (got_metric, got_qualifier, (str(as_of), precision)) == (
        metric, qualifier, when)
    assert got == pytest.approx(value), got
    assert source.lower() in (got_source or "").lower(), got_source


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


def claims_per_article(folder, capsys) -> list[int]:
    """Measure a held-out set (its report printed, as measure.py prints it) and return how many
    expected claims each article has, in file order."""
    scores = measure_directory(folder)
    print(report(scores))
    assert "recall" in capsys.readouterr().out
    return [s.expected for s in scores]


def run_measure(flag, capsys, monkeypatch) -> str:
    """What `python tests/intake/measure.py FLAG` prints (fails unless it exits with 0)."""
    monkeypatch.setattr(sys, "argv", ["measure.py", flag])
    with pytest.raises(SystemExit) as done:
        runpy.run_path(str(Path(__file__).resolve().parent / "measure.py"), run_name="__main__")
    assert done.value.code == 0
    return capsys.readouterr().out
