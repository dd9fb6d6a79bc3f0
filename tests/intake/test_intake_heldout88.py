"""The eighty-eighth held-out set (tests/intake/heldout88, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT88 = HERE / "heldout88"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-beit-hanoun-2025.txt": "1a55a3d82aa2c187f43b668bd7994b0d389a9dc4a71e50a9e29dfacd3402f6b7",
    "en-lebanese-army-south-litani-2024.txt": "7f59b4333c9fa80c5d254ab881a87e3d6f6970a401b6e40c55b4c01f6b0c8be3",
    "ko-khiam-2024.txt": "7b80ae34104c165320113ba01bf2668077a0f1127fd81320e6eb969eafd60ce2",
    "ko-reservist-call-up-2023.txt": "d0ab6f406a6196d21b6ca0b18025eb6efd14fdc68f61da2e892986efc3f356f4",
    "ru-al-shifa-raid-2024.txt": "a28aac00bd1e78196544cd0e2b7c70f49da4805ba274e3d010c3f61a68770e7c",
    "ru-firm-hand-exercise-2023.txt": "37701adcdcc4a7beb2bfca000ed74b285c8080d8c7be82008bfda16fd0cdba0d",
    "uk-netzarim-corridor-2024.txt": "976a76a0d0fc46f724a2a2efa4a9d7aac19d2e1774bcee8baaf7f2955f6cbea4",
    "uk-odaisseh-ambush-2024.txt": "f58e699e76c98c15f31c39473f10ec349c5bfb38757a08174054a57793ededc6",
    "en-beit-hanoun-2025.expected.json": "41b044629d7ce27f6de89fb620ab8ebdfc982ae6e93a1eba448c535304efa91e",
    "en-lebanese-army-south-litani-2024.expected.json": "c6953afa22780cde875faebdcc04c0c7d1bcd8013df72eec56f811f469784cea",
    "ko-khiam-2024.expected.json": "f0d0916f33911238052b54388abad3a7266167b0924ffd62b311d21a840a9115",
    "ko-reservist-call-up-2023.expected.json": "e84fd2699b1c9f1a2df5d40d0753fa97a8a143d88463828cc9fdbd24396d38ee",
    "ru-al-shifa-raid-2024.expected.json": "15a36e6d22151c4e6829517caa0dba80fad5c43145f43bbd563742d6b0de3c35",
    "ru-firm-hand-exercise-2023.expected.json": "372ea141789bc8e5a3faa0b7131c6efa599597ffcde90c74e78e827a73391aad",
    "uk-netzarim-corridor-2024.expected.json": "f264fffc6fe83662fe21668057d5d20624e33ff93bae08acb61e889783af0ced",
    "uk-odaisseh-ambush-2024.expected.json": "e3ecbd7fe2b9ed628e1f5bcbc2cadb448c449ff6f00ea608593d5c46bb7f3f4b",
}


def test_the_eighty_eighth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT88) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT88) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_eighty_eighth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT88, capsys) == [7, 7, 7, 7, 6, 6, 7, 7]


def test_measure_points_at_the_eighty_eighth_set(capsys, monkeypatch):
    out = run_measure("--heldout88", capsys, monkeypatch)
    assert "uk-odaisseh-ambush-2024.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
