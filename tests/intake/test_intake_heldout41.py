"""The forty-first held-out set (tests/intake/heldout41, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT41 = HERE / "heldout41"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-noble-partner-2022.txt": "7177285bba7b69134217160e545c3d71487565c8a2b343c2e7b1dc82b14423c1",
    "en-presevo-valley-2001.txt": "607747240c5232d0059aa1ce8f8f1275ef0e73156b3dd977d4233c6aaf7470d2",
    "ko-karabakh-offensive-2023.txt": "98d27edc59d939f4094c44235015959021f7dd905468b11ee4989103c6addb80",
    "ko-lithuania-panzer-brigade-2025.txt": "de7f3dec39b88b3738ed0312b548c36f6d1b8893be77ee39070eb56ffd423ebf",
    "ru-lachin-corridor-2020.txt": "6ea99f69fc0f4c1b9f83bdbeec23851fe4f049c59deb6f17b669a129bdcb2ad8",
    "ru-nerushimoe-bratstvo-2021.txt": "e49a75dafc530aa43aa0e223bddc56eb935b2cc96510cc30925611675361d96e",
    "uk-dovhenke-2022.txt": "9ff4128000f2e2bd4e1f15d83bcac8d44ce486a0151895687fcbacd987830dee",
    "uk-tovuz-clashes-2020.txt": "852f75e123a90ccfbc63a0915d4528a2569b4701aeb28ab73942928fd7ae6982",
    "en-noble-partner-2022.expected.json": "e790723f976ddf9de6cabea6d40b02716cbc865235e1dcdc28148e9c3463831b",
    "en-presevo-valley-2001.expected.json": "d319b548d93109d93966038c11db8094e9c4a99c4971480458b09c5f29eb1911",
    "ko-karabakh-offensive-2023.expected.json": "7e2e6584792eca6143012fc14c9c85dd703fe39f72d9ba8efd09d8427623ea3f",
    "ko-lithuania-panzer-brigade-2025.expected.json": "3e4cda09c92486b89e775862dc3cead176dd4fdd5b5c9c56b76e2c562d8189fc",
    "ru-lachin-corridor-2020.expected.json": "b58b32e30db991fc0c0b0a6acb90e4f01fbf5a72918935ad294e2329a82c3334",
    "ru-nerushimoe-bratstvo-2021.expected.json": "54c9b7913562a294d5477c4faf06e90b239df3612d3bfb3c55819682ef721e0f",
    "uk-dovhenke-2022.expected.json": "59e5631987532411059d36e239c594899c25d8c9637652d95ebf1b54f8129543",
    "uk-tovuz-clashes-2020.expected.json": "e508113897701b42edc31107f644a03696d4f181b9b3cc6283e538ee135f088f",
}


def test_the_forty_first_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT41) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT41) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_forty_first_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT41, capsys) == [6, 7, 7, 6, 6, 6, 6, 7]


def test_measure_points_at_the_forty_first_set(capsys, monkeypatch):
    out = run_measure("--heldout41", capsys, monkeypatch)
    assert "uk-tovuz-clashes-2020.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
