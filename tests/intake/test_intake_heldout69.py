"""The sixty-ninth held-out set (tests/intake/heldout69, written for evaluation by a helper who never
read the rules, and frozen before it was scored) stays frozen, and is measured. Its scores go in its
README, not in an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT69 = HERE / "heldout69"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-ecomog-freetown-1999.txt": "ace6493ca064c36ff0266757c1ed13317c3e7a0991325fb897a59b48517322be",
    "en-nassoumbou-attack-2016.txt": "80bf206e1ccbe752b3fb7aeeee621d8d0d376793ed5949070788fa454902c29f",
    "ko-bawku-deployment-2025.txt": "e27ce6e3ae40cc1cd32037ae32212c4fa812a7a8964ff485ec05623e25599340",
    "ko-zamfara-operation-2025.txt": "e4d56679599253a0ece7b7f98c06766303c87be6724cb9806de378c4db049473",
    "ru-aes-exercise-2025.txt": "880c41211357a8f19ae62a625dadaa731127515b51e36b270cc5b6f4baa8e1e4",
    "ru-tessit-2022.txt": "0c31546d673c7af2e1ee4bce551285d5db3235e41eb06e5c445585150e0b2586",
    "uk-casamance-2022.txt": "f81f0c670a2ab0ed31e6897f2d63cc1bbea109ef8bfd5132e4b912fdc2199cae",
    "uk-diapaga-2025.txt": "5951bcba5746e5f454a62931cb4388f7f9845dd85658fc5a7193f019c81f9821",
    "en-ecomog-freetown-1999.expected.json": "38281cedb69888dd6a8e5cbeb5c661e8e3a3ec8e0d5cc172b410664ea19f689d",
    "en-nassoumbou-attack-2016.expected.json": "1c7cf57a944161a5feb4ad4fb275f7e66056d4a530f00d92f37a53668712a504",
    "ko-bawku-deployment-2025.expected.json": "2febb05c3f82cfbbf27a11ce3570955b7f2717a23dac21cf0bcff971092866b2",
    "ko-zamfara-operation-2025.expected.json": "1f3f5430f3e620a8989a8c8bd0bd8182c8c54de544717b2c7a8ae0d0a4d4344a",
    "ru-aes-exercise-2025.expected.json": "a60a563af1429988ba1a1101913aa576dd270f430d89cb0640a0a8b7afaab62c",
    "ru-tessit-2022.expected.json": "6ff783612fb5f1502d29c2a42432fe71a4b422e4800c5e567b5771e0b24ce54c",
    "uk-casamance-2022.expected.json": "0af78a9517e1716248ce92ca597b23f59997a050d187211397691edfe7e06ce3",
    "uk-diapaga-2025.expected.json": "9f877a0439ce6fc6c97ddc030b14b15a5c57021397c1243562945c54094c60fa",
}


def test_the_sixty_ninth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT69) == FROZEN


def test_two_articles_per_language():
    assert languages_of(HELDOUT69) == sorted(["en", "ru", "uk", "ko"] * 2)


def test_the_sixty_ninth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT69, capsys) == [7, 7, 6, 6, 6, 7, 6, 7]


def test_measure_points_at_the_sixty_ninth_set(capsys, monkeypatch):
    out = run_measure("--heldout69", capsys, monkeypatch)
    assert "uk-diapaga-2025.txt" in out and "uk-tetovo-ambush-2001.txt" not in out
