"""The eighty-fourth held-out set (tests/intake/heldout84, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT84 = HERE / "heldout84"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-jurf-al-sakhar-2014.txt": "08e1e4400f555325bdf932d0fa2af855c20fc44dcfa76c1ffaefde57c314058f",
    "en-nato-mission-iraq-2021.txt": "e4967e60d56e3a292f6eb091f48449d3502d748c637a60eb4f92ab361893f230",
    "ko-amirli-siege-2014.txt": "564c398e9f2b58725f2f31f97df4baa6e591b38c24c5dfac79c5e1333684dd0b",
    "ko-claw-lock-2022.txt": "011d73bcf3840f95565d2b4f5890f626de684513c69c1f40c28685a1178ff9ad",
    "ru-ain-issa-2020.txt": "9825a5ad2f1a6c0c328fe2ee705bf38820d3287d731274446481057b6eea62fb",
    "ru-tal-tamr-exercise-2021.txt": "8bf299327375679307802c7eba58882f1d48557963aa4dc21e5add464cb7bc03",
    "uk-claw-eagle-gara-2021.txt": "5da3df07677758429d47e145d04714fc29e483318727fc0c1f77ca7611ae0682",
    "uk-mosul-dam-2014.txt": "48e90cc4dbdc9d7ece6408fe8446e64efdac19567c3ff5b0681bf7829fe438bd",
    "en-jurf-al-sakhar-2014.expected.json": "cfa9716bce98f94c9c39bfda02ba11338a75b5f35e9d64d3c88e1ab60b0f68db",
    "en-nato-mission-iraq-2021.expected.json": "91f91e5d67bf95d9a08c22b2378e043bcaa033b2ad552aba629b9049fa6ffe92",
    "ko-amirli-siege-2014.expected.json": "22c8e26878d08981d9990325b28abea789e8616739b776787aa230a9eb0df2a7",
    "ko-claw-lock-2022.expected.json": "bf5528c8deb54b27c26bc8d6b414920a81b1b050fcacfcf7ec746eda831d5f33",
    "ru-ain-issa-2020.expected.json": "9fe2610209d6ca0cc2d6b6a3ba489497d4598c9dad3d30c82825a9621af3ff15",
    "ru-tal-tamr-exercise-2021.expected.json": "3acf0b299985291db332b9cef73c51cfc5b853facf078b7abbffc76fe1cab575",
    "uk-claw-eagle-gara-2021.expected.json": "372fdd096a758280838ede05c4d6df93064a32d7b912e310d2b2a0100fb5ecf1",
    "uk-mosul-dam-2014.expected.json": "6d439661b519b8238a0a7e8b0096f40a18679eaeef92c446597c64687424b7d7",
}


def test_the_eighty_fourth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT84) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT84) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_eighty_fourth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT84, capsys) == [7, 7, 6, 6, 7, 7, 7, 7]


def test_measure_points_at_the_eighty_fourth_set(capsys, monkeypatch):
    out = run_measure("--heldout84", capsys, monkeypatch)
    assert "uk-mosul-dam-2014.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
