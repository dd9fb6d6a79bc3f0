"""The first held-out set stays frozen, and is measured (its scores are in the README, not
asserted). Its misses were read in round 2 of issue 16, so it is tuned-on data now."""
from pathlib import Path

from intake_support import file_hashes, languages_of

from briefing.intake.evaluate import measure_directory, report

HELDOUT = Path(__file__).resolve().parent / "heldout"
# sha256 of every held-out file as written before any rule was tuned (tests/intake/heldout).
FROZEN = {
    "en-baltic-exercise.txt": "7908051e9ccb936dda538cded273afed2307964a08c2b18e48cd481dac79ea2c",
    "en-burkina-djibo.txt": "90ad356bff0194d310278639cb8d24da83c39b2a7e27787ba2d313d455ecdbf0",
    "en-myanmar-shan.txt": "3a1f65e74ebc81452520520bb22e8040cc42683eaf1b665a180ea8219a6f802d",
    "ko-jcs-border.txt": "7b74d2529fd78b2be25b6f34ef71e169bfe7662635dcff11dfbc38bd5ac1bb1e",
    "ko-nis-briefing.txt": "a0bf486dacb69da6e7a94c728e3bd98116ed7ee2c6e6c90424b7a1d103280313",
    "ko-zelensky-kursk.txt": "2696d3e318c1711dba0a1ff3377b291ba41f68e61d852101aa713e2d3011a6b5",
    "ru-kursk-mod.txt": "38c1fa469c718cb643a7a563046a53c92b5768fd2cc6b1d7e852e82a113c23c4",
    "ru-mediazona-count.txt": "9790600eb785713da37fb276ce2503e8d0c20a35fda8af060cd72fd658aca535",
    "ru-zapad-exercise.txt": "8449f7fef52816d1f39f4f7db6bddc291f48c807d5373d74f9df13b5b66aebbb",
    "uk-belarus-border.txt": "5c97c10c42b5eba7de9071bb10e0a1ac542f839891566aea69a13b0b3cd24836",
    "uk-general-staff.txt": "59cecf8fa2f9889086eda917071532230b9229910cd005cedd9eaebf7fabc126",
    "uk-syrskyi-dprk.txt": "9b7b6fe591191f57f0e880f22a461fe90ddd59c0de5e3530aeda639f2fe20ecd",
    "en-baltic-exercise.expected.json": "8faae9deec5a6e8fbd77f036c6b584703f8d267c50faca9da39c077eadfc1744",
    "en-burkina-djibo.expected.json": "1df0e2a74e95ff6ce24771c27d874ab9342e3d00a134ef217881cd8d4c6d8156",
    "en-myanmar-shan.expected.json": "7afc321eb2072a86eee4a96dff4e48a48eb22326c74c07339fd08cca92e6c610",
    "ko-jcs-border.expected.json": "b8afb87fc24347eb788e4ae12a7c9c436de84ea473db4e35a69f632fdbf8a68e",
    "ko-nis-briefing.expected.json": "208a9fcb71873f2aaf73133f9cb7d0326e7dbdb7f40f1a8caa731212fbd0098e",
    "ko-zelensky-kursk.expected.json": "e0dafa810a43bf2903e006f3c61a2e5e050c7061b387721b9e4d01bab683f862",
    "ru-kursk-mod.expected.json": "2f89915cbd9c8c9d7b3d041a2a916e3ad12a7114c6cdddc2cf3b5cf28302108c",
    "ru-mediazona-count.expected.json": "9f38c8313bc6b4a17ed2fd8e87a58facc546e39919660f8e5a872f4ce32d0700",
    "ru-zapad-exercise.expected.json": "118169f6342602572cebf7534e2735f549b658041e84f36038a3a6ddd7a0bad8",
    "uk-belarus-border.expected.json": "1baefa14fc643d3bc1512a1d54e23124b513bcaf7a64b55d407fab58cfd88a22",
    "uk-general-staff.expected.json": "607a2d4a2da22cf65429ec53a771fffa361f4a70a0895d552b454042f8185412",
    "uk-syrskyi-dprk.expected.json": "df9a9166cab91359f5fef1894faeb9f6c6c4735691547f11c5257ae4116de108",
}


def test_the_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT) == FROZEN


def test_three_articles_per_language():
    assert languages_of(HELDOUT) == sorted(["en", "ru", "uk", "ko"] * 3)


def test_the_held_out_measurement_runs(capsys):
    scores = measure_directory(HELDOUT)
    print(report(scores))
    assert len(scores) == 12 and "recall" in capsys.readouterr().out
