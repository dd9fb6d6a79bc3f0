"""Errors the store raises: each is one line naming the briefing (a file or a server
database) and what is wrong."""


class BriefingFileError(Exception):
    """The file cannot be used as a briefing (not one, damaged, too new, locked, full)."""


class ReadOnlyError(BriefingFileError):
    """A write was attempted on a briefing opened read-only."""


class StaleEditError(Exception):
    """Someone else changed the row since the caller read it (optimistic concurrency)."""

    def __init__(self, entity: str, entity_id: str):
        self.entity, self.entity_id = entity, entity_id
        super().__init__(f"{entity} {entity_id} was changed by someone else since you read it")


class NotFoundError(KeyError):
    def __init__(self, entity: str, entity_id: str):
        self.entity, self.entity_id = entity, entity_id
        super().__init__(f"no {entity} with id {entity_id!r}")

    def __str__(self) -> str:
        return self.args[0]


class FileInUseError(BriefingFileError):
    """The briefing is open in another window or program, so it cannot be replaced."""


class ServerUnavailableError(BriefingFileError):
    """The team server cannot be reached (down, unreachable, or the connection was lost).
    Nothing was saved by the operation that met it, unless its message says otherwise."""
