"""The seventy-first held-out set (tests/intake/heldout71, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT71 = HERE / "heldout71"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-aurora-exercise-2017.txt": "f062f6ab04f17e8cc05893a6916f5f6c8461a3534c7df005b7eaa9c99cb26d50",
    "en-raate-road-1940.txt": "097d39ba7dba8daed0671713b738a61957d6d31053f44655b2a8f71dfdde3946",
    "ko-gotland-deployment-2022.txt": "91255664064aecd79a4e618f800b10fd414692c6e30bedb3791ebb580960bb41",
    "ko-pabrade-soldiers-2025.txt": "c1c72e201b917c692de1501197e8343d83ca710e2010ff413f3b4bf5bdfc348d",
    "ru-khmelevka-exercise-2023.txt": "66313dcc81c386220852d9c3ad70dec7c7f6d63bf3179315cff13b9393bd7a84",
    "ru-riga-omon-1991.txt": "27be9f1137496c9a6df6b620bde2b1efbc8606a2397fb85f2c76a4e1c136bf05",
    "uk-flaming-sword-exercise-2019.txt": "55a1488390a9a752eb0206a3038bf9663ae7a49d2028c3eac1f35b351a884331",
    "uk-pechenga-brigade-2022.txt": "573723bdf088e749a2627f6b5994edf9b3de8a8744fdd2dde9c8bad274f694ff",
    "en-aurora-exercise-2017.expected.json": "82239866a1145e1ccc62116cbfc4d2037e69d42cd7f0c38011f22bc03d5d4730",
    "en-raate-road-1940.expected.json": "1e33d71d704bf20d0d556aed1624c3bc4670c725827008953a3036c995ce610c",
    "ko-gotland-deployment-2022.expected.json": "1d803043775da550428820a1b71c1d8e696b757d2eda557546c95abcf84d04ef",
    "ko-pabrade-soldiers-2025.expected.json": "f98a62a0e3528670ee44865823272bd44943105a1b5620176110b0e88c562858",
    "ru-khmelevka-exercise-2023.expected.json": "8dd316c25e439a894c079d83ba1116a8a3d8b6214b7e436945ec8103faf8df19",
    "ru-riga-omon-1991.expected.json": "551d33c5c3318dcbf201cc3270781e7b80bdb1cec464245096ed71d3f6d1a295",
    "uk-flaming-sword-exercise-2019.expected.json": "bbc69c710ddcfd0429c7fb5d99c6d753a812ad8e315c4f28a5156da2b872615d",
    "uk-pechenga-brigade-2022.expected.json": "885e1b4473b4d45890058624baaa0e7bc5cd2fa780f6b522458c3553eb872499",
}


def test_the_seventy_first_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT71) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT71) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_seventy_first_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT71, capsys) == [6, 7, 5, 5, 5, 6, 6, 7]


def test_measure_points_at_the_seventy_first_set(capsys, monkeypatch):
    out = run_measure("--heldout71", capsys, monkeypatch)
    assert "ko-pabrade-soldiers-2025.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
