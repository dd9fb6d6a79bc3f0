"""The sixth held-out set (tests/intake/heldout6, written for evaluation by a third helper who never
read the rules, once the first five sets had all been tuned on or were being tuned on, and
frozen before it was scored) stays frozen, and is measured. Its scores go in its README, not in
an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT6 = HERE / "heldout6"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-benin-park-w.txt": "41d2ae275cf935a6994f2f7bb49a3e04f06cf05d1e9029f7091cb7335e842459",
    "en-nigeria-borno.txt": "7d4f321f1f9e551ed897efa04beb8d4d9bfa940a91d519af00cb5e2de0f78f01",
    "en-talisman-sabre.txt": "800e03ee3920a525667580d2f550dedd78967b03c921b390b9c1d3fac412fbc6",
    "en-waziristan-ispr.txt": "28dac29bfcdadc9ff4be32758e047808ac9e9b1774f66c6ef1aac16bca4ac49a",
    "ko-akh-unit.txt": "9e7d8d3d5d090084af4f7d660ea7fab9cdb1defc3b6f215dbdad19524da8d14c",
    "ko-hamas-october-attack.txt": "66eeba492e88db8a9e045003637c6243aea57c8e96f0dcbbc1cd30f1bc608692",
    "ko-marawi-siege.txt": "bd8215f3e0ae55af01123c7294c0d661b56c2e9b0b49dcd9b1ab1c51b00cf8ed",
    "ko-ssangyong-exercise.txt": "b348cf25064a6f28aee1dd68fa1f72ac4c536aa7af4e2735af2642468187a04c",
    "ru-dagestan-attack.txt": "31dcf373bf6576e88e638f26abccc307839fbe808b91dedce4824cd00b9c4b2f",
    "ru-kazakhstan-csto.txt": "39633fdeaf89e83228051d8b12c792e39f2bde9d58c6e5b16b4f0770d45711a3",
    "ru-marinka.txt": "de95a4a1a2c709fbd96af0989c6eee184368c0008c2454c4d63cbab6b50066a3",
    "ru-union-resolve.txt": "9ab8fb4799ad8e16be52c7339bad3c4606e8a96c1e1b68993d2bcaf83c898be4",
    "uk-desna-strike.txt": "4d8785adbfa59dee58d58fa8b21c771d6fae67f4a52555a924f95cc513ad06d1",
    "uk-izium-liberation.txt": "80102a8ceb08b7c68e36353a08094bbe13276e825cda64eb66a4759d62310598",
    "uk-kurakhove.txt": "0cfff5f6fa14417ef375fce9941e0fcbc44dd4809ac4d508d348d62ac2c28bdc",
    "uk-robotyne.txt": "38134f8b21b53a256566edfd3960650d41da968491bf49c015049444c4a61170",
    "en-benin-park-w.expected.json": "8150f25ac7391bd9b91bc6f2be5f65c27de495493c582ad7f9dd207f76fb7e25",
    "en-nigeria-borno.expected.json": "9c9a39146b59d1af6eeb15f29abc6a38b69b42f448294af3bd0c00fac75df516",
    "en-talisman-sabre.expected.json": "80628f33beefdfaefbc577a80e4bd3acd0aa50228acb8bc3657bc56654903792",
    "en-waziristan-ispr.expected.json": "2a8ba64fda64371d90559191d0857c8e2b30f79d6777a2da31dacdfe336e46fe",
    "ko-akh-unit.expected.json": "66e90eb10901941209679c8c541df5fb842bc5b890127beac53e768d95a6bc09",
    "ko-hamas-october-attack.expected.json": "8968b13a5fd924fc8d39b460b5268c697a3fbd394ca0759b0f194e52d3fb04b4",
    "ko-marawi-siege.expected.json": "16f95669ac9bbfd55556e93b5ab4e916dff45cbd5a2cc48ff5abe95265d6cd32",
    "ko-ssangyong-exercise.expected.json": "b12f1cf889be846b7c74b187ce6561859055d8c4abc061b4d45ef1f720a2e5e1",
    "ru-dagestan-attack.expected.json": "63fa3cf02e90d480bcba3d66a6ea796abea1a832ab36aea45ae6ba9a7ffada67",
    "ru-kazakhstan-csto.expected.json": "46e4fefaf0921c8c54ee289eec01e58adacda03e67d8ec5bef66512135ab9d3a",
    "ru-marinka.expected.json": "6ee64bdb34a5b81a5b25054a235f7ead7f985bf271c29af334e8b0fd0d084f72",
    "ru-union-resolve.expected.json": "e80eee8018d7cc24d14dcd826946682f5352d97af51cb0782de3464b312405c9",
    "uk-desna-strike.expected.json": "f0983ec5a81bbc98aab47493e3667aa3291a0ded5df463a5871ccb0a0343341e",
    "uk-izium-liberation.expected.json": "60ea20d27a2fd3b4d1f3acb6c1de00772774aa481719177c202af734896a09ee",
    "uk-kurakhove.expected.json": "c5ed17f0a02914f57e48ae3bff4807c4a0674a075fa1d33ffd2bb86f5b7fc32c",
    "uk-robotyne.expected.json": "2b61a9af798824a573c5d0a13c7e93d7c33c0fb2938276f99942ccb834a06684",
}


def test_the_sixth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT6) == FROZEN


def test_four_articles_per_language():
    assert languages_of(HELDOUT6) == sorted(["en", "ru", "uk", "ko"] * 4)


def test_the_sixth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT6, capsys) == [6, 6, 5, 5, 5, 7, 5, 4, 6, 5, 5, 4, 5, 5, 6, 5]


def test_measure_points_at_the_sixth_set(capsys, monkeypatch):
    out = run_measure("--heldout6", capsys, monkeypatch)
    assert "uk-robotyne.txt" in out and "uk-vuhledar-withdrawal.txt" not in out
    assert "most proposals for one expected claim: en-benin-park-w " in out
