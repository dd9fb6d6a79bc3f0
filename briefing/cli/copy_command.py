"""`briefing copy SOURCE DEST`: a whole briefing, audit history included, between a file and
a team server, either way (reference.md §5), into an empty destination."""
from __future__ import annotations

from ..workspace import BriefingFileError, ServerUnavailableError
from ..workspace.copying import copy_briefing
from .errors import DONE, PROBLEMS, USAGE, CommandError

_SHOWN = (("source", "source"), ("document", "document"), ("claim", "claim"),
          ("event", "event"), ("scenario", "scenario"), ("audit", "audit entry"))  # table, noun


def cmd_copy(args) -> int:
    try:
        counts = copy_briefing(args.source, args.dest)
    except ServerUnavailableError as exc:
        raise CommandError(str(exc), PROBLEMS) from None
    except BriefingFileError as exc:
        raise CommandError(str(exc), USAGE) from None
    what = ", ".join(_counted(counts.get(table, 0), name) for table, name in _SHOWN)
    print(f"copied {args.source} to {args.dest}: {what}")
    return DONE


def _counted(n: int, name: str) -> str:
    plural = name[:-1] + "ies" if name.endswith("y") else name + "s"
    return f"{n} {name if n == 1 else plural}"
