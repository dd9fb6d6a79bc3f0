"""The ninety-second held-out set (tests/intake/heldout92, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT92 = HERE / "heldout92"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-paracels-battle-1974.txt": "8eb06518ec286df821f947c0653c51726feee6b2de3f3e217d2834d4db575a7f",
    "en-thitu-reinforcement-2026.txt": "6e85aab1425537d08b863c58bf79886ec2bfc6f0f15ee5cd5ae5238b59bff515",
    "ko-matsu-islet-landing-2026.txt": "04a04f1dbc15095a87a948302305548660fbf88b41ba5204cf9678688bbc59e9",
    "ko-pratas-marines-2026.txt": "6b0f3c9398b607337dd3867ea44ef454916da3728022d92a51bab041912e373d",
    "ru-dongshan-landing-1953.txt": "78fcc065326164b1c6f47b241d99167381d61ce304ec1becb2f5c3cd7f734b88",
    "ru-jiaolong-exercise-2026.txt": "85574c9610adf1e7ecfa35b32ac2c51da73032d2770839bf078b9add84a6d32a",
    "uk-natuna-exercise-2026.txt": "2360ec3ddab4480bd19c6148ccbf2d929188f64402398871b77b53fcadbf576e",
    "uk-sabina-shoal-clash-2026.txt": "6b4563d1b6e25d0a591343cf16e081728c2368441b85a26dbbbd209cc1617149",
    "en-paracels-battle-1974.expected.json": "5ce59ee49ece5860d0fe9781f3b7b169199134bd63dcb7c6686eebd785097ef4",
    "en-thitu-reinforcement-2026.expected.json": "a2c3b5db7470fa4db4ecec263d7f69aa9dc2825496f639f54f143c9937140fc8",
    "ko-matsu-islet-landing-2026.expected.json": "eeb4b925c9dca4f46db6d42b44dae763b563483b342a08004545f98d58ab9ff6",
    "ko-pratas-marines-2026.expected.json": "393fdc3e0473e14c6a8b3f97b11131d8c653a1a5d1c992f9c3657a8227dae75b",
    "ru-dongshan-landing-1953.expected.json": "801601230e800925c064a2c809306df10d8761fcd5a56a8c9491164a84314906",
    "ru-jiaolong-exercise-2026.expected.json": "3cd2b3013a0ac5f22e0473fad97b2d7383f11cb5945f5a98fdab5da818f39e77",
    "uk-natuna-exercise-2026.expected.json": "999ef28de3388a7485ca70254221cd10a55e750e1b2e2595c6294a965a0f7c84",
    "uk-sabina-shoal-clash-2026.expected.json": "be252284096efbcfa49523fdfd1d626a3e796cd7100f6e76d65f810b22afe41f",
}


def test_the_ninety_second_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT92) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT92) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_ninety_second_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT92, capsys) == [7, 6, 6, 6, 7, 6, 6, 6]


def test_measure_points_at_the_ninety_second_set(capsys, monkeypatch):
    out = run_measure("--heldout92", capsys, monkeypatch)
    assert "uk-sabina-shoal-clash-2026.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
