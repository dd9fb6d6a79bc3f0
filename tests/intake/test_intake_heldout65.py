"""The sixty-fifth held-out set (tests/intake/heldout65, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT65 = HERE / "heldout65"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-iron-wolf-exercise-2024.txt": "81e444d13be9c76082a8996315d858a8aab87556f3415bdeb07e9acd48031250",
    "en-pyla-buffer-zone-2023.txt": "9824bfaab02af3ba92240e60ecea695a8f80d529fe3a026dd875b951a4b2bf08",
    "ko-dynamic-front-2024.txt": "862e27f5d146586dafdabe2f88f74bc5d1dd226007a1b61868b9542fbee36b21",
    "ko-jarinje-barricades-2011.txt": "ceb7dcd2f80d2abbf43e7d7aff2df96ae36ab8219d6d054b7db5cae5d39d277b",
    "ru-bamut-1996.txt": "ef4ab2d44cd10cba21e8a0a7474b15ea7085fe22ba275637519470625c563aef",
    "ru-momirak-exercise-2023.txt": "a470296bea80da79803e7e5db38369a0d2c4da25addd234895f4c60b905e7d39",
    "uk-nerkin-hand-2024.txt": "0d396ff457d2a7fa4aa0ac93c0e04572ffc1e858401a987f1e2677a0d8bd9623",
    "uk-summer-shield-2024.txt": "acdba6d9bbe7d9a7471f3c229c909666f993197f7a2ea87d55c4d603c60f4317",
    "en-iron-wolf-exercise-2024.expected.json": "ee5a14b02133db78fcf0bbdee6fbc036d1e0767259013ff6d1bbaf7fdb4db13c",
    "en-pyla-buffer-zone-2023.expected.json": "2b923b1634b3ad1e3b4e940a862e09df51c451a8ba4865772287347f61f717de",
    "ko-dynamic-front-2024.expected.json": "828d6eb994b479cd6534d17fb5e42f7d273160a5b477a4d49e88310d7e559d81",
    "ko-jarinje-barricades-2011.expected.json": "3504a3defcd199a97b92381493762c0eb3264c188126ebee2e680acd41c02e79",
    "ru-bamut-1996.expected.json": "32558179be2cc8022f75c1676ca9c5a63f121827ccd2211774f11373434f8e5d",
    "ru-momirak-exercise-2023.expected.json": "a8766e08b37b2916e31077dc0d5f3cabe440b796ded562fab46b4b83b3386983",
    "uk-nerkin-hand-2024.expected.json": "a0a6bfb2aaa8b785262d6078b509f90d2b6e2b8ce9d7dda4062faf479dfaece8",
    "uk-summer-shield-2024.expected.json": "1cf0a2909e5b39dfd9e4f7fa5be0c3597012428754de14575fa60adc37ba5cb5",
}


def test_the_sixty_fifth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT65) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT65) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_sixty_fifth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT65, capsys) == [6, 6, 6, 5, 7, 6, 6, 6]


def test_measure_points_at_the_sixty_fifth_set(capsys, monkeypatch):
    out = run_measure("--heldout65", capsys, monkeypatch)
    assert "uk-nerkin-hand-2024.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
