"""The seventy-eighth held-out set (tests/intake/heldout78, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT78 = HERE / "heldout78"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-centam-guardian-2026.txt": "5dcf686f4214cc78e9fbaaf240a9637a526f3d8be74c1dbc81c0173db6e2eb08",
    "en-tlacotepec-ambush-2026.txt": "db3463d18e748c920d3f76a9fa0e951be11a40d0a48d3b0244a27e00871d358d",
    "ko-darien-senafront-clash-2026.txt": "480b6d220984efa5252f432154982290a1124fde89c8724934447290535ed47c",
    "ko-frontera-comalapa-2026.txt": "9c3c446a97545a1f8b01f224966cd6ee3c91c6a1a3df486b9ea6d41ca4995843",
    "ru-michoacan-drone-war-2026.txt": "a39c2a28942edc7a97ca6730908c13ed1be61ea8e9245be1f85f6bf9a59a406e",
    "ru-nicaragua-joint-exercise-2026.txt": "7d8c434363b2dc823ae1e2f543db43fe7d50594890e0b5f17b822148539c1835",
    "uk-guatemala-state-of-siege-2026.txt": "adb30f72286dc6aa58afd8c68955f0bdbbc8dacc0a30caa4833b001080656887",
    "uk-sarstoon-clash-2026.txt": "3b2d0125ea38d894216d7cc17028796a314f65b21397f950253fcb39896c5890",
    "en-centam-guardian-2026.expected.json": "b67b918974ba562040a96b4a18d00afba5973dbb851aad9682cafc8e5f020ef6",
    "en-tlacotepec-ambush-2026.expected.json": "66350e7953e7f936d6b775e56974401f3406f4cae62816c30ffee0b7b4cb7893",
    "ko-darien-senafront-clash-2026.expected.json": "c7b8acf5b58344d2dd0845f3da43f74157e4ce3175ccefa62216ca22355c7639",
    "ko-frontera-comalapa-2026.expected.json": "288284992f545bd516b113d554e98900b4bd6442c6e1f2272fabbc0675f25694",
    "ru-michoacan-drone-war-2026.expected.json": "1f97638aa97c870bdd43bb4cd4c94cf8fdd8fc37248c6ef1d1b51982bcdf9f5b",
    "ru-nicaragua-joint-exercise-2026.expected.json": "a0cffcb3bf989878d084527e5171d2ffd4374259367471cf6e09621c0c9898e3",
    "uk-guatemala-state-of-siege-2026.expected.json": "e63d0b673e4f0145fc0bd938d3110e49d408995ac1bb0365edc33c6fabdb4e04",
    "uk-sarstoon-clash-2026.expected.json": "6013a6b85821e2481f1c62cd1492738546d3948ff3a7396298e371e1f0fb45f5",
}


def test_the_seventy_eighth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT78) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT78) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_seventy_eighth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT78, capsys) == [7, 7, 7, 6, 7, 6, 6, 7]


def test_measure_points_at_the_seventy_eighth_set(capsys, monkeypatch):
    out = run_measure("--heldout78", capsys, monkeypatch)
    assert "uk-sarstoon-clash-2026.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
