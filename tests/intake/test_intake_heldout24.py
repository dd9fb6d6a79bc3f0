"""The twenty-fourth held-out set (tests/intake/heldout24, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT24 = HERE / "heldout24"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-elephant-pass-2000.txt": "17a8b203b136e7fa2df647548027eb593d0bb69a9f1d4505880a7f551f1936da",
    "en-lahad-datu-standoff.txt": "7b1e04c340b7d9ad40131b7092b66b244933ce39d6ae1a2c98fe4ea8c035eafc",
    "ko-dhaka-cafe-attack.txt": "de5961d03ee9f64c1393d88f9ac5907385824a5fd56e2e652d02dd55603e7d0d",
    "ko-kakadu-exercise.txt": "b4489e66123d4007a062a6fd5d2951a1715c52bd3007443e175afdbfb18fa097",
    "ru-dantewada-ambush-2010.txt": "52e0581c1efed907d79e405db3d16242e5cf3b0bbc6f2f140b5ad4c409721cae",
    "ru-pilkhana-mutiny-2009.txt": "9c537e7fdb1314b43dc73c16a5cf37280ac66c5ad61b379835dc2dc22d50be52",
    "uk-myawaddy-2024.txt": "e9be1c336d09ffe50e60fa0a341d7bfa4418e40f69e5424e5d4fa81c3c07b8ce",
    "uk-super-garuda-shield-exercise.txt": "71ab28652a1bdb95a605b4cc9581931a3511a6ffc31d37c0d6fe1df95f43f9af",
    "en-elephant-pass-2000.expected.json": "e56b9c9560571d8b2f999f089e4e45203fb904f9dbb8d916efa3d5c2f8b77a6c",
    "en-lahad-datu-standoff.expected.json": "07658a16e17e8d4147af9897ed6306d517313574b37e3ceaad458f59ecbc9da5",
    "ko-dhaka-cafe-attack.expected.json": "2b99cf9371cb1c5e3f854b3bc1caa8d05d248c354da6cab6624a85ba92b339bc",
    "ko-kakadu-exercise.expected.json": "273e69dffbe2210bdf5305ac7ed69e531f8b50fdd6ea57eebf27c6ddcf4a0abe",
    "ru-dantewada-ambush-2010.expected.json": "e3ede9ba4ca6839cfd59c6b636fce83c0e6bd98ead8811d55f6398beea22ef53",
    "ru-pilkhana-mutiny-2009.expected.json": "ff255721bffdf94e03f728dff79ad9406e8bae54d40dfe9d515efcd14ca70f3a",
    "uk-myawaddy-2024.expected.json": "b684397bf51e5c6404af71876572251cf80c22c0c57fe1db3e8da26fcb0db82a",
    "uk-super-garuda-shield-exercise.expected.json": "b8e0b580d9917f7eda4c5dc2bb9f91200e0a00fa4dd126874cb40657bbc5a436",
}


def test_the_twenty_fourth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT24) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT24) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_twenty_fourth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT24, capsys) == [7, 6, 5, 5, 6, 6, 6, 6]


def test_measure_points_at_the_twenty_fourth_set(capsys, monkeypatch):
    out = run_measure("--heldout24", capsys, monkeypatch)
    assert "uk-myawaddy-2024.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
