"""The `.briefing` SQLite file: schema, migrations, audited transactions."""
from .errors import BriefingFileError, NotFoundError, ReadOnlyError, StaleEditError
from .schema import APPLICATION_ID, latest_version
from .store import AuditEntry, Store, current_user

__all__ = ["APPLICATION_ID", "AuditEntry", "BriefingFileError", "NotFoundError",
           "ReadOnlyError", "StaleEditError", "Store", "current_user", "latest_version"]
