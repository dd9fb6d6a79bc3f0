"""The eleventh held-out set (tests/intake/heldout11, written for evaluation by an eighth helper who
never read the rules, once the first ten sets had all been read or tuned on, and frozen before it
was scored) stays frozen, and is measured. Its scores go in its README, not in an assertion: a
threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT11 = HERE / "heldout11"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-anakonda-exercise.txt": "481474899f6d066c1fbd64af2d7af3b7db8703e54d27b2881144fc247ca5e7af",
    "en-fallujah-phantom-fury.txt": "7136534b22601f1234c143ea4deac9bd60565520dcebbc050246dde6eb0a102e",
    "en-manda-bay-attack.txt": "802cd7d93e6fec70f8cd760b676930f44208f91d0194adc653e53f2b215dfa80",
    "en-raqqa-offensive.txt": "7e4d0f1d73373a25bb805f9b9f295029f2a0fdaaf729ed7ee6a56829f746306a",
    "ko-dongmyeong-unit.txt": "05793ada252f2e64ec1ccef9972cd9545059ffb01be727035d5216834b4dab7d",
    "ko-kosovo-banjska.txt": "e8ef151779abb5b7337295fbb47a0ca80f88928bdcca8811c6da0dc583f90b9c",
    "ko-rafah-crossing.txt": "b00c68d7d8ea4572fe0c2b2af3436080cc3295eb84a20679f918ced2fcde7684",
    "ko-second-yeonpyeong-battle.txt": "d84f6feeb192f73ddc605963c73d470e802d1ae774d7b363ca3c4b57db9158f9",
    "ru-harb-maidon-exercise.txt": "d58c62f24e3b9344179b7370e42a1e8dea258902609738390853f875f8eda571",
    "ru-khasham-strike.txt": "6b5b2800b1b25f372721b4e17d6623beb93cb347f81046249cc8d5364350627b",
    "ru-rubezhnoye.txt": "ecce30fec3e57d9d940446c3f29d17d0b1161f09d88b77cb77a0bd22a5b0efe8",
    "ru-slavic-brotherhood.txt": "c707c6b6950742d1b936e86cead8d4471b53561af50b5c9333fdd70be554e047",
    "uk-balakliia.txt": "cd8bddddfd462a9d48d169573148392f4a50cc883f1c1383d59a8c99c611e001",
    "uk-irpin-liberation.txt": "efab4db98e550e978ded1f2898345c6259dcc04ea2c67b52447b586d275358a9",
    "uk-joint-efforts-exercise.txt": "c1665775f0cd7af0fd436166fd3eb7513b12d5cfc927c8903f0c9432724bc094",
    "uk-siversk-front.txt": "3d91b8cac0421cfa7ff00f62914754277faa9126c1df9cfdd95ec7dfa49fb4e1",
    "en-anakonda-exercise.expected.json": "a61dc799b69d3933db9fe4cbb50cb626ff3fbdbe1a9eff6faecf0076634c44ce",
    "en-fallujah-phantom-fury.expected.json": "09b73e974fa58d20c8d3e63772aa550850015d475b1467c9fe3ad1fc4a0c8781",
    "en-manda-bay-attack.expected.json": "c6c464ebd987c60634b0000a2f9aede93cb4f6cfe432d903cb9459b0ec3fa22e",
    "en-raqqa-offensive.expected.json": "d55156ad06d3c72469188b8c90b3578022b7bb8a06663f5caf5560aedb0bde39",
    "ko-dongmyeong-unit.expected.json": "dd037520e2a1d4e637d32ceb9f48837f9388f1611d45923131ac90bb576205b2",
    "ko-kosovo-banjska.expected.json": "3900b1600efaeba108fc4a832726ef4cd6fb1535193969e11d2b64cd13f0d243",
    "ko-rafah-crossing.expected.json": "825c5758d6f29f64f6af2f4d9b5a041607edf45def92079bfba45c9572d717e6",
    "ko-second-yeonpyeong-battle.expected.json": "a7959635cc1b558a3c6f2f50c62ab6d46e2b4785b0da3d16c8c9f99222b85494",
    "ru-harb-maidon-exercise.expected.json": "ed47fde6ecd254f41f7536fcd47b9338e3a376b13a7cd77ddf8fe5abd1bda29e",
    "ru-khasham-strike.expected.json": "a77e809000a6fe81226b2f33ce91621985923ea5c4635626a5405341f9440d8a",
    "ru-rubezhnoye.expected.json": "ddfff4433d0e564aac040080248ff6da01c55321f46852e51810c09bd0660b6b",
    "ru-slavic-brotherhood.expected.json": "62a9b38daaff0e643f684747ab555b0d1252a4583fa6c2bb14fca98cfdaacaf4",
    "uk-balakliia.expected.json": "f75c0fd7676ab4fabacc08235ff8ad2eb119b65e984eb006f343e503e99e219d",
    "uk-irpin-liberation.expected.json": "f09ddb4e23756552e092356f89e229dc41d00a294c595bd104b40896aaed0e18",
    "uk-joint-efforts-exercise.expected.json": "6150b5470e336a6cc05fb3e25d5510241d47623b00ae1ef16d4610e98e0ffc2f",
    "uk-siversk-front.expected.json": "e701a09d6a542111be41cfb16ee4424a3a3071274bc94dbbddd8055a48882295",
}


def test_the_eleventh_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT11) == FROZEN


def test_four_articles_per_language():
    assert languages_of(HELDOUT11) == sorted(["en", "ru", "uk", "ko"] * 4)


def test_the_eleventh_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT11, capsys) == [6, 8, 7, 7, 4, 6, 4, 5, 5, 6, 5, 5, 5, 4, 5, 5]


def test_measure_points_at_the_eleventh_set(capsys, monkeypatch):
    out = run_measure("--heldout11", capsys, monkeypatch)
    assert "uk-siversk-front.txt" in out and "uk-staromaiorske.txt" not in out
    assert "most proposals for one expected claim: en-anakonda-exercise " in out
