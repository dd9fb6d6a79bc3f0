"""The thirtieth held-out set (tests/intake/heldout30, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT30 = HERE / "heldout30"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-cite-soleil-raid-2005.txt": "02b399f2c35669a554ae62f9bd0b685c20d9b25e6354482a78a6578c71563e17",
    "en-raul-reyes-strike-2008.txt": "6b78f25fbe5e0bd2b0a129b615e36b1f6ead7c4bb4171bbb22bffb359431f5e7",
    "ko-macuto-bay-raid-2020.txt": "4d9bc1a8221dae8017f81c09cf38a107f8d3d47af6b7f49450e0d8e1e5111c6b",
    "ko-vraem-ambush-2016.txt": "9d09640a684d79438ce8b2e6d81ba090e384a3931a24c215a0d1d845aa3df2ea",
    "ru-gagra-1992.txt": "c76753394791ba7d44c12e78f33908b1429527d965ada4b9c4f26fa675ca175b",
    "ru-karamakhi-1999.txt": "285e4e271a1ade337202d2457a0ef6b8dd3b21267bf86892eafd26ca6b172946",
    "uk-kelbajar-1993.txt": "b4d5f53d3810a4a3b6b0e0c73820d0820687ba97225613f4098ab948a1203df5",
    "uk-osh-2010.txt": "39df272b648920e98277379db4e6482d23af19897f172d6cee973542e2ae7ba7",
    "en-cite-soleil-raid-2005.expected.json": "2c5b1b8d83fec1943222eada9ed31c965d70627fe5d7e39d9615607cb096f453",
    "en-raul-reyes-strike-2008.expected.json": "71066f54697ff7e532c2fb0f20bad122230d425cb4cbc31b8b9e03c9ebe4e06c",
    "ko-macuto-bay-raid-2020.expected.json": "c7f66c739dd0db6461e52d3bc54161bdd2e38bb57936b34c7310e9287a05fd58",
    "ko-vraem-ambush-2016.expected.json": "15564378602610162535d1ad8ea6cd230104820a5cb562a81b189d93a2fa8f0c",
    "ru-gagra-1992.expected.json": "ad3bae17d1908984cf753958cfe4b8b6f63e38ea9240fe588c43196505061290",
    "ru-karamakhi-1999.expected.json": "f44868725b24fb85ba7a74cf35aa9b16df33db4b4981e6f45e16fece0ee77fa2",
    "uk-kelbajar-1993.expected.json": "b903f619039a123f716914b65d6b52166b7479b73f954220dd9a0ea6352742c9",
    "uk-osh-2010.expected.json": "7926bf52e963a84e2d6b0005c780f7ff85c4ec270662aeaec0092350adb818c0",
}


def test_the_thirtieth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT30) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT30) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_thirtieth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT30, capsys) == [6, 6, 6, 5, 6, 7, 6, 6]


def test_measure_points_at_the_thirtieth_set(capsys, monkeypatch):
    out = run_measure("--heldout30", capsys, monkeypatch)
    assert "uk-kelbajar-1993.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
