"""The seventy-seventh held-out set (tests/intake/heldout77, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT77 = HERE / "heldout77"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-joint-warrior-2025.txt": "8c1fed0fb0d882354e2186d5042895feb15da7ae7f3da3291ae924bcfc9ecd97",
    "en-warrenpoint-ambush-1979.txt": "b353abf1dc9db54604f0437dee8347a1a9ccd0475676237c8931b6ae3bebc2d9",
    "ko-deal-barracks-bombing-1989.txt": "26f5dd4f148044d7d0bb9d2396dbf902aaa31332f6d218f4f989e170fd79f5d3",
    "ko-sentinelle-deployment-2015.txt": "4a797a0a168a5b98d3441ecc203e600dbf43d87956453a56f084b0cf7d13df41",
    "ru-grand-quadriga-2024.txt": "7aaad0ec716d4fa166ec283bba7ff8fd9855feb4c763c4fdab557037901611f0",
    "ru-levallois-attack-2017.txt": "8c19e3668cc9bc5b59049d05fd7cab9c85b6bc39376de2d3d4bf59fef766aee0",
    "uk-orion-exercise-2023.txt": "5939827d8fd70872e7b031c731b79c221d42496c58af48c56368eb815cccc85e",
    "uk-pabrade-soldiers-2025.txt": "14d9488a4eaef5d14f1cc7588ff33bb1fcc4a3c0d81763855716220362c47308",
    "en-joint-warrior-2025.expected.json": "4238ceb4ed4e025d3e1fedd3ce1020184575763383311274af9bc2cdcbf0356d",
    "en-warrenpoint-ambush-1979.expected.json": "cf4baf81377f11e6e8a6e733d20561c722de62b13842ce8a529db40c92b0e66e",
    "ko-deal-barracks-bombing-1989.expected.json": "bdadc9734eaef06111ce46d4bc309543ea37e443da8b20900cccf3cfadc501eb",
    "ko-sentinelle-deployment-2015.expected.json": "982d4e3f5164e29f2905c3dd6532d5b2c8340f92cb6787f68491d794df11c5b6",
    "ru-grand-quadriga-2024.expected.json": "2b98642b8aaac03a9824f0c9ab10cb4f1641f6d82b5dd9740fc86eb2d8b82ba9",
    "ru-levallois-attack-2017.expected.json": "e79642310e068fd3adf1cd5a0ea2b57b2ccde57a6541aedbae64bad4351b2e65",
    "uk-orion-exercise-2023.expected.json": "450078f92f13231460209962908c080026749d149e78df88861e4fa2d3491a6b",
    "uk-pabrade-soldiers-2025.expected.json": "a46a0f2a6f93ae2bc2a664714fb4a52749ad233698f06b5d676f4f1243af440d",
}


def test_the_seventy_seventh_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT77) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT77) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_seventy_seventh_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT77, capsys) == [6, 7, 6, 7, 5, 6, 5, 5]


def test_measure_points_at_the_seventy_seventh_set(capsys, monkeypatch):
    out = run_measure("--heldout77", capsys, monkeypatch)
    assert "uk-pabrade-soldiers-2025.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
