"""The nineteenth held-out set (tests/intake/heldout19, written for evaluation by a helper who
never read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores
go in its README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT19 = HERE / "heldout19"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-sadr-city-2008.txt": "74bc5135897a23ee947820b354e2da40389f377947f01a39e636bdae11bde27d",
    "en-shahikot-valley.txt": "579feea400f6bf0d871db507a3bd4d856b018c9df220ca0ce7ce646c34d75548",
    "ko-jolo-clash.txt": "096f4afa00df876bfc62e69599fa77010245b3715120e7ac17d30dc2c3fa732e",
    "ko-noshki-attack.txt": "90d8ac37ee100e8d982b3113f0ddfb6757cddbd35b03b02f4a826b9c119941ae",
    "ru-khan-shaykhun-2019.txt": "326104d030e52fc570fe5578fdaaea67d388dc9db4e6bb8bdaec7fd4c7a4bbc7",
    "ru-kizlyar-1996.txt": "eebc32e9f5441044bfa9259577a834f0172697c73654d3981f2d0b4e21f417c8",
    "uk-jabalia-2024.txt": "4f98f45587dab47eef221fabc51d32b4de7993982f7996007a06032e9251b160",
    "uk-kut-2004.txt": "48c4703ede67b6850afb4340a6b80135a8cf8e7b20faa003a8c25ed37561a8e8",
    "en-sadr-city-2008.expected.json": "04ce7ffe947f6924c2e9d44dca2242cd3b3e79e9471375c961e385de7b3fb3a8",
    "en-shahikot-valley.expected.json": "0f008219a3b71e76592eba2eda7b7c3343b8f1948868f317bd152c0879bfb970",
    "ko-jolo-clash.expected.json": "b8c19cbc752c239781dfe51fadbff45ceec99380ba725e4216376471773e4a92",
    "ko-noshki-attack.expected.json": "a948444c070e2bce9ba07eb4122ab595f09f2433b04569e1dbb164dceccc91e2",
    "ru-khan-shaykhun-2019.expected.json": "09d23fd2b2feeab0fc92b2c6cba67acab1f595e54bb429f08ed036ec796d2b43",
    "ru-kizlyar-1996.expected.json": "becddb3bdcb4073bc52312a5a619eac896858b86e96c9c9bd48bf5e2f784cfff",
    "uk-jabalia-2024.expected.json": "8c1f977ed66afb0de35da19f14ac3a8e8eb66f0b57200528ce5713d26981947b",
    "uk-kut-2004.expected.json": "3e41a3c35e60675ed07f2776ac36880dcbc19d318000a705146cf3a9bad4ea33",
}


def test_the_nineteenth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT19) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT19) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_nineteenth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT19, capsys) == [5, 6, 6, 5, 5, 5, 5, 5]


def test_measure_points_at_the_nineteenth_set(capsys, monkeypatch):
    out = run_measure("--heldout19", capsys, monkeypatch)
    assert "uk-kut-2004.txt" in out and "uk-siversk-front.txt" not in out
