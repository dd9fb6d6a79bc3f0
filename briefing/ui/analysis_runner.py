"""Runs the briefing's analysis (projections, conflicts, fraction bases) for the window.

Small briefings are analysed inline, within the frame an edit redraws in. A large one, or
one whose last analysis took longer than a frame budget, is analysed on a worker thread over
its own read-only connection (WAL lets it read while the window writes), so typing in the
ledger of a 100k-claim briefing never waits for the fit; requests made while one runs are
coalesced into one more run. There the projections come first (`projected`), from only the
claims they can see — the charts and judgments of 100,000 claims on 20 subjects in a tenth of
the analysis's time — and the whole analysis (`finished`) follows from the same snapshot,
once the window has drawn them (`first_drawn`): drawing them while the worker ran Python
beside it took the window's thread twice as long. Results arrive in the order the runs were
asked for, and none of a briefing the window has since left (`forget`).
"""
from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..workspace import Workspace
from ..workspace.analysis import Analysis, Projected, analyse, analyse_in_stages

INLINE_BUDGET_S = 0.030
INLINE_CLAIMS = 5000  # above this, even the first analysis of a file goes to the thread
DRAWN_WAIT_S = 1.0    # the longest a run waits for its projections to be drawn


def prepare(analysis: Analysis) -> None:
    """Work out here, not on the window's thread, what the views read of an analysis that
    it computes only when first asked (and then keeps): the fraction bases the ledger and
    the detail pane show (made one by one as the ledger asked for them: 10–150 ms of the
    window's thread at 100,000 claims) and the subjects the scenario form offers."""
    for _ in analysis.evidence.bases.values():
        pass
    analysis.evidence.subjects


class _Job(QRunnable):
    def __init__(self, runner: "AnalysisRunner", request: tuple, subjects, generation: int):
        """`subjects`: the briefing's, as the last analysis found them (None: not known)."""
        super().__init__()
        self.runner, self.request, self.generation = runner, request, generation
        self.subjects = subjects

    def run(self) -> None:
        start = time.perf_counter()
        window_ws, samples, seed = self.request
        try:
            ws = Workspace.reader(window_ws.location)
            try:
                for result in analyse_in_stages(ws, samples, seed, self.subjects):
                    if isinstance(result, Projected):
                        self.runner._first.emit(result, self.generation)
                        result = None  # the window keeps what it draws, not this
                        self.runner._drawn.wait(DRAWN_WAIT_S)
                prepare(result)
            finally:
                ws.close()
            result.read_texts_from(window_ws)   # a quote shown later: the window's read
        except Exception as exc:  # reported to the window, never lost in the thread
            self.runner._failed.emit(f"Projection could not be computed: {exc}",
                                     self.generation)
            return
        self.runner._done.emit(result, time.perf_counter() - start, self.generation)


class AnalysisRunner(QObject):
    projected = Signal(object)  # Projected: a background run's projections, before finished
    finished = Signal(object)   # Analysis
    failed = Signal(str)
    _first = Signal(object, int)
    _done = Signal(object, float, int)
    _failed = Signal(str, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.last_seconds = 0.0
        self.run = 0  # the number of the run in progress (or last done)
        self._running = False
        self._pending = None
        self._subjects = None
        self._generation = 0
        self._drawn = threading.Event()  # the running run's projections are drawn
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._first.connect(self._show_first)
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
        self._start((ws, samples, seed))
        return None

    def forget(self) -> None:
        """The window left its briefing: what runs now is for it, and is dropped when done;
        nothing it asked for later runs."""
        self._generation += 1
        self._pending, self._subjects = None, None
        self._drawn.set()

    def _start(self, request: tuple) -> None:
        self._running = True
        self.run += 1
        self._drawn.clear()
        self._pool.start(_Job(self, request, self._subjects, self._generation))

    def _show_first(self, first: Projected, generation: int) -> None:
        if generation != self._generation:
            self._drawn.set()
            return
        self.projected.emit(first)

    def first_drawn(self) -> None:
        """The window has drawn the projections `projected` sent: the run goes on."""
        self._drawn.set()

    def _finish(self, result: Analysis, seconds: float, generation: int) -> None:
        self._running = False
        if generation == self._generation:
            self.last_seconds = seconds
            self._subjects = result.evidence.subjects
            self.finished.emit(result)
        self._next()

    def _fail(self, message: str, generation: int) -> None:
        self._running = False
        if generation == self._generation:
            self.failed.emit(message)
        self._next()

    def _next(self) -> None:
        """The run asked for while the last one ran (after its result is shown)."""
        if self._pending is not None and not self._running:
            pending, self._pending = self._pending, None
            self._start(pending)

    def wait(self) -> None:
        """Block until background work is done (restoring a backup, tests)."""
        self._drawn.set()
        self._pool.waitForDone()

    def close(self) -> None:
        """Wait for background work, then drop what it reports: the window it was for is
        closing, and its briefing with it."""
        self._drawn.set()
        self._pool.waitForDone()
        self.blockSignals(True)
