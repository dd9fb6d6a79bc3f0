"""The thirty-fifth held-out set (tests/intake/heldout35, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT35 = HERE / "heldout35"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-iwo-jima-1945.txt": "86402f957f216bf11c8e0f6578450e2014da6b9ca057ca393f09fcc31ced9f18",
    "en-kolwezi-1978.txt": "ca0da8f142ca2abb80eb9a532a00af6f70dc358b6b002f73d1bb664115d8e92a",
    "ko-bay-of-pigs-1961.txt": "b9736d6b19bf4d2d05c4a270ccd0d2f74e8f2ab0758f0b20ac91ba2f1e465a0e",
    "ko-cuito-cuanavale-1988.txt": "605e8670fd986cac8f6f2c0b346080325d6422af6d8c9ff6ae9304bb78882e7a",
    "ru-honiara-ramsi-2003.txt": "386c0e05e1d630da0be824ab1dea16b062687bf826b6c09b2df22d9a295c6db7",
    "ru-ogaden-1978.txt": "0456aaeab46feecf47442cb409913ac7716a5eb647ba2fccb129d0bf28e1eb65",
    "uk-chimoio-raid-1977.txt": "769c158f64e71627489171ea0b172bca2b143d16651ab8444290b7f56407fc36",
    "uk-guelta-zemmour-1981.txt": "a4b43b90aeb51f7b78f479a23e52e4d4e01b133a4348860793383709be4842d8",
    "en-iwo-jima-1945.expected.json": "6b3f6a853f70e4358b28281230d7debeb661650427ddd3efd748d187862aceff",
    "en-kolwezi-1978.expected.json": "ee8e352824ceea2c3886e35dde65294e6737423d4d204ccab170670350b0b214",
    "ko-bay-of-pigs-1961.expected.json": "058f1d49edd30a317e87c9eb566d4be7930857f42cb048e9daaf5d3a8a1ae47b",
    "ko-cuito-cuanavale-1988.expected.json": "4be53b1689184f63aa737020fd166fbc2363272e2ce508abeeea71528dc1d15b",
    "ru-honiara-ramsi-2003.expected.json": "87e9ac3762f3449f8d3f7cc258eb1f7f797ea20cafe3801b1bf3a4d60afd2b32",
    "ru-ogaden-1978.expected.json": "a8ea980e2030e36b8acba2e1f369eedca37a226bdb00dcd07c036f2566911980",
    "uk-chimoio-raid-1977.expected.json": "2b693d4fe7a58e64d99c59ee0013cbe53654b9d69d67a5ce9f9a5ab443032aa2",
    "uk-guelta-zemmour-1981.expected.json": "6164c3df0e19ca2f4a834a1b96ea8fe9db5ec33756864c3b395f5f8f2f7ff144",
}


def test_the_thirty_fifth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT35) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT35) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_thirty_fifth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT35, capsys) == [7, 7, 6, 7, 5, 6, 6, 6]


def test_measure_points_at_the_thirty_fifth_set(capsys, monkeypatch):
    out = run_measure("--heldout35", capsys, monkeypatch)
    assert "uk-guelta-zemmour-1981.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
