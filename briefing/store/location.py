"""Where a briefing lives: a `.briefing` file, or a database on a team server (a URI).

A URI names a server's database (`postgresql://[user@]host[:port]/dbname`, anything libpq
accepts as a URI). It must never carry a password: passwords come from `~/.pgpass` or
`PGPASSWORD`, so they appear in no command line, log, settings file or audit row.

SQLite's WAL needs memory shared between the processes using a file, which a network file
system cannot give to processes on different computers (sqlite.org/wal.html): a file there
opens read-only, with a notice that names the team server as the way to share a briefing.
The file system is read from /proc/self/mountinfo (Linux); elsewhere nothing is detected.
"""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .errors import BriefingFileError

SCHEMES = ("postgresql://", "postgres://")
NETWORK_FILE_SYSTEMS = {"nfs": "NFS", "nfs4": "NFS", "cifs": "SMB/CIFS", "smb3": "SMB/CIFS",
                        "smbfs": "SMB/CIFS"}
MOUNTINFO = Path("/proc/self/mountinfo")


def is_server(location: object) -> bool:
    return isinstance(location, str) and location.strip().lower().startswith(SCHEMES)


def check_server_uri(uri: str) -> str:
    """The URI, stripped, or a one-line refusal (a password in it, or not a URI at all)."""
    uri = uri.strip()
    try:
        parts = urlsplit(uri)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError as exc:
        raise BriefingFileError(f"{uri}: not a server address ({exc})") from None
    if parts.password is not None or "password=" in parts.query.lower():
        raise BriefingFileError(
            "refused: the server address contains a password; keep it in ~/.pgpass or "
            "PGPASSWORD, never in the address")
    if not parts.path.strip("/"):
        raise BriefingFileError(f"{uri}: the address names no database "
                                "(postgresql://[user@]host[:port]/dbname)")
    return uri


def server_name(uri: str) -> str:
    """A short name for the window's title bar: `dbname on host`."""
    parts = urlsplit(uri)
    host = parts.hostname or "local server"
    return f"{unquote(parts.path.strip('/'))} on {host}"


# ---- network file systems ---------------------------------------------------------------

def _unescape(field: str) -> str:
    """mountinfo writes space, tab, newline and backslash in paths as octal escapes."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 3 < len(field) and field[i + 1:i + 4].isdigit():
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def _mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) of every line of a mountinfo text."""
    found = []
    for line in text.splitlines():
        left, sep, right = line.partition(" - ")
        fields = left.split()
        if not sep or len(fields) < 5 or not right.split():
            continue
        found.append((_unescape(fields[4]), right.split()[0]))
    return found


def file_system(path: Path, mountinfo: Path | None = None) -> str | None:
    """The type of the file system holding `path` (`ext4`, `nfs4`, …), or None if unknown."""
    try:
        text = (mountinfo or MOUNTINFO).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    target = os.path.realpath(path if Path(path).exists() else Path(path).parent)
    best, kind = "", None
    for point, fstype in _mounts(text):  # later lines are newer mounts over older ones
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fstype
    return kind


def network_file_system(path: Path) -> str | None:
    """'NFS' or 'SMB/CIFS' when `path` lies on one, else None."""
    kind = file_system(path)
    return NETWORK_FILE_SYSTEMS.get(kind) if kind else None


def network_notice(path: Path, kind: str) -> str:
    return (f"it is on a network file system ({kind}), where SQLite cannot share a file "
            "safely between computers; to share a briefing, put it on a team server "
            f"(briefing copy {path.name} postgresql://host/dbname)")


__all__ = ["MOUNTINFO", "check_server_uri", "file_system", "is_server", "network_file_system",
           "network_notice", "server_name"]
