"""`briefing new`: a briefing of one's own from the command line, never over an existing file."""
import json
import os

import pytest

from briefing.cli import main
from briefing.store.schema import migrations
from briefing.workspace import Workspace


def run(capsys, *argv) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_new_makes_an_empty_briefing_with_its_properties(capsys, tmp_path):
    path = tmp_path / "kursk.briefing"
    status, out, err = run(capsys, "new", path, "--title", "DPRK forces in  Kursk",
                           "--subject", "DPRK contingent, Kursk",
                           "--marking", "SECRET//REL TO USA, GBR")
    assert (status, err) == (0, "")
    assert out == f"created {path}: 'DPRK forces in Kursk', marked SECRET//REL TO USA, GBR\n"
    ws = Workspace.open(path, create=False)
    try:
        b = ws.briefing()
        assert (b.title, b.subject, b.classification, b.as_of) == (
            "DPRK forces in Kursk", "DPRK contingent, Kursk", "SECRET//REL TO USA, GBR", None)
        assert ws.is_empty()
    finally:
        ws.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "kursk.briefing"]
    status, out, _ = run(capsys, "--db", path, "check")
    latest = max(version for version, _ in migrations())
    assert status == 0 and out.endswith(f"ok (schema {latest}, 0 claims, 0 events)\n")


def test_new_defaults_to_unclassified_and_no_subject(capsys, tmp_path):
    path = tmp_path / "mine.briefing"
    assert run(capsys, "new", path, "--title", "Mine")[0] == 0
    ws = Workspace.open(path, create=False)
    try:
        assert (ws.briefing().classification, ws.briefing().subject) == ("UNCLASSIFIED", None)
    finally:
        ws.close()


def test_new_refuses_an_existing_file_and_leaves_it_alone(capsys, tmp_path):
    path = tmp_path / "kept.briefing"
    path.write_bytes(b"not mine to replace")
    status, out, err = run(capsys, "new", path, "--title", "Again")
    assert (status, out) == (2, "")
    assert err == (f"{path}: already exists; open it with `briefing --db {path}`, "
                   "or choose another name\n")
    assert path.read_bytes() == b"not mine to replace"


@pytest.mark.parametrize("argv, message", [
    (["new", "{dir}/mine.txt", "--title", "T"], "{dir}/mine.txt: a briefing file's name ends "
                                                "in .briefing\n"),
    (["new", "{dir}/nowhere/mine.briefing", "--title", "T"],
     "{dir}/nowhere/mine.briefing: the folder {dir}/nowhere does not exist\n"),
    (["new", "{dir}/mine.briefing", "--title", "  "], "--title: is required (got '')\n"),
    (["new", "{dir}/mine.briefing", "--title", "T", "--marking", ""],
     "--marking: is required (got '')\n"),
    (["new", "{dir}/mine.briefing"],
     "briefing new: the following arguments are required: --title (see --help)\n"),
], ids=["suffix", "folder", "title", "marking", "no title"])
def test_new_bad_usage_is_one_line_and_makes_nothing(capsys, tmp_path, argv, message):
    status, out, err = run(capsys, *(a.format(dir=tmp_path) for a in argv))
    assert (status, out) == (2, "")
    assert err == message.format(dir=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_new_names_a_marking_it_does_not_recognise(capsys, tmp_path):
    status, out, _ = run(capsys, "new", tmp_path / "t.briefing", "--title", "T",
                         "--marking", "SECERT")
    assert status == 0
    assert out.splitlines()[1].startswith("note: 'SECERT' is not a marking Briefing recognises")


def test_new_does_not_replace_a_file_made_meanwhile(tmp_path, monkeypatch):
    """The check and the creation are apart in time; the final step never replaces."""
    from briefing.domain import Briefing
    from briefing.workspace import create_new

    path = tmp_path / "race.briefing"
    real_link = os.link

    def someone_else_first(src, dst):
        path.write_bytes(b"theirs")
        real_link(src, dst)

    monkeypatch.setattr(os, "link", someone_else_first)
    with pytest.raises(FileExistsError):
        create_new(path, Briefing(title="Mine"))
    assert path.read_bytes() == b"theirs"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "race.briefing"]


def test_an_import_into_a_new_briefing_keeps_its_properties(capsys, tmp_path, seed_path):
    """The package's own title and marking are for a briefing nobody named yet."""
    path = tmp_path / "mine.briefing"
    run(capsys, "new", path, "--title", "Mine", "--marking", "SECRET//NOFORN")
    status, out, _ = run(capsys, "--db", path, "import", seed_path)
    assert status == 0 and "briefing properties" not in out
    ws = Workspace.open(path, create=False)
    try:
        assert (ws.briefing().title, ws.briefing().classification) == ("Mine", "SECRET//NOFORN")
        assert len(ws.claims()) == len(json.loads(seed_path.read_text())["claims"])
    finally:
        ws.close()
