"""The twelfth held-out set (tests/intake/heldout12, written for evaluation by a ninth helper who
never read the rules, once the first eleven sets had all been read or tuned on, and frozen before
it was scored) stays frozen, and is measured. Its scores go in its README, not in an assertion: a
threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT12 = HERE / "heldout12"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-inates-attack.txt": "b7a9179434f8718ba3a3edd8c3f4af4d001c43a433c76ab985593b7ca5826f91",
    "en-mamasapano-clash.txt": "4017b29f6b1b85e229bef868444125ad7746b239f0667651922a2a524b826c33",
    "en-papua-nduga.txt": "249ed5e596627bb9063195c96f4e57b223aef5bccadc39087f071a36c31a47e8",
    "en-venezuela-apure.txt": "f25b4703d92ec674f5387dbf11841f6a2d93f0895624f6af4f8fd5bd30e6fde0",
    "ko-first-yeonpyeong-battle.txt": "634d4a460afac6fbca9d75cc70f5bd2c2c985e8101d0e0ad512ca2b7c047e6df",
    "ko-mali-boulkessi.txt": "74a26eac8e4542b9c3c589b02e69e9671ec6c0d001e536692375a3994410fde0",
    "ko-pulwama-attack.txt": "282db50591c2dfa5844eefab3bd9948206aea0281a1d78cd13647752ee6fb560",
    "ko-rakhine-arsa-attack.txt": "67387776b45316859ebecf984c2a445f33513abf7127fed49d1135ff348434f6",
    "ru-deir-ez-zor-blockade.txt": "e5e1e936169fe9fa3ea8cef648b5cdf021c571217324e522534dec5672541e0f",
    "ru-east-ghouta.txt": "2bfcd8bdf6e7a10eac7643d470e1eede2483ef383f66163ab2aa0176591fccfb",
    "ru-nalchik-attack.txt": "13d4e4f57d498876f000d85483c9c7e8749f3e3245784de81abd98fb9bdcedcd",
    "ru-rubezh-exercise.txt": "10aabca2407a4466a8aab4c485d4dec7baf23e8826d012e8df2a8f9d70c54806",
    "uk-shyrokyne.txt": "546d892fc88ac704350af3c5d9cfc340697d3f627c11d1f32127a5f7d5ec0627",
    "uk-svitlodarsk-bulge.txt": "98d1d091263aa28e1016748c322e131f020102b0bf9d2758699ea1bcbee90ebc",
    "uk-volnovakha-checkpoint.txt": "be08aa1f1c593a12993ef3bae1a0bd585d9bd9c1e4c3c36e4aa498435c91a7b2",
    "uk-zelenopillia-strike.txt": "65f463bc943c7b937985a892551b840c3aef9779e8a83b5a53ac06d4f695925b",
    "en-inates-attack.expected.json": "97e51b5ec0ef2a2872d98da1649a13dc5d366e6e9b2d74cec563425698226138",
    "en-mamasapano-clash.expected.json": "f4b9e0663f382150d802ef572be9060caa093c7f84111031d00b81a77041099a",
    "en-papua-nduga.expected.json": "fef1abcd78d1eca3bb3cba26eb29782ee2946d3af4eda7cb32d94e9679b01ce2",
    "en-venezuela-apure.expected.json": "15b6d42ba3a2bdf208687e82f0773fddfddfde41a0bcc9d82cc9c70d1121effc",
    "ko-first-yeonpyeong-battle.expected.json": "936adf5e83559d89d4f705d6b4a61e8e3524e1b8432881aff77f0313e8a2ce58",
    "ko-mali-boulkessi.expected.json": "5cfa10adcc420a81ee5eec24a9ccceca1d811ede61dbcd1f227587f861e7e088",
    "ko-pulwama-attack.expected.json": "d5ab72c855602d9681570f05403b01c5847b091e2e0899d4839bac14ba2b734e",
    "ko-rakhine-arsa-attack.expected.json": "d6abf4a26de16b5e96a7348abd0ff325450a2520ce7597819b0c1f85a34580c0",
    "ru-deir-ez-zor-blockade.expected.json": "8160a9104849658599ab029e623853b97902c0d52551ec786b57291806ef8822",
    "ru-east-ghouta.expected.json": "7736d2bdf6b648d0d5445f75a0fff6fa227045bad45bd01094c43d8f43955005",
    "ru-nalchik-attack.expected.json": "c3276a9daeb91b9cbff52ada2c9b275cc6fcb4a653662158b0b4d2a940d0665f",
    "ru-rubezh-exercise.expected.json": "88a8b06a5fe8b64e26151316737f63d23a788648db41158256e6cf566bdc3f27",
    "uk-shyrokyne.expected.json": "401c6f34bf90de75ab3cee80580db41fa510db7a97b4dc2faca9f440d66d32d4",
    "uk-svitlodarsk-bulge.expected.json": "c23b04709557a3276469cb8f0f91768aa57614632cfdc07a4910210d134b8779",
    "uk-volnovakha-checkpoint.expected.json": "9e989895ae306bded8460a66263c9625d12f334ab3cab7b9401ca0ffdb6b8cdd",
    "uk-zelenopillia-strike.expected.json": "13a8b7c32d216b4d72ec8c89ed1d38b9f3d5ab35c2f5857331074579c083f291",
}


def test_the_twelfth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT12) == FROZEN


def test_four_articles_per_language():
    assert languages_of(HELDOUT12) == sorted(["en", "ru", "uk", "ko"] * 4)


def test_the_twelfth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT12, capsys) == [5, 6, 7, 8, 4, 6, 4, 4, 5, 5, 7, 6, 5, 5, 5, 6]


def test_measure_points_at_the_twelfth_set(capsys, monkeypatch):
    out = run_measure("--heldout12", capsys, monkeypatch)
    assert "uk-zelenopillia-strike.txt" in out and "uk-siversk-front.txt" not in out
    assert "most proposals for one expected claim: en-inates-attack " in out
