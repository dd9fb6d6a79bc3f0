"""The eighth held-out set (tests/intake/heldout8, written for evaluation by a fifth helper who
never read the rules, once the first seven sets had all been read or tuned on, and frozen before it
was scored) stays frozen, and is measured. Its scores go in its README, not in an assertion: a
threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT8 = HERE / "heldout8"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-cobra-gold.txt": "958047082c0424498378895424dd22e06bf424fb0ff9a25834f399d9896316b3",
    "en-kunduz-fall.txt": "22dcdb01c96c8d414f61ac86cc28b7e80492a7014539223a53b0d5783a4ae002",
    "en-mosul-offensive.txt": "d5d6f7acf2daae90e3f5bd79983466d24e13100f3d4f3ff59a9338ad925b0d64",
    "en-sinai-checkpoint.txt": "e0863f6974136f2ec7fcf6ed69a5fdae1fa2117a9c4cbe0fd9d2c38621e89a2e",
    "ko-aden-dawn.txt": "85f9c679e613b410e0f770bb7c40b61ad77c73d96031ddde4bb6be3d5b7c9bd9",
    "ko-dmz-mine.txt": "5f4b15b06b8420a1850b9a8a7c3c84d36446aaa50590c4b30105576c58c4ed87",
    "ko-gangneung-submarine.txt": "27d22952c1b4d3624b82f4c73d06a8913e2bb76ac037ea016ccd8aa5577cc64d",
    "ko-red-flag-alaska.txt": "cc7e54647bd1734c9a9443fe475c58096c26d9bfc37d58ce18a795af1ce93282",
    "ru-debaltsevo.txt": "de5eae0593e8a8b526dc4feceb0ff5574076fbb17a6a593936540e965d10ea84",
    "ru-idlib-balyun.txt": "7a548d0fa7a8503cd84c99f3ab7160a23f5706f5bc71fa6b6cc94f4ee31c848c",
    "ru-soledar.txt": "c6b346b3c8e72067da013909eb22a7543fa65ada1b7e7571455be832946e90a5",
    "ru-wagner-mutiny.txt": "6311331026358953d2f2f21041eb77ce95780b79a6f3161a6a67e1d35c7358e4",
    "uk-donetsk-airport.txt": "f362e5d786f0cc6499079a57a7a8394d60d1d6575af670a46a14b3ead4f1d823",
    "uk-ilovaisk.txt": "c8da54e11f0a56aa99b96985a8ad091e9731b62d8c05ca7e46f2e7b537dcedbb",
    "uk-kreminna-forest.txt": "f94a2f3107ac22497822c0a81f01b9b9d2f0e72e070f536dae2f9981349c20c2",
    "uk-selydove.txt": "f96c1346923a56d60177614162a339c842dbbf4b19605367cf96e2fad042cf05",
    "en-cobra-gold.expected.json": "c95951fcfcc68a9ede7fa06614246160c0f7a5408abb5d66dc2a3591ba06a0f4",
    "en-kunduz-fall.expected.json": "a5d6fa10f39aaddb9a17f837491b9b6dd23a5d8722e8ea359695c804bdadbc7c",
    "en-mosul-offensive.expected.json": "e0846fa76497166c8d8159891e823537c1540923806bfc8fe6f714264664aaf9",
    "en-sinai-checkpoint.expected.json": "e69f5628461a1195b4e9b5c6108ee31e84c0ceea458e1c6abe51143f4ae13e44",
    "ko-aden-dawn.expected.json": "cefc87230fadc99567f93f7aef09f6f9f45b9099004e42194326594e24bf4083",
    "ko-dmz-mine.expected.json": "75637510c0d7e649a11aee743f8ee59ed94f2758ff5ce215814896a38d4ab483",
    "ko-gangneung-submarine.expected.json": "49f1becad5d1afca146b2fe16d48bebce4806c02322aeb5e98c6a8ebc8f01692",
    "ko-red-flag-alaska.expected.json": "638beb5f5f75c59478639f3a05a0b0a5cf00783ad5ddc468743b9a945e78e170",
    "ru-debaltsevo.expected.json": "35676f80f5dc58c785f99c3059f3d414c0c357e9e03c6a9a3eb53c89f713cddd",
    "ru-idlib-balyun.expected.json": "7fca43a6bcbf6927cbd7aa060d21922c4ce56159f82f130a1a7729cfc3050e8d",
    "ru-soledar.expected.json": "7dd3ff3c3695b54acbaa97db3b7ad144b29de58f64f871c87ed050372f57d562",
    "ru-wagner-mutiny.expected.json": "5ef8d1f6753f63153afb8bc2a6fe3603c74afc39064a74bf3307fe4890a376b5",
    "uk-donetsk-airport.expected.json": "6812def8444a3b6449e4ec71a6428b494d6234afcbd74ae6009860071610f4c1",
    "uk-ilovaisk.expected.json": "92af740571c30d7fb037513d8519513a9cd5bb8d503b3f55ee323d986761a860",
    "uk-kreminna-forest.expected.json": "2e03632f3ba741004fbcaaf30e244da0b604c1b12599d2d005aaaf23be8be3cc",
    "uk-selydove.expected.json": "e4af6f78bc880b71c15f1a459db17e627ac14909084ba2b8536fb1c033b54dc0",
}


def test_the_eighth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT8) == FROZEN


def test_four_articles_per_language():
    assert languages_of(HELDOUT8) == sorted(["en", "ru", "uk", "ko"] * 4)


def test_the_eighth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT8, capsys) == [4, 4, 5, 5, 5, 4, 7, 4, 6, 4, 4, 4, 6, 4, 5, 6]


def test_measure_points_at_the_eighth_set(capsys, monkeypatch):
    out = run_measure("--heldout8", capsys, monkeypatch)
    assert "uk-selydove.txt" in out and "uk-snake-island.txt" not in out
    assert "most proposals for one expected claim: en-cobra-gold " in out
