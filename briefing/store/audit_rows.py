"""The audit's rows as read back, and the guard every read goes through — shared by the
store (base.py) and the record's positions (recording.py)."""
from __future__ import annotations

import functools
from dataclasses import dataclass

from .errors import BriefingFileError


@dataclass(frozen=True)
class AuditEntry:
    at: str
    who: str
    action: str
    entity: str
    entity_id: str
    field: str | None
    old: object
    new: object


def reading(method):
    """A read that meets a damaged page, undecodable bytes or a lost server raises one line
    naming the briefing (the subclass's `_failure`), not a bare driver error."""
    @functools.wraps(method)
    def guarded(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except BriefingFileError:
            raise
        except Exception as exc:  # noqa: BLE001 - only what `_failure` recognises is caught
            failure = self._failure(exc)
            if failure is None:
                raise
            raise failure from None
    return guarded
