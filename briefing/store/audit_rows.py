"""The audit's rows as read back, the JSON its old and new values are kept as, and the guard
every read goes through — shared by the store (base.py) and the record's positions
(recording.py)."""
from __future__ import annotations

import functools
import json
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


_JSON = json.JSONEncoder(ensure_ascii=False)  # one encoder: json.dumps makes one per call


def encode(value) -> str | None:
    return None if value is None else _JSON.encode(value)


def decode(text: str | None):
    return None if text is None else json.loads(text)


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
