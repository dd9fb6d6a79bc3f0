"""The fifty-fifth held-out set (tests/intake/heldout55, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT55 = HERE / "heldout55"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-aracinovo-2001.txt": "ab5a6afc02d6f0977e9ea2c3a725a62b0d449b7c8d912a0bb5e6926a6946deae",
    "en-pankisi-2002.txt": "8955a7127dc0200badf3517414f0b1ceacb5621a338895b2d231d73e8ec323e7",
    "ko-gori-2008.txt": "8e5a58212972184a384c15d214a4f1a45b9cdf53de1e6242add6a0b0432e384d",
    "ko-shusha-2020.txt": "3e98944cf913ddc4b9e249e0c26d1b085481f6f054ec4b5c54828078f4bfcb4e",
    "ru-csto-eshelon-2023.txt": "c5698c89c02378f439847b42942109a8d89052cac4863ca870ba19a21c0470cb",
    "ru-tavildara-1996.txt": "8c27e2a0156fdbe461d83bc829982aa8978ca7b49e12d1fdf5063aec66a1235f",
    "uk-dacian-spring-2025.txt": "f2b72d74e63f26e31b0a0d18bcc3ae73661cd845b534b9c01e6f12a35d393285",
    "uk-four-day-war-2016.txt": "7583a49856635381b9821632277a100619f0080e9e51f725f733bb75835f26cf",
    "en-aracinovo-2001.expected.json": "4cf7f852d7eb213b068a717b05b83aeac84ba8055de1082d1243d4ea14561c84",
    "en-pankisi-2002.expected.json": "e851c890d5a0f9d194e6806213c6ada934b72e8f1d09b7c8c3cd470bbdfd43a1",
    "ko-gori-2008.expected.json": "1c09719d4e130ef6bddc3f6a6279b0298fd19f44fbb79af0432eaa4156e076cf",
    "ko-shusha-2020.expected.json": "4ebb591d495c64837b90ce07c055f01cd8ae37ebd3c15d66dafbabe5364b1fdc",
    "ru-csto-eshelon-2023.expected.json": "63b1d62d3483e96b9a4e153ca73df0bf31b83c03cd939c5ba2e96c3258cfd168",
    "ru-tavildara-1996.expected.json": "481b5522360b67b2a48dc151ce8d198cf6db0d5d3e2081206b8c51826d5c4772",
    "uk-dacian-spring-2025.expected.json": "ecf822dc746ae182361d6f3361a829d9df129cf489d07efb9deebc97729f50d2",
    "uk-four-day-war-2016.expected.json": "e92874ffc20525902e6988c9f71dccf9b4aff51f28fe260858643aadce6623aa",
}


def test_the_fifty_fifth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT55) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT55) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_fifty_fifth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT55, capsys) == [7, 7, 6, 6, 5, 7, 6, 7]


def test_measure_points_at_the_fifty_fifth_set(capsys, monkeypatch):
    out = run_measure("--heldout55", capsys, monkeypatch)
    assert "uk-four-day-war-2016.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
