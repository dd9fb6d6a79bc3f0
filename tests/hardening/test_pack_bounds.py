"""The briefing pack stays finite with huge free text: a 1 MB quote took 154 s to lay out,
50 MB never finished, 10 MB of `&amp;` took 64 s. Texts are shortened in the pack, with a
note saying how much was left out (the briefing file and its exports keep them whole)."""
import shutil
import subprocess
import sys

import pytest

from briefing.workspace import Workspace, create_from_seed
from crash_support import REPO, child_env


@pytest.fixture
def huge_texts(tmp_path):
    db = tmp_path / "huge.briefing"
    create_from_seed(db)
    ws = Workspace.open(db)
    try:
        claims = ws.claims()
        ws.put(claims[0].changed(quote="A very long quote. " * 55_000))      # ~1 MB
        ws.put(claims[1].changed(quote="&amp;" * 2_000_000))                 # 10 MB
        ws.put(claims[2].changed(note="<b>" * 300_000))
    finally:
        ws.close()
    return db


def test_the_pack_of_huge_quotes_is_short_and_says_what_it_left_out(tmp_path, data_dir,
                                                                    huge_texts):
    assert shutil.which("pdftotext"), "poppler-utils (pdftotext) is needed"
    pack = tmp_path / "pack.pdf"
    done = subprocess.run([sys.executable, "-m", "briefing", "--db", str(huge_texts), "export",
                           str(pack)], cwd=REPO, env=dict(child_env(data_dir),
                                                          QT_QPA_PLATFORM="offscreen"),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(pack), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert len(text) < 200_000
    assert "1,043,000 more characters not shown" in text.replace("\n", " ")
    assert "&amp;&amp;" in text and "9,998,000 more characters not shown" in text.replace("\n", " ")


def test_the_file_and_its_export_keep_the_quote_whole(tmp_path, huge_texts):
    from briefing.workspace.transfer import export_data

    ws = Workspace.open(huge_texts)
    try:
        export_data(ws, tmp_path / "claims.csv")
        assert len(ws.claims()[0].quote) == 1_045_000
    finally:
        ws.close()
    assert (tmp_path / "claims.csv").stat().st_size > 11_000_000
