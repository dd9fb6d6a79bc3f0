"""The forty-ninth held-out set (tests/intake/heldout49, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT49 = HERE / "heldout49"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-arroyito-ambush-2016.txt": "244e7cad9a69457b8e1872a708a333a61ae5ccfe492a408e98da90a90b425e01",
    "en-panamax-exercise-2025.txt": "3e46c232f8bb7ee75641b45bd9a37de7c07f3e93a631c34d9a9f2d8b08964106",
    "ko-bogota-police-academy-2019.txt": "25fc024c049effc397cb99caa2f0e4dc7b54617dada2e023da91ed488cf01483",
    "ko-haiti-uphold-democracy-1994.txt": "d542fcce3d978178955f9714c5e016ebe4d0c548aab35d32fc6a94df5e3a7a13",
    "ru-santo-domingo-1965.txt": "3a3760d18d641ba32d4d9d8517b4b6aa5e2ea21d2ba8bad0cd06a4eec1264319",
    "ru-venezuela-militia-2025.txt": "8715680eadde7c0d5e813f7235ab08e5c3cf77ce2f555890c98ab0ca1c34c7b9",
    "uk-araucania-2022.txt": "82772dfaa8aff36acb06415b2d62c5ac5640c259d1d0cb05b774b5a710d89a0f",
    "uk-formosa-exercise-2021.txt": "c9cdaa2be32a0d147bf10dac49aeef3ae3216f9ff1926b8661d257fe113f7502",
    "en-arroyito-ambush-2016.expected.json": "d86b61597e0c48216f94d3318cae996b7942d5b2b6ce3900abfa55f554931265",
    "en-panamax-exercise-2025.expected.json": "ab1b0f5c1027809ba79494706756a662d54edb3dcac20660d8eee7d64d713f9d",
    "ko-bogota-police-academy-2019.expected.json": "fb1907f02b835aa9a3ed02a2f95606e723159ef17939e28eed644c089a83d99d",
    "ko-haiti-uphold-democracy-1994.expected.json": "86021a0920c06f8e12801fb24a80b9aebe142c4b86ada2d0a746dd5838409533",
    "ru-santo-domingo-1965.expected.json": "d921ac16067c1023077b0327b7b3dbb0fc0775a0cd8ae01d76bca3349002ed59",
    "ru-venezuela-militia-2025.expected.json": "b742b723db19a030cc2395d78a4a5297b4e1cd7b3b9dc17ffb6a34ab10057cd4",
    "uk-araucania-2022.expected.json": "bb76e0cf495a2c740e8a91846afa10dddb3aa30b7df03c4221448a80e282ce9c",
    "uk-formosa-exercise-2021.expected.json": "33fb9c46e6ce46633c11286e7edf11c61ee4c513305d280a8dfe62d0a32750f4",
}


def test_the_forty_ninth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT49) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT49) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_forty_ninth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT49, capsys) == [6, 6, 5, 5, 6, 7, 6, 6]


def test_measure_points_at_the_forty_ninth_set(capsys, monkeypatch):
    out = run_measure("--heldout49", capsys, monkeypatch)
    assert "uk-formosa-exercise-2021.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
