"""The fourteenth held-out set (tests/intake/heldout14, written for evaluation by a helper who
never read the rules, once the first thirteen sets had all been read, tuned on or were being
scored, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT14 = HERE / "heldout14"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-al-asad-missile-strike.txt": "cb39c82aadf27f552058fa52996b8df246b0761fbc8066c57927c0794328cf87",
    "en-kilinochchi-capture.txt": "e89bea7c5653e1c5602f030f38bc387d279e2503b23544e4da23aad9c7b28f9f",
    "en-musa-qala-retake.txt": "b71c91ac8784f0fb12b360b6ed5000f936765580c3681071c24a4eef42d0d236",
    "en-saber-guardian-exercise.txt": "e5c74711e2708d2cabdf67a7f4d1d3d5ea404835e78e40d7f429460b28551f0e",
    "ko-foal-eagle-exercise.txt": "92032cfc1c58836ff391945bec658f75acbaf454346f8a4a628dd91fab71e73b",
    "ko-kabul-airport-bombing.txt": "9afa7720bd3f355e91e69227963c5d32ebdf0b21d4efeb1676582402871577c3",
    "ko-operation-sindoor.txt": "ad6c0c419fd5d26eaeb1a26def15afe476e21fd57887929ccaa37d373679a3ee",
    "ko-seohee-jema-units.txt": "2a6f535225a6a6b53c028a01cd982f562a11f09709387787342d7999ba2b9281",
    "ru-grozny-press-house.txt": "2fc7b05487a763cbf800d5d56a1703218bd5e560352a40e8beec3d96853b2801",
    "ru-indra-exercise.txt": "91f2f20b63718e131c5d8b7edf22acc0ff89919e10717bfbe8e3d01a138c1018",
    "ru-novomikhailovka.txt": "377eb9df30a847446beaed0880b4da8f490b795d50e12bae6af4dea7ebb5d6a9",
    "ru-pervomayskoye-1996.txt": "d21d83b6f0d47272a1c076a281d54d546b039137704d123816086ffbb32bc12a",
    "uk-andriivka-liberation.txt": "d76e7804e62001b867ec83e62f52d17ca08d9b7b20737f54618b10a4aa5111ec",
    "uk-sloviansk-liberation.txt": "6dad39d8e5c9dd2e0e6af439681938f67d41fe4cb13841a0665aa6d04f4a6726",
    "uk-three-swords-exercise.txt": "c25acb98198d105382a4efaf8862864a3ab17515a3fa60f4e9dbf87efca44907",
    "uk-yavoriv-strike.txt": "f20d8ba45002fe513941e179d9305e4d326d6dce4aa27b83bee1993b3478e1c8",
    "en-al-asad-missile-strike.expected.json": "4a48c70361eb990471fcea8b73cca0201f1f5ba729a3a063058764c9ada0fad6",
    "en-kilinochchi-capture.expected.json": "dc76d15aabc441ef84958e79ac351985fa505cbb463576e05ffaa235721e82f5",
    "en-musa-qala-retake.expected.json": "8994a0777c30c48a2f9334e7cb8583fef25bfc7f6582a1dc711d2be8f4c62fdd",
    "en-saber-guardian-exercise.expected.json": "329a4f7adcc0dd25bf4dc65b8265d321982076b2ab4481ddc728f30467cbe1fa",
    "ko-foal-eagle-exercise.expected.json": "e09d79f0fc85b07253bcdcfb12715f55ad01da06f0feba8bab1513b8ea6648d9",
    "ko-kabul-airport-bombing.expected.json": "fa64273a77e50ab1b4466ca1336f540e45b6b08a60846c7b14ff6629f6698c16",
    "ko-operation-sindoor.expected.json": "393a93dd58ecca162882170c23f526aafac81a549d66f2f87c748fa65599ad94",
    "ko-seohee-jema-units.expected.json": "8c2d9090514967a346619e2d67e04bda35ff3b0acf26932660a433cedee8c274",
    "ru-grozny-press-house.expected.json": "d3dfb8c121d06318a886e526ef30fd40f395e933860356f4a6406c00925f49ce",
    "ru-indra-exercise.expected.json": "87e7eb17d6cdbebe8cd7d9e53fec23202a016a80e56c96bc29c665ae1c0b8880",
    "ru-novomikhailovka.expected.json": "6e3ab7aa25d304c686a984097481138b15c6f24f660c6d2c0cd2442ce09ee5e8",
    "ru-pervomayskoye-1996.expected.json": "e4fd39e859e2c6e8380be03e76eab0c111e614f90ec0c0be469f2a58c768883f",
    "uk-andriivka-liberation.expected.json": "a52dda59e8d0edcc20f6dae79cf9ea77bfbae0653ceabd0ea84a250d3bed5967",
    "uk-sloviansk-liberation.expected.json": "1d1ffb1cbdcbe9f8cb0a7ea8256c6c5372345527ee361c5df7d688f046f46aea",
    "uk-three-swords-exercise.expected.json": "914fdb5dab25b1f46856a1dcdb3d69a88b9232b6726461257ec07f4f4a9a6d0d",
    "uk-yavoriv-strike.expected.json": "3d64b0f273dc701d56e80988dd00d8f0ce4e88919395f1b6893f6d421bc433cd",
}


def test_the_fourteenth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT14) == FROZEN


def test_four_articles_per_language():
    assert languages_of(HELDOUT14) == sorted(["en", "ru", "uk", "ko"] * 4)


def test_the_fourteenth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT14, capsys) == [4, 6, 7, 5, 5, 5, 5, 5, 5, 4, 5, 6, 5, 6, 5, 4]


def test_measure_points_at_the_fourteenth_set(capsys, monkeypatch):
    out = run_measure("--heldout14", capsys, monkeypatch)
    assert "uk-yavoriv-strike.txt" in out and "uk-siversk-front.txt" not in out
    assert "most proposals for one expected claim: en-al-asad-missile-strike " in out
