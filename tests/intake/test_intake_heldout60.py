"""The sixtieth held-out set (tests/intake/heldout60, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT60 = HERE / "heldout60"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-pns-mehran-2011.txt": "e4357d01dce8c688beb8624e7cdd0290c11aafa60e5e484c0ec1a7abc8805d8f",
    "en-untac-cambodia-1993.txt": "02c4b5697fe90b6f302159c52d0fbbbfab7e0569485d31c6cb835b0d188083b3",
    "ko-johnson-reef-1988.txt": "e4cd28833994c7d47740343e5980762e0fa30c6f608ee630f709d15a3b996f01",
    "ko-sukma-ambush-2017.txt": "c92ff57aaf909bd5d83f836b10fafffaf374f7440fbb5f6d8ea3f51faa9a96c0",
    "ru-kokang-2015.txt": "860417699364191941c7408694a424a3ff176c04c7bc6d8805f4bc2ebfdb2094",
    "ru-muhamalai-2006.txt": "3d195e5f0b363326a27e542d4d2bcfc2a64a2a756694bc397fddb0a332a93d05",
    "uk-malabar-exercise-2020.txt": "d2f2cb0694aa3af4ddf0502bd1f4dff9457fe272f72793ded27c707a067233ef",
    "uk-sunjuwan-2018.txt": "2afd9a4488c8dda1dde7b0c205f7678e6a160de420137c693b120695349c7a5d",
    "en-pns-mehran-2011.expected.json": "9be10818794a114866af7295d1e9e773d084da87bb777802a9692b6fc9e6dd28",
    "en-untac-cambodia-1993.expected.json": "e4dd6606c0d93d11c69546e7f5b8b61eb32ea6dde7dff227c0e6410ca1f1a261",
    "ko-johnson-reef-1988.expected.json": "82cda23a47edf4f100224d2ccd3069556980f5698d702ea731d3558d55254378",
    "ko-sukma-ambush-2017.expected.json": "76172289f935e2b290449cf3edc5a7bcbdc0b9f248b10c950b952da5ae3c8967",
    "ru-kokang-2015.expected.json": "3cc96f6c52afa7b2f0249550408da0ce65e9db88402dbae352ad8eb1d2d5f871",
    "ru-muhamalai-2006.expected.json": "44b580f1d8716cf0e44c622e36361fd1af7ba49ad54a2be21af99baeadd73acc",
    "uk-malabar-exercise-2020.expected.json": "fa0b9d13efca3b0cd8098073aa98d0d3ffaad3308610aa937a0c7970ae4fa802",
    "uk-sunjuwan-2018.expected.json": "0b4be64aed231d04a886f70ab4b3aa255c4025516b54ace65ff78aafdede996b",
}


def test_the_sixtieth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT60) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT60) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_sixtieth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT60, capsys) == [7, 6, 6, 7, 7, 7, 6, 6]


def test_measure_points_at_the_sixtieth_set(capsys, monkeypatch):
    out = run_measure("--heldout60", capsys, monkeypatch)
    assert "uk-sunjuwan-2018.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
