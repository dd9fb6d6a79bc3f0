"""Work the window shows in steps, one step per turn of the event loop.

Showing a new analysis at 100,000 claims means a chart, the judgments, the scenario panel,
the hypotheses matrix, the timeline's marks and the ledger's conflict marks: each takes a
few to a few tens of milliseconds, together more than a frame. Run as steps, the window
paints and answers input between them. A new run drops the steps left of the one before
(each step reads the window's current state when it runs, so none shows a stale one).
Work that would compete with the steps for the interpreter waits for them (`when_done`).
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer


class Stages(QObject):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._steps: deque[Callable[[], None]] = deque()
        self._after: list[Callable[[], None]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)

    @property
    def pending(self) -> bool:
        return bool(self._steps)

    def run(self, steps: Iterable[Callable[[], None]]) -> None:
        """The first step now, the others at the following turns."""
        self._steps = deque(steps)
        self._next()

    def then(self, steps: Iterable[Callable[[], None]]) -> None:
        """`steps` after the steps left, which still run (the first now if none is left)."""
        if self._steps:
            self._steps.extend(steps)
        else:
            self.run(steps)

    def when_done(self, callback: Callable[[], None]) -> None:
        """`callback` once no step is left (those of a run started meanwhile included),
        whether they ran or were dropped; now if none is pending."""
        self._after.append(callback)
        if not self._steps:
            self._done()

    def cancel(self) -> None:
        self._steps.clear()
        self._timer.stop()
        self._done()

    def finish(self) -> None:
        """Every step left, now (before a screenshot, or a step that needs them shown)."""
        self._timer.stop()
        while self._steps:
            self._steps.popleft()()
        self._done()

    def _next(self) -> None:
        if self._steps:
            self._steps.popleft()()
        if self._steps:
            self._timer.start()
        else:
            self._done()

    def _done(self) -> None:
        after, self._after = self._after, []
        for callback in after:
            callback()
