"""The eighteenth held-out set (tests/intake/heldout18, eight articles written for evaluation by a
helper who never read the rules, frozen before it was scored) stays frozen, and is measured. Its
scores go in its README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT18 = HERE / "heldout18"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-goose-green.txt": "81d1d6ac0ae4f94fbc7ec50f7ef61fdfda7556eaa26e96dd9ee85a178fbc3fc7",
    "en-konna-serval.txt": "f788e0c307a856ff9b6ce87494de51350cd0087427680947563c772165c9c7a9",
    "ko-culiacan-clash.txt": "16ceda03ef8436d68dc89a5fd426f072ea35018fee2d08176901122bc7a637f7",
    "ko-sierra-leone-hostages.txt": "6bc0532fa765177dc46ee92bfb798653bb3174059ebf3f2872a1c1e488b01be6",
    "ru-pristina-1999.txt": "1eb98cb394d951b838cb2813de9290189b6d5d2d498f53c48b1ed4388f6c6879",
    "ru-umka-arctic.txt": "22a0a687f6c9c71aa129e592f08253c6b93c7e66e7565c46f76abd9db5768b2d",
    "uk-monusco-helicopters.txt": "e61458cb4be014e63dd62156fb5815f99eea49868b4e6b73d21914e5f904a213",
    "uk-shchastia-2014.txt": "3f35c0dda0cfcb388378f77401685aa1da2684f07408ad9e5fd8cba9569389a6",
    "en-goose-green.expected.json": "f6b1b21eeb8f350e85ef69e37c8af99340827770baf33f96df2b0f3d452d0ded",
    "en-konna-serval.expected.json": "2597be6cd046f2af267787ddbe219813e77ec7b68b2297e9a1097cb05052f9dd",
    "ko-culiacan-clash.expected.json": "3f82dc854e55371a2eeda9b359d9b5f82943d58dd1f872e4de63fe3c7e5a6a50",
    "ko-sierra-leone-hostages.expected.json": "ae1b7547582aaad13ac44fe2d04ec99bf2ffd2798c726138420f75696c624603",
    "ru-pristina-1999.expected.json": "51e995dca5d64390b8ed396f5e67eb150f64267432ee116dd4e6c740c0e4c6c9",
    "ru-umka-arctic.expected.json": "9920e6bad4a5ab4b0eb36d926974afc41dbcc9ef4744c87874a2b197596d0f0b",
    "uk-monusco-helicopters.expected.json": "7e36ee04684a058f8097c1c41e6dc5b4f899ac9587fa4514a0afca592f2e260e",
    "uk-shchastia-2014.expected.json": "3f98b7f3387b6e0aff14e08535ee7a12c078162a8b2b79eed953c71e063e741f",
}


def test_the_eighteenth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT18) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT18) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_eighteenth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT18, capsys) == [5, 6, 4, 6, 4, 4, 5, 6]


def test_measure_points_at_the_eighteenth_set(capsys, monkeypatch):
    out = run_measure("--heldout18", capsys, monkeypatch)
    assert "uk-shchastia-2014.txt" in out and "uk-siversk-front.txt" not in out
