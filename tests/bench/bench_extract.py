"""How the article extractor's time grows with the figures (and dates, force phrases) in one
sentence: it must be linear, so doubling a sentence about doubles the time.

    python tests/bench/bench_extract.py [--sizes 20000,40000] [--repeat 3]

Each shape is one long sentence of a repeated fragment; the table gives the median seconds
at each size and the ratio of the last size to the first (linear: the ratio of the sizes).
Before the fix, 20 KB of "1 1 1 …" took about 30 s and 40 KB over 60 s.
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from briefing.intake import extract  # noqa: E402

# shape → the i-th fragment (distinct figures, so repeats are not merged away early)
SHAPES = {
    "1 1 1 …": lambda i: "1 ",
    "figures with a cue": lambda i: f"{300 + i} soldiers were killed, ",
    "figures and dates": lambda i: f"{300 + i} killed on {1 + i % 28} December, ",
    "force phrases": lambda i: f"North Korean troops and {300 + i} ",
    "dates only": lambda i: "January 2025 ",
    "hedged ranges": lambda i: f"about {2000 + i}-{3000 + i} troops, ",
}
PUBLISHED = dt.date(2025, 1, 13)
ARTICLES = Path(__file__).resolve().parents[1] / "intake" / "articles"


def _sentence(fragment, size: int) -> str:
    parts, length, i = ["The ministry said "], 0, 0
    while length < size:
        parts.append(fragment(i))
        length += len(parts[-1])
        i += 1
    return "".join(parts) + "in Kursk."


def timed(text: str, repeat: int) -> tuple[float, int]:
    seconds, found = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = len(extract(text, published=PUBLISHED))
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds), found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20000,40000",
                        help="sentence lengths in characters (default 20000,40000)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    head = "  ".join(f"{s // 1000:>5} KB" for s in sizes)
    print(f"{'shape':<20}  {head}  ratio  proposals")
    worst = 0.0
    for name, fragment in SHAPES.items():
        row, found = [], 0
        for size in sizes:
            text = _sentence(fragment, size)
            seconds, found = timed(text, args.repeat)
            row.append(seconds)
        ratio = row[-1] / row[0] if row[0] else float("nan")
        worst = max(worst, ratio)
        cells = "  ".join(f"{s:>6.2f} s" for s in row)
        print(f"{name:<20}  {cells}  {ratio:>5.2f}  {found:>9}")
    print(f"size ratio {sizes[-1] / sizes[0]:.2f}; worst time ratio {worst:.2f} "
          f"(quadratic would be {(sizes[-1] / sizes[0]) ** 2:.2f})")
    articles = "\n".join(p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt")))
    print("\nmany sentences: the test articles repeated")
    for copies in (10, 40):
        text = (articles + "\n") * copies
        seconds, _ = timed(text, args.repeat)
        print(f"{copies:>3} copies, {len(text) / 1000:>6.0f} KB: {seconds:>6.2f} s "
              f"({1e6 * seconds / len(text):.1f} µs a character)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
