"""`briefing` (the window) and `briefing screenshot`: the commands that need Qt."""
from __future__ import annotations

import os
from pathlib import Path

from .errors import DONE, PROBLEMS, USAGE, CommandError
from .opening import open_workspace


def cmd_window(args) -> int:
    """The window, once Qt can show one here (checked first: nothing is opened or made for a
    window that cannot appear)."""
    from ..charts.display import DisplayUnavailable
    from ..charts.qt_app import ensure_app
    try:
        ensure_app()
    except DisplayUnavailable as exc:
        raise CommandError(str(exc), PROBLEMS) from None
    ws = open_workspace(args.db, create_missing=True, watch=True, check_pages=False)
    from ..ui.app import run
    return run(ws)


def cmd_screenshot(args) -> int:
    target = Path(args.file)
    if target.suffix.lower() != ".png":
        raise CommandError(f"{target}: screenshots are PNG files; name it .png", USAGE)
    if not target.parent.exists():
        raise CommandError(f"{target}: the folder {target.parent} does not exist", USAGE)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ws = open_workspace(args.db, create_missing=True)
    from ..ui.app import screenshot
    try:
        screenshot(ws, target, args.size, args.view)
    except OSError as exc:
        raise CommandError(str(exc), PROBLEMS) from None
    print(f"wrote {target}")
    return DONE
