"""`briefing copy SOURCE DEST`: a whole briefing, audit history included, between a file and
a team server, either way (reference.md §5), into an empty destination."""
from __future__ import annotations

from ..workspace import BriefingFileError, ServerUnavailableError
from ..workspace.copying import copy_briefing
from .errors import DONE, PROBLEMS, USAGE, CommandError

_SHOWN = (("source", "source", "sources"), ("document", "document", "documents"),
          ("claim", "claim", "claims"), ("event", "event", "events"),
          ("scenario", "scenario", "scenarios"), ("hypothesis", "hypothesis", "hypotheses"),
          ("rating", "rating", "ratings"), ("assessment", "assessment", "assessments"),
          ("audit", "audit entry", "audit entries"))  # table, one, many


def cmd_copy(args) -> int:
    try:
        counts = copy_briefing(args.source, args.dest)
    except ServerUnavailableError as exc:
        raise CommandError(str(exc), PROBLEMS) from None
    except BriefingFileError as exc:
        raise CommandError(str(exc), USAGE) from None
    numbers = [(counts.get(table, 0), one, many) for table, one, many in _SHOWN]
    what = ", ".join(f"{n} {one if n == 1 else many}" for n, one, many in numbers)
    print(f"copied {args.source} to {args.dest}: {what}")
    return DONE
