"""`briefing new FILE --title …`: start a briefing of one's own, empty but for its title,
subject and classification marking."""
from __future__ import annotations

from pathlib import Path

from ..domain import Briefing
from ..domain.marking import banner_for
from ..workspace import BriefingFileError, create_new, is_server
from .errors import DONE, PROBLEMS, USAGE, CommandError

SUFFIX = ".briefing"


def cmd_new(args) -> int:
    if is_server(args.file):
        raise CommandError(f"{args.file}: `briefing new` makes a file; a team server gets its "
                           "briefing with `briefing copy FILE URI` (or by opening the URI)",
                           USAGE)
    path = Path(args.file).expanduser()
    if path.suffix.lower() != SUFFIX:
        raise CommandError(f"{path}: a briefing file's name ends in {SUFFIX}", USAGE)
    if path.exists():
        raise CommandError(f"{path}: already exists; open it with `briefing --db {path}`, "
                           "or choose another name", USAGE)
    if not path.parent.is_dir():
        raise CommandError(f"{path}: the folder {path.parent} does not exist", USAGE)
    briefing = Briefing(title=" ".join(args.title.split()),
                        subject=" ".join((args.subject or "").split()) or None,
                        classification=" ".join(args.marking.split()))
    problems = briefing.problems()
    if problems:
        option = {"classification": "--marking"}
        raise CommandError("; ".join(f"{option.get(p.field, '--' + p.field)}: {p.message}"
                                     for p in problems), USAGE)
    try:
        create_new(path, briefing)
    except FileExistsError:
        raise CommandError(f"{path}: already exists (made while this one was being "
                           "created); nothing was changed", USAGE) from None
    except (OSError, BriefingFileError) as exc:
        raise CommandError(f"{path}: cannot create the briefing "
                           f"({getattr(exc, 'strerror', None) or exc})", PROBLEMS) from None
    print(f"created {path}: {briefing.title!r}, marked {briefing.classification}")
    if banner_for(briefing.classification).level == "unrecognised":
        print(f"note: {briefing.classification!r} is not a marking Briefing recognises, so its "
              "banners are grey; change it with --marking or Briefing Properties")
    return DONE
