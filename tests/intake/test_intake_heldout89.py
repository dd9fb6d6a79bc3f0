"""The eighty-ninth held-out set (tests/intake/heldout89, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT89 = HERE / "heldout89"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-british-engineers-poland-2021.txt": "414b2117d9560c35f4bd388815295388f44c3d6e0e8116c88f83b96ed6fd3b7f",
    "en-dubicze-cerkiewne-stabbing-2024.txt": "2cd0eed4fc303d7d328cba7854ad4db48fef465654d8d82c7e03e6c26cb685cd",
    "ko-eagle-assault-brest-2024.txt": "0d775677d6b1c381906c29009527f249808b0d97382f5c77e0ed444e562b1d90",
    "ko-suwalki-k2-exercise-2026.txt": "600b7ac8900c53c9fa06ae1d3acedbc31f2e9c8925dbc6bbfce8aba6d8df2fdd",
    "ru-bialowieza-helicopters-2023.txt": "a29240c6fb39935dd36e7312cbbdf403c80bd3079af60f151de59483e2f5c3bc",
    "ru-medininkai-border-2021.txt": "604d900a6abe8304ad4b9771a25e577b377503aa9778881995ca79b5a08167e5",
    "uk-perkuno-kirtis-exercise-2025.txt": "cd7d9f879ca7a001ec66ec45aba30194d3d52aea825d656adf3eafd624b33f1d",
    "uk-wyryki-drones-2025.txt": "18665b897c2bfe4fba5508dab305aa175ef4b71e8b97f8e03ce00e41aaa56ebc",
    "en-british-engineers-poland-2021.expected.json": "68ceb98ce6c7b5adcb68bd17a783851f0c5829534bb22e2803fa2da0a3392c86",
    "en-dubicze-cerkiewne-stabbing-2024.expected.json": "3c3e41ea7abe157dbd94429620570f55aea09e2c2a28fa4199984eed5757d355",
    "ko-eagle-assault-brest-2024.expected.json": "a576914fcdd9a19f4b28e682e0e3deef17bc1a7641e2d87b0730a0d43f0c688e",
    "ko-suwalki-k2-exercise-2026.expected.json": "7c050d461d3a29e07cbd68e2497f9afe9f6ff27d018f2bde7a8d3bc48236f73a",
    "ru-bialowieza-helicopters-2023.expected.json": "dcc5b178863f4e2f03f01d786facfe1c6d3195ad81f09285a24d869386e95dc3",
    "ru-medininkai-border-2021.expected.json": "c71dd49f57a6d2791985beaf0b9bf0caf809884ad50f6e97bb554e007298abb7",
    "uk-perkuno-kirtis-exercise-2025.expected.json": "fc94397921858d6434bb7a22625f06ed572ea46c45e288e3412b8e3c52b1ca96",
    "uk-wyryki-drones-2025.expected.json": "15ed8848e1b21b72c2951cc0ccd6c8c81f48d42ccabf3f77c21fe7e367830dcd",
}


def test_the_eighty_ninth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT89) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT89) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_eighty_ninth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT89, capsys) == [6, 5, 5, 6, 7, 7, 6, 5]


def test_measure_points_at_the_eighty_ninth_set(capsys, monkeypatch):
    out = run_measure("--heldout89", capsys, monkeypatch)
    assert "uk-wyryki-drones-2025.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
