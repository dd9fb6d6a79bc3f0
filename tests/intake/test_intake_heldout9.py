"""The ninth held-out set (tests/intake/heldout9, written for evaluation by a sixth helper who
never read the rules, once the first eight sets had all been read or tuned on, and frozen before it
was scored) stays frozen, and is measured. Its scores go in its README, not in an assertion: a
threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT9 = HERE / "heldout9"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-hodeidah-offensive.txt": "cdd0b569d243398ab0b43b75d4ee5e4bebf8d267df60d4134b5dcb54cd8c9b6e",
    "en-kobani-siege.txt": "47850168374f140304152bb09644c7abcb014dd8b1828fce1197cce465e89bb0",
    "en-marjah-moshtarak.txt": "8c0c9427bebafb7dc307f2851991143c1aa34e35a3b9dc69ea4997fbb8df04dd",
    "en-trident-juncture.txt": "c6140b3fc0168ddb7d5b574de9b9e9524d9bfc896d38aa1059d6feecc3bb271a",
    "ko-bagram-bombing.txt": "55b94462ff9f03b2651a526e94ad3c8917960b5f1929fdff3f8cf2c1abc96314",
    "ko-daecheong-clash.txt": "b3269e17b90d02a37fe723498ebcbe22cb5c72d87196f09e460c1c9884fde27f",
    "ko-hoguk-exercise.txt": "ac48db18aec84b4243bb3a8cca58b988c075d925310f00a683e10e4ac21d8b98",
    "ko-sangnoksu-east-timor.txt": "ccce781446566c308a79ecd2c9234a66b14ca61e2b52b5d272dac18afa0f1f9f",
    "ru-bryansk-incursion.txt": "43430199203dfb84bbcd8a5ade30c4fd258329b3acdcde9ce3bf8f843256d657",
    "ru-car-instructors.txt": "adb69a76c7e2761027d01a39eb5d21a3841a076804c4d47ea40884a99671ec19",
    "ru-severodonetsk.txt": "88b4e02abb7e1f79a54ca9c3ffcfa8cdac832b5aaf07f6b4932e04bc7ffd320d",
    "ru-tsentr-exercise.txt": "d12b2fc27ffccc483ca47a3399ae1bb36e4d3e1d825a2cd44e68a5017218e535",
    "uk-chernihiv-defence.txt": "feb9df393ac1cfe7eccaf37214c2328e2551c278213098c1cf92906c6ea9502f",
    "uk-hostomel-airport.txt": "88a0f838f50267a9c428f3b889f51159983ff07c3b4de450d044eaed63bda55d",
    "uk-klishchiivka.txt": "4cfd66f0da52a2b64bd41ac1a32ffcdbc5386caa899fd3290f5eb679eeea91a9",
    "uk-rapid-trident.txt": "a091a54ac154d8969d91e72ec86f0bb8bc1c5cba8d970ca1cf84cbf6d4db2034",
    "en-hodeidah-offensive.expected.json": "2a439814275fe109683a7f05e6478822c120e789973902e59958bd2a7b7d6eee",
    "en-kobani-siege.expected.json": "eb6c9847a6de72c571504659e210c3b1169aceb5f6fa0bf4560b124cb6365853",
    "en-marjah-moshtarak.expected.json": "f1dcb80f2d478c2bfa699f0b0f9e6bda6328d295b055ffbcecf08823fe0bde29",
    "en-trident-juncture.expected.json": "7863aaca82d7b5d902ba24f05f7233194ce7c62c555aebc1b952ee6d052275f2",
    "ko-bagram-bombing.expected.json": "cf6d08ed2198db94aa1b29a84432b9c498d11e4674e5b1db952c653833a5344a",
    "ko-daecheong-clash.expected.json": "1c0e709009b1c594bf70ec2db564505770ca33dfaa30c7454b49b8edf2182d1c",
    "ko-hoguk-exercise.expected.json": "d54dd909e4975f7ecf7b90f60e0d322234ec9df603f15498c6be9fcee272573a",
    "ko-sangnoksu-east-timor.expected.json": "cea5263dc4a7884adca30d8dba9d90cb35b18dce8e3e5d0c7ecea8335afdfc81",
    "ru-bryansk-incursion.expected.json": "1aaade7b1c3cb27fecb82fd0452a2408849dc001fc1c31a18c05913d7934dd3a",
    "ru-car-instructors.expected.json": "7e0cc6d63067ad410372143a1e0e99141ffcedc79b2e46ddb2c8b26d949eece1",
    "ru-severodonetsk.expected.json": "4b819a4c339677b152daaf0c846e1d6b5e878655afb8dd1b65755da28baa1714",
    "ru-tsentr-exercise.expected.json": "7eecf809eb1d5c38849ce101c54be530c1251d3ec60ef94437760a30c23f5831",
    "uk-chernihiv-defence.expected.json": "b44abc634652aa7b86d573718a307d071fe25f5ab998a3493730e656932c8696",
    "uk-hostomel-airport.expected.json": "4fb0b72f1b585a350343d77bab90a427384043ccf12aa0be281ddec12934571e",
    "uk-klishchiivka.expected.json": "edaa2ba7b2371990c24a1fa7bb9a64ca8904e219f43593897f9640f811c19382",
    "uk-rapid-trident.expected.json": "92cdbbc892d1645b7888a83ecc52d52b92bb34ee8e9e5a6f19de844e1cc33260",
}


def test_the_ninth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT9) == FROZEN


def test_four_articles_per_language():
    assert languages_of(HELDOUT9) == sorted(["en", "ru", "uk", "ko"] * 4)


def test_the_ninth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT9, capsys) == [5, 5, 6, 5, 4, 4, 4, 4, 5, 5, 5, 6, 5, 5, 5, 4]


def test_measure_points_at_the_ninth_set(capsys, monkeypatch):
    out = run_measure("--heldout9", capsys, monkeypatch)
    assert "uk-rapid-trident.txt" in out and "uk-selydove.txt" not in out
    assert "most proposals for one expected claim: en-hodeidah-offensive " in out
