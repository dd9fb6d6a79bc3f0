"""The repository explains itself: nothing a user or a reader of the code is sent to lives
outside it (design notes and contracts kept beside the repository are not shipped)."""
import importlib
import json
import re
from pathlib import Path

import pytest

from briefing.cli.main import build_parser
from briefing.workspace.locations import resources_dir, seed_package_path

REPO = Path(__file__).resolve().parent.parent
# Built from pieces so this file does not match itself.
OUTSIDE = re.compile("|".join(("CONTRACT" + r"\s*§", "FIELD-" + "NOTES", "DESIGN" + r"\.md",
                               r"(?<![\w.])" + "shared" + "/")))
TEXT_SUFFIXES = {".py", ".sql", ".toml", ".md", ".sh", ".spec", ".iss", ".txt", ".xml",
                 ".desktop", ""}


def repository_texts():
    roots = [REPO / "briefing", REPO / "tests", REPO / "packaging", REPO / ".ci",
             REPO / "resources" / "docs"]
    files = [REPO / "pyproject.toml", REPO / "README.md"]
    for root in roots:
        files += [p for p in root.rglob("*") if p.is_file() and p.suffix in TEXT_SUFFIXES
                  and "__pycache__" not in p.parts]
    return sorted(files)


def test_no_code_comment_or_doc_points_outside_the_repository():
    found = []
    for path in repository_texts():
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if OUTSIDE.search(line):
                found.append(f"{path.relative_to(REPO)}:{n}: {line.strip()}")
    assert found == []


def _all_help() -> str:
    parser = build_parser()
    texts = [parser.format_help()]
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    texts += [p.format_help() for p in sub.choices.values()]
    return "\n".join(texts)


def test_help_texts_point_only_inside_the_repository():
    text = _all_help()
    assert not OUTSIDE.search(text)
    assert "What a projection means" in text
    assert str(resources_dir() / "docs" / "reference.md") in text


def test_the_seed_article_ships_beside_the_seed():
    article = resources_dir() / "seed" / "kursk-article.txt"
    seed = json.loads(seed_package_path().read_text(encoding="utf-8"))
    texts = [d["text"].strip() for d in seed["documents"] if d.get("text")]
    assert article.read_text(encoding="utf-8").strip() in texts


def _slug(heading: str) -> str:
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


@pytest.mark.parametrize("doc", ["README.md", "resources/docs/reference.md"])
def test_every_link_and_path_in_the_docs_is_in_the_repository(doc):
    path = REPO / doc
    text = path.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if "://" in target:
            continue
        file, _, anchor = target.partition("#")
        linked = (path.parent / file).resolve() if file else path
        assert linked.is_file(), target
        if anchor:
            headings = re.findall(r"^#+ (.+)$", linked.read_text(encoding="utf-8"), re.M)
            assert anchor in {_slug(h) for h in headings}, target
    for named in re.findall(r"`((?:resources|briefing|packaging|tests)/[\w./-]+)`", text):
        assert (REPO / named).exists(), named


def test_help_names_an_installed_reference_whole_however_long_its_path(monkeypatch):
    cli_main = importlib.import_module("briefing.cli.main")  # the package's `main` is a function
    deep = Path("/home/analyst/.local/share/pipx/venvs/briefing/lib/python3.11/site-packages"
                "/briefing/resources")
    monkeypatch.setattr(cli_main, "resources_dir", lambda: deep)
    assert f"\n  {deep / 'docs' / 'reference.md'}\n" in cli_main.build_parser().format_help()
