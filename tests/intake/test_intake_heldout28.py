"""The twenty-eighth held-out set (tests/intake/heldout28, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT28 = HERE / "heldout28"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-chosin-reservoir-1950.txt": "d7047508dd20f6c092d4b702c0ef0ae7cc7d06b485744ae3f923b96d845644ae",
    "en-panama-just-cause-1989.txt": "79b567c1eadb1eddf2e9d89184d4b58f115480dde022c65b1edd3a4e4db3c0f9",
    "ko-fmln-offensive-1989.txt": "72f908ae4f27bee34bd7814856fbccf81967c6a93d480b58bf80c837427cc492",
    "ko-hms-sheffield-1982.txt": "f649e602e4a4dc46cb5fcb79bb25451733783e83e9a8d34fd6bc34ba7bf47597",
    "ru-kuwait-ground-offensive-1991.txt": "dc15dd0bff21d94bddd5d08e792fc34116863976942b8a8e437d318539b2a052",
    "ru-termez-withdrawal-1989.txt": "5b3d40cf2d28ce1ff7bd1920af4906a0b9708c7cf7fdc6e83e3166d95d91609f",
    "uk-cenepa-war-1995.txt": "aeb6a452c6c4d4370cf9470e47d979fb2d4fcd521402ecbf4ba5e8ab19d16f32",
    "uk-chiapas-uprising-1994.txt": "255ebc0758d98f6c74aaf63ce571c4f2489ad5112f94f38734ef4dc2782251bf",
    "en-chosin-reservoir-1950.expected.json": "4cfe6e527f6d35fb5139463c54e78acdcb6cd41444aeb51ac86fe91de7f426cc",
    "en-panama-just-cause-1989.expected.json": "b7818cca5e8a314e9afd7013645952069cc9cd27308693a45fe4453eac9bda4b",
    "ko-fmln-offensive-1989.expected.json": "1c56e11e8eb96ae9f2b6ccb617435031c704b1e025b8126ec1acbe28404636a0",
    "ko-hms-sheffield-1982.expected.json": "a51c1b427997862d52b9d57258e10b509b8e331d9296fa3559cde03d7e2b795b",
    "ru-kuwait-ground-offensive-1991.expected.json": "b939391f935565cea2602c954cb21bde7138c0ab88364866203ff7b5bf992877",
    "ru-termez-withdrawal-1989.expected.json": "fd58d9b4eea081963f5a8500974c3b6ed955930dff9f2b6d8649b4588657b275",
    "uk-cenepa-war-1995.expected.json": "16fe3af6f29dd7e9f5a6879d814ab09c729fa379874e77625da6d1ed5d5242ac",
    "uk-chiapas-uprising-1994.expected.json": "4a16fd48b712d0008503d633b0f6c0a4b45aebcb9d07230ecdc9b5b346e3857a",
}


def test_the_twenty_eighth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT28) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT28) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_twenty_eighth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT28, capsys) == [6, 7, 6, 6, 7, 7, 7, 7]


def test_measure_points_at_the_twenty_eighth_set(capsys, monkeypatch):
    out = run_measure("--heldout28", capsys, monkeypatch)
    assert "uk-cenepa-war-1995.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
