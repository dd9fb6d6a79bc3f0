"""One job at a time on a thread of the window's own, its result handed over on the
window's thread.

The opening work (opening.py) and the rolling backups (backup_work.py) each read the
briefing over a read-only connection of their own on a worker thread and report to the
window: the same pool of one thread, the same hand-over through a queued signal, and the
same waits — before a write, before a screenshot, at closing, when what the worker reports
is for a window that is going away.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Run(QRunnable):
    def __init__(self, owner: "OneJob", job: Callable[[], object]):
        super().__init__()
        self.owner, self.job = owner, job

    def run(self) -> None:
        self.owner._result = self.job()  # a job reports its own failures in its result
        self.owner._ready.emit()


class OneJob(QObject):
    """Subclasses start a job with `submit` and take its result in `deliver` (on the
    window's thread, once per job: at the next event, or at `hand_over` if that comes
    first)."""

    _ready = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._result = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._ready.connect(self.hand_over)

    def submit(self, job: Callable[[], object]) -> None:
        """Run `job` on the worker thread; it must not raise (what went wrong is part of
        what it returns), and must not return None."""
        self._pool.start(_Run(self, job))

    def wait(self) -> None:
        """Block until the job in progress, if any, is done."""
        self._pool.waitForDone()

    def hand_over(self) -> None:
        """Deliver a finished job's result now, if there is one not delivered yet."""
        if self._result is None:
            return
        result, self._result = self._result, None
        self.deliver(result)

    def deliver(self, result) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Wait for the job in progress, then drop what it reports: its window is
        closing."""
        self._pool.waitForDone()
        self.blockSignals(True)
