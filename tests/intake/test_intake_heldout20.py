"""The twentieth held-out set (tests/intake/heldout20, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT20 = HERE / "heldout20"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-bunia-artemis.txt": "dc23d068077a2254edc15c778581b541af2067dd56c5608a2afa0da50bede4ec",
    "en-in-amenas-siege.txt": "3fbe98a6562a4fea88e34e33e5727e493e2cd7b2f1bff8834a26e439155fa198",
    "ko-lima-embassy-raid.txt": "9528aab6bb3a99d87c267cd377da8d8a7817106f7ed8ff8b21131e11fffeedcb",
    "ko-ouagadougou-attack.txt": "3de890f4366df426316e6e53255f1d370556187f757d32cf8c412f5500553771",
    "ru-bendery-1992.txt": "e4c8d42eee5a6790a8b052d19ab2bedebb43d2c4b8908c62cb3ce36df795e122",
    "ru-franz-josef-exercise.txt": "694cce5966f5deb5f6cb08e8e844d02aad766c9b980892f1eb8ae9a367d16e2a",
    "uk-kramatorsk-airfield.txt": "bd8de333bcef35c4538f1b26047c1ad42aa69a988407b0ca1960ed1eb5f99f4e",
    "uk-vuhlehirsk-defence.txt": "46971a48d7ef5f6905bbd456afccfaed7fe3a2999a697f427482ca2de868478f",
    "en-bunia-artemis.expected.json": "b9906f6f74c5a05e37d9ee6cd79541da354699b38cf862dafc4e9f06585f1825",
    "en-in-amenas-siege.expected.json": "b9d1e21aed286f78ae8bf3bd9071dc9d7788ab20050263aaa294cf5311b22234",
    "ko-lima-embassy-raid.expected.json": "ed540d3f5fae1e1e78504e04525e6ab696773591da6b7755344e585a15b4be6c",
    "ko-ouagadougou-attack.expected.json": "cbfd4a35d86e751c578926a9f2b54d253322fd1b5c9f3e9bdaefbe3c63e4c783",
    "ru-bendery-1992.expected.json": "c942e7ecf580cd644dd5ea5a8268c8fefde7bfe20a8c781dec1d44e2c8c8165f",
    "ru-franz-josef-exercise.expected.json": "158db6216eb06fb5a9349ae932f6ad1500740ea2b9421ebc783ca4d2c95dc64e",
    "uk-kramatorsk-airfield.expected.json": "ea69908ffdf9f9a385fc0104d8d25adc9c77b1388d9f2136a148017aeba253d6",
    "uk-vuhlehirsk-defence.expected.json": "2b8620007b1e440a2c954ae62f47ad8c81690c17f425bfacc1d2dd8eeb7950fe",
}


def test_the_twentieth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT20) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT20) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_twentieth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT20, capsys) == [5, 5, 6, 5, 6, 4, 7, 7]


def test_measure_points_at_the_twentieth_set(capsys, monkeypatch):
    out = run_measure("--heldout20", capsys, monkeypatch)
    assert "uk-vuhlehirsk-defence.txt" in out and "uk-siversk-front.txt" not in out
