"""The seventieth held-out set (tests/intake/heldout70, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT70 = HERE / "heldout70"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-ifor-sava-crossing-1995.txt": "e01780a83add9f6a78d3c68b46e4fa515ed7ad4a2e5bc7d39c7227cfa0fd6a17",
    "en-kosare-1999.txt": "a95b06badecce59067a0868591edb31595396379ed051e5312baff2520d67942",
    "ko-bihac-pocket-1994.txt": "f694c77a47711bd85583c7e71e094f1e37b09b8859552fa10c9e0eec61a9d33c",
    "ko-sea-shield-exercise-2024.txt": "167ba81f8a55103e8f44fc7d082e8d5f57b1865f7394dc2552c47de3177a3fe3",
    "ru-dubossary-1992.txt": "638f7f10fc5b41af65a776e29e017d6391178b6b4345e1748dc471ce9bc3a545",
    "ru-opuk-landing-exercise-2021.txt": "708f05bc51b110e8a227bb523e7ba64daddc3fa804cd9d82d667399eda72ae48",
    "uk-boiko-towers-2023.txt": "78ff6b742deecd639c1371b7578bc6eb13746994f57733dc59d2818805f29273",
    "uk-kerch-strait-2018.txt": "816929f178877bf94ae89731ae35ba7123bcde80f46884fc749eb6965dd8ea48",
    "en-ifor-sava-crossing-1995.expected.json": "164568f56c3465d261d4049d59a71c51ab90f146bac3fa1510be06e729247807",
    "en-kosare-1999.expected.json": "1c83e8b197831b7da991804a60738bce4e6ea765fe2e5deeb4c04fd135e75edf",
    "ko-bihac-pocket-1994.expected.json": "87d6c3cda8e341597260e3b6832f6db4985255228a97d479842f419ea31f46b2",
    "ko-sea-shield-exercise-2024.expected.json": "ebaff9fd3f07ebb14be327aafb7701170da91182e2a784d03fb826df2e9ecff7",
    "ru-dubossary-1992.expected.json": "a4db8b7cd3a29d1f8f8d189d8c4ebcc98d8c5d560d1eb381073b61c97b2785b0",
    "ru-opuk-landing-exercise-2021.expected.json": "4503393c5b1cb1f8714a08291947795b4642a7f7c6453441b5b2216c06e84a4f",
    "uk-boiko-towers-2023.expected.json": "8ea64d0a628a3ffc89d161f90e2aa3f63fa391aaac5dfef7922e705727a341a8",
    "uk-kerch-strait-2018.expected.json": "1509e1baf0dc26d1bdfed5bdd913dda427474d7b20b4e777dac4f0b24e4737f3",
}


def test_the_seventieth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT70) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT70) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_seventieth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT70, capsys) == [6, 6, 7, 5, 7, 5, 5, 5]


def test_measure_points_at_the_seventieth_set(capsys, monkeypatch):
    out = run_measure("--heldout70", capsys, monkeypatch)
    assert "uk-kerch-strait-2018.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
