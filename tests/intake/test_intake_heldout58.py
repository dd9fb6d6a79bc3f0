"""The fifty-eighth held-out set (tests/intake/heldout58, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT58 = HERE / "heldout58"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-lashio-offensive-2024.txt": "f7dd7b23b203eaa2361e5b32bd090dcf7232fa53f89153a5df388b48272b7667",
    "en-tiger-triumph-exercise-2025.txt": "51425c1211c1324a2e785f71d27e8ca8161f9ab51dcd5334343d714b76ceb92c",
    "ko-manipur-deployment-2023.txt": "774f3273007a6046cb7621c29a2baa91b980382442009f7b907b6c38880f0139",
    "ko-mianwali-airbase-2023.txt": "31c5c84ed9ac8dbdfb8722d38ce4c13a233cccce319b76630ce946aa1dd44d4f",
    "ru-laros-exercise-2024.txt": "7d1c46f2b13868ab7a94c3ef726b82679bea38bbec7f3451bcdf24b9c8668c7b",
    "ru-zhob-garrison-2023.txt": "880326abb9413e41222b052c0f2eadd275a5a2851ff059b67f9feffc22227ae5",
    "uk-bandarban-knf-2024.txt": "d44099653c07ba9ca83af44d4f949b636a659dd9f0ca82e4a4ef6d96ca2b5e64",
    "uk-quetta-station-2024.txt": "5c4689a0f9adeec1190c3cfc63148d65c31fdd94037006921a863958b8bdd4ba",
    "en-lashio-offensive-2024.expected.json": "2ea68344bd12f8361a4d8725df275115cbdf8d6c38a8ef3db55a7ff04e5f599e",
    "en-tiger-triumph-exercise-2025.expected.json": "9daed51c3e86ea4a36b3b3797309d5c2a7b0fa9e457b08d7aadaf4de0424e5d5",
    "ko-manipur-deployment-2023.expected.json": "7511898c92657a566065fa52cbc9c06eb488c48371d2123493756d8b24ed50a2",
    "ko-mianwali-airbase-2023.expected.json": "a0b4dd6490630891e7a9bddb1ce320098e244e9ac41124c373ec0fe65039843b",
    "ru-laros-exercise-2024.expected.json": "c1bf3fef01ee25db91be101979a36364297339f86d33d5c1f31a3c8fbc21fb16",
    "ru-zhob-garrison-2023.expected.json": "837f0989ae958ea8834b5ada8c3d84e93af8a5d3b22153b123b97e0d7396ab8e",
    "uk-bandarban-knf-2024.expected.json": "1e53c89cabfceb1fc50b76d7fb053e92271b19a110252b67dc3a403f9a8783c1",
    "uk-quetta-station-2024.expected.json": "325732bcef38d5d5b83fc6105729d1963d129c00170d42cce3d7f72c78bbee5b",
}


def test_the_fifty_eighth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT58) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT58) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_fifty_eighth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT58, capsys) == [7, 6, 5, 5, 5, 7, 6, 6]


def test_measure_points_at_the_fifty_eighth_set(capsys, monkeypatch):
    out = run_measure("--heldout58", capsys, monkeypatch)
    assert "ru-zhob-garrison-2023.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
