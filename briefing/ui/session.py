"""The window's one link to the briefing: edits with undo, and change notification.

Every edit goes through `execute`, which writes through the workspace first (so a refused
edit raises before anything reaches the undo stack) and then records the before/after states
as one undoable command. After every write — ours, an undo, or another analyst's commit
found by polling (a file's `PRAGMA data_version`, a team server's notifications) —
`changed` fires once with the `Changes`, and each view decides what to re-read.

A team server that goes away makes the session *disconnected*: `connection` fires False,
every edit is refused with one line (none is queued to be sent later, none is lost
silently), and a worker thread tries to reconnect every second (an unreachable host takes
seconds to time out: never on the window's thread). Once back, `connection` fires True and
`changed` fires `Changes.all()`, so every view re-reads what happened meanwhile.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain import Briefing, Entity
from ..workspace import BriefingFileError, Changes, ServerUnavailableError, Workspace
from ..workspace.intake import undo_states

POLL_MS = 250
RECONNECT_MS = 1000

State = tuple[str, str, Entity | None]


def _kind(entity: Entity) -> str:
    return type(entity).__name__.lower()


class _StateCommand(QUndoCommand):
    def __init__(self, session: "Session", text: str, before: list[State], after: list[State]):
        super().__init__(text)
        self._session, self._before, self._after = session, before, after
        self._done = True  # `execute` already applied it; the stack's first redo is a no-op

    def redo(self):
        if self._done:
            self._done = False
            return
        self._session._apply(self._after)

    def undo(self):
        self._session._apply(self._before)


class _Reconnect(QRunnable):
    def __init__(self, session: "Session"):
        super().__init__()
        self.session = session

    def run(self) -> None:
        try:
            self.session.ws.reconnect()
        except BriefingFileError as exc:
            self.session._reconnected.emit(False, str(exc))
        else:
            self.session._reconnected.emit(True, "")


class Session(QObject):
    changed = Signal(object)      # Changes
    changed_elsewhere = Signal(object)  # the Changes of another analyst's (process's) commit
    failed = Signal(str)          # a background write (undo/redo) that could not be applied
    connection = Signal(bool)     # a team server lost (False) or back (True)
    _reconnected = Signal(bool, str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.ws = workspace
        self.connected = True
        self.lost_because = ""
        self.undo_stack = QUndoStack(self)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RECONNECT_MS)
        self._retry.timeout.connect(self._try_reconnect)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._reconnected.connect(self._after_reconnect)
        self._closed = False
        self.before_write = None  # called before every edit (the window's opening backup)

    @property
    def read_only(self) -> bool:
        """No edits: a read-only briefing, or a team server that is away."""
        return self.ws.read_only or not self.connected

    # ---- edits --------------------------------------------------------------------------
    def execute(self, text: str, before: list[State], after: list[State],
                expected: dict[tuple[str, str], int] | None = None) -> Changes:
        """Apply `after`; raises (ValidationError, StaleEditError, BriefingFileError) with
        nothing written and nothing pushed if the edit is refused."""
        changes = self._guarded(lambda: self.ws.apply(after, expected))
        if changes:
            self.undo_stack.push(_StateCommand(self, text, before, after))
            self.changed.emit(changes)
        return changes

    def create(self, text: str, build) -> list[State]:
        """Add new entities as one undoable edit; `build(workspace)` returns their states
        and chooses their ids (`new_id`) inside the writing transaction, so an import by
        another program cannot take the same ids meanwhile. `{id}` in `text` becomes the
        first new entity's id. Returns the states written."""
        states, changes = self._guarded(lambda: self.ws.create(build))
        if changes:
            label = text.replace("{id}", states[0][1]) if states else text
            self.undo_stack.push(_StateCommand(self, label, undo_states(states), states))
            self.changed.emit(changes)
        return states

    def put(self, entity: Entity, text: str | None = None,
            expected_rev: int | None = None) -> Changes:
        """Add or edit one entity. With `expected_rev` (the revision the editor loaded), an
        entity someone else changed meanwhile raises StaleEditError instead of being
        overwritten."""
        kind = _kind(entity)
        old = self._guarded(lambda: self.ws.get(kind, entity.id)
                            if self.ws.revision(kind, entity.id) else None)
        label = text or (f"Edit {kind} {entity.id}" if old else f"Add {kind} {entity.id}")
        expected = {(kind, entity.id): expected_rev} if expected_rev is not None else None
        return self.execute(label, [(kind, entity.id, old)], [(kind, entity.id, entity)],
                            expected)

    def delete(self, kind: str, entity_id: str) -> Changes:
        before, after = self._guarded(lambda: self.ws.deletion_states(kind, entity_id))
        return self.execute(f"Delete {kind} {entity_id}", before, after)

    def set_briefing(self, briefing: Briefing) -> Changes:
        """Briefing properties are not on the undo stack: they are a dialog's explicit OK."""
        changes = self._guarded(lambda: self.ws.set_briefing(briefing))
        if changes:
            self.changed.emit(changes)
        return changes

    def _apply(self, states: list[State]) -> None:
        try:
            changes = self._guarded(lambda: self.ws.apply(states))
        except Exception as exc:  # undo/redo run inside Qt: report, never raise through it
            self.failed.emit(str(exc))
            return
        if changes:
            self.changed.emit(changes)

    def notify(self, changes: Changes) -> None:
        """For writes made outside `execute` (imports, intake): tell the views."""
        if changes:
            self.changed.emit(changes)

    def guarded(self, write):
        """`write()` under the rules of every edit (the merge-conflict resolutions use it)."""
        return self._guarded(write)

    def _guarded(self, write):
        """Run one edit (or the reads it starts from), refused at once while the server is
        away; one that finds it gone is refused too, and the session turns disconnected."""
        if not self.connected:
            raise ServerUnavailableError(f"{self.ws.location}: disconnected from the team "
                                         "server — reconnecting; nothing was saved")
        if self.before_write is not None:
            self.before_write()
        try:
            return write()
        except ServerUnavailableError as exc:
            self.lost(str(exc))
            raise

    # ---- other processes ----------------------------------------------------------------
    def poll(self) -> None:
        if not self.connected:
            return
        try:
            changes = self.ws.poll()
        except ServerUnavailableError as exc:
            self.lost(str(exc))
            return
        if changes:
            self.changed.emit(changes)
            self.changed_elsewhere.emit(changes)

    def lost(self, why: str) -> None:
        """The team server went away (found by a view's read, or by our own)."""
        if not self.connected:
            return
        self.connected, self.lost_because = False, why
        self.connection.emit(False)
        self._retry.start()

    def _try_reconnect(self) -> None:
        if not self._closed:
            self._pool.start(_Reconnect(self))

    def _after_reconnect(self, ok: bool, why: str) -> None:
        if self._closed:
            return
        if not ok:
            self.lost_because = why
            self._retry.start()
            return
        self.connected, self.lost_because = True, ""
        self.connection.emit(True)
        self.changed.emit(Changes.all())

    def close(self) -> None:
        """Stop watching and release the briefing; the undo stack goes quiet with it."""
        self._closed = True
        self._timer.stop()
        self._retry.stop()
        self._pool.waitForDone()
        self.undo_stack.blockSignals(True)
        self.ws.close()
