"""The hundredth held-out set (tests/intake/heldout100, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT100 = HERE / "heldout100"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-qala-i-jangi-uprising-2001.txt": "953a9c92b92497e1a5c89de67a86090ebc153bb9859f9a726d66921e5d11dca6",
    "en-tbilisi-parliament-siege-1992.txt": "6740316461c1bf4fd7f40e9667e42b19659da9f7c26e9483b62b9129e69c7a8c",
    "ko-camp-shaheen-attack-2017.txt": "627050be3a45672dcbc434e58757cb46094e2763757a00b0687a2f6669d5c6cf",
    "ko-zhawar-base-1986.txt": "9e510f7056b086158fc39487f499e5295965453905d66f59da9f2606ce4df5bc",
    "ru-forish-exercise-2017.txt": "922ae61e6b48e240e4fe8e3c1a0debaf90c1a5fab1812ab2d5176242976db7aa",
    "ru-zhalanashkol-border-1969.txt": "16bb96d017b5ec946cbfcb6b72fc0fe9be0d4ffc94ca821b20024db6228f1a20",
    "uk-aghdam-fall-1993.txt": "f742ba349fab528ed283e38fbffdac79a11598748abf94401e201493c544eeb4",
    "uk-shamsiddin-shohin-border-2025.txt": "8e79874c69898bf7752bbf2de44955ffa3afe608cd4b43c2aac82ef54136e5d9",
    "en-qala-i-jangi-uprising-2001.expected.json": "f4610fd30daae47a0a0b14afeb5b3f8cd999a4c11c3a45e40bcca6e21d80ff46",
    "en-tbilisi-parliament-siege-1992.expected.json": "ae8febcd750ff986e66fa47c3c104d0e4355337edcc5194ddc3044fd900ecc57",
    "ko-camp-shaheen-attack-2017.expected.json": "51fd2cc4103507a6afe74e7b374dd4ff49f5346980e7dc14c542817ee5a436c1",
    "ko-zhawar-base-1986.expected.json": "fe0794a9c133ace31dfc80012a9df3063102247a504c0a6dba94e520a5040076",
    "ru-forish-exercise-2017.expected.json": "fb15e2a8d926ec758ac50aecf9f89fd69107c1b10ff8263afb9a414cacbb2f06",
    "ru-zhalanashkol-border-1969.expected.json": "3c2a38376b04adbf014fd35b02bcbeda7fb6011630bbc747ca6385c2f04e2ac5",
    "uk-aghdam-fall-1993.expected.json": "3fb88ffc66a2de55f7da5f6f26b2a26935b6b683ccfc3497d260356349650ef3",
    "uk-shamsiddin-shohin-border-2025.expected.json": "4af899392804eb56952417f6a26c6509d490c0c25d88c145fb5e4794e850ce4b",
}


def test_the_hundredth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT100) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT100) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_hundredth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT100, capsys) == [7, 6, 7, 6, 7, 6, 6, 6]


def test_measure_points_at_the_hundredth_set(capsys, monkeypatch):
    out = run_measure("--heldout100", capsys, monkeypatch)
    assert "uk-shamsiddin-shohin-border-2025.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
