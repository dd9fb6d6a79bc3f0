"""The sixty-sixth held-out set (tests/intake/heldout66, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT66 = HERE / "heldout66"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-aktobe-attacks-2016.txt": "8c9063b10b47b4485f1aa5fb3747d38bd81ec2ed3856eb85b0ac9d5e623a8578",
    "en-steppe-eagle-2025.txt": "e34459521e2cf67c43279699b50e18ff14e65c7b18042e39557334abdb3ed23c",
    "ko-arys-depot-blast-2019.txt": "712cf939b48c8274848059e7b5fed939968b2ada9efbfdf9ea4fb4ffb43262de",
    "ko-jabrayil-2020.txt": "36adcd59ece0b65a2c5b1d94e619e83ef639335e0bf664330f7a77421a16c5df",
    "ru-karabakh-peacekeepers-2024.txt": "686b2c6ee111d53cda6a3086be25b91259af8c6322dae336970dd7bee846b666",
    "ru-nazarzoda-mutiny-2015.txt": "02e6dd326b36429d00d3f09ff3485755f9671b4ae33e364318da3023c5bd73aa",
    "uk-grozny-august-1996.txt": "cfd5beb6b23d100431cb93b5fb32ca2427379c6bf52070471e24b5f066de0a8a",
    "uk-gyumri-base-2025.txt": "302004bb272e5391c82cd1ad987f8b240c5dd9a3c2c859c21f16c2b03b2ad3fa",
    "en-aktobe-attacks-2016.expected.json": "17e5d777e947d3e286c2c1f76e8ad0bb25702df2f83acfc8c1175c0f0b1cf246",
    "en-steppe-eagle-2025.expected.json": "ea1734f1b846b8c3ff98ea2bb32f1d7c0cd1537e986cb96cdeeced7d46dfaacc",
    "ko-arys-depot-blast-2019.expected.json": "b25a4cf5b5dd841cb4b31589b97c685fae04b6c492b0268805ba8ce4737d1f6a",
    "ko-jabrayil-2020.expected.json": "83dc24f9dfa13ade712f3c200a2a081320d9fbe7be6339853e84b65fa6931014",
    "ru-karabakh-peacekeepers-2024.expected.json": "b667948aadb01023824b579947a0006aa845aefd4fc848cd5a196fc4ebb4f875",
    "ru-nazarzoda-mutiny-2015.expected.json": "d29624e34b33a50cf04ace181146ae540801402229ef8df18c4e928382f8d975",
    "uk-grozny-august-1996.expected.json": "2e956d3be9c1bd4537fdb266d3a8eddb9ff7b2833cfa1181e73b321a97f9fb57",
    "uk-gyumri-base-2025.expected.json": "ebeef5c9d5b7460dfef3fb6dc49137900149e43360809fae5c1c539d618983a9",
}


def test_the_sixty_sixth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT66) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT66) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_sixty_sixth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT66, capsys) == [7, 6, 5, 5, 5, 7, 7, 6]


def test_measure_points_at_the_sixty_sixth_set(capsys, monkeypatch):
    out = run_measure("--heldout66", capsys, monkeypatch)
    assert "uk-gyumri-base-2025.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
