"""The thirty-third held-out set (tests/intake/heldout33, eight Korean articles written for evaluation by
a helper who never read the rules, and frozen before it was scored) stays frozen, and is measured. Its
scores go in its README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT33 = HERE / "heldout33"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "ko-araw-unit-2013.txt": "ccc301aead5cd1a05270e959c87174b9b3e000a5ae8447a91cfc963a3e8d4d14",
    "ko-balakot-airstrike-2019.txt": "1bdc2ccada66ab06be147bd6aafcf672694a42c159761302c9b95ca866c11f24",
    "ko-fact-offensive-2021.txt": "9c7752ea4067d2f17358fdfcc4243cb285c7f4d6d4315e215419731646f1d353",
    "ko-freedom-flag-2024.txt": "0b64ea622405481ede5afb8327dc465e26f7b5d0560ee00f34ac0b9351b78576",
    "ko-hormuz-cheonghae-2020.txt": "8acb614dac074fac4a00736c8a8e494ba619f371b78c1884bd3ab9f0e627b6c6",
    "ko-nasiriyah-2003.txt": "acb7b987f4395f06782e19c8fa8b5913ef4c36260304213cdf9b716c53e821d7",
    "ko-sokcho-submarine-1998.txt": "12e251fd5445c518e9a5f674e88be30b27be17d2f801db956aa78a308b36b526",
    "ko-turkey-coup-2016.txt": "b6b703b6052ba9681fc1eca6dfeefe23df8cb316a693e826f4a9241759e73807",
    "ko-araw-unit-2013.expected.json": "f30ce37cd90a14205bb7cdf47e0f634b1a0bc3e6b80cdca1ea1496f2040c8f46",
    "ko-balakot-airstrike-2019.expected.json": "b10ab41fd58d7895bac2c05f889f01e067ac2779cbfbd2dafc9a86107d7d9b3b",
    "ko-fact-offensive-2021.expected.json": "e092ed4a5ad80f64502329c9d1f49da22a5b6a9de788525da6386b5aec3d927f",
    "ko-freedom-flag-2024.expected.json": "895101a2bfe3e1044390ba6b0f9ccc284613fff7e1ec2453770a577af1f02387",
    "ko-hormuz-cheonghae-2020.expected.json": "1b4f19e46b7fe5b6f2f9d7038da50e048be8474a9d725ea5243dc395993dd110",
    "ko-nasiriyah-2003.expected.json": "7b66a0e274263aeaeb775388ed0b035095d1a7d502cb0d0259efa5605a7a3f1f",
    "ko-sokcho-submarine-1998.expected.json": "11556b88544a426268b915afb73d1a02793c52e55bf6f01308af6f60ec90726f",
    "ko-turkey-coup-2016.expected.json": "2578dbe2d206143e32bce9e9af5936050685ba184b7f6af657146ea7116611bb",
}


def test_the_thirty_third_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT33) == FROZEN


def test_eight_korean_articles():
    assert languages_of(HELDOUT33) == ["ko"] * 8


def test_the_thirty_third_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT33, capsys) == [5, 5, 5, 5, 5, 7, 5, 6]


def test_measure_points_at_the_thirty_third_set(capsys, monkeypatch):
    out = run_measure("--heldout33", capsys, monkeypatch)
    assert "ko-sokcho-submarine-1998.txt" in out and "ko-ecuador-armed-conflict.txt" not in out
