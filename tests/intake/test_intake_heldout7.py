"""The seventh held-out set (tests/intake/heldout7, written for evaluation by a fourth helper who
never read the rules, once the first six sets had all been read or tuned on, and frozen before it
was scored) stays frozen, and is measured. Its scores go in its README, not in an assertion: a
threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT7 = HERE / "heldout7"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-cameroon-bamenda.txt": "fdf0d53ec0c119f0d949dcf37c2956dbcd73b6c6d99aaafb24fdd528ff579454",
    "en-cold-response.txt": "e0bb97b438dc11417aadd1f4e0399da6446de80be391a02192a19a44c0bf708f",
    "en-galwan-valley.txt": "1eef03209650197d579b5e6338c5a5139453b7f8c9953de0d5886996af546590",
    "en-yemen-marib.txt": "93acf429c26db7bce9c3ef7756afbe81b86db6f40d127c9921ec611422b96140",
    "ko-cheonan-sinking.txt": "f67d5750d25c5d8c12f228b471d8826b98ea5ef5eb22da44f22f6a63f370fcb0",
    "ko-sudan-evacuation.txt": "132e99a308394d8b70fcefe3d7da654eb4799dda2e43a4da86a798d63614344d",
    "ko-yeonpyeong-shelling.txt": "24720c6d63598aa9ccb637d014a8a46d4a15b8a41c08800e391c2dbc56c9b9a9",
    "ko-zaytun-deployment.txt": "9f27f969d1c04a4bb4edbf3a5ad114d07fc178073965657d8b33fd9f4ff097f9",
    "ru-kavkaz-exercise.txt": "de2e5699856164d51bbb4bd2b7833e1d8a073d4675c5a02194bd97711dcc55ac",
    "ru-lisichansk.txt": "ffe871c160c135d9b815b500f9e66878212f24b4d6f1f253fd1fdc61f3a66886",
    "ru-palmyra.txt": "8b3ba4c8b3cc88ca84ea23fbc474e115880c856ffdd67798da480b2eec119f8b",
    "ru-tskhinvali.txt": "7aab12a92f6795d14d8dc09f9929941fccf4de7cbc4dd39c2e18173d4abe2d9a",
    "uk-bilohorivka.txt": "3ea522c7fece96aab58d193e9448b2dfb51704511e908b739a102072ab200e90",
    "uk-lyman.txt": "4afb7eca80dd0f69d996c42c29ecff66b7e44b4c089f677690d5b70086f1829f",
    "uk-ocheretyne.txt": "00391bfd8976a136bd6b6ef5d4a6388643891a26993f41e50e69ad13f9521c6d",
    "uk-snake-island.txt": "f781e64d51da222e7f57a3843ff29584c64dbf68605875bf202fe2259fae1a59",
    "en-cameroon-bamenda.expected.json": "81a26b658167cb83a202855b4fe90c25fa9e66780bee1e76c9ab6bfa06c08478",
    "en-cold-response.expected.json": "9b50ec65f22d8de39ff4b2efc1894226ccd77e642aca588f3302a728d00fc061",
    "en-galwan-valley.expected.json": "e2d937192d616e1b08b2756429fae28059e792d4d174a41b6276a5820e10e09e",
    "en-yemen-marib.expected.json": "1ce140721d716b2dc55e88d5e628b0b57b67a2a10430f93fedbc76f540609366",
    "ko-cheonan-sinking.expected.json": "868368b8172017fecc2b048e080e7203eb8108f8ef4a6bbcf6911ea7db244f29",
    "ko-sudan-evacuation.expected.json": "2db875346a8edff3045ad1699e478478848e80e37d84b01fffe424db8b6e657f",
    "ko-yeonpyeong-shelling.expected.json": "6e1d81673508b4022115dd15f4ccd5b75defda3f9a4db070e60440563ccebe9f",
    "ko-zaytun-deployment.expected.json": "ab8410160b7d612787c952bb4d8a23a7e146a600960452683d0fad5058ef859a",
    "ru-kavkaz-exercise.expected.json": "cc5587ca85d6a2fd1d88ee225589ff0cc2520244f881ab6f5dcf0d4a1b8bae87",
    "ru-lisichansk.expected.json": "81f8629faf6d656128db27e734d39463bd2ea2ae74e84f9902a0220a9405fb5b",
    "ru-palmyra.expected.json": "0c7d5e1586d043ad1e4e51385566408f640eab1cc496d956ca683d543c1d957d",
    "ru-tskhinvali.expected.json": "8bc1394b5d83eedb544c6045e11a8064f98cb83ce73dc53d18e96bea7b537e9f",
    "uk-bilohorivka.expected.json": "f59a0b27f7c69c3ebb4137d66e7393ff25447da255ac62bf4c2681c48ba708ae",
    "uk-lyman.expected.json": "840ddb8a6440b7a7c327f263cf8952acc8c08cfa9d7d947540d4a87136c97923",
    "uk-ocheretyne.expected.json": "a784b738ac19f58d5ac5f4fc80450de8ac1d5a78aad8b7642df5159dbfdd12d5",
    "uk-snake-island.expected.json": "a10abc0aff3be2abd47e4b714f3e0b24904c734341b63ca3260845ffb2ef7f5c",
}


def test_the_seventh_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT7) == FROZEN


def test_four_articles_per_language():
    assert languages_of(HELDOUT7) == sorted(["en", "ru", "uk", "ko"] * 4)


def test_the_seventh_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT7, capsys) == [5, 5, 5, 5, 4, 5, 5, 4, 4, 5, 5, 6, 4, 5, 5, 6]


def test_measure_points_at_the_seventh_set(capsys, monkeypatch):
    out = run_measure("--heldout7", capsys, monkeypatch)
    assert "uk-snake-island.txt" in out and "uk-robotyne.txt" not in out
    assert "most proposals for one expected claim: en-cameroon-bamenda " in out
