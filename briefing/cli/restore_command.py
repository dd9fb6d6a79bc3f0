"""`briefing restore [BACKUP]`: list the briefing's backups, or put one back.

The briefing is not opened through the workspace here: restoring is what one does to a
file that no longer opens (damaged, emptied by mistake, deleted), so only the path is
resolved — `--db PATH`, or the default briefing without creating it from the seed.
"""
from __future__ import annotations

from pathlib import Path

from ..workspace import BriefingFileError, FileInUseError, is_server
from ..workspace.backups import Backup, backup_dir, list_backups, restore
from ..workspace.locations import default_briefing_path
from .errors import DONE, PROBLEMS, USAGE, CommandError


def cmd_restore(args) -> int:
    if is_server(args.db):
        raise CommandError(f"{args.db}: a team server keeps no file backups; its DBA backs it "
                           "up (pg_dump) and restores it (pg_restore)", USAGE)
    try:
        path = Path(args.db).expanduser() if args.db is not None else default_briefing_path()
        backups = list_backups(path)
    except BriefingFileError as exc:  # BRIEFING_DATA_DIR naming a file
        raise CommandError(str(exc), USAGE) from None
    if args.backup is None:
        return _list(path, backups)
    chosen = _choose(args.backup, backups, path)
    try:
        done = restore(path, chosen)
    except FileInUseError as exc:
        raise CommandError(str(exc), PROBLEMS) from None
    except BriefingFileError as exc:
        raise CommandError(str(exc), USAGE) from None
    kept = (f"; the previous content is saved as {done.safety}" if done.safety
            else "")
    print(f"restored {path} from {chosen} ({done.claims} claims){kept}")
    return DONE


def _list(path: Path, backups: list[Backup]) -> int:
    if not backups:
        if not path.exists():
            raise CommandError(f"{path}: no such briefing file, and no backups of it", USAGE)
        print(f"{path}: no backups yet (they are kept in {backup_dir(path)})")
        return DONE
    print(f"Backups of {path}, newest first (in {backup_dir(path)}):")
    rows = [("#", "taken (UTC)", "size", "claims", "kind", "file")]
    rows += [(str(i), b.taken.strftime("%Y-%m-%d %H:%M:%S"), _size(b.size),
              "?" if b.claims is None else str(b.claims), b.kind, b.path.name)
             for i, b in enumerate(backups, start=1)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    right = {0, 2, 3}
    for row in rows:
        print("  ".join(c.rjust(w) if i in right else c.ljust(w)
                        for i, (c, w) in enumerate(zip(row, widths))).rstrip())
    print("Restore one with: briefing restore NUMBER (or the backup's path)")
    return DONE


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"


def _choose(text: str, backups: list[Backup], path: Path) -> Path:
    candidate = Path(text).expanduser()
    if text.isdigit() and not candidate.exists():
        number = int(text)
        if not backups:
            raise CommandError(f"{path}: there are no backups of this briefing", USAGE)
        if not 1 <= number <= len(backups):
            raise CommandError(f"{path}: no backup number {number} (there are {len(backups)}; "
                               "run `briefing restore` to list them)", USAGE)
        return backups[number - 1].path
    if not candidate.is_file():
        raise CommandError(f"{candidate}: no such backup", USAGE)
    return candidate
