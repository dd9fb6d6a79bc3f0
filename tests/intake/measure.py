"""Print the extractor's recall and precision on every fixture in tests/intake/articles.

    python tests/intake/measure.py            (from the repository root)
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefing.intake.evaluate import measure_directory, report  # noqa: E402

ARTICLES = Path(__file__).resolve().parent / "articles"


def main() -> int:
    print(report(measure_directory(ARTICLES)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
