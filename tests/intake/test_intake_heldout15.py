"""The fifteenth held-out set (tests/intake/heldout15, written for evaluation by a helper who never
read the rules, once the first fourteen sets had all been read or tuned on, and frozen before it
was scored) stays frozen, and is measured. Its scores go in its README, not in an assertion: a
threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT15 = HERE / "heldout15"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-bright-star-exercise.txt": "b3e0ae4bccdb1a63d61e730f7ae24e2b4902ed6de5b9b70169abcc64107a3266",
    "en-operation-medusa.txt": "b51199dbe25a06572f6f1102e907a0781c892176bfd5b9039e8e7fbb3c86c4ec",
    "en-ramadi-recapture.txt": "8e03a64870cb3a7ec6e6add46a9038973a0611ccee29cd797461ec952329bc3a",
    "en-tora-bora.txt": "0a0ed4c3fa75fe5413408e9a7a33dcdeff3576e9400ab583c3af3cd7dea90f74",
    "ko-blue-house-raid.txt": "4038b043e18245c316e6397beeed4e4e9b96f508e55fbf73a6c2684db4a9743e",
    "ko-danbi-haiti.txt": "ba874cd4f31e1f701e772764b2f500baf0855418eca432b6edd61ba0adfc0fc0",
    "ko-panmunjom-axe.txt": "2ab921d56bdf620665a1ff75bc40f1a69287dd89626462f098e4431d9dbfe53e",
    "ko-tra-binh-dong.txt": "291358cdd1b795626006e5f91b91d1776265553fe62c26449e5dbb00ba7f0b58",
    "ru-12th-outpost.txt": "7ffd1429df387e27221436b23202d12fea21a1eeda72b6b3f13b5da5d47ef405",
    "ru-kodori-gorge.txt": "21156e1d31c29b76ff82cba0ef904017d0a915a03735ad9c403d5b21e80c35fe",
    "ru-komsomolskoye.txt": "d82ab1b922c90475af2a577bad4be0bc17d4fb4c9952e0d5bce2f80fc21ad70d",
    "ru-vzaimodeystvie-exercise.txt": "d152f578a75c52afcbb2eea8bf587474911ed75d6f99014d32d08e51779d82c9",
    "uk-kinburn-raid.txt": "4ddb4eebdf66226f3177de36195794becaca58dc7658a96fb9ef6ca5f774e07e",
    "uk-niu-york.txt": "bb2299421172a520afc5a8f705eda7e07c9ba5be0b2561baceef5279f468f6ca",
    "uk-terny-front.txt": "ea7f596e4c83c9fdd67db8f96305cf63f69564422abf4f93d90c35e7072ed90f",
    "uk-urozhaine-liberation.txt": "02d7e9f5cbccd9502e5b21088602ff433108839fab42b629479e0b8f474138e2",
    "en-bright-star-exercise.expected.json": "080d0521f14113393cad3332d58207709544353cffb38da73b56c00b7d1ef31f",
    "en-operation-medusa.expected.json": "144847c9665a4c41af7fed2c673f872cc71ea5680663f38289d5fdf7e0083e19",
    "en-ramadi-recapture.expected.json": "d53b4aa688963e9413249436a567e67ca4d2f0c467008f0feb5e40553b2123b1",
    "en-tora-bora.expected.json": "bd992061effddea6b391820787e1e8316cedc4ba70f0ec470225d94e0473a358",
    "ko-blue-house-raid.expected.json": "66371efea9849e298b788d21ff0204bbcfa808dc4aad7b4d1ca286f702aa7270",
    "ko-danbi-haiti.expected.json": "99f755be7af38696390f49964fd3c3098e36b626b517555717612a6b1feba29c",
    "ko-panmunjom-axe.expected.json": "5793792b55b8afd8903524d1e07fff69dce4116212915f08cbc0b9cab487a6b6",
    "ko-tra-binh-dong.expected.json": "c324f2a3ec5ce64ea0d795cd4ffff7fa8237197c4110b7cfbe1d5b39a70968df",
    "ru-12th-outpost.expected.json": "b91cc1c29617407107ad1963fbc43e818cffff033477e7b89b1349d0c6f64173",
    "ru-kodori-gorge.expected.json": "c9e99613ca7b70050a4f777f33ca62ee661e5d427ec852fb634fd414d554f856",
    "ru-komsomolskoye.expected.json": "cb590f561f43d9429789f7f9f7bdcef6ee0eb5a0a03aa658627d44dbde468fd3",
    "ru-vzaimodeystvie-exercise.expected.json": "8bca6c22637c30df6abfdab5831d5fb75d78f07105c67c7a125d31c7271e12f3",
    "uk-kinburn-raid.expected.json": "b03f39975b1856dcc9d1b668867db4c3db71e40b14de3d0970d03331a8ccf443",
    "uk-niu-york.expected.json": "bbb00135232da22cb24b236e842bfcc626a2f4005f3f98c74374266f4f915596",
    "uk-terny-front.expected.json": "d2e3ae9a8f67afdaf27da4bdda63dd31275598df430bfc8915283f5010a5169f",
    "uk-urozhaine-liberation.expected.json": "ff3d1978a4a246afee57b112d3ff9ae8876a3921d573cf655b8e26b9f4ecbc02",
}


def test_the_fifteenth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT15) == FROZEN


def test_four_articles_per_language():
    assert languages_of(HELDOUT15) == sorted(["en", "ru", "uk", "ko"] * 4)


def test_the_fifteenth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT15, capsys) == [4, 8, 5, 7, 6, 4, 4, 6, 5, 5, 6, 4, 4, 4, 5, 5]


def test_measure_points_at_the_fifteenth_set(capsys, monkeypatch):
    out = run_measure("--heldout15", capsys, monkeypatch)
    assert "uk-urozhaine-liberation.txt" in out and "uk-siversk-front.txt" not in out
    assert "most proposals for one expected claim: en-bright-star-exercise " in out
