"""The fifty-ninth held-out set (tests/intake/heldout59, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT59 = HERE / "heldout59"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-cruzex-exercise-2024.txt": "85111716a7d1691a3d6d32329262811948caadfa284e9be971f78b70612551e6",
    "en-tivoli-gardens-2010.txt": "ab38411bdfada15d3df715461273dd1e2f09de748e85409c6431c96bacb0fac3",
    "ko-dominican-border-2023.txt": "9f14a8d3379fb7776ab493d84a4436fdc2134eddfb8f497d58198dde7f4ca902",
    "ko-mare-occupation-2014.txt": "abbdd57ea9a5097a87d5e94cc8d4c67d210ca8d01f3c60779397951ac5d3cb3a",
    "ru-farc-zones-2017.txt": "06d3b0940e617da35f504aef135ab9db1d0a3ce66f8eefd04a3115941938b9cb",
    "ru-soyapango-cordon-2022.txt": "f495b5e1be7d4a9e3b291be1dc49d46089b0d1b7e02a61101e77a2045f12db0e",
    "uk-cauca-drones-2025.txt": "7968f1f6412e6bef8c2632982fd8b5e15e88c057907696cd74aefe197d843810",
    "uk-wagner-caracas-2019.txt": "333277b96f9f6b7390c735145f0b6de2c66992908c7d798c28f041129ff6f5ba",
    "en-cruzex-exercise-2024.expected.json": "8a06dfd73e650e8dcef77b27dd913adaff7bd8d21a209e1455d5d3de5c7e8c78",
    "en-tivoli-gardens-2010.expected.json": "2e9132128871e1afa15fc99e8d3d0cedf8047e480b12b1ba5486586c6c235978",
    "ko-dominican-border-2023.expected.json": "c5270539576803d9b80c5d239be6680f15868e78dec712cc0fe9360cbc0d5bb7",
    "ko-mare-occupation-2014.expected.json": "3e85f58a57af44a39b7720544ad46d5cf07f40cb50b24f6962eed43b92974ee6",
    "ru-farc-zones-2017.expected.json": "95806d9b2a9ba80483cc1e595e88f299e613b1feb28284afa840672599a1cfc9",
    "ru-soyapango-cordon-2022.expected.json": "2937a739330ba46397a69b88ecaa77963c9e88b04e4840c91eb033f8074995f6",
    "uk-cauca-drones-2025.expected.json": "e36e8d168e6f4afb3a39ca20d8e4a4eaa2cac9dd6ac692c48ad659487ab4c8a2",
    "uk-wagner-caracas-2019.expected.json": "86f1d6fb409fce3ab079ab319ab3a128c4f3e7462a1054343b0d19de0ff3dc88",
}


def test_the_fifty_ninth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT59) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT59) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_fifty_ninth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT59, capsys) == [7, 7, 6, 7, 7, 7, 7, 7]


def test_measure_points_at_the_fifty_ninth_set(capsys, monkeypatch):
    out = run_measure("--heldout59", capsys, monkeypatch)
    assert "uk-wagner-caracas-2019.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
