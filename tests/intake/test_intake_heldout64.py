"""The sixty-fourth held-out set (tests/intake/heldout64, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT64 = HERE / "heldout64"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-beoga-ambush-2021.txt": "b6b964d00f1d620110055c3319d9a4055912d235bdff70cea7253d7d1205a249",
    "en-pork-chop-hill-1953.txt": "d8a4962757191ead9ab8fdbdbbf2b433cbb21311df6202355d68c1b1eb380343",
    "ko-coast-guard-stabbing-2011.txt": "476324c5af921eb530e47f387cbb7bf0455a599f11794d014e5e644c59dde531",
    "ko-miyako-helicopter-crash-2023.txt": "4148fb14f9a8aefa301542706039e1439c82ff37b28f17b8a3a2c6d4fc0462e3",
    "ru-johnson-reef-1988.txt": "a9d6dd7e5b7a7441631a43bf09d58118e76c33cdcc1807352ea1978b6eea34a4",
    "ru-solomon-riots-2021.txt": "4790a66b4e65c94729795bf4f5fd45c4966253686a633f4a4dc143302aadd81d",
    "uk-piagapo-clash-2023.txt": "daecc0efd4e2a5fbd2b0bac74ab0478bb902627adb1a87fab3c657d7a917bf98",
    "uk-yama-sakura-exercise-2024.txt": "54a4dc718ded7ba5d110d2b2048aee155944fcce6558f38fad0b5bbf95d41fb3",
    "en-beoga-ambush-2021.expected.json": "3c8b2fba35551606d26a2064675fdc9d574f83cf790ccbf26e99ab760fc3cf09",
    "en-pork-chop-hill-1953.expected.json": "e377de2e7b884dd04df71f7077c40640a5a29fb598a2d4877ca288a38ca27208",
    "ko-coast-guard-stabbing-2011.expected.json": "33ff765a490fa935fe8cd94215f18bc6722cb64f0bcb43beaf65c4a1e53557ae",
    "ko-miyako-helicopter-crash-2023.expected.json": "4f4c2a503d885a9a3e72046ce513529be718ae62459ded64924a06cc4d72a62a",
    "ru-johnson-reef-1988.expected.json": "c039413eec131757d4c0b9ec7a81ea9d42ca502ca7758beb4664b084898b44c3",
    "ru-solomon-riots-2021.expected.json": "3c4bed98535f3fc3523539a8da163196b9e1f8396ae4aa72e7bd1d69ea184457",
    "uk-piagapo-clash-2023.expected.json": "38dc2d089f26dc010f53b737657a05006ae743eafeb4cd06d1e15e5abad6407b",
    "uk-yama-sakura-exercise-2024.expected.json": "6c915900ed219665d6de23ae18e8bc037e7403d4fa798396fc94a91bd9ba1969",
}


def test_the_sixty_fourth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT64) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT64) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_sixty_fourth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT64, capsys) == [6, 7, 5, 6, 7, 6, 6, 6]


def test_measure_points_at_the_sixty_fourth_set(capsys, monkeypatch):
    out = run_measure("--heldout64", capsys, monkeypatch)
    assert "uk-yama-sakura-exercise-2024.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
