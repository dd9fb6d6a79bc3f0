"""The shape of the code and of what ships: import-linter's contracts, and the wheel."""
import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CONTRACTS = ("Only the UI and the report touch Qt", "Dependencies point inward",
             "Only the store speaks to a database",
             "The UI, the command line and the report reach storage through the workspace")


def test_import_contracts_in_pyproject_are_kept():
    lint = Path(sys.executable).parent / "lint-imports"
    assert lint.exists(), f"import-linter is not installed next to {sys.executable}"
    done = subprocess.run([str(lint), "--no-cache"],  # reads ./pyproject.toml
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    report = done.stdout + done.stderr
    assert done.returncode == 0, report
    for name in CONTRACTS:
        assert f"{name} KEPT" in report, report
    assert "0 broken" in report, report


def _can_build_offline() -> bool:
    """pyproject's build requirements (setuptools>=68, wheel) present in this venv."""
    import setuptools
    major = int(setuptools.__version__.split(".")[0])
    return major >= 68 and importlib.util.find_spec("wheel") is not None


def test_built_wheel_ships_the_seed_and_the_migrations(tmp_path):
    """Slow (a real `pip wheel`, ~3–10 s). Built from a copy of the repository so the shared
    work tree gets no build/ or egg-info."""
    source = tmp_path / "src"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(
        ".git", "tests", "build", "dist", "*.egg-info", "__pycache__", ".hypothesis",
        ".import_linter_cache", "*.briefing*"))
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "out")]
    if _can_build_offline():
        command.append("--no-build-isolation")
    done = subprocess.run([*command, "."], cwd=source, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    [wheel] = (tmp_path / "out").glob("briefing-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for shipped in ("briefing/resources/seed/kursk.json",
                    "briefing/resources/seed/kursk-article.txt",
                    "briefing/resources/docs/reference.md",
                    "briefing/store/migrations/sqlite/0001_initial.sql",
                    "briefing/store/migrations/postgres/0001_initial.sql",
                    "briefing/__main__.py"):
        assert shipped in names, shipped
    assert not any(n.startswith("tests/") for n in names)
    assert "briefing/resources/docs/window.png" not in names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "briefing = briefing.cli:entry" in zipfile.ZipFile(wheel).read(entry_points).decode()


@pytest.mark.parametrize("migration", sorted(
    str(p.relative_to(REPO / "briefing" / "store" / "migrations"))
    for p in (REPO / "briefing" / "store" / "migrations").glob("*/*.sql")))
def test_migrations_are_found_as_package_resources(migration):
    from briefing.store.schema import migrations
    dialect, name = migration.split("/")
    version = int(name.split("_", 1)[0])
    assert version in [v for v, _ in migrations(dialect)]
