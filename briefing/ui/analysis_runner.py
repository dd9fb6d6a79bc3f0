"""Runs the briefing's analysis (projections, conflicts, fraction bases) for the window.

Small briefings are analysed inline, within the frame an edit redraws in. A large one, or
one whose last analysis took longer than a frame budget, is analysed on a worker thread over
its own read-only connection (WAL lets it read while the window writes), so typing in the
ledger of a 100k-claim briefing never waits for the fit; requests made while one runs are
coalesced into one more run.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..workspace import Workspace
from ..workspace.analysis import Analysis, analyse

INLINE_BUDGET_S = 0.030
INLINE_CLAIMS = 5000  # above this, even the first analysis of a file goes to the thread


def prepare(analysis: Analysis) -> None:
    """Work out here, not on the window's thread, what the views read of an analysis that
    it computes only when first asked (and then keeps): the fraction bases the ledger and
    the detail pane show (made one by one as the ledger asked for them: 10–150 ms of the
    window's thread at 100,000 claims) and the subjects the scenario form offers."""
    for _ in analysis.evidence.bases.values():
        pass
    analysis.evidence.subjects


class _Job(QRunnable):
    def __init__(self, runner: "AnalysisRunner", window_ws: Workspace, samples: int, seed: int):
        super().__init__()
        self.runner, self.window_ws, self.samples, self.seed = runner, window_ws, samples, seed

    def run(self) -> None:
        start = time.perf_counter()
        try:
            ws = Workspace.reader(self.window_ws.location)
            try:
                result = analyse(ws, samples=self.samples, seed=self.seed)
                prepare(result)
            finally:
                ws.close()
            result.read_texts_from(self.window_ws)   # a quote shown later: the window's read
        except Exception as exc:  # reported to the window, never lost in the thread
            self.runner._failed.emit(f"Projection could not be computed: {exc}")
            return
        self.runner._done.emit(result, time.perf_counter() - start)


class AnalysisRunner(QObject):
    finished = Signal(object)   # Analysis
    failed = Signal(str)
    _done = Signal(object, float)
    _failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.last_seconds = 0.0
        self._running = False
        self._pending = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._done.connect(self._finish)
        self._failed.connect(self._fail)

    @property
    def busy(self) -> bool:
        return self._running

    def inline(self, ws: Workspace) -> bool:
        """Whether the next request is answered at once (a small, quick briefing)."""
        small = ws.count("claim") <= INLINE_CLAIMS
        return not self._running and small and self.last_seconds <= INLINE_BUDGET_S

    def request(self, ws: Workspace, samples: int, seed: int) -> Analysis | None:
        """Analyse now if it is cheap (returns the Analysis), otherwise in the background
        (returns None; `finished` follows)."""
        if self.inline(ws):
            start = time.perf_counter()
            result = analyse(ws, samples=samples, seed=seed)
            self.last_seconds = time.perf_counter() - start
            return result
        if self._running:
            self._pending = (ws, samples, seed)
            return None
        self._start(ws, samples, seed)
        return None

    def _start(self, ws: Workspace, samples: int, seed: int) -> None:
        self._running = True
        self._pool.start(_Job(self, ws, samples, seed))

    def _finish(self, result: Analysis, seconds: float) -> None:
        self.last_seconds = seconds
        self._running = False
        self.finished.emit(result)
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self._start(*pending)

    def _fail(self, message: str) -> None:
        self._running = False
        self.failed.emit(message)

    def wait(self) -> None:
        """Block until background work is done (restoring a backup, tests)."""
        self._pool.waitForDone()

    def close(self) -> None:
        """Wait for background work, then drop what it reports: the window it was for is
        closing, and its briefing with it."""
        self._pool.waitForDone()
        self.blockSignals(True)
