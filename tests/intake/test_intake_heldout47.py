"""The forty-seventh held-out set (tests/intake/heldout47, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT47 = HERE / "heldout47"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-chandel-ambush-2015.txt": "1a175b0465bc1a5a5e6389ba96a4dd40e6b06c60c47271f2a18a3eff3d88a478",
    "en-operation-cactus-1988.txt": "f53d3943bffc07637d83f19dc0764929f6780acc27501c8ada5cc46f4685bd7f",
    "ko-bannu-cantonment-2025.txt": "87cd9f4f8d3a43373cde5853adc01d91afccede892dbdc22ef49d6938e50ed44",
    "ko-komodo-exercise-2023.txt": "b04c5d34c16b15bd81b73867bdaeb65f1d9427634c300a48d8d1d7032dd1ce05",
    "ru-mullaitivu-1996.txt": "1f14e5340e4d15099699750005114e06e400615bfe02c4912b03e744f841bc2f",
    "ru-orruda-exercise-2024.txt": "5d1cc27c7d97c69878ba463292a82f32e31a46df42742ce3d1aee0d4e9b1dae4",
    "uk-aceh-offensive-2003.txt": "c1edf43ee9f6c47f87ba723cfc25f5e4f4cd28bf8f79c99ccdc2ba148aac0d3e",
    "uk-ann-western-command-2024.txt": "f919bb2dd89a613b506e6baeaadec5dc2976c7157d00efb23eccf6370b613eb1",
    "en-chandel-ambush-2015.expected.json": "14fb7bbde2fab1e89f363b9673823bf3b839920997d50210e3f90c95af0da94a",
    "en-operation-cactus-1988.expected.json": "2d2b8167cdb224f5003f551b859ff1088821294962c8634e028978cde4917267",
    "ko-bannu-cantonment-2025.expected.json": "218253ba98b219274aafd7315025837c88c26aa66eea8be755ca317fe64f0291",
    "ko-komodo-exercise-2023.expected.json": "a4d5cd71f562711100db27f3511630f7d815c87b9daf0fa0e7aa8d30c57a0460",
    "ru-mullaitivu-1996.expected.json": "1dd057e1c27906b63047370894b790d7d27d1d8bb4f5f6e7a369abf10a8e6df7",
    "ru-orruda-exercise-2024.expected.json": "d394fd4c64cdbb15eab5573fbee0a919beea9389e3338bcc6756fd7676349776",
    "uk-aceh-offensive-2003.expected.json": "0ea11555d7daa0a55fc7ed927da4fb15ed9966f0d9003338067c1c6ab3a92e8e",
    "uk-ann-western-command-2024.expected.json": "648fb5c382b4ccba6c1859e48d979fa921f1a0833bb8681b5eb0327c5b800963",
}


def test_the_forty_seventh_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT47) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT47) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_forty_seventh_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT47, capsys) == [6, 6, 5, 5, 7, 5, 7, 5]


def test_measure_points_at_the_forty_seventh_set(capsys, monkeypatch):
    out = run_measure("--heldout47", capsys, monkeypatch)
    assert "uk-ann-western-command-2024.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
