"""The forty-fifth held-out set (tests/intake/heldout45, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT45 = HERE / "heldout45"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-el-plateado-operation-2024.txt": "698c01ceb0affec0fb3236f0f37fd1215d95ef78b89f0ef3cabd38ec2a9c4e87",
    "en-unitas-exercise-2024.txt": "8cceb8632ec5baea1965177f44820a4fd66b1050bf7926e618c9b2ae923791ef",
    "ko-brazil-glo-ports-2023.txt": "e718c0a1621bda4324cb8e3db3ec315e98d923d3c4457a41d7433f64f880add6",
    "ko-los-reyes-mine-2025.txt": "051140a7860912247f80a1e0e6064eff860055fc3fe8902ac8a557164e1a20df",
    "ru-bolivia-coup-attempt-2024.txt": "f06a190404bdb187ca91c0b1eb834f95d6a8172dd904d5a051a8cee0698bdbd8",
    "ru-tocoron-prison-2023.txt": "b7aa9adb673193976afcb5de3a165a95e58ece6faa993286ab3e4c845046c3d7",
    "uk-mexico-border-deployment-2025.txt": "612ffdc7d91fdfcd933a227147bda0515fdc72fbd2f6ac4c6e86b4499f781791",
    "uk-tradewinds-exercise-2025.txt": "b71cd384e2d10af23a2edf57cf0e17736daa0835f713ecbfc9550ebbd9c4f55c",
    "en-el-plateado-operation-2024.expected.json": "bc32f179ffea52df578d2517902539ec7622b2cec65bd24aaa917c388d69ae9c",
    "en-unitas-exercise-2024.expected.json": "2f7dbb251753c1dc7a07b0b9d1cd6e608f7901ff41a03ab44e893a437f03ba8c",
    "ko-brazil-glo-ports-2023.expected.json": "bc0f8fffea6a0cc185d207534a2b158c723461f4a24831a3f80d0ee8965cd6fb",
    "ko-los-reyes-mine-2025.expected.json": "999e7bf9423cc20ab38a6639fca53838d3b2a99e4f1637799f77056d4b3a6711",
    "ru-bolivia-coup-attempt-2024.expected.json": "2dc21a822f2eaeecd99b25aa40945f79de1e59fc3f8bcd9a68630d1e90e24659",
    "ru-tocoron-prison-2023.expected.json": "06f4dfcfc00101da4b48318ad90d47ebebc75b89a4fccfb5e1c1baa8529931ca",
    "uk-mexico-border-deployment-2025.expected.json": "23ada2ffaa9bd0c1b29d507476cb259692aee954aeca25e20582d1117472bdbe",
    "uk-tradewinds-exercise-2025.expected.json": "cda3f579018e422efb615286fd27d5674d8f3a438f96beec41b597581da0a8e5",
}


def test_the_forty_fifth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT45) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT45) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_forty_fifth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT45, capsys) == [7, 6, 6, 7, 5, 6, 7, 5]


def test_measure_points_at_the_forty_fifth_set(capsys, monkeypatch):
    out = run_measure("--heldout45", capsys, monkeypatch)
    assert "ru-tocoron-prison-2023.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
