"""The eighty-fifth held-out set (tests/intake/heldout85, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT85 = HERE / "heldout85"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-baga-base-2018.txt": "9d4e95646ae5220a81f1c084fd202db465290a8d326b7addbd44252530a4b184",
    "en-kanem-resolve-exercise-2026.txt": "41e2b2c98e087af79c9c8b8ae55d9388e371f40c109c0a21511521bd82e34ade",
    "ko-damasak-2015.txt": "6d5415184ec42e383c0682ffe6e3fdfab984280fe1d0cdd4fd4857c348fcffed",
    "ko-niger-mnjtf-exit-2025.txt": "d5c535b3665b7a15ad6cc5f820b96b5da67a21610d7f756cc9e9fc19bc33d4a0",
    "ru-bosso-2016.txt": "3373f28faa6b7093f8e7085774a4f042604915e76bd30cf40edaf89bdbc6419f",
    "ru-chad-contingent-maroua-2015.txt": "edf897c46b3094de018f363b24a43c5f55d8efcf87da9e4d5f0062b7ab955cb6",
    "uk-fotokol-2015.txt": "1ac95735b9d6e4b68b701738e73761e4f51d44aa74745739d3fdb71a39a1adf4",
    "uk-marte-2021.txt": "0a95842106b289a5c4af8e320900c7e1b36543f141f63a6efa7afb3898905063",
    "en-baga-base-2018.expected.json": "9d81e2bfaf6fe30e888462009af69e2e7b10eb325c962c94739be1cfba76092e",
    "en-kanem-resolve-exercise-2026.expected.json": "a671cb6eefb6c83e11ba240c1aa7586addec355774d11deef755ebc7d27ff4c5",
    "ko-damasak-2015.expected.json": "dfed108119155cb6532fc23e75b668bcaa19576abbb5e1cf41e04c6a43e6627d",
    "ko-niger-mnjtf-exit-2025.expected.json": "0cf99643aed882bef48130dd031a95facd79bbf793b07cc5a5a4964d95ab1746",
    "ru-bosso-2016.expected.json": "cb555fdbc1f1e671969013da9a61d38ecbc74346eaf9f7f616717a38a7715fa3",
    "ru-chad-contingent-maroua-2015.expected.json": "2d642196e475ebff6f0621a77f27bf7346c33278fec8fb491bd2ca190c4cc209",
    "uk-fotokol-2015.expected.json": "776e6550312bf3bfd70d74625867cf41463c69a222a7001d9e05b02a6a5fa066",
    "uk-marte-2021.expected.json": "3c42e588fb45087ddd610a86c26095253bce98d1fd5721a9fb9594a6350df01e",
}


def test_the_eighty_fifth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT85) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT85) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_eighty_fifth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT85, capsys) == [6, 7, 7, 6, 6, 6, 6, 7]


def test_measure_points_at_the_eighty_fifth_set(capsys, monkeypatch):
    out = run_measure("--heldout85", capsys, monkeypatch)
    assert "uk-marte-2021.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
