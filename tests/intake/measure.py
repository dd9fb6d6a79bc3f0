"""Print the extractor's recall and precision on the development fixtures, or on the frozen
held-out set (tests/intake/heldout, never tuned on: see its README.md).

    python tests/intake/measure.py              (from the repository root)
    python tests/intake/measure.py --heldout
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefing.intake.evaluate import measure_directory, report  # noqa: E402

HERE = Path(__file__).resolve().parent


def main() -> int:
    folder = HERE / ("heldout" if "--heldout" in sys.argv[1:] else "articles")
    print(report(measure_directory(folder)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
