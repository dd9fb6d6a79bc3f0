"""The twenty-fifth held-out set (tests/intake/heldout25, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT25 = HERE / "heldout25"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-el-adde-attack.txt": "8bfd4b8009cf793f9fa03777dbb0c76661e73343e3a20493e40ad7cd8f387ca7",
    "en-flintlock-exercise.txt": "37e6f9753e9b462505eaab7608d125e41600fbbb00b28d7987016ab9218fd5f5",
    "ko-bohoma-attack.txt": "e93c0eda07873730cc23c1c08d23d280fd52f11e6284ffcc66fb1eac75eb6618",
    "ko-juba-clashes-2016.txt": "32cdbc463e90a51ada578ab3ecf1158acdff49bf588173d6b9818e8cf4e13d62",
    "ru-bouake-mutiny-2017.txt": "b1d357cca99d694c238e56f9ce580c71a7d4f6af24c82a28365030e0f39784a2",
    "ru-mosi-exercise-2023.txt": "5a612168fa4370ef6a0ce164f0ee706ca168ef98084bc3fd5aa91a7687c91ed9",
    "uk-burundi-coup-2015.txt": "6a0894691b3b872b067a60b94fcbd97f7ec9ed883b401d9bcf1be4224545f8bd",
    "uk-lesotho-boleas-1998.txt": "840dbd8080ca1cfe833456b7c21957b8c2a51ea3524c478d3268e5a05f5e9e45",
    "en-el-adde-attack.expected.json": "b79fc9d78f74ec369927f54503d45d1ce5cfd22a1a810cfd281ac6bebece4a8e",
    "en-flintlock-exercise.expected.json": "4971187f3fe00bb107e8d941c21dd867ec24791d76c466b6f4729a2f6de3403d",
    "ko-bohoma-attack.expected.json": "cf0e0ae20f719cd76e84ed375398ccc4165db8c0fc28920d894cc1470cfe251f",
    "ko-juba-clashes-2016.expected.json": "b497c4d14bc4c0a613cb616b05e07e4b1c57eb56b7f579165880ce8bbd9fa2e6",
    "ru-bouake-mutiny-2017.expected.json": "7b9b627e20b42e272183baa54e1864235df54c0dedecb66e52f9ed6f076e6b77",
    "ru-mosi-exercise-2023.expected.json": "f2f8786900f0c1a0cb85d53ec817404adbd598000b6e9090333345fe57d599d2",
    "uk-burundi-coup-2015.expected.json": "f8fe33a8ebf3598d1f09a6bb9d4173fc6a2a752135b3734a1e5ac4064ece778a",
    "uk-lesotho-boleas-1998.expected.json": "b4fbcba636ccc5d9f96242e56152bd38618a794c40420dfa1d5a4d126cb8f0ef",
}


def test_the_twenty_fifth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT25) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT25) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_twenty_fifth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT25, capsys) == [6, 5, 5, 6, 6, 5, 6, 5]


def test_measure_points_at_the_twenty_fifth_set(capsys, monkeypatch):
    out = run_measure("--heldout25", capsys, monkeypatch)
    assert "uk-lesotho-boleas-1998.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
