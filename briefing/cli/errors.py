"""Exit statuses (reference.md §2) and the error that carries one."""

DONE, PROBLEMS, USAGE = 0, 1, 2


class CommandError(Exception):
    """A user-facing failure: `str()` is the message (one line per problem), `status` the
    exit code."""

    def __init__(self, message: str, status: int = USAGE):
        super().__init__(message)
        self.status = status
