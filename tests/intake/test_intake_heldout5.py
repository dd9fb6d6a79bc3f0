"""The fifth held-out set (tests/intake/heldout5, written for evaluation by a helper who never
read the rules, once the first four sets had all been tuned on or were being tuned on, and
frozen before it was scored) stays frozen, and is measured. Its scores go in its README, not in
an assertion: a threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT5 = HERE / "heldout5"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-chad-barkaram.txt": "27700120221cea95a681519ea7f7ff4bc1f08679a17cb549bb4bef32f252f27d",
    "en-colombia-catatumbo.txt": "c23a2b2d88ea89d8bdac64aef5ed238469ad04f72a9f6c650f2a72d09a6a26fa",
    "en-steadfast-defender.txt": "469f353888ac8fa092fc8bf5a2b6c12cf3ae3bdc9ea24b92927a08572865a2f5",
    "ko-cheonghae-deployment.txt": "d5d90116e52bc414442287ae074a1f46136c5f3364be2f3d7901b748039b0e98",
    "ko-israel-iran-war.txt": "3c5c0104790d93b7496daaf8e431facc46827922deeee1512df38ab65fbfb4a5",
    "ko-jaffar-express.txt": "812ac187956f739cde99351c02c68cbf96718bcc69c985883f7385511b830938",
    "ru-belgorod-grayvoron.txt": "a62220f1d2ec971fd0c6b6bc3516ccd69ca5cea2cdb1cfd7f39be044305b283f",
    "ru-kherson-withdrawal.txt": "469e0574e3fa55703a95e700b4615fdf42c3e529e196d446cb8904771ca38d59",
    "ru-latakia-clashes.txt": "98cc910b9989d0c0c32bdb5b029d9008df35f4fb634bc85e374de24d0a202ce2",
    "uk-kupiansk-clearing.txt": "fc12cd01e582da3daa5d297f4be1d7333aae1d656a5bea9533b8a470ba4bd31d",
    "uk-toretsk-losses.txt": "0d68429aceba8e6fcef791da7a9c844c34a71b511b6db782c0e496da257955ef",
    "uk-vuhledar-withdrawal.txt": "b77fa3173cec3a89054120836e3e01c2a853d5f8bfdfbd8763951b3f7239cc9a",
    "en-chad-barkaram.expected.json": "e0a4cbb79d46d906aeb8c3a0188fc514b65e1026e8f25e7f6efe706387a806e1",
    "en-colombia-catatumbo.expected.json": "60adb1359303a80216cf938d5b424126f1240b337c923d1abd84bd3c2763b949",
    "en-steadfast-defender.expected.json": "3090c05663c870dedbfc99ca30602f53aae66cfe1fe093209405d6f26ebc122a",
    "ko-cheonghae-deployment.expected.json": "b6247ba9c0c7e6ba3a9425c8040431aaac252d5ac8f6ac15a90d7400e5f1d579",
    "ko-israel-iran-war.expected.json": "212cd94cea25a0121c3103a2fa580e79204bb4b4922ef9db65fbc98c15687915",
    "ko-jaffar-express.expected.json": "35b8c55ec758a0e0a466afa96f2248491770b823d049857b81d4c639562dd349",
    "ru-belgorod-grayvoron.expected.json": "6f2c00c8cdde4db866d90af50ecc05d53cc3e3196a1ff1602a319d472e66cce4",
    "ru-kherson-withdrawal.expected.json": "f36c79b1eb9c86c7055167e3def84d58462e1d3877e3ba14e67793c80a2d5086",
    "ru-latakia-clashes.expected.json": "32856dba04cac76fed6d2001d218d894b25a1042f6c70a7cbb228cf4039f4fdc",
    "uk-kupiansk-clearing.expected.json": "4fff733888bd5b018dc8f6344f90ddf2817148f56e1c48660214468c5b845807",
    "uk-toretsk-losses.expected.json": "94897d89bcda96ce90e05a787e00a703b4b45e4b89b422acee164e3255b0d487",
    "uk-vuhledar-withdrawal.expected.json": "987ed50a986f4274dbe0c748c0651dde7f471fa9db0693856fc32f035fd6cd6c",
}


def test_the_fifth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT5) == FROZEN


def test_three_articles_per_language():
    assert languages_of(HELDOUT5) == sorted(["en", "ru", "uk", "ko"] * 3)


def test_the_fifth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT5, capsys) == [6, 6, 5, 4, 6, 4, 5, 5, 5, 6, 7, 6]


def test_measure_points_at_the_fifth_set(capsys, monkeypatch):
    out = run_measure("--heldout5", capsys, monkeypatch)
    assert "uk-vuhledar-withdrawal.txt" in out and "uk-krynky-bridgehead.txt" not in out
    assert "most proposals for one expected claim: en-chad-barkaram " in out
