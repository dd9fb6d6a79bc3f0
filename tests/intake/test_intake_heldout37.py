"""The thirty-seventh held-out set (tests/intake/heldout37, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT37 = HERE / "heldout37"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-pathankot-airbase-2016.txt": "cb778f40557a31f5d9a6cbf5cd921f16820fca00e39ad9eec931964f3ffd8914",
    "en-yudh-abhyas-exercise-2024.txt": "a1cb1566db9357bd874bb7cf853bb2c79f6672874f98f531cdc5ebef581a009e",
    "ko-daraban-attack-2023.txt": "da842e4b6c285e31fd2e3a51c8483cf315700fa31e849956d10fb4ec6f151525",
    "ko-ghumdhum-border-2024.txt": "4ada7e19ca6a6fd10c2740a89171f28e0b69e2ba2d423e815869bf601366a16f",
    "ru-aman-exercise-2025.txt": "aeed34c86099f1ab543fed5e11506eb86eb8de564c7baea5c37f2933fb172006",
    "ru-ipkf-jaffna-1987.txt": "5ab950aea75c61a95ba62c15cca7e1edcf2da05b76eda2990181530a78c3170f",
    "uk-lashkar-gah-2021.txt": "e0e4c00c6aba23132988d6d983a128bbc5e5fe7ed6ae0d4dcda9a042d5c37613",
    "uk-mangalsen-attack-2002.txt": "ee08d104c7249bad37c5f9b2bed61f16c269904fa1ccf5c13afbb9be26b07d44",
    "en-pathankot-airbase-2016.expected.json": "0d4e9bebe50e47f0a99a23437c41f59823c481899b2b5cf34a84c035e7771807",
    "en-yudh-abhyas-exercise-2024.expected.json": "c0865f73ffde16e8c2342f39c33bb3b8ca3c049f94aa169536224a93eea3ba20",
    "ko-daraban-attack-2023.expected.json": "3536a1214ec872ab704228ad335908bfc38eb66e58d1446c0406d9767c07fd64",
    "ko-ghumdhum-border-2024.expected.json": "d35ff7ec1bbe2184f03b00e977c794f0edf2ca6ca5b212479e4fa43de9425aad",
    "ru-aman-exercise-2025.expected.json": "2328a2133f75210befb2a98b4e020d65f6c3664af0f624be9e736787fb8aed64",
    "ru-ipkf-jaffna-1987.expected.json": "5e7a8e83639e857fb91c028580667f4b001538c2d725dbe4abf210a17c811372",
    "uk-lashkar-gah-2021.expected.json": "b2b2dfe90b741140cfc8ea47bedcee4423b8044d2e25afed2f441cc5c7a548e0",
    "uk-mangalsen-attack-2002.expected.json": "0a8b263b4363670285e0866a909797b1e96a0321eb6926cb779ad9ca2941500f",
}


def test_the_thirty_seventh_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT37) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT37) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_thirty_seventh_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT37, capsys) == [7, 5, 6, 6, 7, 7, 7, 6]


def test_measure_points_at_the_thirty_seventh_set(capsys, monkeypatch):
    out = run_measure("--heldout37", capsys, monkeypatch)
    assert "uk-mangalsen-attack-2002.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
