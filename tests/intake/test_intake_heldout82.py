"""The eighty-second held-out set (tests/intake/heldout82, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT82 = HERE / "heldout82"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-belarus-regional-grouping-2022.txt": "1eef56eedc5e223277d4e7257e896983bff0ee9589b1528d19a155c9323b5fe0",
    "en-novopavlivka-2025.txt": "dc59b5ab4abda5d6d09c8080c5c6924fa22ea27e0dc5d4e2a19e49cd142498c1",
    "ko-mobilisation-age-2024.txt": "7e0f54a3a3577509b241a3648b6a2a0e9d605fe2b1458e7d2faa09baece68bf5",
    "ko-olenivka-prison-2022.txt": "242a62a500d00fd2f2618207f26a5bcd59339eadade106b9d267a5f08931b056",
    "ru-pyatikhatki-2023.txt": "196a07898898c87a57d86d70418c29ce7e4c462feae8fd407ce836bee0a3dbbe",
    "ru-tarkhankut-drill-2023.txt": "d26de91ac6541fe12b1a699c976ce16981ba8caeab88d98d162b53fc35846c5b",
    "uk-dvorichna-2025.txt": "43253f39571d8b6012f31ed0367a87fcb3cd82cd40a31c7d898be0e2be9e9930",
    "uk-trudove-strike-2023.txt": "5f064abde6d7f81823efeca66a25957bb8a1a8028804216f0afb81ce145a29a5",
    "en-belarus-regional-grouping-2022.expected.json": "fb08f43ddd88cac18b9b5e3c67a45b62d44b00deb1690887b891eac32893f8ed",
    "en-novopavlivka-2025.expected.json": "b54dd7119647ba5dfb317308fd643d51c7ea752316ee8117b795c22af3fe7e98",
    "ko-mobilisation-age-2024.expected.json": "903fe7df84d45a643e899cda05b9d52c459627ea1a3467aace937a128727b404",
    "ko-olenivka-prison-2022.expected.json": "4deeab87d5ea2a6ddc9d6e15f3fcbc36fc636083659cf41f5ee4bccc6e0cb1bb",
    "ru-pyatikhatki-2023.expected.json": "66b87fa37ab8f0f21b8335cfb0d85ad5ee533ce61928dec22faa53d7abf1d90a",
    "ru-tarkhankut-drill-2023.expected.json": "0543b54978a18d174151d84c8ff2105dba6542bedf20c6e7a9f5722fa44bca91",
    "uk-dvorichna-2025.expected.json": "387fbd6eea471a86c5015c8a01e416c3bf233dd007e0f8823d3816094430c752",
    "uk-trudove-strike-2023.expected.json": "3adacaefea9540d997148fe331b2fedcbd87d11c0e2bee3e3661ee20e27e9370",
}


def test_the_eighty_second_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT82) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT82) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_eighty_second_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT82, capsys) == [6, 7, 6, 6, 6, 6, 6, 6]


def test_measure_points_at_the_eighty_second_set(capsys, monkeypatch):
    out = run_measure("--heldout82", capsys, monkeypatch)
    assert "uk-trudove-strike-2023.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
