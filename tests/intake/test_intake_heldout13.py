"""The thirteenth held-out set (tests/intake/heldout13, written for evaluation by a ninth helper who
never read the rules, once the first eleven sets had all been read or tuned on, while a tenth
helper wrote heldout12, and frozen before it was scored) stays frozen, and is measured. Its
scores go in its README, not in an assertion: a threshold here would invite tuning the rules on
it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT13 = HERE / "heldout13"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-baltops-exercise.txt": "e5f75112b5ea8cdb1eb2def2691c2de5d4e7e82ee2b278665c37ac88d9a30967",
    "en-jenin-camp-raid.txt": "f201357ccdf930f886557f0841c710f0b6404a25300e1117aaa2b7f7d8720515",
    "en-nalchik-raid.txt": "005e08b74490a20c2cd08a4ae1335e384220eff0c3fa009bd68af4cb9676d3a6",
    "en-tal-afar-offensive.txt": "2ac14448f23ff9bd48c30eabe51c3743681b494b9e3753e1b193fa280e6a448a",
    "ko-freedom-edge.txt": "2699ce259f819fed9c48e3c51d7ac75d510ff2d48b5a78a81186e8cedea0250c",
    "ko-khan-younis.txt": "b6d49797b9ad658d8eec775ede3641c925957f23c7a8c8992eefe9d52cab8a66",
    "ko-milley-estimate.txt": "7dddc2812225b7388ffb976be14e05101210bee404698ee4ac1da78b63c50f56",
    "ko-nk-mdl-works.txt": "006ec7ee64da6a365b9f9e0863445396e83d15c4cbc4aa6151d37c7827bf6928",
    "ru-krasnogorovka.txt": "fbc2e81f554255a4327ebb072b6c11d0cff6d00c57c0c37bdd4c0426d90fb119",
    "ru-nonstrategic-nuclear-drill.txt": "06dc9a31cc0a228d005f22e7a634f871b1278fef8d486181d262c91562e88c59",
    "ru-velikaya-novoselka.txt": "d991dc8577244c17e6b6be4648edd8caa4ea2c0fa5f1acfe4a6e6bd794616872",
    "ru-volnovakha.txt": "50fef2980cac29eaeebc013904296d34fc590b5b369892c721b35826cf77d2f9",
    "uk-ivanovets-boat.txt": "6fdcd560a3f64f219bcbe15d684a826ff05c6f941352206cf67af83b3e30938e",
    "uk-lyptsi-front.txt": "7ffc6045054549e8fa02531a12453e12ebdcc97f7ffacf550ea52ac0fd098de2",
    "uk-makiivka-strike.txt": "30c114f7f8df94cae9806d39adeeb756baf0ee2371ab99d486f0192f3287a291",
    "uk-sudzha-control.txt": "8e3855ec11c3d243c69da703e0f5ac1c0d4a1d65c245aa01856abce93a6b5f81",
    "en-baltops-exercise.expected.json": "b4a6ce336740aa94f81d4685b65c55d0276dca08daedf1b27d411fa1ea0e0b9a",
    "en-jenin-camp-raid.expected.json": "89d5a3d23f1edf0c5b996e82fc3e8c1e2fbf998f54ba6708982afa3687762ec3",
    "en-nalchik-raid.expected.json": "d6bb37e76272bdae780b0c33aa65dc9f56bc4b737c73d0bace94a1ddb55c2034",
    "en-tal-afar-offensive.expected.json": "3bf1a97ef62c40d252ed6298bebe0fedf7d3d1b160b161e14557ed776f90d306",
    "ko-freedom-edge.expected.json": "f91e8e747505285d10be385b9462693e3ec7edc23d9d8990574d417a7928bb92",
    "ko-khan-younis.expected.json": "23d296d70b242961df1c3480d88066887b286b75fc9e4ad70e861067047de67b",
    "ko-milley-estimate.expected.json": "796c4118d4b2fa6c2cf10430e803dbff7419c4cafa2d816cc51876f4db0baa5d",
    "ko-nk-mdl-works.expected.json": "5e673dc64083ff45ef3bed71c752a7e02296b2f5604cba116e2b5b890a5191b9",
    "ru-krasnogorovka.expected.json": "fa40312895718e75a5ab41aad067886718db5d9565567904213fbef65306aec6",
    "ru-nonstrategic-nuclear-drill.expected.json": "54714fa4577917f2fd0d846a34e8076c68fdf980118bd3fe76d22347892a6b78",
    "ru-velikaya-novoselka.expected.json": "efdb411b41008f20d36df58079e6e3e25799f895950372fa378749f04c830229",
    "ru-volnovakha.expected.json": "f584ae736769dee7e087f176e4ce6cd61f2faf7899cfdd4b4f1932a5d38772de",
    "uk-ivanovets-boat.expected.json": "512faa0d764bd1bf8a075479390eaf1a5008d981991b23b561c3258ec93b802e",
    "uk-lyptsi-front.expected.json": "46ac9b5820957422e24f4a070a0cf35db23a2030747c2ddc3043c8bfc248b337",
    "uk-makiivka-strike.expected.json": "b5775e234c75cb4af39a17c8c7690b0091ae007712f4cc61214c6db6a9d2828a",
    "uk-sudzha-control.expected.json": "dfff36710d6444933d8a0a74fbd9d1cffe656f52d3c1be96ddd3338856a39719",
}


def test_the_thirteenth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT13) == FROZEN


def test_four_articles_per_language():
    assert languages_of(HELDOUT13) == sorted(["en", "ru", "uk", "ko"] * 4)


def test_the_thirteenth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT13, capsys) == [4, 5, 5, 6, 4, 5, 5, 5, 4, 4, 4, 6, 4, 5, 6, 5]


def test_measure_points_at_the_thirteenth_set(capsys, monkeypatch):
    out = run_measure("--heldout13", capsys, monkeypatch)
    assert "uk-sudzha-control.txt" in out and "uk-siversk-front.txt" not in out
    assert "most proposals for one expected claim: en-baltops-exercise " in out
