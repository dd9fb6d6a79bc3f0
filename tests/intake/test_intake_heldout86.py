"""The eighty-sixth held-out set (tests/intake/heldout86, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT86 = HERE / "heldout86"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-lamitan-siege-2001.txt": "176213a019e01e7a3c47dc49e5c7cd88921085f3ffd6b5a7e681ebd0b882cd5b",
    "en-samar-npa-ambush-2026.txt": "2ac14488cd383f52bf164dcc3a4b3d7e4cad7de62a461ba7afa0dfe62d3e9e8e",
    "ko-cope-thunder-exercise-2026.txt": "bf4565df140818ff2636ca2a7cf85039a47ec5d379d2d5bb311f99dce1347304",
    "ko-manila-peninsula-2007.txt": "9ba0adf6b2bc0b46539cf6daf8341d4e74536a9da61fc2e038cbd793db187c11",
    "ru-camp-abubakar-2000.txt": "a7d24f4fe45f7f40854711365a690208ceba0f71391fdc4eda4d4cdb73335ac6",
    "ru-imt-mindanao-2026.txt": "53a96526f640dc341866719c69995a38c352d615796cc182d97053f2e6f8acc1",
    "uk-kasangga-exercise-2026.txt": "2ad057558821144b68a57bef9c948149e357ac35c75b7fc2559bae2a1600fe96",
    "uk-kauswagan-2008.txt": "0f6f2af2e65f1e2f2bb7f8ce5b1cda405b48ac74fe815ba528c08ffbb826fad5",
    "en-lamitan-siege-2001.expected.json": "86b56974f4e5a121f7e1d9e5d4ac67e17e6a46e16b13bf9490734c3a02bfaa3a",
    "en-samar-npa-ambush-2026.expected.json": "32f25aa393556bbee4e03c8f08099eaaaaeed0e4d8b5bb4062ab59fa39302705",
    "ko-cope-thunder-exercise-2026.expected.json": "e88ee6692e2f1c829296510a6c9a4351b95bc6a1e0c2a2c2c9bccab0a2640ce9",
    "ko-manila-peninsula-2007.expected.json": "4fba07c26ca5c0db99bfc9d737ca75ba7e457d44f5ab776bd326479f10261230",
    "ru-camp-abubakar-2000.expected.json": "8024819e01565eafe5790da5feada242ed88a9e811546c9f77095a525d2ecfd5",
    "ru-imt-mindanao-2026.expected.json": "954476d3ec4aaadd183d9f0f00eb4443fe6f408d746f66d7e99269d311de46c1",
    "uk-kasangga-exercise-2026.expected.json": "7d5d4aa6bda236729f3ddb58f9226526e2956ff3ad1732052957fa1c985d944e",
    "uk-kauswagan-2008.expected.json": "2cf1625c9719091e0008f5fd00e6fa95660d84a562a88542b2c693a39afef132",
}


def test_the_eighty_sixth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT86) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT86) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_eighty_sixth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT86, capsys) == [7, 7, 6, 6, 7, 6, 6, 7]


def test_measure_points_at_the_eighty_sixth_set(capsys, monkeypatch):
    out = run_measure("--heldout86", capsys, monkeypatch)
    assert "uk-kauswagan-2008.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
