"""Figures read as metrics, carried sources, forecasts, dedupe, JSON and article files."""
import datetime as dt

import pytest

from briefing.domain import claim_field_names
from briefing.intake import Proposal, extract, proposals_json, read_article

PUBLISHED = dt.date(2025, 2, 1)


def claims(text, published=PUBLISHED):
    return [p.claim for p in extract(text, published)]


def only(text, published=PUBLISHED):
    found = claims(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("sentence, metric", [
    ("Officials said 300 soldiers had been killed.", "killed"),
    ("Officials said 300 soldiers had been wounded.", "wounded"),
    ("Officials said 300 soldiers had been injured.", "wounded"),
    ("Officials said 300 soldiers had been killed or wounded.", "casualties"),
    ("Officials said the brigade suffered casualties of 300.", "casualties"),
    ("Officials said the force numbering 3,000 had arrived.", "strength"),
    ("Officials said the country sent 3,000 troops.", "strength"),
    ("Officials said the contingent of 3,000 was in place.", "strength"),
    ("Officials said the troops are losing about 92 soldiers every day.", "loss_rate"),
    ("Officials said the troops lose 50 a day to shelling.", "loss_rate"),
    ("Officials said 200 reinforcements arrived.", "reinforcements"),
    ("Officials said an additional 300 troops arrived.", "reinforcements"),
    ("Officials said 40 soldiers were captured.", "captured"),
    ("Officials said two sailors had been taken prisoner.", "captured"),
    ("Officials said 25 sailors were missing.", "missing"),
])
def test_metrics(sentence, metric):
    assert only(sentence).metric == metric


@pytest.mark.parametrize("sentence", [
    "The conflict has been going on for almost three years.",
    "Troops from 12 countries take part.",
    "The fleet lost 15 vessels in two years.",
    "Rescuers picked up 17 survivors.",
    "One Pentagon official called the documents trash.",
    "The T-72 tanks of the 155th brigade arrived in 2024.",
    "Russia has lost about a third of its warships.",
])
def test_numbers_that_are_not_force_figures(sentence):
    assert claims(sentence) == []


def test_two_figures_in_one_sentence_give_two_claims():
    found = claims("South Korea's National Intelligence Service also shared its data. It claims "
                   "that as of January 13, 2025, 300 North Koreans had been killed and another "
                   "2,700 had been injured.")
    assert [(c.metric, c.value) for c in found] == [("killed", 300), ("wounded", 2700)]
    assert {c.source for c in found} == {"South Korea's National Intelligence Service"}
    assert {(c.as_of, c.date_precision) for c in found} == {("2025-01-13", "day")}


def test_fraction_claims_are_fractions_of_strength():
    c = only("According to officials, about a third of the North Korean military has "
             "suffered casualties.")
    assert (c.metric, c.fraction_of, c.qualifier) == ("casualties", "strength", "about")
    assert c.fraction == pytest.approx(1 / 3) and c.value is None


def test_range_claim():
    c = only("Kirby said the group had suffered between 30,000 and 40,000 casualties.")
    assert (c.value, c.low, c.high) == (None, 30000, 40000)


def test_forecasts_are_kept_out_of_the_projection():
    found = claims("According to the ISW team's forecast, the entire North Korean contingent of "
                   "12,000 soldiers could be destroyed by Ukrainian soldiers within the next 12 "
                   "weeks.")
    by_metric = {c.metric: c for c in found}
    assert set(by_metric) == {"strength", "casualties"}
    forecast = by_metric["casualties"]
    assert not forecast.include_in_projection and forecast.note == "forecast"
    assert (forecast.as_of, forecast.date_precision) == ("2025-04-26", "week")
    assert by_metric["strength"].include_in_projection  # the size is a fact, not a forecast


def test_may_have_been_is_not_a_forecast():
    c = only("Officials said 850 soldiers may have been captured.")
    assert c.include_in_projection


def test_default_date_is_the_publication_week():
    c = only("The North Korean armed forces, numbering 1.2 million, are among the largest.")
    assert (c.as_of, c.date_precision, c.source) == ("2025-02-01", "week", "the publication")
    assert c.subject == "North Korean armed forces"


def test_source_carries_into_unattributed_forecasts_and_generic_data():
    found = claims(
        "Casualties are rising\n"
        "The American Institute for the Study of War draws attention to heavy losses.\n"
        "If Russia does not intervene, the entire contingent of 12,000 military personnel "
        "could be killed or wounded by mid-April 2025.\n"
        "According to the latest data, the DPRK troops are losing about 92 of their soldiers "
        "every day.\n")
    # No "ISW" in this text, so nothing says "American" is not part of the name.
    assert {c.source for c in found} == {"American Institute for the Study of War"}
    assert {c.metric for c in found} == {"strength", "casualties", "loss_rate"}


def test_statement_date_carries_with_the_pronoun():
    found = claims("Wagner founder Yevgeny Prigozhin said on Tuesday that more than 20,000 of "
                   "his fighters had been killed. He added that roughly 20,000 more had been "
                   "wounded.", dt.date(2023, 5, 10))
    assert [(c.metric, c.source, c.as_of) for c in found] == [
        ("killed", "Yevgeny Prigozhin", "2023-05-09"), ("wounded", "Yevgeny Prigozhin", "2023-05-09")]


SUMMARISED = """North Korea has sent 11,000 troops to Russia.
Points of attention
- North Korea sent 11,000 troops to Russia.
- According to official sources, a third of the North Korean military has suffered losses.
The deployment
As the publication notes, last fall, North Korea sent about 11,000 soldiers to Kursk.
According to Ukrainian and American officials, about a third of the North Korean military has suffered casualties.
"""


def test_headline_and_bullets_are_proposed_once_from_the_body():
    proposals = extract(SUMMARISED, PUBLISHED)
    assert len(proposals) == 2
    strength, share = (p.claim for p in proposals)
    assert (strength.as_of, strength.date_precision) == ("2024-10-15", "season")
    assert share.source == "Ukrainian and American officials"
    assert not any(p.summary for p in proposals)


def test_same_figure_from_different_sources_or_dates_stays_apart():
    found = claims("Kyiv said on Monday that 300 soldiers had been killed. Moscow said on "
                   "Tuesday that 300 soldiers had been killed. Kyiv said in December that 300 "
                   "soldiers had been killed.")
    assert len(found) == 3


def test_spans_ids_and_validity():
    text = SUMMARISED
    proposals = extract(text, PUBLISHED, document_id="d7")
    for n, p in enumerate(proposals, start=1):
        assert isinstance(p, Proposal)
        assert p.claim.id == f"p{n}" and p.claim.document == "d7"
        assert text[p.quote_start:p.quote_end] == p.claim.quote
        number = text[p.number_start:p.number_end]
        assert number in p.claim.quote and any(ch.isalnum() for ch in number)
        a, b = p.number_span_in_quote
        assert p.claim.quote[a:b] == number
        assert p.claim.credibility == 6
        p.claim.validated()


def test_proposals_json_has_exactly_the_contract_keys():
    rows = proposals_json(extract(SUMMARISED, PUBLISHED))
    assert rows and all(tuple(row) == claim_field_names() for row in rows)
    assert rows[0]["value"] == 11000 and isinstance(rows[0]["value"], int)
    assert rows[0]["source"] == "the publication"


def test_read_article_txt_md_html(tmp_path):
    (tmp_path / "a.txt").write_text("Headline here\nBody 300 soldiers were killed, X said.\n")
    assert read_article(tmp_path / "a.txt") == (
        "Headline here", "Headline here\nBody 300 soldiers were killed, X said.\n")
    (tmp_path / "b.md").write_text("# The **title**\n\n* a [bullet](http://x) point\n\nText.\n")
    title, text = read_article(tmp_path / "b.md")
    assert title == "The title" and text == "The title\n- a bullet point\nText.\n"
    (tmp_path / "c.html").write_text(
        "<html><head><title>Page title</title><style>p{}</style></head><body>"
        "<h1>Head &amp; line</h1><p>First <b>para</b>.</p><ul><li>one</li><li>two</li></ul>"
        "<script>var x = 1;</script></body></html>")
    title, text = read_article(tmp_path / "c.html")
    assert title == "Page title"
    assert text == "Head & line\nFirst para.\n- one\n- two\n"
    (tmp_path / "d.html").write_text("<body><h1>Only heading</h1><p>x</p></body>")
    assert read_article(tmp_path / "d.html")[0] == "Only heading"


def test_any_text_gives_valid_claims_or_none():
    import random
    words = ("about 300 soldiers killed wounded a third of the troops between 2,000 and 2,400 "
             "150 percent, According to officials said It claims on Tuesday early January "
             "could be by mid-April within 12 weeks 1.2 million numbering contingent of “ — "
             "- \n Points . ; , (HUR) ISW missing captured a day every day another").split(" ")
    rng = random.Random(7)
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 60)))
        for p in extract(text, PUBLISHED):
            p.claim.validated()
            assert text[p.quote_start:p.quote_end] == p.claim.quote


