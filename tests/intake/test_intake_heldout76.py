"""The seventy-sixth held-out set (tests/intake/heldout76, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT76 = HERE / "heldout76"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-northern-viper-2017.txt": "be3dd2c5e8b6ef577aa5de2bde2ce3c912ab67b2c825eddd4c59fdbc8e551ecc",
    "en-yijiangshan-1955.txt": "b74689083774682a25d41a36d1aeab038de0ec8290d84fa7bb63bbe2d4ef6c01",
    "ko-amami-spy-ship-2001.txt": "e8dd0653cb7ed3546d5a6c17ddfe968e24f3b96d38093d5bd06b450b7020e482",
    "ko-yeoncheon-gp-2005.txt": "850aa7b27624ae42e635fc53d09490a2134016130893b02e5135d3e407d743dc",
    "ru-khasan-1938.txt": "ae92939b250b7a334edc6a246e6957621bdbd9df2d6c126cb105db38f0268c5e",
    "ru-selenge-exercise-2024.txt": "9e730a50869d0da9c75eaca6320cef7db4ada282ad95c8f1d1d9a897644d1bcf",
    "uk-shumshu-landing-1945.txt": "9c5f9b72808dc0af4d9e2a3cea5fce4f2ec220b8fb2b4799fb31653731d681ca",
    "uk-yarkand-attack-2014.txt": "433fde23f19fd47ef22c0afd95954dbf2148dd8af159c3f83d11986d77e0f153",
    "en-northern-viper-2017.expected.json": "dff99a89cca53231aac5256b4de1bc75d6f5760f7ee6a4c484ba15b78ffa83c9",
    "en-yijiangshan-1955.expected.json": "f56509a603cd99c9e635bdb177c416c7d70ddaf55a50f75372ddfb839cb23e3c",
    "ko-amami-spy-ship-2001.expected.json": "de989b52e9e4ea8f45537ea902b0343e0a5bd2003353a543a971c068abf00bff",
    "ko-yeoncheon-gp-2005.expected.json": "922168ca8a50584f4fd645f586d7275a991c12659d8d8b9813333990136e3a61",
    "ru-khasan-1938.expected.json": "e41502e0cf0bc2c638e0b7b92248a85a7fdfea7d917bc71dcc3847cfcc3d20b6",
    "ru-selenge-exercise-2024.expected.json": "06dd08952cea44ce83fbefeadcb1e2486151d7683dce29079837de973e46583a",
    "uk-shumshu-landing-1945.expected.json": "98f16065466fb675f78e020c49a868e4a3c8501822303181174c8341d657a28b",
    "uk-yarkand-attack-2014.expected.json": "a7a37442307b2bcc4ab42ca80cd42c94d59495b593a63346f2974013d091a396",
}


def test_the_seventy_sixth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT76) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT76) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_seventy_sixth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT76, capsys) == [5, 7, 5, 5, 7, 5, 6, 5]


def test_measure_points_at_the_seventy_sixth_set(capsys, monkeypatch):
    out = run_measure("--heldout76", capsys, monkeypatch)
    assert "uk-yarkand-attack-2014.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
