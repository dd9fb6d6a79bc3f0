"""The command line under hostile input and an unusual environment: one line and the right
exit status, never a traceback; nothing printed that acts on the terminal."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.workspace import create_from_seed
from crash_support import REPO, SEED, child_env


def run(capsys, *argv):
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def briefing(*argv, env: dict, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing", *argv], cwd=REPO, env=env,
                          capture_output=True, timeout=120, **kwargs)


@pytest.fixture
def seed_db(tmp_path) -> Path:
    path = tmp_path / "seed.briefing"
    create_from_seed(path)
    return path


# ---- terminal control sequences ----------------------------------------------------------

HOSTILE_ARTICLE = ("Defence ministry says 300 North Korean soldiers were killed "
                   "\x1b]52;c;cm0gLXJmIH4=\x07in Kursk\x1b[2J\x1b[H, officials said on Monday."
                   "\r\x9b31mThe \x1bP1$qm\x1b\\ministry said 2,700 were wounded.\n")


@pytest.mark.parametrize("as_json", [False, True])
def test_extract_prints_no_terminal_control_sequence(capsys, tmp_path, as_json):
    article = tmp_path / "article.txt"
    article.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    status, out, err = run(capsys, "extract", article, "--published", "2025-01-13",
                           *(["--json"] if as_json else []))
    assert (status, err) == (0, "")
    assert "300" in out
    assert not any(ch in out for ch in "\x1b\x07\r\x9b\x90\x9c"), repr(out)
    if as_json:
        assert "\\u001b]52;c;" in out   # still there, escaped, for a program to read


def test_error_lines_print_no_terminal_control_sequence(capsys, tmp_path, seed_db):
    path = tmp_path / "bad.csv"
    path.write_text("source,subject,metric,value,as_of,credibility,quote\n"
                    "nis,x,killed,3,2025-01-01,2,q\n".replace("killed", "kil\x1b[2Jled"),
                    encoding="utf-8")
    status, _, err = run(capsys, "--db", seed_db, "import", path)
    assert status == 2 and "\x1b" not in err


# ---- arguments -----------------------------------------------------------------------------

@pytest.mark.parametrize("argv, message", [
    (["--seed", "-1"], "argument --seed: must be at least 0 (got -1)"),
    (["--samples", "1000000000"], "argument --samples: must be 1..1,000,000 (got 1000000000)"),
    (["--samples", "0"], "argument --samples: must be 1..1,000,000 (got 0)"),
])
def test_project_arguments_out_of_range_are_usage_errors(capsys, seed_db, argv, message):
    status, out, err = run(capsys, "--db", seed_db, "project", *argv)
    assert status == 2 and out == ""
    assert err == f"briefing project: {message} (see --help)\n"


def test_project_at_the_sample_bound_runs(capsys, seed_db):
    status, out, _ = run(capsys, "--db", seed_db, "project", "--samples", "1000000",
                         "--scenario", "isw")
    assert status == 0 and out.startswith("id ")


# ---- the environment -----------------------------------------------------------------------

def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path, seed_db, data_dir):
    child = subprocess.Popen([sys.executable, "-m", "briefing", "--db", str(seed_db),
                              "project", "--samples", "200"], cwd=REPO,
                             env=child_env(data_dir), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    child.stdout.close()        # `| head -1` that has already read its line
    err = child.stderr.read().decode()
    child.wait(timeout=120)
    assert "BrokenPipeError" not in err and "Traceback" not in err
    assert err == "" and child.returncode == 1


@pytest.mark.parametrize("command", [["check"], ["project", "--samples", "50"], ["restore"],
                                     ["import", str(SEED)]])
def test_briefing_data_dir_naming_a_file_is_one_line(tmp_path, command):
    afile = tmp_path / "not-a-folder"
    afile.write_text("x")
    done = briefing(*command, env=dict(child_env(afile), BRIEFING_DATA_DIR=str(afile)),
                    text=True)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == f"BRIEFING_DATA_DIR={afile}: names a file, not a folder\n"


def test_a_db_path_of_non_utf8_bytes_works(tmp_path, data_dir):
    """Linux file names are bytes; this one is not UTF-8 (it reached the backup folder's
    name as a UnicodeEncodeError)."""
    db = os.fsencode(tmp_path) + b"/\xff\xfe-briefing.briefing"
    env = child_env(data_dir)
    for argv in ([b"import", os.fsencode(SEED)], [b"restore"],
                 [b"screenshot", os.fsencode(tmp_path / "shot.png")], [b"restore"]):
        done = subprocess.run([os.fsencode(sys.executable), b"-m", b"briefing", b"--db", db,
                               *argv], cwd=REPO, env=dict(env, QT_QPA_PLATFORM="offscreen"),
                              capture_output=True, timeout=120)
        assert done.returncode == 0, done.stderr.decode(errors="replace")
        assert b"Traceback" not in done.stderr
    assert b"-briefing-20" in done.stdout     # the window's backup of it, listed
