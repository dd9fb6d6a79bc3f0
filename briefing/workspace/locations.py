"""Where the default briefing and the bundled resources live.

The data directory follows the platform convention Qt's `AppDataLocation` uses, computed
without Qt so the CLI starts fast; `BRIEFING_DATA_DIR` replaces it (tests, CI, portable).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from ..store import BriefingFileError

APP_NAME = "Briefing"
DEFAULT_FILE = "default.briefing"


def data_dir() -> Path:
    override = os.environ.get("BRIEFING_DATA_DIR")
    if override:
        folder = Path(override).expanduser()
        if folder.exists() and not folder.is_dir():
            raise BriefingFileError(f"BRIEFING_DATA_DIR={override}: names a file, not a folder")
        return folder
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def default_briefing_path() -> Path:
    return data_dir() / DEFAULT_FILE


def resources_dir() -> Path:
    """Bundled resources: inside the installed package (wheel, frozen app) or, when running
    from a source checkout, the repository's top-level `resources/`."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "resources", package.parent / "resources"):
        if (candidate / "seed").is_dir():
            return candidate
    raise FileNotFoundError(f"bundled resources not found next to {package}")


def seed_package_path() -> Path:
    return resources_dir() / "seed" / "kursk.json"
