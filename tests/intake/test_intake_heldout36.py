"""The thirty-sixth held-out set (tests/intake/heldout36, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT36 = HERE / "heldout36"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-haiti-kenyan-police-2024.txt": "f49112fbd3fa95798ef6fbfd6dea987cd80ed4c6691122805e636e4b650ca901",
    "en-rio-penha-alemao-2025.txt": "79be4dcb6d9833550ef47b6580e134274338b670a835d8c246a39b00ecd4fb11",
    "ko-aguililla-ambush-2019.txt": "32aa7cda1fe4665695f12a63bd03e94af39c080853c254fb5e8cacfb6b9517f0",
    "ko-amalfi-helicopter-2025.txt": "adfd39b058fae3915795a54955646452592935c9378d1af6f08b2ae93f04eff0",
    "ru-arauca-clashes-2022.txt": "b8f9de0b851d732d8182e32d3444865ff31b6630d536a1ae3dabfe66c94b663d",
    "ru-gorshkov-havana-2024.txt": "9b3ed2721481a046e1281692be1c0441af79276a1fb41508a38615a6ddaf989b",
    "uk-caribbean-boat-strikes-2025.txt": "b12ea4f242ad2c6b30da0bf28f5220e98d3f6c4dc36d8fc2fc13d72271b68bf6",
    "uk-essequibo-2023.txt": "00724781945dfcd5426827ab36ca1e686aa47e50f2333a894a58b53515df39e3",
    "en-haiti-kenyan-police-2024.expected.json": "318faf6373d495c63b2c8e104758f59f3259ad3ba65feb47d307806c4153682d",
    "en-rio-penha-alemao-2025.expected.json": "ddf68c021c9c407941532237faa608195c04eea078e45aed9ecd13d5f179e326",
    "ko-aguililla-ambush-2019.expected.json": "87a02b47e9482f755933d5ecde7c22f6864f11a335a2a00d8d8b645a2bf50e43",
    "ko-amalfi-helicopter-2025.expected.json": "7374962a157a6e6131ef4f261e8ac2887c2dd7e5ded36d63f89d75d302d31d81",
    "ru-arauca-clashes-2022.expected.json": "1cc05c22850969fb4aa444ff68f1df49de167d295e99f3c2f41d9dbc8a521f82",
    "ru-gorshkov-havana-2024.expected.json": "9a8c5025f183c67d239d32f7a4c170804d4b6c3e60b6960e93713ada49b86bfe",
    "uk-caribbean-boat-strikes-2025.expected.json": "ea5235b0f104fb2cc5dda63483817e0464cfb1fd77f98ecffb8c28b1e34d49c7",
    "uk-essequibo-2023.expected.json": "5594069c960e11b1bd11774bada8413820f4a9595ed1ad3188e3efed922b06dd",
}


def test_the_thirty_sixth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT36) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT36) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_thirty_sixth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT36, capsys) == [6, 7, 6, 6, 7, 5, 5, 7]


def test_measure_points_at_the_thirty_sixth_set(capsys, monkeypatch):
    out = run_measure("--heldout36", capsys, monkeypatch)
    assert "uk-essequibo-2023.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