@pytest.mark.parametrize("text", ["9" * 309 + " soldiers were killed",
                                  "hundred " * 155 + "soldiers were killed",
                                  "Погибли " + "9" * 400 + " солдат.",
                                  "북한군 " + "9" * 400 + "명이 사망했다."])
def test_numbers_without_end_are_no_figures_and_no_error(text):
    assert extract(text, PUBLISHED) == []


_MIXED = ("около 300 военных погибли ранены в плен 2,7 тыс. тысяч 11–12 тисяч близько понад "
          "загинули поранено заявил повідомив по данным за словами Генштаб Игорь Конашенков "
          "«Медиазона» издание к 13 января на початку січня у понеділок за добу з них из них — , "
          ". : ; 300여 명 1만1000명 명이 사망 부상 사상자 포로 파병 병력 하루 평균 밝혔다 국가정보원은 "
          "13일 1월 초 에 따르면 \" 3분의 1 절반 % 9999999999999999999999 двое 1 230 превысили "
          "\n").split(" ")


def test_any_russian_ukrainian_or_korean_text_gives_valid_claims_or_none():
    """Random word salad in the three languages, and the digit run that once made the Korean
    number pattern backtrack for minutes."""
    import random
    rng = random.Random(16)
    texts = ["북한군 " + "9" * 60 + " 부상 밝혔다"]
    texts += [" ".join(rng.choice(_MIXED) for _ in range(rng.randint(0, 80)))
              for _ in range(400)]
    for text in texts:
        for p in extract(text, PUBLISHED):
            assert not p.claim.problems(), p.claim
            assert text[p.quote_start:p.quote_end] == p.claim.quote


def test_a_table_pasted_as_prose_dates_each_figure_by_its_own_day():
    # more than 64 dates in one sentence, each in its own clause: each figure is weighed
    # against the dates nearest it, and its own clause's day (after it) beats the day the
    # clause before ends on (nearer)
    days = [i % 28 + 1 for i in range(100)]
    found = claims("Officials said " + "; ".join(f"{n + 1} soldiers were killed on {d} December"
                                                for n, d in enumerate(days))
                   + ", the ministry said on Monday.")
    assert [(int(c.value), c.as_of) for c in found] == [
        (n + 1, f"2024-12-{d:02d}") for n, d in enumerate(days)]


def test_a_figure_is_dated_by_its_own_clause_not_the_nearer_day_across_a_break():
    found = claims("Officials said 12 soldiers were killed on 3 December; 4 soldiers were "
                   "killed on 4 December.")
    assert [(int(c.value), c.as_of) for c in found] == [(12, "2024-12-03"), (4, "2024-12-04")]
