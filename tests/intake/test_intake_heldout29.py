"""The twenty-ninth held-out set (tests/intake/heldout29, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT29 = HERE / "heldout29"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-basilan-ambush-2007.txt": "a354bb60151d7b8a768c802a5a62efb291325f52b8fbe63ac07c99063f26da3b",
    "en-keen-sword-2022.txt": "208e05143c663e3ef1a31cc454ddfcebc5701d47505e7bf8cc5b1a2d8b76aeb0",
    "ko-jakarta-thamrin-2016.txt": "ecfca5dc7ba625140c8aec165802c5cc335ac59d951adde0cc8030fdd911f72e",
    "ko-pueblo-seizure-1968.txt": "fb06bfb4bc1657a72b8f113057ee02bbddbbccf4190d016e3327e9cf202ed3b5",
    "ru-damansky-1969.txt": "47ce0cbacabab1501e7ae540c0c9cb2f9aca6095f3465f8e27c8007d1870e76c",
    "ru-joint-sea-2022.txt": "a13dfa1ec6e0ef3767bc55f3a9894476dad184e2b4efe4dcfaf55e5f6420fea7",
    "uk-han-kuang-2023.txt": "53b6d82b152754a6110791a33180fd317c56432d027dc5e2ca63ca9e87cf06a8",
    "uk-second-thomas-shoal-2024.txt": "9d8650ad529970bcf87df1eacba2d83f945432d38cb0fd85568a2333b3d423f2",
    "en-basilan-ambush-2007.expected.json": "25fdc4c9d721edbec9a482bc221e4a60acceaf372d8635902cce089a77695c99",
    "en-keen-sword-2022.expected.json": "39eb47ecfea711cb995f3283b75523b3ca5c16107fd57747fdf7ac092bdc1cbd",
    "ko-jakarta-thamrin-2016.expected.json": "5d27270d19f73f3439e1b8b4e2f6a57e0c20c91610da9aaf319393684ea93ba8",
    "ko-pueblo-seizure-1968.expected.json": "eb12b531b797cea371e7cf13ca57347253c58484014f10aae30b922fb8053189",
    "ru-damansky-1969.expected.json": "102d94c809df1e4514f25d6d064e8b34c1aabb00e3a23d170c55f94b59cf660c",
    "ru-joint-sea-2022.expected.json": "d4c4300ae1b20c393359be8d53d38e79df8e580a02a21b3b653f8a3ab7c81df7",
    "uk-han-kuang-2023.expected.json": "3c4be5bf081c97b3177241324812562c586324fc43cb7a7fb83bd4c297473d0e",
    "uk-second-thomas-shoal-2024.expected.json": "8f65510a9df63dc5337aa7579aa7aeb3cba934716269069af286f53b254d9c28",
}


def test_the_twenty_ninth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT29) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT29) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_twenty_ninth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT29, capsys) == [6, 6, 6, 6, 5, 5, 6, 5]


def test_measure_points_at_the_twenty_ninth_set(capsys, monkeypatch):
    out = run_measure("--heldout29", capsys, monkeypatch)
    assert "ko-pueblo-seizure-1968.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
