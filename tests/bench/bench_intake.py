"""How the article extractor's time grows with the text (kept out of the test run).

    python tests/bench/bench_intake.py

Two shapes: an article repeated 1x..64x (many sentences), and one sentence holding more and
more figures (a table pasted as prose: losses, strengths, in Russian and in Korean, and Korean
counts no cue reads, and figures each with a day). Time per unit should stay flat: extraction
is linear in the text (numbers' neighbours are found by bisection, a figure is weighed against
the 64 dates nearest it, repeats merged through an index).
"""
import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefing.intake import extract  # noqa: E402

ARTICLES = ROOT / "tests" / "intake" / "articles"
PUBLISHED = dt.date(2025, 2, 1)


def timed(text: str) -> float:
    start = time.perf_counter()
    extract(text, PUBLISHED)
    return time.perf_counter() - start


def main() -> int:
    for name in ("kursk.txt", "ru-kursk-konashenkov.txt", "uk-general-staff-day.txt",
                 "ko-sof-kursk.txt"):
        article = (ARTICLES / name).read_text(encoding="utf-8")
        cells = []
        for copies in (1, 4, 16, 64):
            seconds = timed("\n".join([article] * copies))
            cells.append(f"{copies:>2}x {seconds * 1000 / copies:6.1f} ms/copy")
        print(f"{name:28} " + "  ".join(cells))
    # a loss, a strength (no loss word anywhere: every sentence-wide search runs to its end),
    # and the Cyrillic and Korean cue tables
    for label, opening, figure in (
            ("one sentence, n figures", "Officials said ", "{} soldiers were killed"),
            ("… n strengths", "Officials said ", "{} troops were deployed"),
            ("… Russian", "Военные сообщили: ", "{} солдат погибли"),
            # a day by every figure: each is weighed against the dates nearest it, not all
            ("… each with a day", "Officials said ", "{} killed on 12 December"),
            ("… Russian, each with a day", "Военные сообщили: ", "{} солдат погибли 12 декабря"),
            ("… Korean", "국방부는 ", "{}명이 숨졌고"),
            # counts no cue reads, each looked at for an army named before it
            ("… Korean, unread counts", "경찰은 ", "주민 {}명")):
        cells = []
        for figures in (250, 1000, 4000, 16000):
            sentence = opening + ", ".join(figure.format(i) for i in range(1, figures + 1)) + "."
            cells.append(f"{figures:>5} {timed(sentence) * 1e6 / figures:6.0f} µs/figure")
        print(f"{label:28} " + "  ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
