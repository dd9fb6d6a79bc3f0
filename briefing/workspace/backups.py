"""Rolling backups of a briefing file, and restoring one.

Where: `<data dir>/backups/<file stem>-<8 hex digits>/`, where the hex digits are a hash of
the briefing's absolute path. The data directory (`BRIEFING_DATA_DIR` or the platform's
per-user folder) is always writable and private, so this works for a `--db` file anywhere —
on a read-only share, a USB stick that is nearly full, a folder other people read — and the
backups do not travel with a copy mailed to someone else. The hash keeps two files of the
same name in different folders apart (two `kursk.briefing` must never restore into each
other). Moving a briefing to another folder starts a new series; the old one stays listed
in its folder. Each folder holds a `ORIGIN.txt` naming the briefing it belongs to.

What: a copy through SQLite's backup API (consistent while the file is being written, by us
or another process), named by its UTC time: `kursk-20250301T101500Z.briefing`. The copies
are plain (rollback-journal) SQLite files, so they open read-only without sidecar files.

When: `maybe_backup(ws)` makes one when the newest backup is at least `min_interval_s` old
*and* the briefing changed since (its audit log grew). The window calls it when it opens a
briefing and from a timer every minute, on a worker thread over a read-only connection of
its own (briefing/ui/backup_work.py); commands that write (`briefing import`, an
import in the window) go through `backed_up`; a read-only briefing is never backed up.
The newest `keep` (default 10) periodic backups are kept, and separately the newest `keep`
safety backups that `restore` writes before it replaces a file.

Restore: refuses a backup that is not a briefing (or is damaged, or newer) and a briefing
that another connection has open (it would keep writing to the replaced file). Otherwise it
first saves the current file as a safety backup (a raw copy if SQLite cannot read it), then
copies the backup through the backup API into a temporary file next to the briefing,
removes the old file's stale -wal/-shm and renames the copy over the briefing (every copy
here is written by `store.atomic`: a crash leaves either the old file or the new one, and
the partial files a killed backup or restore leaves are pruned with the old backups).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..store import BriefingFileError
from ..store import schema
from ..store.atomic import WriteError, prune_partials, write_bytes
from ..store.sqlite_files import (audit_fingerprint, claim_count, lock_exclusively,
                                  restore_file, safety_copy)
from .locations import data_dir

KEEP = 10
MIN_INTERVAL_S = 300
PERIODIC, SAFETY = "periodic", "before-restore"
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<stem>.*)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<kind>before-restore))?"
                   r"(?:-(?P<n>\d+))?\.briefing$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dt.datetime        # UTC, from the file name
    size: int                 # bytes
    claims: int | None        # None when the copy cannot be read
    kind: str                 # PERIODIC or SAFETY
    order: int = 0            # tie-break for copies taken in the same second

    @property
    def label(self) -> str:
        return self.taken.strftime("%Y-%m-%d %H:%M:%S UTC")


@dataclass(frozen=True)
class Restored:
    path: Path                # the briefing that was replaced
    backup: Path              # what it now holds
    safety: Path | None       # the previous content (None if there was no file)
    claims: int


# ---- where ---------------------------------------------------------------------------------

def backup_dir(path: Path | str) -> Path:
    path = Path(path).expanduser().resolve()
    digest = hashlib.sha256(os.fsencode(path)).hexdigest()[:8]  # the path may not be UTF-8
    return data_dir() / "backups" / f"{path.stem}-{digest}"


def _utc(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        return dt.datetime.now(dt.timezone.utc)
    return now.replace(tzinfo=dt.timezone.utc) if now.tzinfo is None else now.astimezone(
        dt.timezone.utc)


def _new_name(folder: Path, stem: str, now: dt.datetime, kind: str) -> Path:
    base = f"{stem}-{now.strftime(_STAMP)}" + (f"-{SAFETY}" if kind == SAFETY else "")
    candidate, n = folder / f"{base}.briefing", 2
    while candidate.exists():
        candidate, n = folder / f"{base}-{n}.briefing", n + 1
    return candidate


def _prepare(path: Path) -> Path:
    folder = backup_dir(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        origin = folder / "ORIGIN.txt"
        if not origin.exists():
            resolved = os.fsencode(Path(path).expanduser().resolve())
            write_bytes(origin, b"Backups of %s\n" % resolved)
    except (OSError, WriteError) as exc:
        raise BriefingFileError(f"{path}: cannot make the backup folder {folder} "
                                f"({getattr(exc, 'reason', None) or exc.strerror})") from None
    return folder


# ---- listing ------------------------------------------------------------------------------

def list_backups(path: Path | str) -> list[Backup]:
    """The briefing's backups, newest first."""
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if not match or not entry.is_file():
            continue
        taken = dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.timezone.utc)
        found.append(Backup(entry, taken, entry.stat().st_size, claim_count(entry),
                            SAFETY if match["kind"] else PERIODIC, int(match["n"] or 1)))
    return sorted(found, key=lambda b: (b.taken, b.order), reverse=True)


