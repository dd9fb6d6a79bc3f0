"""The fifty-second held-out set (tests/intake/heldout52, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT52 = HERE / "heldout52"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-negros-npa-clash-2025.txt": "b5760cb4bf8178b61284de1e65148939498122bc70a31402bd931c53529a25d1",
    "en-orient-shield-exercise-2025.txt": "778d5b9f1aaf1f38c4c3aae004af8355309509abb56ab0316354c3f8ae2ea54d",
    "ko-hwarang-exercise-2025.txt": "9f9689f5fae93ad6a39fb3a3143dae719b27d8daa7760ea0e4f2106d2c7dd783",
    "ko-puncak-clash-2025.txt": "d23e83585af12eaf850eeb2fc9a1bc17375eee6fdf5592e0c441467a206f4a03",
    "ru-north-interaction-2024.txt": "27146b238205a77f6151a6399c7fecb4374f5c0ba5f50de9e1d58d51bb65015f",
    "ru-poso-operation-2021.txt": "5099ae16305a7f7a34f40f5cb8e4f3939bf91fff2519cad21d0d2bb796ee340c",
    "uk-enga-deployment-2024.txt": "77e92c617fad7d5cf5c0009f3c8596012843246078e34d07467627389e260aa9",
    "uk-maguindanao-clash-2023.txt": "f821baf4299c0a6157d46981a7f574fd6693e910065da213485d5d3f47e0514d",
    "en-negros-npa-clash-2025.expected.json": "a3d1d08bb989b6f133ee4cd02cd55afaa516f4a9672963e1d94765242b5da09d",
    "en-orient-shield-exercise-2025.expected.json": "4095ac020c81c73e86677059e1256a951e9ee4d3aa4f7b80ab1348155ae37f9d",
    "ko-hwarang-exercise-2025.expected.json": "1643ff2678cceecbc2b3e1b05cd544039531aedc50c9f4331ffcaef46ae263f3",
    "ko-puncak-clash-2025.expected.json": "86badeff7dbed65577d830bec502ed8bfef57f97b57cd2f2bd77f69c61f79361",
    "ru-north-interaction-2024.expected.json": "f35b4dc77c694e5ee2bb513cd57d2f40abb20ec0a83613627f3825799b5f37dc",
    "ru-poso-operation-2021.expected.json": "212144ecfc4c689320a0ff16b5b4845ab77443b5b5ad030f2a95286afca826c9",
    "uk-enga-deployment-2024.expected.json": "5d69cdce410c7db3a2e3dea743c451e06abff3c774b1af89108fd623ea2a879c",
    "uk-maguindanao-clash-2023.expected.json": "01579f00762e86322cfb40ff31588fb1cbce1b25afd141af2a2868cf10a62dfe",
}


def test_the_fifty_second_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT52) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT52) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_fifty_second_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT52, capsys) == [7, 6, 6, 7, 5, 7, 6, 7]


def test_measure_points_at_the_fifty_second_set(capsys, monkeypatch):
    out = run_measure("--heldout52", capsys, monkeypatch)
    assert "uk-maguindanao-clash-2023.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
