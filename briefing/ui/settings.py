"""Preferences and window state, declared once with their defaults.

Both live as INI files in the data directory (so `BRIEFING_DATA_DIR` isolates tests and
portable installs): `settings.ini` for what the analyst chose, `state.ini` for where windows
and columns were left. Clearing state never loses a preference.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from ..workspace import data_dir

MAX_RECENT = 8


@dataclass(frozen=True)
class Setting:
    key: str
    default: object


SAMPLES = Setting("projection/samples", 10000)
SEED = Setting("projection/seed", 0)
RECENT = Setting("files/recent", [])
PAGE_SIZE = Setting("report/page_size", "A4")


def _store(name: str) -> QSettings:
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / name), QSettings.IniFormat)


def preferences() -> QSettings:
    return _store("settings.ini")


def window_state() -> QSettings:
    return _store("state.ini")


def get(setting: Setting):
    value = preferences().value(setting.key, setting.default)
    if isinstance(setting.default, list):
        return [] if value in (None, "") else (value if isinstance(value, list) else [value])
    return type(setting.default)(value)


def put(setting: Setting, value) -> None:
    preferences().setValue(setting.key, value)


def remember_recent(path: str) -> list[str]:
    recent = [p for p in get(RECENT) if p != path]
    recent = [path, *recent][:MAX_RECENT]
    put(RECENT, recent)
    return recent
