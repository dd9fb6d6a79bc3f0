"""The forty-fourth held-out set (tests/intake/heldout44, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT44 = HERE / "heldout44"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-eufor-althea-reserve-2022.txt": "5c2a381aa8181fccefbf56679443be0ff8c19601bf713a4aa56656fb1c5bc759",
    "en-surkhandarya-incursion-2000.txt": "9f087e8146e380469615d4a3994d5bd6b57273440ffa16a791546becb47c6367",
    "ko-eagle-partner-2023.txt": "2903a3d7b8b47241612d1e6a9d8dfe235951748c4b1746e37d35886c3c1051cc",
    "ko-kuznica-border-2021.txt": "3a18913b746d4c4b869541482168ab353f16eb3f4f32533cea5eec5791246b40",
    "ru-kobalt-exercise-2024.txt": "201433224266ffe7af4b4ca7f258460e0a0c3abf80889a7b5a940bf714884127",
    "ru-sukhumi-1993.txt": "732ef52cd461c3f8c630b07e85698c75e94e4902b16b7447e7014c639c4a2919",
    "uk-huliaipole-2025.txt": "48bd433299cdc97e25d83140bba7ee961df1786970d96ab356d5272b36fc6c58",
    "uk-steadfast-dart-2025.txt": "c69d34b8a8a4fa15cfcae11b024d3627b987e5f29ed34c8f0adb4caa6e58ba48",
    "en-eufor-althea-reserve-2022.expected.json": "b0aec9f251c14d967c89e7ce0a916aaa022be9395e3ec8cd0768564d50080b1c",
    "en-surkhandarya-incursion-2000.expected.json": "66eebc28f58c9f9d8f38de6665b127978fa994934efd6f67464e313c3b3ce7d2",
    "ko-eagle-partner-2023.expected.json": "cdebfb6fc95f23a53ff1ae27f1240d2b8be98c0954ac00196edaf5fc2363ce87",
    "ko-kuznica-border-2021.expected.json": "f5034191176d0e4b07117e3ea2381fc66959dd467237189cffe80bc54bf43c48",
    "ru-kobalt-exercise-2024.expected.json": "82a1c840bc05d5babd953d92cea2366bfc4e4c4dea2c68cd2b12a813f3b38da0",
    "ru-sukhumi-1993.expected.json": "12413a7f88ada3603a79880793391daef01ab55b8fdd050d638dd783b8308a0b",
    "uk-huliaipole-2025.expected.json": "b86d87037427dd70b04a550399dbf8cf101806bd74a16f87dd4478158517b595",
    "uk-steadfast-dart-2025.expected.json": "7555a79238b0730678fe5add248e5637a85d17a5acc541b258f7abd5bf558e58",
}


def test_the_forty_fourth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT44) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT44) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_forty_fourth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT44, capsys) == [5, 7, 7, 5, 5, 7, 6, 6]


def test_measure_points_at_the_forty_fourth_set(capsys, monkeypatch):
    out = run_measure("--heldout44", capsys, monkeypatch)
    assert "uk-huliaipole-2025.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
