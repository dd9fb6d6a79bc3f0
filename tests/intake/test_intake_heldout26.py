"""The twenty-sixth held-out set (tests/intake/heldout26, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT26 = HERE / "heldout26"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-al-bab-offensive.txt": "d4b38c848a63d44bc7ff0af0ec6531ddd920b82f5caba6e2e85510510b227d17",
    "en-shujaiyya-2014.txt": "6501536b2f7e51edfbe2f087e55e6baf6ea9ed2368f92546873a81b76eb4762b",
    "ko-nahr-al-bared-2007.txt": "152adff1e004b082b6eb3ef6e51c887dc105d188ec677bcb76979ab70fa76e0f",
    "ko-tikrit-2015.txt": "f70b30d0120b1cf7beb7ff240ad67d3fbb37d44fad53646419d15c1b46018ff6",
    "ru-qusayr-2013.txt": "1505ef05c63f38f5c2fec19a7cd747b8d4adaad1671c99e660590955d918be6a",
    "ru-ulus-kert-2000.txt": "c19b3baf2b14bfbed3d4b43202433c387698d924b12402104114fa3c8fa4edf0",
    "uk-agile-spirit-exercise.txt": "3245707a43728eca69fd38d23010ffcf38171bf136f8a1e72b8db38ebf98d88d",
    "uk-lapankuri-2012.txt": "feb52d16bd14c1825edf1fecb721c3126d0684fa9b91f78f0e1d890f0d911ddf",
    "en-al-bab-offensive.expected.json": "8c3a090d659aa7766b96cebcfc7b1573bcb3ec0549dd257a561829defa954872",
    "en-shujaiyya-2014.expected.json": "11b99a39c43db485c04e5fe25c8792938bfcf1e4194ea5b2e0c7b909d2b4e7e7",
    "ko-nahr-al-bared-2007.expected.json": "3eafe5a8851ad7dc059279b3db4dbd84866be9b68f5890458313df3c8db30a05",
    "ko-tikrit-2015.expected.json": "8efb2441c9b4b89914c1c411705cbcb15cb49acc517301949a83e76456e67346",
    "ru-qusayr-2013.expected.json": "d7b2a759984b024166af99b6332b6521dc58aef3ba9854db6a451b37e124c62f",
    "ru-ulus-kert-2000.expected.json": "ff932d02b1504b6693eb238457aacf83f3eb3517bb6c57ea499061a903dcd04c",
    "uk-agile-spirit-exercise.expected.json": "b84158a22c9a813c0d6e54d6f5b377ac2ce0cc74178bf6ee1d63b67ab5238376",
    "uk-lapankuri-2012.expected.json": "db766d2d1cd74232ba3140b98ad5560850022d18a7e97d9453dff2757b8cd97e",
}


def test_the_twenty_sixth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT26) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT26) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_twenty_sixth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT26, capsys) == [7, 6, 6, 5, 6, 6, 5, 6]


def test_measure_points_at_the_twenty_sixth_set(capsys, monkeypatch):
    out = run_measure("--heldout26", capsys, monkeypatch)
    assert "uk-lapankuri-2012.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
