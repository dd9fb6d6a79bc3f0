"""Package JSON that is valid JSON but not a package: refused in one located line, never a
traceback and never stored as something else (briefing.interchange.json_values)."""
import json
import subprocess
import sys

import pytest

from briefing.cli import main
from briefing.workspace import Workspace, create_from_seed
from crash_support import REPO, SEED, child_env

SEED_TEXT = SEED.read_text(encoding="utf-8")


def run(capsys, *argv):
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def _claim_5_value_twice() -> str:
    text = SEED_TEXT.replace('"value": 300,', '"value": 300, "value": 30000,', 1)
    assert text != SEED_TEXT
    return text


def _deep_note(depth: int) -> str:
    package = json.loads(SEED_TEXT)
    package["claims"][0]["note"] = "__NOTE__"
    return json.dumps(package).replace('"__NOTE__"', "[" * depth + "]" * depth)


CASES = {
    "nested 100,000 deep": (
        '{"format": "briefing-package", "version": 1, "claims": ' + "[" * 100_000
        + "]" * 100_000 + "}", "not a usable JSON file (nested too deeply to be a package)"),
    "a note nested 900 deep": (
        _deep_note(900), "$.claims[0].note" + "[0]" * 15 + ": is nested more than 16 levels"),
    "a lone surrogate": (
        SEED_TEXT.replace('"title": "North Korean troops in Kursk"', '"title": "\\ud800"', 1),
        r"$.briefing.title: is not valid text (it holds a lone surrogate such as \ud800)"),
    "a lone surrogate in a key": (
        SEED_TEXT.replace('"format"', '"\\udfff": 1, "format"', 1), r"$.\udfff: unknown key"),
    "a duplicate key in a claim": (
        _claim_5_value_twice(), "$.claims[5].value: duplicate key"),
    "a duplicate top-level key": (
        SEED_TEXT.replace('"version": 2,', '"version": 2, "version": 2,', 1),
        "$.version: duplicate key"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_refused_in_one_located_line(capsys, tmp_path, case):
    text, message = CASES[case]
    path = tmp_path / "package.json"
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "seed.briefing"
    create_from_seed(db)
    status, out, err = run(capsys, "--db", db, "import", path)
    assert status == 2 and out == ""
    assert err.startswith(f"{path}: {message}"), err
    assert err.count("\n") == 1
    ws = Workspace.open(db)
    try:
        assert ws.get("claim", "nis-killed").value == 300
        assert ws.briefing().title == "North Korean troops in Kursk"
    finally:
        ws.close()


def test_a_lone_surrogate_through_a_real_process_prints_one_line(tmp_path, data_dir):
    path = tmp_path / "package.json"
    path.write_text(CASES["a lone surrogate in a key"][0], encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "briefing", "--db", str(tmp_path / "n.briefing"),
                           "import", str(path)], cwd=REPO, env=child_env(data_dir),
                          capture_output=True, timeout=60)
    assert done.returncode == 2 and b"Traceback" not in done.stderr
    assert done.stderr.decode("utf-8") == f"{path}: $.\\udfff: unknown key\n"
