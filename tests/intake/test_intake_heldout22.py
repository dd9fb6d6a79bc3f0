"""The twenty-second held-out set (tests/intake/heldout22, written for evaluation by a helper who
never read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go
in its README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT22 = HERE / "heldout22"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-khe-sanh-1968.txt": "a96edffccdcc0b06e2e09d80b2f99d056b222cfc53598efcd6e45a9aed08c04a",
    "en-najaf-2004.txt": "f8749cda7b50039c0e40b6584d27028e5ff21e06dd2b4dca711f5ba0d17b5994",
    "ko-beirut-barracks-1983.txt": "5339a0204a3090011073adc968f1a06fd6b0dc5b827894f0c72fe4f1c1465ae2",
    "ko-ghazni-2018.txt": "f24f7a71f0b9a706b1380a3f77813db172a6b4d496b4b69f6e4b02d3de4bb7fb",
    "ru-batken-1999.txt": "679a832fc5fd50de25708cfd56f694623873cea03a9fced81e7e73356d2db320",
    "ru-nazran-2004.txt": "ab675f46faea56bb66c110ca94d82fc594bfd2d2651395e8af6e64bed4eef684",
    "uk-afrin-2018.txt": "cb1ce297d6848f85679089f0893acd150f2cfe8b4e7cca6e7199daac3566dd52",
    "uk-panjshir-2021.txt": "76d624a8aeef1256a8b7c7bbc5304db2d37628511f0d090d281733f2093dc04f",
    "en-khe-sanh-1968.expected.json": "e71e2dd915f3a5eb643845509a2e8ac15098c0660b1ba4300b50fa6435318a9f",
    "en-najaf-2004.expected.json": "90cda60e0ecd03c3c4a3571435360ddbc49ed70592db066d74dfb2c7a52c805c",
    "ko-beirut-barracks-1983.expected.json": "1b40035777cdafcbf0a5c9abf51833f1d63ea3074ae9eb774dcebc804943d24f",
    "ko-ghazni-2018.expected.json": "786b78076dc0eb7b09168824ee4a2deb17dd015b07eff0652c4751367e42dec2",
    "ru-batken-1999.expected.json": "e5ac432fb9cd1df248f0d0f2f5d4375b9d71a31466a396ac46b41804f734aaca",
    "ru-nazran-2004.expected.json": "9e29e15936fe3c1836028d61302976316357ed59e001ff0d27d503cba586cb4d",
    "uk-afrin-2018.expected.json": "6e8596a638e6e2dbc05ac4f5981af797ad11a67dd4aa4518a05e4592571ee29b",
    "uk-panjshir-2021.expected.json": "5e18c9ba08b6f05e4705b5228a93cb55004efb2f266923f9320ea02f54c68407",
}


def test_the_twenty_second_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT22) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT22) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_twenty_second_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT22, capsys) == [6, 6, 6, 6, 6, 6, 6, 6]


def test_measure_points_at_the_twenty_second_set(capsys, monkeypatch):
    out = run_measure("--heldout22", capsys, monkeypatch)
    assert "uk-panjshir-2021.txt" in out and "uk-vuhlehirsk-defence.txt" not in out
