"""The briefing pack PDF: banners on every page, every claim and source, the judgment."""
import re
import shutil
import subprocess

import pytest

from briefing.domain import figure, number
from briefing.report import export_report
from briefing.workspace import Workspace
from briefing.workspace.analysis import analyse

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


def pages_text(pdf, layout: bool = True) -> list[str]:
    """Text per page; `layout` keeps lines in place (banners), otherwise the order the text
    was drawn in keeps a wrapped table cell's words together."""
    mode = ["-layout"] if layout else ["-raw"]
    text = subprocess.run(["pdftotext", *mode, str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return [p for p in text.split("\f") if p.strip()]


def flat(text: str) -> str:
    return " ".join(text.split())


def squeeze(text: str) -> str:
    """Without spaces, hyphens and quotation marks: a word wrapped at its hyphen
    ("Commander-in-" / "Chief") still matches."""
    return "".join(text.replace("-", "").replace("“", "").replace("”", "").split())


@pytest.fixture
def pack(qapp, seeded, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1738368000")
    target = tmp_path / "pack.pdf"
    export_report(seeded, target)
    return target


def test_every_page_has_both_banners(pack):
    pages = pages_text(pack)
    assert len(pages) >= 4
    for n, page in enumerate(pages, 1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[0] == "UNCLASSIFIED", f"page {n} top"
        assert lines[-1] == "UNCLASSIFIED", f"page {n} bottom"
        assert f"Page {n} of {len(pages)}" in page


def test_every_claim_source_and_the_key_judgment_are_in_the_pack(pack, seeded):
    text = flat(" ".join(pages_text(pack, layout=False)))
    for source in seeded.sources():
        assert flat(source.name) in text
    squeezed = squeeze(text)
    for claim in seeded.claims():
        assert squeeze(claim.quote) in squeezed, claim.id
    assert ("If losses continue at about 92 a day (Institute for the Study of War, B3) and no "
            "reinforcements arrive, the DPRK contingent, Kursk is very likely (84%) to be "
            "entirely killed or wounded by 15 April 2025.") in text
    assert "Confidence: moderate" in text
    assert "Annex: claims used by each scenario" in text


def test_same_briefing_gives_the_same_text(pack, seeded, tmp_path):
    again = tmp_path / "again.pdf"
    export_report(seeded, again)
    assert pages_text(again) == pages_text(pack)


def test_an_imported_briefing_has_its_marking_claims_and_sources(qapp, tmp_path):
    from pathlib import Path

    from briefing.cli import main

    db = tmp_path / "bakhmut.briefing"
    fixture = Path(__file__).parents[1] / "fixtures" / "bakhmut.json"
    assert main(["--db", str(db), "import", str(fixture)]) == 0
    target = tmp_path / "bakhmut.pdf"
    assert main(["--db", str(db), "export", str(target)]) == 0
    for page in pages_text(target):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[0] == lines[-1] == "SECRET//REL TO USA, FVEY"
    squeezed = squeeze(" ".join(pages_text(target, layout=False)))
    ws = Workspace.open(db)
    for claim in ws.claims():
        assert squeeze(claim.quote) in squeezed, claim.id
    for source in ws.sources():
        assert squeeze(source.name) in squeezed, source.name
    ws.close()


def test_hangul_and_cyrillic_reach_the_pdf(qapp, seeded, tmp_path):
    claim = seeded.get("claim", "nis-killed")
    seeded.put(claim.changed(note="국가정보원 · Сирський"))
    target = tmp_path / "scripts.pdf"
    export_report(seeded, target)
    text = " ".join(pages_text(target))
    assert "국가정보원" in text
    assert "Сирський" in text


def test_fraction_figures_are_written_with_their_base(pack, seeded):
    text = flat(" ".join(pages_text(pack, layout=False)))
    assert ("nearly half (≈ 5,200 of 11,000, Publication cited by the article)" in text)


def test_print_uses_the_same_pages_with_banners(qapp, seeded, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    from briefing.report.pack import print_pack

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1738368000")
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = print_pack(seeded, printer)
    text = pages_text(tmp_path / "printed.pdf")
    assert len(text) == pages
    assert all(p.strip().startswith("UNCLASSIFIED") for p in text)


def test_letter_page_size(qapp, seeded, tmp_path):
    target = tmp_path / "letter.pdf"
    export_report(seeded, target, page_size="Letter")
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert "612 x 792 pts (letter)" in info


COUNT = re.compile(r"\d{1,3}(?:,\d{3})+")


def page_with(pages: list[str], heading: str) -> str:
    return next(p for p in pages if any(line.strip() == heading for line in p.splitlines()))


@pytest.mark.skipif(shutil.which("pdfimages") is None, reason="needs pdfimages")
def test_the_pack_holds_no_raster_images(pack):
    listing = subprocess.run(["pdfimages", "-list", str(pack)], capture_output=True, text=True,
                             check=True).stdout.splitlines()
    assert listing[2:] == [], listing  # the two header lines, then one line per image


def test_the_figures_are_drawn_for_paper_not_grabbed_from_the_screen(pack):
    pages = pages_text(pack)
    timeline = page_with(pages, "Timeline")
    for control in ("Lanes by", "Fit all", "9 events"):  # the window's timeline controls
        assert control not in timeline
    for lane in ("deployment", "combat", "casualty-report", "statement"):
        assert re.search(rf"^\s*{lane}\b", timeline, re.M), lane
    assert "DPRK sends about 11,000 troops to Kursk" in flat(timeline)
    projection = page_with(pages, "Projection")
    counts = {int(n.replace(",", "")) for n in COUNT.findall(projection)}
    assert len({n for n in counts if n >= 1000 and n % 1000 == 0}) >= 3
    for title in ("Personnel remaining", "Casualties (personnel)", "2025"):
        assert title in projection


def test_tables_break_no_word_and_no_number(pack, seeded):
    raw = subprocess.run(["pdftotext", "-raw", str(pack), "-"], capture_output=True, text=True,
                         check=True).stdout
    words = set(raw.split())
    headers = ("Figure", "Metric", "Subject", "Source", "Grade", "Reliability", "Category",
               "Claims", "Reinforcements", "Depletion", "Residual")
    assert [h for h in headers if h not in words] == []
    content = analyse(seeded, samples=200)
    for claim in seeded.claims():
        shown = figure(claim, content.bases.get(claim.id))
        assert all(w in words for w in shown.split()), shown
        assert all(w in words for w in claim.metric.split("_")), claim.metric
    ranges = [f"({number(r[0])}–{number(r[1])})" for s in seeded.scenarios()
              for r in (s.initial_strength_range, s.anchor_losses_range) if r]
    assert ranges
    for whole in ranges + ["reinforcements", "casualty-report"]:
        assert whole in words, whole
