"""The audit's rows as read back, and the guard every read goes through — shared by the
store (base.py), the record's positions (recording.py) and imports (imports.py)."""
from __future__ import annotations

import functools
from dataclasses import dataclass

from .errors import BriefingFileError

DETAIL_LIMIT = 200    # more changed entities than this in one poll: every view re-reads
# What `AuditEntry` is read from: the audit aliased `a`, its import record `r`.
AUDIT_COLUMNS = ("a.at, a.who, a.action, a.entity, a.entity_id, a.field, a.old, a.new, "
                 "a.import_id, r.file")


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
    import_id: int | None = None   # the import that made this change (import_record)
    import_file: str | None = None  # the file it imported, if it named one


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
