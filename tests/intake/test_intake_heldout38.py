"""The thirty-eighth held-out set (tests/intake/heldout38, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT38 = HERE / "heldout38"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-alon-exercise-2023.txt": "757c6dd0eb2cc311584014adb5c2d00c341ca8789b8ea1b9b44cbc6e5c8eb190",
    "en-new-caledonia-2024.txt": "35fa4dd0ace7320bee070a46e353d9c027bb049b4d80e1654eb58ba65895a111",
    "ko-kamandag-2024.txt": "223d96cc2e29a14056f2755850a0670b9e66f88dccd9d96b74f592476effb80d",
    "ko-paletwa-2024.txt": "267e15123bf7391f63231e6c6f101d4b9c0cb844e779ae5a0da5fca7ce4976d4",
    "ru-asean-naval-exercise-2021.txt": "ad8761a8d6694b1fc086eedebd5c7d94969b0598633a0d43b41b665a5b086909",
    "ru-laiza-2013.txt": "4a81c49698cc24abcf6328566976ce4cd9f63ad13be58e8964ea7825e676d83c",
    "uk-dili-2006.txt": "0175223fc12fc6f435b4c68e852c0c130f1cda86cd33e2e8013780058df3a7f0",
    "uk-loikaw-2023.txt": "91d07c87ea719b130ec948ad1da2c8f1cb8aa7f8241e077cfe419166db381a75",
    "en-alon-exercise-2023.expected.json": "8eb214ac0ee3197583a93704dba01a41f814b11587e10999901c3f4225adeced",
    "en-new-caledonia-2024.expected.json": "7a8c29776d6eda25edb5be90098bef498a1074629d2c01fce9212e26a7764181",
    "ko-kamandag-2024.expected.json": "2f456f957025840b50a46aaa27c62627d8b20d1bd6f61b596dfff8fd0298022a",
    "ko-paletwa-2024.expected.json": "3426fec3c1ad33e7c5e2a24a4480481c3f09c2affbc8dbb6c0b033dcb8b4d525",
    "ru-asean-naval-exercise-2021.expected.json": "62a0c0e00341dc526d9ad1d035a5acb6724929225ff27efc0339b5033d3f9ff7",
    "ru-laiza-2013.expected.json": "a0690d079d5ba17b4599e5414ce82ec1f9eddfa7328304f42af04e9386b02b95",
    "uk-dili-2006.expected.json": "e242e7c97594a2ca6aaa0f02ee5f7a55e788b0a88a9a0a364f24a43f9d467b10",
    "uk-loikaw-2023.expected.json": "02493237169af68652f7ffe92df93c415666ae0f4f19c133dd017dc36167fa7a",
}


def test_the_thirty_eighth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT38) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT38) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_thirty_eighth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT38, capsys) == [5, 6, 6, 5, 5, 7, 6, 7]


def test_measure_points_at_the_thirty_eighth_set(capsys, monkeypatch):
    out = run_measure("--heldout38", capsys, monkeypatch)
    assert "uk-loikaw-2023.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
