"""New briefing files: built whole under a temporary name, then given their name (the seed's
default briefing, `briefing new`, an import into a file that does not exist yet)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, TypeVar

from ..domain import Briefing
from ..store import BriefingFileError
from ..store.atomic import create_new as publish_new
from .locations import seed_package_path
from .workspace import Workspace

T = TypeVar("T")

def build_new(path: Path, fill: Callable[[Workspace], T]) -> T:
    """A new briefing at `path`, filled by `fill(workspace)` under a temporary name and
    given its name only when complete, and only if no other program created `path`
    meanwhile (then FileExistsError: their file is kept and ours discarded). A failure
    leaves nothing behind; errors name `path`, not the temporary file."""
    result = []

    def write(tmp: Path) -> None:
        try:
            ws = Workspace.open(tmp, watch=False)
            try:
                with ws.store.unpublished():
                    result.append(fill(ws))
            finally:
                ws.close()
        except BriefingFileError as exc:
            raise BriefingFileError(str(exc).replace(str(tmp), str(path))) from None

    publish_new(path, write)
    return result[0]


def create_from_seed(path: Path) -> None:
    """Build `path` from the bundled seed package, unless another program just did."""
    from ..interchange.package_json import read_package

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefingFileError(f"{path.parent}: cannot make the folder for the default "
                                f"briefing ({exc.strerror})") from None
    try:
        seed = seed_package_path()
        build_new(path, lambda ws: ws.import_package(read_package(seed), file=str(seed)))
    except FileExistsError:
        pass


def create_new(path: Path, briefing: Briefing) -> None:
    """A new briefing with nothing in it but its properties (`briefing new`, File > New).
    Raises FileExistsError rather than replace a file that appeared meanwhile."""
    briefing.validated()
    build_new(Path(path), lambda ws: ws.set_briefing(briefing))
