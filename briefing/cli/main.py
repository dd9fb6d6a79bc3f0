"""`briefing` command line (reference.md §2). Qt and pandas are imported only by the commands
that need them, so `--version`, `check` and `import` start fast."""
from __future__ import annotations

import argparse
import os
import sys

from .. import __version__
from ..domain import ValidationError
from ..workspace import BriefingFileError
from ..workspace.locations import resources_dir
from .errors import PROBLEMS, USAGE, CommandError
from .terminal import safe


# Not re-wrapped by argparse, which would break an installed path longer than a line.
REFERENCE = """\
The file format, every command, the JSON package and the CSV columns are
described in the reference installed with the program:
  {}
(resources/docs/reference.md in the source); what a projection means is in
the README, 'What a projection means'."""


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one line and exit 2 through our own path."""

    def error(self, message: str):
        raise CommandError(f"{self.prog}: {message} (see --help)", USAGE)


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must be WxH, e.g. 1600x1000 (got {text!r})")
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError(f"size {text} is outside 200..8000 pixels")
    return w, h


MAX_SAMPLES = 1_000_000  # 0.11 GB and 0.7 s for the seed; 1e8 took 6.4 GB, 1e9 ran out


def _whole(text: str, low: int, high: int | None = None) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}")
    if value < low or (high is not None and value > high):
        bounds = f"{low:,}..{high:,}" if high is not None else f"at least {low}"
        raise argparse.ArgumentTypeError(f"must be {bounds} (got {value})")
    return value


def _samples(text: str) -> int:
    return _whole(text, 1, MAX_SAMPLES)


def _seed(text: str) -> int:
    return _whole(text, 0)


def build_parser() -> argparse.ArgumentParser:
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                    help="briefing file, or a team server's postgresql://[user@]host/dbname "
                         "(default: the per-user default briefing)")
    parser = _Parser(prog="briefing", parents=[db],
                     description="Sourced claims, timelines and projections, offline.",
                     epilog=REFERENCE.format(resources_dir() / "docs" / "reference.md"),
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("new", help="start a new, empty briefing file")
    p.add_argument("file", metavar="FILE.briefing")
    p.add_argument("--title", required=True, help="what the briefing is about")
    p.add_argument("--subject", help="the force its projections follow, e.g. 'DPRK contingent, "
                                     "Kursk' (claims and scenarios default to it)")
    p.add_argument("--marking", default="UNCLASSIFIED",
                   help="classification marking on every banner and page (default "
                        "UNCLASSIFIED), e.g. 'SECRET//REL TO USA, GBR' or TLP:AMBER")
    p = sub.add_parser("import", parents=[db], help="import a .json package or .csv claims")
    p.add_argument("file")
    p = sub.add_parser("export", parents=[db],
                       help="write .json, .csv, .pdf briefing pack, or .png/.svg chart")
    p.add_argument("file")
    p.add_argument("--scenario", metavar="ID", help="chart only this scenario (.png/.svg)")
    p.add_argument("--size", type=_size, metavar="WxH",
                   help="chart size in pixels (.png/.svg; default 1600x900)")
    p = sub.add_parser("project", parents=[db], help="compute scenario projections")
    p.add_argument("--json", action="store_true",
                   help="print JSON (keys: the README, 'What a projection means')")
    p.add_argument("--scenario", metavar="ID")
    p.add_argument("--samples", type=_samples, default=10000,
                   help=f"Monte Carlo samples, 1..{MAX_SAMPLES:,} (default 10,000)")
    p.add_argument("--seed", type=_seed, default=0, help="random seed, 0 or more (default 0)")
    sub.add_parser("check", parents=[db], help="integrity check of the briefing file")
    p = sub.add_parser("screenshot", parents=[db], help="render the window to a PNG")
    p.add_argument("file")
    p.add_argument("--size", type=_size, default=(1600, 1000), metavar="WxH")
    p.add_argument("--view", choices=("main", "present"), default="main")
    p = sub.add_parser("restore", parents=[db],
                       help="list the briefing's backups, or restore one")
    p.add_argument("backup", nargs="?", help="the backup to restore (default: list them)")
    p = sub.add_parser("copy", help="copy a whole briefing, its history included, between a "
                                    "file and a team server (postgresql://…), either way")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("dest", metavar="DEST", help="an empty destination: a new file, or a "
                                                "database holding no briefing yet")
    from .sync_command import add_parser as add_sync_parser
    add_sync_parser(sub, db)
    p = sub.add_parser("extract", parents=[db], help="propose claims found in an article")
    p.add_argument("article")
    p.add_argument("--published", metavar="YYYY-MM-DD")
    p.add_argument("--json", action="store_true")
    _structured_parsers(sub, db)
    return parser


def _structured_parsers(sub, db) -> None:
    """reference.md §7: the competing hypotheses and the record of key judgments."""
    p = sub.add_parser("ach", parents=[db],
                       help="the competing-hypotheses matrix: scores, leader, sensitivity, "
                            "indicators")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("record", parents=[db],
                       help="record every scenario's key judgment as an assessment")
    p.add_argument("--note", metavar="TEXT", help="why it was recorded, e.g. 'weekly brief'")
    p = sub.add_parser("judgments", parents=[db],
                       help="the recorded assessments, oldest first, with what changed")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("resolve", parents=[db],
                       help="record whether a recorded judgment came true")
    p.add_argument("assessment", metavar="ASSESSMENT")
    p.add_argument("scenario", metavar="SCENARIO")
    p.add_argument("--outcome", required=True, choices=("yes", "no"),
                   help="yes: depleted by the judgment date; no: it was not")
    p = sub.add_parser("scores", parents=[db],
                       help="Brier score and calibration of the resolved judgments")
    p.add_argument("--json", action="store_true")


def _dispatch(args) -> int:
    from . import data_commands
    handlers = {"import": data_commands.cmd_import, "export": data_commands.cmd_export,
                "check": data_commands.cmd_check}
    if args.command in handlers:
        return handlers[args.command](args)
    if args.command == "new":
        from .new_command import cmd_new
        return cmd_new(args)
    if args.command == "project":
        from .project_command import cmd_project
        return cmd_project(args)
    if args.command == "restore":
        from .restore_command import cmd_restore
        return cmd_restore(args)
    if args.command == "extract":
        from .extract_command import cmd_extract
        return cmd_extract(args)
    if args.command == "sync":
        from .sync_command import cmd_sync
        return cmd_sync(args)
    if args.command == "copy":
        from .copy_command import cmd_copy
        return cmd_copy(args)
    if args.command in ("ach", "record", "judgments", "resolve", "scores"):
        from . import structured_commands
        return getattr(structured_commands, f"cmd_{args.command}")(args)
    from .window_commands import cmd_screenshot, cmd_window
    return cmd_screenshot(args) if args.command == "screenshot" else cmd_window(args)


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        args.db = getattr(args, "db", None)
        return _dispatch(args)
    except CommandError as exc:
        print(safe(str(exc)), file=sys.stderr)
        return exc.status
    except ValidationError as exc:
        print(safe(str(exc)), file=sys.stderr)
        return USAGE
    except BriefingFileError as exc:
        print(safe(str(exc)), file=sys.stderr)
        return PROBLEMS
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return PROBLEMS


def entry() -> int:
    """The console script: `main`, then an orderly Qt teardown if a command used Qt. Output
    that cannot be encoded (a path of non-UTF-8 bytes) is escaped, not an error; a reader
    that stops early (`briefing project | head -1`) ends the command quietly."""
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "errors", None) == "strict" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = PROBLEMS
    if "PySide6.QtWidgets" in sys.modules:
        from ..charts.qt_app import shutdown
        shutdown()
    return status
