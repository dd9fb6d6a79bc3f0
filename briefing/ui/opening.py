"""What opening a briefing leaves until the window has painted.

At 100,000 claims an open took 3–4 s here before anything was on screen: SQLite's check
of every page (0.3–0.8 s), a copy of the whole file as the opening backup (0.8 s), every
claim's ledger columns (0.9 s), 20,000 events for the timeline (0.4 s), and the analysis
worker competing for the interpreter meanwhile. The window now paints from the briefing's
first page of claims, and `OpeningWork` does the rest on a worker thread over its own
read-only connection (WAL lets it read while the window writes): the page check, the
opening backup, then — when the window painted only a page — every claim's ledger row and
the timeline's events. The window shows them when they arrive, and starts the work once
its first analysis is in (window_opening.py), so the two do not share the interpreter.

Nothing is lost by waiting: an edit made before the work is done first waits for it
(`wait`), so the opening backup holds the briefing as it was opened, and a file whose pages
are damaged is never written (the window refuses every edit and says why).

Python's cycle collector stays out of the window's way (`settle`): a full collection walks
every object alive and holds the interpreter meanwhile, on whichever thread it runs, so the
window's thread waits for it too — 50–150 ms at each of the four or five that reading
20,000 events and 100,000 claims' rows set off (bench_open.py --stalls). The objects of a
big briefing's window are not collected again: the modules and the window itself once it
has painted, then what the work read (`gc.freeze`). Reference counting still frees them as
usual; only a reference cycle among them would outlive its use, and nothing the work reads
makes one.
"""
from __future__ import annotations

import gc
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Signal

from ..charts.timeline_data import TimelineFigure, timeline_figure
from ..projection.collector import collector_paused
from ..workspace import BriefingFileError, Workspace
from ..workspace.backups import maybe_backup
from .ledger_rows import LedgerRows
from .one_job import OneJob


@dataclass
class Opened:
    """What the worker read. `rows` and `events` only when the window asked for them;
    `damage` (one line) when the file's pages were checked and are not sound: then nothing
    else was read, and the window refuses edits."""
    damage: str | None = None
    backup: Path | None = None
    problems: list[str] = field(default_factory=list)  # one line each
    rows: LedgerRows | None = None
    events: list | None = None
    sources: dict = field(default_factory=dict)  # id → Source
    timeline: TimelineFigure | None = None       # the events in the window's lanes
    analysis: object = None  # the window's Analysis whose marks `rows` carry, if any


def settle() -> None:
    """Every object alive now left out of the collector's passes from now on (see the
    module's docstring): what lives as long as a big briefing's window does."""
    gc.freeze()


def read_opening(ws: Workspace, read_all: bool, lanes: str, marked=None) -> Opened:
    """The opening work, on the worker thread, over a read-only connection of its own.
    `marked`: (the window's analysis, its ledger marks) to give the rows here, or None."""
    opened = Opened()
    try:
        reader = Workspace.reader(ws.location)  # its pages checked below
    except BriefingFileError as exc:
        opened.problems.append(str(exc))
        return opened
    try:
        _read(ws, reader, opened, read_all, lanes, marked)
    except BriefingFileError as exc:
        opened.problems.append(str(exc))
    except Exception as exc:  # reported to the window, never lost in the thread
        opened.problems.append(f"{ws.location}: could not be read ({exc})")
    finally:
        reader.close()
    return opened


def _read(ws: Workspace, reader: Workspace, opened: Opened, read_all: bool,
          lanes: str, marked) -> None:
    if not ws.pages_checked:
        opened.damage = reader.page_damage()
        if opened.damage is not None:
            return
    try:
        opened.backup = maybe_backup(ws, reader=reader)  # the window's ws: flags only
    except BriefingFileError as exc:
        opened.problems.append(str(exc))
    if read_all:
        with collector_paused():
            with reader.store.snapshot():
                columns = reader.claim_columns()
                opened.events = reader.events()
                opened.sources = {s.id: s for s in reader.sources()}
            opened.analysis, marks = marked or (None, ())  # fractions' numbers: the bases
            opened.rows = LedgerRows.from_columns(columns, *marks)
            opened.timeline = timeline_figure(opened.events, None, opened.sources, lanes)
            settle()  # before the collector resumes: none of it is walked again


class OpeningWork(OneJob):
    """The after-paint work of one opened briefing; `done` fires once, on the window's
    thread, with the `Opened`."""

    done = Signal(object)

    def __init__(self, ws: Workspace, read_all: bool, lanes: str, parent=None):
        """`lanes`: how the window's timeline groups its events (`TimelineView.lanes_by`)."""
        super().__init__(parent)
        self.ws, self.read_all, self.lanes = ws, read_all, lanes
        self.started = self.delivered = False

    @property
    def pending(self) -> bool:
        return not self.delivered

    def start(self, marked=None) -> None:
        """`marked`: (the window's analysis, its ledger marks) for the rows read."""
        if not self.started:
            self.started = True
            self.submit(lambda: read_opening(self.ws, self.read_all, self.lanes, marked))

    def wait(self) -> None:
        """Start the work if it has not started, and block until it is done (before a write:
        the opening backup first)."""
        self.start()
        super().wait()

    def finish(self) -> None:
        """Wait, and hand the result to the window now rather than at the next event."""
        self.wait()
        self.hand_over()

    def deliver(self, opened: Opened) -> None:
        self.delivered = True
        self.done.emit(opened)
