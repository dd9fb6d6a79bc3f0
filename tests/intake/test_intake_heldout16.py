"""The sixteenth held-out set (tests/intake/heldout16, written for evaluation by a helper who never
read the rules, once the first fifteen sets had all been read or tuned on, and frozen before it
was scored) stays frozen, and is measured. Its scores go in its README, not in an assertion: a
threshold here would invite tuning the rules on it."""
from pathlib import Path

from intake_support import claims_per_article, file_hashes, languages_of, run_measure

HERE = Path(__file__).resolve().parent
HELDOUT16 = HERE / "heldout16"
# sha256 of every file of the set as it was frozen, before it was first scored.
FROZEN = {
    "en-defender-europe-21.txt": "5fd588cbc72cd38d98b29928eb854c91ee11a481ef17788ba7327bbfd684879f",
    "en-tongo-tongo-ambush.txt": "6d7c87fa64d96983f86ff1044f611c24bb531e614c5e30eab7be548a5da7c374",
    "en-wanat-outpost.txt": "f40e4e874333505e195e0166410b5bf73e61ea03a8d4cbf958f2ee3392e9cdce",
    "en-zamboanga-siege.txt": "88b994d61e761c33b48c45ff89d02e180f169635397948d6f5043ee9cc8285e1",
    "ko-max-thunder-exercise.txt": "4a17667740497eb1b44ccad10a64763beab5d5b9f78490ff98bbc0616e72fa3f",
    "ko-mumbai-attack.txt": "76421e5bd78cf6b14baea17aa7bfafdaa87ace0a77995c318d3d7d804cca9ecb",
    "ko-tawang-clash.txt": "57ff3856566fb4b90a07a956a28cfe8c2ba8113a1775e17c7a520a9d57956d81",
    "ko-uljin-samcheok.txt": "31b23f0692147aa288f8f0c612df983d1f3679e9f3df0871bc46c3a9dd88ac14",
    "ru-boevoe-bratstvo-exercise.txt": "345158dc1cdbb6cf5d45e27ba6eea47e955279646ed276ff3d91d0dc790c4dde",
    "ru-botlikh-1999.txt": "97becdcd8d40b9482d69f2d92e0ab25409647ad70162e2f58df4c795bf80e16c",
    "ru-hmeimim-attack.txt": "4a44c9f076e9873b20164b5c0e558fe0f662ba2842a49c03bfd35cc801f6ff0d",
    "ru-novogrodovka.txt": "ad7a1cee8d5f40e21bfe87eead9b7f4582793e314a31fba0bc76f1cff7d68627",
    "uk-clear-sky-exercise.txt": "2fbd8b6b79a49a2eb7a3fc154f44f9c9e077487a23213eedbd502cba87622849",
    "uk-kozacha-lopan.txt": "4ecff243a3be37d990a5e46d0c522b64ffbd66015232c298f5197842ba5b67ba",
    "uk-savur-mohyla.txt": "d68ca39a9c29aed7442da6341b78d1e1a7251c6e0869f1b793c5bd70b2b84e3f",
    "uk-synkivka.txt": "2d03a628be6b6bd4d4c359c5d854bc2866535d264d77eb1d30efa853c83bfeaf",
    "en-defender-europe-21.expected.json": "472c4122856e3901f32ac7b166f38adc4e96ed08ec78b4720eac196b4f0abc71",
    "en-tongo-tongo-ambush.expected.json": "af2a8ad8f56a05212f4ba998160ba5ef61c60c83046c5b49ae635b98ef68884c",
    "en-wanat-outpost.expected.json": "6d66cd9afc9ba2a4025ebf9e96a917acae95fb3d5b03f4598d49301293635f14",
    "en-zamboanga-siege.expected.json": "f68f94321e5b36434f466f20347ae613f08ec89357717d688533fbed309af502",
    "ko-max-thunder-exercise.expected.json": "6342f8729b0dc7c14908c606983f71e81c0e570f4754bd7f98836ae9f8137fd5",
    "ko-mumbai-attack.expected.json": "04d1c35d20fcbd9811d31bdc1dfecb0e08c06b38aa0be5ebe914e82eb730d564",
    "ko-tawang-clash.expected.json": "e8670232f8afa8e6b99d4d80f495af58903796cef5d704941c752e6f5f1e2bf7",
    "ko-uljin-samcheok.expected.json": "02dbd3a51b58d061585a3175cfe90a1322bfa8d8c9047f8df566716e6056b3b1",
    "ru-boevoe-bratstvo-exercise.expected.json": "e1a935c0087ba7eab3967b71533098c8478b857ef294ec6999629a48fd94b42c",
    "ru-botlikh-1999.expected.json": "379b81035262827ff8d11265dfe3e6febcc9c0f1e9a403c00021f4dc1d68e479",
    "ru-hmeimim-attack.expected.json": "7fc8952ccb38724be2ae447109b7a9ee88f25a16dc6906e0f27b817216d2a474",
    "ru-novogrodovka.expected.json": "37543f04d886e0bf33b9316ef2eb4922cec8a573f58d326de0bce55ec4e4eef9",
    "uk-clear-sky-exercise.expected.json": "25182829ad5daeffd9921765a6ad58005db1be585571d638503e13956b591e6b",
    "uk-kozacha-lopan.expected.json": "93e9b7e039119d5ef203c86c5b83abff752b001e77dd5eb73c521c2f2f174576",
    "uk-savur-mohyla.expected.json": "e260dc7a9b92301bd3aa96d28787db04ca0850f2b319c31692217ce20333dc17",
    "uk-synkivka.expected.json": "e0051c5e3ebfe2930f2960fae0d3df4d317b81566d6fecdb458077c952c2ff68",
}


def test_the_sixteenth_held_out_articles_are_unchanged():
    assert file_hashes(HELDOUT16) == FROZEN


def test_four_articles_per_language():
    assert languages_of(HELDOUT16) == sorted(["en", "ru", "uk", "ko"] * 4)


def test_the_sixteenth_held_out_measurement_runs(capsys):
    assert claims_per_article(HELDOUT16, capsys) == [4, 8, 8, 6, 4, 5, 4, 6, 4, 6, 5, 5, 4, 5, 5, 5]


def test_measure_points_at_the_sixteenth_set(capsys, monkeypatch):
    out = run_measure("--heldout16", capsys, monkeypatch)
    assert "uk-synkivka.txt" in out and "uk-siversk-front.txt" not in out
    assert "most proposals for one expected claim: en-defender-europe-21 " in out
