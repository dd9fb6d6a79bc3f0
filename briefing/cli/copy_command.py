"""`briefing copy SOURCE DEST`: a whole briefing, audit history included, between a file and
a team server, either way (reference.md §5), into an empty destination."""
from __future__ import annotations

from ..workspace import BriefingFileError, ServerUnavailableError
from ..workspace.copying import copy_briefing
from .errors import DONE, PROBLEMS, USAGE, CommandError

_SHOWN = (("source", "sources"), ("document", "documents"), ("claim", "claims"),
          ("event", "events"), ("scenario", "scenarios"), ("hypothesis", "hypotheses"),
          ("rating", "ratings"), ("assessment", "assessments"), ("audit", "audit entries"))


def cmd_copy(args) -> int:
    try:
        counts = copy_briefing(args.source, args.dest)
    except ServerUnavailableError as exc:
        raise CommandError(str(exc), PROBLEMS) from None
    except BriefingFileError as exc:
        raise CommandError(str(exc), USAGE) from None
    what = ", ".join(f"{counts.get(table, 0)} {name}" for table, name in _SHOWN)
    print(f"copied {args.source} to {args.dest}: {what}")
    return DONE
