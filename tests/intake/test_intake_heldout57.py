"""The fifty-seventh held-out set (tests/intake/heldout57, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT57 = HERE / "heldout57"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-gharyan-2019.txt": "a1d6c22a1deef084d5febec4a8dfe86beedf53b591941e306e1cde17e38955b8",
    "en-native-fury-exercise-2024.txt": "f3d52934ea5c078d9832f41f05208ebfa5196f5f16067642ecc1ed3340f09f14",
    "ko-ain-el-hilweh-2023.txt": "cf2cada2ed386d1f82e8d76adbc4974bfe13d5335d14b41e7f78281611aa3c72",
    "ko-jarablus-2016.txt": "c05050230596cb4bb3730c4b73bfbe30a99795bca285ba2a0e6552a245bd9e62",
    "ru-daraa-al-balad-2021.txt": "db2d7db161054abb385d8cc88d20e5003d95092573128877090462cb1885615f",
    "ru-qamishli-helicopters-2019.txt": "2f0861a8d8085276c6732ee56383915381645260a49b16005b687adee3e246c7",
    "uk-kafr-nabudah-2019.txt": "f0c3adebaab559b65947f26b3185193854feebaa1315236660e6355248fb8ffb",
    "uk-unifil-naqoura-2024.txt": "c40e02c6bb3be6ec48cedc39e0168d303b187e30715c2548dc74a0131cbe7522",
    "en-gharyan-2019.expected.json": "39b901528d0b8bfb8fbdd18cc8a1be5d09a36894933ced347f1e4e049547cc20",
    "en-native-fury-exercise-2024.expected.json": "6f72f30c60f7be5a353e3a21c7861f9c6ce22b35397462be212b9e04bedd5d55",
    "ko-ain-el-hilweh-2023.expected.json": "3ffaac207bd6750111d212264a611f8ed9714bf9bd82fadc834e8c6ebf9e5691",
    "ko-jarablus-2016.expected.json": "ed158678655039537d380753ce6e475e7d92af9c9a74e224dc7e8e579726a984",
    "ru-daraa-al-balad-2021.expected.json": "3160cb11b4ffdfd4e9a57740914d26fba871b4901499b5433b24461243cd8415",
    "ru-qamishli-helicopters-2019.expected.json": "c93bd475406f8ca05b39912a95f158d8a7b2b562a3466b5c4fe81c75d648dfe0",
    "uk-kafr-nabudah-2019.expected.json": "dbd73a7c7cb18a10d747625ce0c810acacb563dfee792b8622b78a6bbd21f2cd",
    "uk-unifil-naqoura-2024.expected.json": "e65961556b3860c61e34fd4283aa971e3905197270a5c8b5c0cce28dea293933",
}


def test_the_fifty_seventh_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT57) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT57) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_fifty_seventh_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT57, capsys) == [6, 6, 6, 6, 6, 6, 6, 6]


def test_measure_points_at_the_fifty_seventh_set(capsys, monkeypatch):
    out = run_measure("--heldout57", capsys, monkeypatch)
    assert "uk-unifil-naqoura-2024.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
