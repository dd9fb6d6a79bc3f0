"""Print the extractor's recall and precision on the development fixtures, or on one of the
frozen sets of articles once held out: tests/intake/heldout (seen during tuning),
tests/intake/heldout2 (scored once unseen, then tuned on in round 2 of issue 16, so now
development data too), tests/intake/heldout3 (scored twice unseen, then tuned on in round
3), tests/intake/heldout4 (written after all three had been tuned on, scored once unseen,
then tuned on in round 4), tests/intake/heldout5 (written by another independent helper
once all four were tuned on or being tuned on, scored once unseen, then tuned on in round 5)
tests/intake/heldout6 (written by a third independent helper once all five had been tuned
on or were being tuned on; scored unseen before and after round 5) , tests/intake/heldout7
(written by a fourth independent helper; scored once unseen with the rules of round 5, then
tuned on in round 6), tests/intake/heldout8 (written by a fifth; scored unseen before and
after round 6, then tuned on in round 7), tests/intake/heldout9 (a sixth; scored unseen
before and after round 7, then tuned on in round 8), tests/intake/heldout10 (a seventh;
scored unseen before and after round 8, then tuned on in round 9), tests/intake/heldout11
(an eighth; scored unseen before and after round 9, not read since) and tests/intake/heldout13
(a ninth, written while a tenth wrote heldout12; frozen before it was scored).
Their README.md files say how they were made; the README of the repository records their
first scores.

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
    python tests/intake/measure.py --heldout13
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefing.intake.evaluate import measure_directory, report  # noqa: E402

HERE = Path(__file__).resolve().parent
FOLDERS = {"--heldout": "heldout", "--heldout2": "heldout2", "--heldout3": "heldout3",
           "--heldout4": "heldout4", "--heldout5": "heldout5", "--heldout6": "heldout6",
           "--heldout7": "heldout7", "--heldout8": "heldout8",
           "--heldout9": "heldout9", "--heldout10": "heldout10",
           "--heldout11": "heldout11", "--heldout13": "heldout13"}


def main() -> int:
    chosen = [FOLDERS[a] for a in sys.argv[1:] if a in FOLDERS]
    scores = measure_directory(HERE / (chosen[0] if chosen else "articles"))
    print(report(scores))
    # The goal of issue 16: at most two proposals (same metric and quantity) per expected claim.
    print("most proposals for one expected claim: "
          + ", ".join(f"{s.article.removesuffix('.txt')} {s.most_per_claim}" for s in scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
