"""The fiftieth held-out set (tests/intake/heldout50, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT50 = HERE / "heldout50"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-anuradhapura-airbase-2007.txt": "7510f7e39c2974b2001719007c75b897e489351bac246feefcc90104ebec3d98",
    "en-shanti-doot-exercise-2017.txt": "bacff103ca1d81c58397f189aa1a64a4b1b3f7bfeaebb6de992c4361ba1d0a95",
    "ko-doklam-standoff-2017.txt": "b797a74ec977f1c46a28257f83b9dba48648210076074e960e5140afa85772f0",
    "ko-tarrem-ambush-2021.txt": "9422b820b6340efb4a0981226a24a340899d5f2f49b614e740dfd3b9cf736396",
    "ru-beni-attack-2004.txt": "354befc9f068b19a8b92a12d30c12568d61c041717d835b98b9b526ae1ba3606",
    "ru-jalalabad-1989.txt": "5902892c64be89da6e413a208c19847f9d09df7fba4bf6072c7a727b7a2a44b6",
    "uk-anandapuram-2009.txt": "8d1e072ae72e86cb263c7871b16067ede57271457471bd579f2205a0d27c9736",
    "uk-swat-rah-e-rast-2009.txt": "a7afad1992493d9f7ea004af9a4a4edc850b03aebe02d8d5d84d047637b99524",
    "en-anuradhapura-airbase-2007.expected.json": "fc5cb76ccef1b1181f80fe787a1a68b558e1b6e3ed58d5e95bc31d4670666d54",
    "en-shanti-doot-exercise-2017.expected.json": "d1ec5166d21e566db29bf6d21264000ff67b345a5623f2a76a4bfeaba0feeec1",
    "ko-doklam-standoff-2017.expected.json": "dbf2a369a8ca78efac9ceb6ce4b4c9cefe2b32c6b0235de8226f479899257985",
    "ko-tarrem-ambush-2021.expected.json": "0aa22da14c862dd76021254e8cdfbeeebaab55837bb11d1b0bb6be4e8391cd22",
    "ru-beni-attack-2004.expected.json": "84b7fb6db8645788cbf4c0c5cd320830d954767d393a7c3b6d0166b311edebec",
    "ru-jalalabad-1989.expected.json": "aeac6d9e0f6e3af4fd2c0cfbaa322141b62b20d1691e75ca233e034dc8f29104",
    "uk-anandapuram-2009.expected.json": "d7a3e475b69969353d409de023ad2adac1e3b87fb13cdbbd2fd529a95caf85c5",
    "uk-swat-rah-e-rast-2009.expected.json": "d6ac4a6379a829e709fba3e5b39cf28cbc707bb10fd8ed579b89f166b0c5f25c",
}


def test_the_fiftieth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT50) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT50) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_fiftieth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT50, capsys) == [6, 6, 6, 6, 7, 7, 6, 7]


def test_measure_points_at_the_fiftieth_set(capsys, monkeypatch):
    out = run_measure("--heldout50", capsys, monkeypatch)
    assert "uk-swat-rah-e-rast-2009.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
