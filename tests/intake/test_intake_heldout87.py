"""The eighty-seventh held-out set (tests/intake/heldout87, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT87 = HERE / "heldout87"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-himvijay-exercise-2019.txt": "4124c98a25be8183480dc9c2a63eee879ab09987a4b832c782beae7ce06a398e",
    "en-pampore-edi-siege-2016.txt": "386029d1777f150760ad57a439db3e8a73116489e7a150f6c3f76305d58aeec7",
    "ko-naku-la-2020.txt": "e40eedaa8d8d811172c064a41067b0e8759e495c9d2dc8b0c48c6fb58c60ea60",
    "ko-unmogip-observers.txt": "f2e6d1293a20a2cfa2c67885348c62706ff595902ed9985e46a268d8c5ea3a33",
    "ru-kailash-range-2020.txt": "5c90fc342c0fd4b7b6911c874b59e982d74fe73d16923ebbbf3cf3ec563cc239",
    "ru-nathu-la-1967.txt": "db627e8ba242f4de3f199e257c0230e040019eb95d41acc0f59f7e8e35f81774",
    "uk-amarnath-security-2023.txt": "aff70e0721dffc72535a9d56ad4eeb9dc847a0f1034c447cdfcf658988dc302e",
    "uk-keran-infiltration-2013.txt": "f5ee0e4481a4163469cd5a405a73e3f9bd56b1318fad2d0244b1cf678eaef901",
    "en-himvijay-exercise-2019.expected.json": "a984cc429ba44369fa1f02ee15b454ed7ca8e9f050a7d1c57907fe2f537a61bf",
    "en-pampore-edi-siege-2016.expected.json": "b8a2604ee5ec56de3725a728a5d41a0b06502ef04280a25e60f0ff7aec6b6e3d",
    "ko-naku-la-2020.expected.json": "fb3ad42c83d98b4e9a1f7bff5f8b23a535f4aa8be90c0ac14b1ffb4b079f9905",
    "ko-unmogip-observers.expected.json": "059f710d1934357589d1c7513abb737d03af759a17d72ef070b65dc094030b49",
    "ru-kailash-range-2020.expected.json": "28023433d7319f11032879a583be6169f35b9b4f072c8d886577282ff3183ac2",
    "ru-nathu-la-1967.expected.json": "a305e4b5de11c512f524d518487599e31a465eef8f708265c69088e7eb511129",
    "uk-amarnath-security-2023.expected.json": "63bfc36efeb60898f668dee4532539c7549c4bb64ad5f19a55f8450db91581c7",
    "uk-keran-infiltration-2013.expected.json": "5c96f3dfe75e2c3239e8da468fabd2e264f3c84ded4240b1437f6303a373d838",
}


def test_the_eighty_seventh_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT87) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT87) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_eighty_seventh_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT87, capsys) == [5, 7, 5, 5, 7, 7, 6, 6]


def test_measure_points_at_the_eighty_seventh_set(capsys, monkeypatch):
    out = run_measure("--heldout87", capsys, monkeypatch)
    assert "uk-keran-infiltration-2013.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
