"""The forty-eighth held-out set (tests/intake/heldout48, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT48 = HERE / "heldout48"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-juniper-cobra-2018.txt": "cc51b7278d44d4dbb4a1b60088872ee30588b7688d028666385196afcdd3c056",
    "en-misrata-siege-2011.txt": "232eebf7645b4a23e79b8d32e90f630137679878b7a11fd1803eddf82546578a",
    "ko-peninsula-shield-bahrain-2011.txt": "12a9789321fb21395aef2578f3568464770e79db5b9c2b1a44889c4d50c03882",
    "ko-sheikh-zuweid-2015.txt": "61a434f227d4632f752804ed7f713403f991ad7e42f02d159241d9efc1e7a79a",
    "ru-abu-kamal-2017.txt": "78a4d8eac6d6d2fb76c787bbe9d708081072b0a7084165f327aba1968066a14f",
    "ru-quneitra-police-2018.txt": "ea763b047f0e73b083f3d8d9c89aa5d398b36272b64c0d17470f87e566528124",
    "uk-sanaa-clashes-2017.txt": "d4a627c82bfa13e90d83f4216517c4f0be4e9367711d8eb8768d62619938dc0b",
    "uk-taji-rocket-attack-2020.txt": "ae56e1d9c5cffdd26fdef9c70a0e964c2f802c310314e4b5dd81eb8b1e6e2a04",
    "en-juniper-cobra-2018.expected.json": "c415e2db0203e55b06d2cba6ffc192ed12f303911adf52a09d56ff15e5e5cdc6",
    "en-misrata-siege-2011.expected.json": "891ddd702b2796a0607033c70cdc5df447aff189c90df1b48cb8dc812606196a",
    "ko-peninsula-shield-bahrain-2011.expected.json": "61c82724a36a0ce5ec4cef567205d7cf8c30dc065f5ce4cf1fd6bff343c6cb4d",
    "ko-sheikh-zuweid-2015.expected.json": "7ff863e08c86e9b0bde796f9f2ed9d64b3141027de3f813dbcdb1982503db0a9",
    "ru-abu-kamal-2017.expected.json": "af31658746778e798431409add883f004d4e5ded2c59609d4af52450c12768ac",
    "ru-quneitra-police-2018.expected.json": "2a6c25c80c1eefe4efbe6119f24e435d0cc31145a8ef6a62cde112f10935a5a7",
    "uk-sanaa-clashes-2017.expected.json": "34019cdfb5292135ca67ce8b21debb7342ffc7cf7ddfba21c387145286432169",
    "uk-taji-rocket-attack-2020.expected.json": "5a083574e56c1338efd4b17af27078839a84fedb64b626b0d44850126a418a6c",
}


def test_the_forty_eighth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT48) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT48) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_forty_eighth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT48, capsys) == [6, 7, 6, 7, 6, 6, 6, 6]


def test_measure_points_at_the_forty_eighth_set(capsys, monkeypatch):
    out = run_measure("--heldout48", capsys, monkeypatch)
    assert "uk-taji-rocket-attack-2020.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
