"""The thirty-fourth held-out set (tests/intake/heldout34, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT34 = HERE / "heldout34"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-kumanovo-clash-2015.txt": "5654e9f7aed14001071039667031e4ac0043e5b3e98ede89f7e5697780258d83",
    "en-noble-jump-exercise.txt": "14a7d934c55e84e47acab62e599b22cbab194096533af3e24f25f43d573c4d4f",
    "ko-beslan-school-2004.txt": "dd12c4123cb26102398b076bfad910e88136025b994ba18f94304e9fe161ad64",
    "ko-mitrovica-unrest-2004.txt": "1c9a55755834e2201e4f70de0386a38280d86bc4b13ebc057337d8e026463564",
    "ru-budyonnovsk-1995.txt": "972d9e10e2f6c5ce5167269e6f1c70037bb49de4ab3a170f1f63867f2b14b779",
    "ru-karabulak-2024.txt": "e871e92d8e45dcb6a2821466854882b01fb0815084ef7cbeaafb821898e72b3d",
    "uk-kevadtorm-exercise-2023.txt": "126008d072bb7b21f52dd4998078dfee0537bdfe50c549644e55e074702787a2",
    "uk-tsel-camp-2023.txt": "96473715dce847e26afa28581beefbc8d27dbbc0b62388e3da6b418347148b09",
    "en-kumanovo-clash-2015.expected.json": "6b2f6bc3d6db6cc81d752cb13a71632b4bf3a5b8d5f73881719d8f47963ee7b3",
    "en-noble-jump-exercise.expected.json": "4a7db1c9441485b04d199de26ee800b4b6e862d14dec28f8570533824d726112",
    "ko-beslan-school-2004.expected.json": "5a32bfe864707da593999b4cf3f3a1b18fae45f5b017938eb474d528b9e08830",
    "ko-mitrovica-unrest-2004.expected.json": "413e25d732216f924330b665086989118be81cfa75a0386f709c5f8f8b4ce4e2",
    "ru-budyonnovsk-1995.expected.json": "614c3daa8ce89da568df718a1efb4617c4c2e1c8ff717041eb651c225655c59f",
    "ru-karabulak-2024.expected.json": "b9ced196a2ebb0ffcb29d40544b10ee00fdc3eb18199fbc4b857ee82d607d54f",
    "uk-kevadtorm-exercise-2023.expected.json": "95051d30e1c4b901d19acbbc7405b1cfb71151578ff9851cf36677bc4d3dc7fb",
    "uk-tsel-camp-2023.expected.json": "797d7b9e22846a4a501798b7def4aafb7c2e0098119d9bc8dfb93e1795e47927",
}


def test_the_thirty_fourth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT34) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT34) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_thirty_fourth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT34, capsys) == [6, 5, 6, 5, 6, 6, 5, 5]


def test_measure_points_at_the_thirty_fourth_set(capsys, monkeypatch):
    out = run_measure("--heldout34", capsys, monkeypatch)
    assert "uk-tsel-camp-2023.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
