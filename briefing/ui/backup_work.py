"""The window's rolling backups, taken on a worker thread.

The window checks every minute whether a backup is due (the briefing changed and the newest
backup is a few minutes old: `workspace.backups.maybe_backup`). Copying a 100,000-claim file
took 0.8 s, and counting its audit to decide took more: done on the window's thread, that
froze it once every few minutes. The worker opens a read-only connection of its own and
copies through SQLite's backup API from it, which reads one consistent snapshot (WAL lets
the window go on writing meanwhile) with the interpreter released.

What a backup holds stays what it promised: every edit committed before a backup starts is
in it; one committed while it is being copied is not, and makes the briefing "changed since"
the copy, so the next check takes it. An import waits for a copy in progress (the import's
own backup comes after it), and so does closing or replacing the briefing (a restore must
find no other connection on the file).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal

from ..workspace import BriefingFileError, Workspace
from ..workspace.backups import maybe_backup
from .one_job import OneJob


def check_and_copy(ws: Workspace) -> tuple[Path | None, str | None]:
    """(the new backup or None, a one-line problem or None), on the worker thread."""
    try:
        reader = Workspace.reader(ws.location)
        try:
            return maybe_backup(ws, reader=reader), None  # the window's ws: flags only
        finally:
            reader.close()
    except BriefingFileError as exc:
        return None, str(exc)
    except Exception as exc:  # reported to the window, never lost in the thread
        return None, f"{ws.location}: the backup could not be written ({exc})"


class BackupWork(OneJob):
    """`saved` (the new backup) or `failed` (one line) fire on the window's thread."""

    saved = Signal(Path)
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.running = False

    def start(self, ws: Workspace) -> bool:
        """Check and back up `ws` in the background, unless a copy is being made already,
        the briefing is read-only or it lives on a team server (backed up by its DBA);
        whether a check started."""
        if self.running or ws.read_only or ws.path is None:
            return False
        self.running = True
        self.submit(lambda: check_and_copy(ws))
        return True

    def wait(self) -> None:
        """Block until a copy in progress is written, and report it now rather than at the
        next event."""
        super().wait()
        self.hand_over()

    def deliver(self, result: tuple[Path | None, str | None]) -> None:
        made, problem = result
        self.running = False
        if problem is not None:
            self.failed.emit(problem)
        elif made is not None:
            self.saved.emit(made)
