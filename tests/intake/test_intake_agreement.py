"""The second annotation of sets 24–26 (tests/intake/agreement) and the rule that compares it
with the first: a figure two readers record alike agrees whatever keyword each picked of the
speaker's name, and a date or qualifier apart is a disagreement."""
from agreement import SECOND, compare, measure

TEXT = ("The army spokesman, Col. Piotr Nowak, said 12 soldiers were killed on Monday. "
        "Far away, in another city and another paragraph entirely, the ministry spoke.")


def claim(**fields):
    base = {"metric": "killed", "value": 12, "source": "Nowak", "as_of": "2024-03-04",
            "date_precision": "day"}
    return base | fields


def one(a, b):
    return compare({"article": "x.txt", "claims": [a]}, {"claims": [b]}, TEXT)


def test_two_keywords_of_one_name_are_the_same_speaker():
    assert one(claim(), claim(source="Piotr")).agreed == 1
    assert one(claim(source=["Nowak", "spokesman"]), claim(source="army spokesman")).agreed == 1


def test_a_keyword_of_another_speaker_far_away_is_a_disagreement():
    result = one(claim(), claim(source="ministry"))
    assert (result.same_figure, result.agreed, result.causes) == (1, 0, ["source"])


def test_a_date_or_a_qualifier_apart_disagrees_and_another_figure_is_not_the_same():
    assert one(claim(), claim(date_precision="week")).causes == ["date"]
    assert one(claim(), claim(qualifier="at least")).causes == ["qualifier"]
    assert one(claim(), claim(value=13)).same_figure == 0


def test_every_article_of_the_three_sets_has_its_second_annotation():
    assert sorted(p.parent.name for p in SECOND.glob("heldout*/*.expected.json")) == \
        ["heldout24"] * 8 + ["heldout25"] * 8 + ["heldout26"] * 8


def test_the_two_annotations_agree_as_the_readme_says():
    rows = measure()
    assert (sum(r.first for r in rows), sum(r.second for r in rows),
            sum(r.same_figure for r in rows), sum(r.agreed for r in rows)) == (138, 138, 138, 130)
    assert sorted({r.article for r in rows if r.agreed < r.first}) == [
        "en-flintlock-exercise.txt", "en-shujaiyya-2014.txt"]
