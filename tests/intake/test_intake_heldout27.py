"""The twenty-seventh held-out set (tests/intake/heldout27, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT27 = HERE / "heldout27"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-operation-storm-1995.txt": "ed9ce068b902e16c613ed9c2451f6ff821bd92e6d444a4d02b4a46a225d96ff0",
    "en-saber-strike-2018.txt": "2a202724dd394f32da650b30a82ce7817f1d82492f4a57cefcc502c1aa6fcc4c",
    "ko-tajik-reservists-2021.txt": "9a17cbbc68d7df1676ff8ff4870c3cbe16488e8e0b0d174ed15f78a457ec5a74",
    "ko-vienna-shooting-2020.txt": "e20f97b940540ed5fb160351c1a47221759729a34e953f7f3cca5c761f8e8c0a",
    "ru-kamarob-gorge-2010.txt": "00918773e037933f6863222763410333888dd0107b93f254fd9910ef3a40896b",
    "ru-union-shield-2011.txt": "b9671e1f4fde791327928f14f84d34e107fc2fdcd85c1689b0fa897e0442125d",
    "uk-nordic-response-exercise.txt": "a089baff58186a8654e31bd2311735634d4f9b8a4489953e3c791182c9d64dc1",
    "uk-zvecan-clash-2023.txt": "a7c224b95d3bbd0aedb69a9cb7a269f361c6490718be4fdd37088251980198ad",
    "en-operation-storm-1995.expected.json": "5d5783924d7be02012984b59b4d7f382ddbfaa33f03468a9cf099a7b6044e45e",
    "en-saber-strike-2018.expected.json": "1973a8815abfa17c82f3e5e75e5bd77817ef0075211b61cedb161f119d54630f",
    "ko-tajik-reservists-2021.expected.json": "0f378314e5934fb21cf6eb644c0dd361e7f0485dda253c9395ae65de8deaa54d",
    "ko-vienna-shooting-2020.expected.json": "6534af2678356b628deb395ed05f52424597b021485da744a91633b81a6dd238",
    "ru-kamarob-gorge-2010.expected.json": "05680d339de266a7691489274316dced21b8915012aa2722ebb0db56a1ce4955",
    "ru-union-shield-2011.expected.json": "9046124941919e4760c7d121d05b9fa7a23fafe75bb32378356872a98246380e",
    "uk-nordic-response-exercise.expected.json": "27d6ef6e1ef00776945aed938ceb48f147610b22b597286207765dc5b10ac540",
    "uk-zvecan-clash-2023.expected.json": "fa69a2764811c2dfa973d1fb000e8dc945ce83cf3c5d0928c514f42d294bcecf",
}


def test_the_twenty_seventh_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT27) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT27) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_twenty_seventh_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT27, capsys) == [7, 6, 5, 5, 6, 5, 5, 6]


def test_measure_points_at_the_twenty_seventh_set(capsys, monkeypatch):
    out = run_measure("--heldout27", capsys, monkeypatch)
    assert "uk-zvecan-clash-2023.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
