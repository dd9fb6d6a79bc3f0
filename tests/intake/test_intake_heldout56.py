"""The fifty-sixth held-out set (tests/intake/heldout56, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT56 = HERE / "heldout56"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-kinmen-bombardment-1958.txt": "78bf5688298b45bfc247472eef056700b2bf9a998b6637285eb7a5643e52010c",
    "en-salaknib-exercise-2024.txt": "3474e40b205f1bed0cedfa6e9eb0dcdaca9c2c626bd377860ca4ba7e9f55f883",
    "ko-gifu-range-shooting-2023.txt": "f16c82b8e441cab72aa9b41db14e7c0acad0a7e85f5d2f386eae1f73a72b8dd3",
    "ko-martial-law-troops-2024.txt": "284c0a3d4dafef0b299fb546c02d28f97960fc7819552aaa18f1645dbf13fe4e",
    "ru-lang-son-1979.txt": "aef49f389adf79c346b21f457d5bfead5bdcc99b734709105c56a2719da80c2c",
    "ru-valiant-shield-2024.txt": "6c10438c234bcf76e184e17c541166166b2d5c22faa8d9d94b21cbba44a08858",
    "uk-butig-clash-2016.txt": "d498b2a279d469e7e8ed28795ff06ba6005ad2d67b8984983189a3ef3c32318e",
    "uk-noto-sdf-deployment-2024.txt": "af1d8b1800a26baaa9c245a0262d5f24dea944e46b3938fce9e22316ee1b0f94",
    "en-kinmen-bombardment-1958.expected.json": "8d3e77d845a478d740379874e1256ede1ef6195af45bbb75507fb999810bee68",
    "en-salaknib-exercise-2024.expected.json": "225e6c8dad0abd58712547b3cf865f57153d80cf80f35416fcfcdda12a7297b4",
    "ko-gifu-range-shooting-2023.expected.json": "13c75408e25b561dbab969f716dbb1756a30e6ebaf4f362b7329744a71c781bb",
    "ko-martial-law-troops-2024.expected.json": "5dfdfbe4e30f371fcfe0d7b1042179f6a1572bf128ca9f011979ad532adc8b5e",
    "ru-lang-son-1979.expected.json": "4aa372bb391ab1fca33cc556629f2fd5bb808e966c0460d928daf6cb1580d192",
    "ru-valiant-shield-2024.expected.json": "907554a47972eae299b54f228415333b0c4f969c3bf95ed1cf5b3903d58a9b20",
    "uk-butig-clash-2016.expected.json": "c07046b16f6b2aa7d7259af03af5731fe4364a88ec11b509c492aecd4d3551b1",
    "uk-noto-sdf-deployment-2024.expected.json": "c51111fbd9a1e5fc5c933032733f6b23d3968b5b71b51ec317da3f5e34a6c701",
}


def test_the_fifty_sixth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT56) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT56) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_fifty_sixth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT56, capsys) == [7, 5, 5, 5, 6, 5, 6, 5]


def test_measure_points_at_the_fifty_sixth_set(capsys, monkeypatch):
    out = run_measure("--heldout56", capsys, monkeypatch)
    assert "uk-butig-clash-2016.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
