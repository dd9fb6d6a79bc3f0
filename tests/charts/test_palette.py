"""Colours belong to an entity's id: stable when others come and go, distinct up to eight."""
from briefing.charts.palette import CATEGORICAL, identity_colours


def test_deleting_one_and_adding_another_keeps_colours_apart_and_in_place():
    before = identity_colours(["isw", "fitted"])
    after = identity_colours(["fitted", "new-scenario"])  # isw deleted, one added
    assert after["fitted"] == before["fitted"]
    assert after["new-scenario"] != after["fitted"]


def test_an_id_keeps_its_colour_whatever_comes_after_it():
    ids = [f"scenario-{i}" for i in range(8)]
    first = identity_colours(ids[:3])
    assert {k: identity_colours(ids)[k] for k in ids[:3]} == first


def test_eight_ids_get_eight_colours_and_the_ninth_repeats_one():
    colours = identity_colours([f"s{i}" for i in range(9)])
    assert len(set(list(colours.values())[:8])) == 8
    assert set(colours.values()) <= set(CATEGORICAL)
