"""Articles that broke the extractor: numbers past any count, binary files, and sentences
whose figures made it quadratic (the timings are in tests/bench/bench_extract.py)."""
import datetime as dt

import pytest

from briefing.cli import main
from briefing.intake import extract, read_article


def run(capsys, *argv):
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("text", ["9" * 309, "hundred " * 155, "9" * 5000 + " troops",
                                  "The ministry said " + "hundred " * 155 + "soldiers died.",
                                  "one thousand million billion " * 40 + "troops were killed"])
def test_numbers_past_any_count_are_not_figures(capsys, tmp_path, text):
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    status, out, err = run(capsys, "extract", article, "--published", "2025-01-13")
    assert status == 0
    assert all("name no speaker" in line for line in err.splitlines())  # the one notice
    for p in extract(text, dt.date(2025, 1, 13)):
        assert p.claim.problems() == []


def test_a_binary_file_is_not_an_article(capsys, tmp_path):
    blob = tmp_path / "photo.txt"
    blob.write_bytes(bytes(range(256)) * 8192)          # 2 MB
    status, out, err = run(capsys, "extract", blob)
    assert status == 2 and out == ""
    assert err == f"{blob}: cannot read the article (not a text file: it holds binary data)\n"


def test_text_that_is_mostly_not_utf8_is_not_an_article(tmp_path):
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Les soldats ont été tués à Koursk, éèàù. ".encode("latin-1") * 200)
    with pytest.raises(ValueError, match="not UTF-8 text"):
        read_article(latin1)


def test_one_stray_bad_byte_is_forgiven(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes(b"The ministry said 300 North Korean soldiers were killed.\xff\n")
    _, text = read_article(article)
    assert extract(text, dt.date(2025, 1, 13))


@pytest.mark.parametrize("fragment", ["1 ", "300 killed on 12 December, ", "January 2025 ",
                                      "North Korean troops and 300 "])
def test_a_sentence_of_thousands_of_figures_is_read(fragment):
    """20 KB in one sentence (was ~30 s for "1 1 1 …"; the bench script times it)."""
    text = "The ministry said " + fragment * (20_000 // len(fragment)) + "in Kursk."
    for p in extract(text, dt.date(2025, 1, 13)):
        assert text[p.quote_start:p.quote_end] == p.claim.quote
