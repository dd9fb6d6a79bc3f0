"""The sixty-seventh held-out set (tests/intake/heldout67, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT67 = HERE / "heldout67"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-fuerzas-comando-2026.txt": "95bcbaed55f2ea3e9d6c33ca3f6416e01c14e6a21cd723a5babe977a85e4763a",
    "en-tumaco-ambush-2026.txt": "1ce930f88634f9f2f7b52dafba66d0c4d8ad7b6aadd2658f847917a68548ba18",
    "ko-putumayo-clash-2026.txt": "38cdf9a633c22604a15d90005ca6569ce12c00306db10b42a104482c12c79c79",
    "ko-roraima-exercise-2026.txt": "353184cf5116404fc9ecdbf759c9682c1ef3974bccd1d83220ba23ecce113472",
    "ru-croix-des-bouquets-2026.txt": "989342e2f0946528f4f0cea574d4b79cf3de7c43c3852a0ff8b7ee2f489112cb",
    "ru-zulia-deployment-2026.txt": "42523ddab60e81e78ecf828f38cd37a70b4c02a8955a1f87c2b56ec5888f6162",
    "uk-concepcion-epp-2026.txt": "5af07178b63299b2810e55923c4b5a1a2155870f8af4c3e7e548b9f2246ceee6",
    "uk-cuyuni-patrol-2026.txt": "2257e848dbb40a3bd1ad6ec8a136586697080726365f764c9f782a2eb6d602fb",
    "en-fuerzas-comando-2026.expected.json": "f24246d99b1e8cb633aeaa91f7af9815e78c9afd8ce8ba147280a5b76dcd1ee0",
    "en-tumaco-ambush-2026.expected.json": "2127916ca72c4bf040333263614b07bf40c799a9db85445c6cf193bb40bf95e1",
    "ko-putumayo-clash-2026.expected.json": "4805483169b4bf19ae238776ed7dbdd521d2e7abbf050edcf109dd9e9285f4b3",
    "ko-roraima-exercise-2026.expected.json": "c62e37c19009735381208bf4a0f059870f81f93a54ed4713d16033c4565ebaf2",
    "ru-croix-des-bouquets-2026.expected.json": "7a0d7241fa370273e57e57f69afe9be966d4ea66b81de7dea995b18f8cabb629",
    "ru-zulia-deployment-2026.expected.json": "fead6c6016dde534687f7e068454e20473cebd623e4da8478c81eab8403bf157",
    "uk-concepcion-epp-2026.expected.json": "19fbdca995bc66a0597b9a9372f6d1b5a47371eee5cb865c14b6ea06d629dc2e",
    "uk-cuyuni-patrol-2026.expected.json": "178f240da90da0d114c780a93bbbbc9f7481d6dd6c0be08b6f12e5e6fb9574b8",
}


def test_the_sixty_seventh_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT67) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT67) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_sixty_seventh_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT67, capsys) == [7, 7, 7, 6, 7, 7, 7, 6]


def test_measure_points_at_the_sixty_seventh_set(capsys, monkeypatch):
    out = run_measure("--heldout67", capsys, monkeypatch)
    assert "ru-zulia-deployment-2026.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
