"""The forty-sixth held-out set (tests/intake/heldout46, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT46 = HERE / "heldout46"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-chaambi-ambush-2013.txt": "eb32a7daae9a1f228e517ef72b5a8f5d0982ea2500ebf082b860a51c81e1cd36",
    "en-hawija-offensive-2017.txt": "95130e57e8b996e06f7dec3964b5e0921214878bc91f5a7234714218cf531979",
    "ko-guerguerat-2020.txt": "20bf46686727a28f0cfa0708adf2eb600e118020904a9ce23ea13f35c589886e",
    "ko-juniper-oak-2023.txt": "411b89310641242c5cfe469d4541cd8115fa7fb91e1a9554faf0b2ba74f026ad",
    "ru-desert-shield-2022.txt": "4b959462e6cf4452d0cc7a91b810498942c7347916085a21e79dbef46b3733e7",
    "ru-tiyas-airbase-2018.txt": "6495c23088cdf67a13a50b45560c4b97eaec541929b23401fdad2097c551cec7",
    "uk-mukalla-2016.txt": "0da65062d3dfdd634800778033bfa09baea4f29d24cdc24882bbfd75aa3ef064",
    "uk-sweida-clashes-2025.txt": "1c7ff267acc1e2933e9465a2772ca3ab78f68b870b4b58c37d7835390d7a637d",
    "en-chaambi-ambush-2013.expected.json": "fc1a8c7c5d3113854edf5033a88d296c17b5978c7350fd0e911b6031c427db4c",
    "en-hawija-offensive-2017.expected.json": "629bbe4cc2c2f910eeae809c5a0935e348291ac2223bb920a6f4f22f34550cea",
    "ko-guerguerat-2020.expected.json": "5d73a8893d2da33bea92d6d7b42478b92554b63da8c85718f3641bc8c81d4d10",
    "ko-juniper-oak-2023.expected.json": "c620f98c84646a6e1608777a44a239dc12aca4af0efb8f781b4db1c751235c3b",
    "ru-desert-shield-2022.expected.json": "b51d2c6d9c48ccfb2e0dc3317723256616055f04cc3df3dcffd8f42d849758f6",
    "ru-tiyas-airbase-2018.expected.json": "dd01a999b88896ba2bab07430336d3a7e5646fd0db543798b3715077775aa5b9",
    "uk-mukalla-2016.expected.json": "19c421ceb7355eae8e71ea9b297cfd9f951a9393930a72049bb3f09947bc6aff",
    "uk-sweida-clashes-2025.expected.json": "23d71fb5bffb078c642182dace00de7fabdcc117d8a602e605d1b18661c45e52",
}


def test_the_forty_sixth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT46) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT46) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_forty_sixth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT46, capsys) == [7, 6, 6, 7, 6, 6, 6, 7]


def test_measure_points_at_the_forty_sixth_set(capsys, monkeypatch):
    out = run_measure("--heldout46", capsys, monkeypatch)
    assert "uk-sweida-clashes-2025.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