# ---- making -------------------------------------------------------------------------------

def make_backup(ws, now: dt.datetime | None = None, kind: str = PERIODIC,
                reader=None) -> Path:
    """Back the open workspace (a file) up now; returns the new file. `reader`: another,
    read-only workspace of the same file to copy through (a worker thread's, so the copy
    of a big file never holds the window's connection)."""
    folder = _prepare(ws.path)
    target = _new_name(folder, Path(ws.path).stem, _utc(now), kind)
    try:
        (reader or ws).store.save_copy(target, journal="DELETE")
    except WriteError as exc:
        raise BriefingFileError(f"{ws.path}: could not write a backup into {folder} "
                                f"({exc.reason})") from None
    return target


def maybe_backup(ws, now: dt.datetime | None = None, min_interval_s: float | None = None,
                 keep: int = KEEP, reader=None) -> Path | None:
    """A backup if the newest one is at least `min_interval_s` old (default MIN_INTERVAL_S)
    and the briefing changed since; else None. Call it on open and from a timer. Raises
    BriefingFileError (one line) if the backup cannot be written. `reader`: as for
    `make_backup`; everything but the decision is then read through it."""
    if ws.read_only or ws.path is None:  # a server is backed up by its DBA (pg_dump)
        return None
    if min_interval_s is None:
        min_interval_s = MIN_INTERVAL_S
    now = _utc(now)
    mine = (reader or ws).store.fingerprint()
    if mine[0] == 0:
        return None  # nothing was ever written: an empty new briefing
    backups = list_backups(ws.path)
    if backups:
        newest = backups[0]
        if (now - newest.taken).total_seconds() < min_interval_s:
            return None
        if audit_fingerprint(newest.path) == mine:
            return None
    made = make_backup(ws, now, reader=reader)
    prune(ws.path, keep)
    return made


@contextlib.contextmanager
def backed_up(ws, warn=None):
    """What every writing command does around its write, as the window does while open:
    first a backup of the briefing as it is now (unless the newest backup already holds
    exactly that), then, once the write went through, the rolling backup the window's timer
    would take, so a briefing that an import just made has one at once. A backup that cannot
    be written does not stop the write (the window carries on too): `warn` gets its one-line
    error."""
    try_backup(ws, warn, min_interval_s=0)
    yield
    try_backup(ws, warn)


def try_backup(ws, warn, **when) -> None:
    """`maybe_backup`, with a failure handed to `warn` (one line) instead of raised."""
    try:
        maybe_backup(ws, **when)
    except BriefingFileError as exc:
        if warn is not None:
            warn(str(exc))


def prune(path: Path | str, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest `keep` backups of each kind, and partial copies a killed
    backup or restore left behind; returns what was removed."""
    removed = prune_partials(backup_dir(path))
    for kind in (PERIODIC, SAFETY):
        for old in [b for b in list_backups(path) if b.kind == kind][keep:]:
            old.path.unlink(missing_ok=True)
            removed.append(old.path)
    return removed


# ---- restoring ----------------------------------------------------------------------------

def restore(path: Path | str, backup: Path | str, now: dt.datetime | None = None,
            keep: int = KEEP) -> Restored:
    """Replace the briefing at `path` by `backup`, after saving the current file."""
    path, backup = Path(path).expanduser(), Path(backup).expanduser()
    if not backup.is_file():
        raise BriefingFileError(f"{backup}: no such backup")
    if path.exists() and path.resolve() == backup.resolve():
        raise BriefingFileError(f"{backup}: that is the briefing itself, not a backup of it")
    if not path.parent.is_dir():
        raise BriefingFileError(f"{path}: the folder {path.parent} does not exist")
    if schema.check_openable(backup) == 0:   # refuses non-briefings, damaged, newer ones
        raise BriefingFileError(f"{backup}: not a briefing backup (an empty file)")
    claims = claim_count(backup) or 0
    lock = lock_exclusively(path) if path.exists() else None
    try:
        safety = _safety_copy(path, lock, now) if path.exists() else None
        try:
            restore_file(path, backup, lock)
        except WriteError as exc:
            raise BriefingFileError(f"{path}: could not restore {backup} ({exc.reason}); "
                                    "nothing was changed") from None
    finally:
        if lock is not None:
            lock.close()
    prune(path, keep)
    return Restored(path, backup, safety, claims)


def _safety_copy(path: Path, lock, now: dt.datetime | None) -> Path:
    folder = _prepare(path)
    target = _new_name(folder, path.stem, _utc(now), SAFETY)
    try:
        safety_copy(path, lock, target)
    except WriteError as exc:
        raise BriefingFileError(f"{path}: could not save the current file before restoring "
                                f"({exc.reason}); nothing was changed") from None
    return target
