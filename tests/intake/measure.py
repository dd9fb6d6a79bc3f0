"""Print the extractor's recall and precision, every miss and why, on the development
fixtures (tests/intake/articles) or on one of the frozen sets of articles once held out
(tests/intake/heldout, heldout2 … heldout100), each frozen before it was first scored. Each
set's README.md says how it was made; the README of the repository records when each was
scored unseen and when it was tuned on.

    python tests/intake/measure.py              (from the repository root)
    python tests/intake/measure.py --heldout
    python tests/intake/measure.py --heldout2
    python tests/intake/measure.py --heldout3
    python tests/intake/measure.py --heldout4
    python tests/intake/measure.py --heldout5
    python tests/intake/measure.py --heldout6
    python tests/intake/measure.py --heldout7
    python tests/intake/measure.py --heldout8
    python tests/intake/measure.py --heldout9
    python tests/intake/measure.py --heldout10
    python tests/intake/measure.py --heldout11
    python tests/intake/measure.py --heldout12
    python tests/intake/measure.py --heldout13
    python tests/intake/measure.py --heldout14
    python tests/intake/measure.py --heldout15
    python tests/intake/measure.py --heldout16
    python tests/intake/measure.py --heldout17
    python tests/intake/measure.py --heldout18
    python tests/intake/measure.py --heldout19
    python tests/intake/measure.py --heldout20
    python tests/intake/measure.py --heldout21
    python tests/intake/measure.py --heldout22
    python tests/intake/measure.py --heldout23
    python tests/intake/measure.py --heldout24
    python tests/intake/measure.py --heldout25
    python tests/intake/measure.py --heldout26
    python tests/intake/measure.py --heldout27
    python tests/intake/measure.py --heldout28
    python tests/intake/measure.py --heldout29
    python tests/intake/measure.py --heldout30
    python tests/intake/measure.py --heldout31
    python tests/intake/measure.py --heldout32
    python tests/intake/measure.py --heldout33
    python tests/intake/measure.py --heldout34
    python tests/intake/measure.py --heldout35
    python tests/intake/measure.py --heldout36
    python tests/intake/measure.py --heldout37
    python tests/intake/measure.py --heldout38
    python tests/intake/measure.py --heldout39
    python tests/intake/measure.py --heldout40
    python tests/intake/measure.py --heldout41
    python tests/intake/measure.py --heldout42
    python tests/intake/measure.py --heldout43
    python tests/intake/measure.py --heldout44
    python tests/intake/measure.py --heldout45
    python tests/intake/measure.py --heldout46
    python tests/intake/measure.py --heldout47
    python tests/intake/measure.py --heldout48
    python tests/intake/measure.py --heldout49
    python tests/intake/measure.py --heldout50
    python tests/intake/measure.py --heldout51
    python tests/intake/measure.py --heldout52
    python tests/intake/measure.py --heldout53
    python tests/intake/measure.py --heldout54
    python tests/intake/measure.py --heldout55
    python tests/intake/measure.py --heldout56
    python tests/intake/measure.py --heldout57
    python tests/intake/measure.py --heldout58
    python tests/intake/measure.py --heldout59
    python tests/intake/measure.py --heldout60
    python tests/intake/measure.py --heldout61
    python tests/intake/measure.py --heldout62
    python tests/intake/measure.py --heldout63
    python tests/intake/measure.py --heldout64
    python tests/intake/measure.py --heldout65
    python tests/intake/measure.py --heldout66
    python tests/intake/measure.py --heldout67
    python tests/intake/measure.py --heldout68
    python tests/intake/measure.py --heldout69
    python tests/intake/measure.py --heldout70
    python tests/intake/measure.py --heldout71
    python tests/intake/measure.py --heldout72
    python tests/intake/measure.py --heldout73
    python tests/intake/measure.py --heldout74
    python tests/intake/measure.py --heldout75
    python tests/intake/measure.py --heldout76
    python tests/intake/measure.py --heldout77
    python tests/intake/measure.py --heldout78
    python tests/intake/measure.py --heldout79
    python tests/intake/measure.py --heldout80
    python tests/intake/measure.py --heldout81
    python tests/intake/measure.py --heldout82
    python tests/intake/measure.py --heldout83
    python tests/intake/measure.py --heldout84
    python tests/intake/measure.py --heldout85
    python tests/intake/measure.py --heldout86
    python tests/intake/measure.py --heldout87
    python tests/intake/measure.py --heldout88
    python tests/intake/measure.py --heldout89
    python tests/intake/measure.py --heldout90
    python tests/intake/measure.py --heldout91
    python tests/intake/measure.py --heldout92
    python tests/intake/measure.py --heldout93
    python tests/intake/measure.py --heldout94
    python tests/intake/measure.py --heldout95
    python tests/intake/measure.py --heldout96
    python tests/intake/measure.py --heldout97
    python tests/intake/measure.py --heldout98
    python tests/intake/measure.py --heldout99
    python tests/intake/measure.py --heldout100
"""
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefing.intake.evaluate import measure_directory, report  # noqa: E402

HERE = Path(__file__).resolve().parent
# Every frozen set, by its flag: --heldout, --heldout2 … (the folder's own name).
FOLDERS = {f"--{folder.name}": folder.name for folder in sorted(HERE.glob("heldout*"))}


def main() -> int:
    chosen = [FOLDERS[a] for a in sys.argv[1:] if a in FOLDERS]
    scores = measure_directory(HERE / (chosen[0] if chosen else "articles"))
    print(report(scores))
    # The goal of issue 16: at most two proposals (same metric and quantity) per expected claim.
    print("most proposals for one expected claim: "
          + ", ".join(f"{s.article.removesuffix('.txt')} {s.most_per_claim}" for s in scores))
    causes = Counter(cause for s in scores for why in s.why_missed
                     for cause in re.findall(r"^not proposed|^read as|qualifier|source|date"
                                             r"|forecast", why))
    print("misses by cause (one miss may have several): "
          + (", ".join(f"{c} {n}" for c, n in causes.most_common()) or "none"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
