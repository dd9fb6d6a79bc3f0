"""The ninety-fifth held-out set (tests/intake/heldout95, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT95 = HERE / "heldout95"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-jsa-firefight-1984.txt": "f06356d36d08377a6e0ebed9f4ce815860f5397f16cbe776bd75a16dd7ac8c0a",
    "en-team-spirit-1993.txt": "23ab6aaf457d13b757800e5702f587cde116f7b536f97ee6eb234ff8802b5764",
    "ko-dprk-deployment-admission-2025.txt": "c5dd0c767774c012bef60bc2999c0b9db93f45a97aed9fc1d2ed8284cbe2076b",
    "ko-nll-firing-drill-2024.txt": "627ad28dcade5cb4ab81674843383a60389620ab861f8887af2b6cc958e6a3d3",
    "ru-cheorwon-firefight-1997.txt": "f058aa1eff4f1242638b51d83c874d0a2b8ebfb8f869e7c7895adbec685571ea",
    "ru-dprk-deminers-2025.txt": "7bc2c23484135d4eefb4b901d29a62e9baf445df0508e9e6af6afcd4e978f004",
    "uk-dprk-pows-2025.txt": "0fb995b73c7eb2ce0885a6d1a2b11efae43160392020dd91b079c4f60daddb6e",
    "uk-inter-korean-roads-blast-2024.txt": "f1aaa3e776dba7649a929d1c7ef8927e9df376f3fd3592cadfdb5217f0ef92d5",
    "en-jsa-firefight-1984.expected.json": "c73160f17b77c6774d0e9ad9f2d9c5c2c742013b72fd39c2d915e2512d18677f",
    "en-team-spirit-1993.expected.json": "bd78026dde7060cd6defa2342dc74dd174a766c107766008a623d73e2c2e8ae4",
    "ko-dprk-deployment-admission-2025.expected.json": "dff941490f73f4cf41a1eb853e48729e2d06e7f6eab4effa29ce7bc7acec7398",
    "ko-nll-firing-drill-2024.expected.json": "e9ddcd7197e5bd7335ddb8351272f2ceee01e245fe802b3fceb63c15b522cba0",
    "ru-cheorwon-firefight-1997.expected.json": "b4a1137d80e0547bb5d68d01c13586880fb7cd24c9cbf2e73eba541f773879e9",
    "ru-dprk-deminers-2025.expected.json": "f58d8243fb9349832deb84125cf44f04f2db412dbd9325c4503d4e3b1c4f4b67",
    "uk-dprk-pows-2025.expected.json": "717489d87a7cde74269eb57c1684b2aba8b2b5a40b312bd86b9b7439909917e1",
    "uk-inter-korean-roads-blast-2024.expected.json": "45311a114f5c373c878728bc6e004f3952e433c9a17b91efb8ed541ca8bf644a",
}


def test_the_ninety_fifth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT95) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT95) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_ninety_fifth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT95, capsys) == [6, 7, 6, 5, 6, 6, 6, 5]


def test_measure_points_at_the_ninety_fifth_set(capsys, monkeypatch):
    out = run_measure("--heldout95", capsys, monkeypatch)
    assert "ko-nll-firing-drill-2024.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
