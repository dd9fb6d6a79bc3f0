"""The eightieth held-out set (tests/intake/heldout80, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT80 = HERE / "heldout80"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-chora-battle-2007.txt": "f6af66acce7deae6d0aafedc44249cf08a327c78ea7acf4bf789134d73646432",
    "en-rask-police-hq-2023.txt": "dfbd49b2ca8b22e82e5cf170c9463a06a3202717a52d23c9c5a6398721dc7e36",
    "ko-herat-fall-2021.txt": "27be7f01a4b6824b99be08df2613a7ec913f0f16c7871786c8301d78872293e8",
    "ko-zolfaghar-exercise-2025.txt": "854234cf50f0d16c6b952da7a338486c7dc7eb38b64b417db571f74dc7cdc93b",
    "ru-ashura-exercise-1998.txt": "9ea459764351e37f62406ea64fd85add944671efd0c3917feb34328685b6c73c",
    "ru-khost-magistral-1988.txt": "7e9899348ea9249878d5e40d1c9d5da5db402aeeff616b0e344601d94ee2319b",
    "uk-milak-border-clash-2023.txt": "97595a70aac76696438db738158fafe55208ea4fd3fa1e763ded3aeccfa372c8",
    "uk-sardar-daud-khan-hospital-2021.txt": "4c99bd20f00af6aa3fd818b7645bfa6b73c6d35eb60a790923907623214218af",
    "en-chora-battle-2007.expected.json": "6288674f7f009b99e1ebc79637c669f5618cbe7e327f667acd630e8271d83815",
    "en-rask-police-hq-2023.expected.json": "295b030b0cdf49be148b495e6157023d9732c4a82dd7b07bfecea4c272efa6bb",
    "ko-herat-fall-2021.expected.json": "689051d8ec24431b95070bb2425921ca92f5bc84351ec64a9f8f57bd78becc2b",
    "ko-zolfaghar-exercise-2025.expected.json": "3b599865cd92129b67af2265e47be8953cc78c8ffa33091aad71a719819a346e",
    "ru-ashura-exercise-1998.expected.json": "67298b388a9daba0fc0ca2701a26d731dbc204740c8dab3b38e5dc82b4073ae2",
    "ru-khost-magistral-1988.expected.json": "d3b2d61bb23ea6f06e57adf20c97981589207bde901cca59d6de4d8de6b8cd9b",
    "uk-milak-border-clash-2023.expected.json": "12f197919e63360976d3187f702d62f318dff8ae262b992360b9e66ac473aded",
    "uk-sardar-daud-khan-hospital-2021.expected.json": "3f88c9dff89877dfbb1799e3b181da229bd4258b1b8d7909dc309adcd49c3eb2",
}


def test_the_eightieth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT80) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT80) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_eightieth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT80, capsys) == [7, 7, 7, 6, 7, 7, 6, 6]


def test_measure_points_at_the_eightieth_set(capsys, monkeypatch):
    out = run_measure("--heldout80", capsys, monkeypatch)
    assert "uk-milak-border-clash-2023.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
