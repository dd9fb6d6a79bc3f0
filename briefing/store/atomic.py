"""Writing a file so that it holds either the old content or the whole new one, never a torn mix.

Every file the program writes — exports (JSON, CSV, PDF, PNG, SVG), screenshots, Save As
copies, backups, restores, the default briefing made from the seed — goes through
`atomic_write` (or `create_new` for a file that must not exist yet):

1. a temporary file with an unpredictable name, `.<name>.<random>.partial`, is created in the
   target's own folder with O_EXCL|O_NOFOLLOW, so a symlink planted there is never followed
   and the final rename never crosses file systems;
2. the caller's writer fills it; a `check` then confirms the result is whole. Qt's PDF and
   image writers report no error when the disk fills up, so their callers pass checks such
   as `ends_with(b"%%EOF")`; Python's own writes raise, and an empty file always fails;
3. fsync, then an atomic rename over the target (or a hard link that refuses to replace
   anything, for `create_new`), then fsync of the folder.

On any failure the temporary file is removed, the old target is left as it was, and a
one-line `WriteError` names the target and the reason. Partial files left behind by a killed
process are pruned once they are older than `STALE_AFTER_S` (a writer still at work keeps
its file fresh, and nobody else writes `.partial` files of that name).
"""
from __future__ import annotations

import errno
import os
import secrets
import sqlite3
import stat
import time
from pathlib import Path
from typing import Callable

from .errors import BriefingFileError

SUFFIX = ".partial"
STALE_AFTER_S = 15 * 60
_NAME_CHARS = 80  # of the target's name kept in the temporary name (file names max 255 bytes)

Check = Callable[[Path], "str | None"]


class WriteError(BriefingFileError):
    """A file could not be written completely; the previous file (if any) is unchanged."""

    def __init__(self, target: Path, reason: str, existed: bool):
        self.target, self.reason = target, reason
        kept = "the previous file is unchanged" if existed else "nothing was written"
        super().__init__(f"{target}: could not write the file ({reason}); {kept}")


def ends_with(marker: bytes, what: str) -> Check:
    """A check that the file's last bytes (trailing whitespace aside) are `marker`."""
    def check(path: Path) -> str | None:
        with open(path, "rb") as fh:
            fh.seek(max(0, path.stat().st_size - 64))
            tail = fh.read().rstrip()
        if not tail.endswith(marker):
            return f"the {what} came out incomplete; the disk may be full"
        return None
    return check


PDF_COMPLETE = ends_with(b"%%EOF", "PDF")
PNG_COMPLETE = ends_with(b"IEND\xaeB`\x82", "PNG image")
SVG_COMPLETE = ends_with(b"</svg>", "SVG image")


def atomic_write(target: Path | str, write: Callable[[Path], object],
                 check: Check | None = None) -> None:
    """Write `target` by calling `write(temporary_path)`; see the module docstring."""
    target = Path(target)
    _publish(target, write, check, _replace)


def write_bytes(target: Path | str, data: bytes) -> None:
    atomic_write(target, lambda tmp: tmp.write_bytes(data))


def create_new(target: Path | str, write: Callable[[Path], object],
               check: Check | None = None) -> None:
    """Like `atomic_write`, but the finished file only takes the name if nothing else has
    it by then: FileExistsError otherwise (another process created it meanwhile; its file
    is left alone and ours is discarded)."""
    target = Path(target)
    _publish(target, write, check, _link_new)


def _publish(target: Path, write, check, finish) -> None:
    existed = target.exists()
    prune_partials(target.parent, target.name)
    tmp = _make_temp(target)
    try:
        write(tmp)
        problem = _complete(tmp, check)
        if problem:
            raise WriteError(target, problem, existed)
        _keep_mode(tmp, target)
        _fsync(tmp)
        finish(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        _remove(tmp)
        if isinstance(exc, FileExistsError):
            raise
        raise WriteError(target, _reason(exc), existed) from None
    except BaseException:
        _remove(tmp)
        raise
    _fsync_dir(target.parent)


def _make_temp(target: Path) -> Path:
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)
    while True:
        tmp = target.with_name(f".{target.name[:_NAME_CHARS]}.{secrets.token_hex(6)}{SUFFIX}")
        try:
            os.close(os.open(tmp, flags, 0o666))
            return tmp
        except FileExistsError:
            continue
        except OSError as exc:
            raise WriteError(target, _reason(exc), target.exists()) from None


def _complete(tmp: Path, check: Check | None) -> str | None:
    if tmp.stat().st_size == 0:
        return "the written file is empty; the disk may be full"
    return check(tmp) if check else None


def _keep_mode(tmp: Path, target: Path) -> None:
    """A replaced file keeps its permissions (a pack someone restricted stays restricted);
    a new one gets the usual ones (the temporary file was created honouring the umask)."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return
    os.chmod(tmp, mode)


def _replace(tmp: Path, target: Path) -> None:
    os.replace(tmp, target)


def _link_new(tmp: Path, target: Path) -> None:
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV,
                             errno.EMLINK, errno.ENOSYS):
            raise
        # No hard links here (FAT/exFAT sticks, some network shares): a plain rename, after
        # one last look; the window between the two is microseconds, not an import's length.
        if target.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        os.replace(tmp, target)
        return
    _remove(tmp)  # the file now has its name; the temporary one is only a second link


def _remove(tmp: Path) -> None:
    for leftover in (tmp, *(Path(f"{tmp}{s}") for s in ("-journal", "-wal", "-shm"))):
        try:
            leftover.unlink()
        except OSError:
            pass


def prune_partials(folder: Path, name: str | None = None,
                   older_than_s: float = STALE_AFTER_S) -> list[Path]:
    """Remove partial files (and their SQLite sidecars) that a killed writer left in
    `folder` once they are `older_than_s` old: those of the target `name`, or — in a folder
    only this program writes, like the backups' — every `*.partial`."""
    prefix = f".{name[:_NAME_CHARS]}." if name is not None else ""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        base = entry.name
        for sidecar in ("-journal", "-wal", "-shm"):
            base = base[:-len(sidecar)] if base.endswith(SUFFIX + sidecar) else base
        if not (base.startswith(prefix) and base.endswith(SUFFIX)):
            continue
        try:
            if now - entry.stat(follow_symlinks=False).st_mtime >= older_than_s:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR if os.name == "nt" else os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        _fsync(folder)
    except OSError:
        pass


def _reason(exc: BaseException) -> str:
    text = getattr(exc, "strerror", None) or str(exc)
    return " ".join(str(text).split())


__all__ = ["PDF_COMPLETE", "PNG_COMPLETE", "SVG_COMPLETE", "WriteError", "atomic_write",
           "create_new", "ends_with", "prune_partials", "write_bytes"]
