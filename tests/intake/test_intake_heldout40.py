"""The fortieth held-out set (tests/intake/heldout40, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT40 = HERE / "heldout40"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-justified-accord-exercise.txt": "23f2d8e1eaf34ba88f99ec0ca3bba5ccc4d277e56636fe7c2ad76b46d03a3768",
    "en-kismayo-2012.txt": "2033559cbebfee6f36c7f84b5cbfd2c3e818305ae1b032f42e9b08a5e3c0b5c4",
    "ko-angola-unavem-1995.txt": "79e8f41dde99da51d8f6e006ea15105c4d150efc7305ba90995c9704ed7a58a2",
    "ko-operation-shujaa-2021.txt": "86293c3e495244acd495b713732e11e3501eadd1acd326f33210357b9907e519",
    "ru-al-fashaga-2022.txt": "4a255183e26c57e1c6707e4b22fc67ca8dd7168a2419ef0bb0957b3aef7ce231",
    "ru-badme-1999.txt": "912ede8158ba36c81c3575991f9d607d13cc3c8b8c661cdc67155455117ddf75",
    "uk-omdurman-2024.txt": "0d4b307a7fbd7359b497e9e0b6672e763fd28cb1fcfd30f45358844b2e897f0b",
    "uk-unmil-liberia-2004.txt": "869ce832100a4f0bf625f74c0129e191dbc88a843fa9e6e38f516ece29ae3119",
    "en-justified-accord-exercise.expected.json": "0c01f0f71ff5a1972aa5a5d0d596b73e6b08ff4f7992637104ac216ac9a18c48",
    "en-kismayo-2012.expected.json": "b21ad6e9732d68349e2550053c6f751da7c99070f182cc38119744690504a06c",
    "ko-angola-unavem-1995.expected.json": "f0099a3c43a46f1a0a49d291d4fdb8d5f0c770d0baee6dfea57d7931df151608",
    "ko-operation-shujaa-2021.expected.json": "1ab3f0989917399a48372ce9b2a37418971acee3810390abdc42396f2f535dd0",
    "ru-al-fashaga-2022.expected.json": "ff6b6ff6388ff55a81fba7daba00ada5f8733fbb98a9528ae9350d8664cf1a7f",
    "ru-badme-1999.expected.json": "3b7776c1eb06e5c65127a37c318d1126f5cbb14ab136fa3e26bf2673170ee05e",
    "uk-omdurman-2024.expected.json": "99626d1dafaa96944a3077b4ee46d0aa3a1faffe5968b94d821b8eb261f6fc31",
    "uk-unmil-liberia-2004.expected.json": "d987c34dc2ebddc82ad17e92f6c36fea0d5ec2e3f99301dbe65cb073d9c8a23a",
}


def test_the_fortieth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT40) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT40) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_fortieth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT40, capsys) == [6, 6, 6, 5, 6, 6, 7, 6]


def test_measure_points_at_the_fortieth_set(capsys, monkeypatch):
    out = run_measure("--heldout40", capsys, monkeypatch)
    assert "uk-omdurman-2024.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
