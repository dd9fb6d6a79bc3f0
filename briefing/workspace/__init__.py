"""The facade every front end drives: open a briefing, read it, change it, watch it.

The UI, the command line and the report reach storage only through here (an import-linter
contract), so the store's error types and location helpers are re-exported.
"""
from ..store import (AuditEntry, BriefingFileError, FileInUseError, NotFoundError,
                     ReadOnlyError, ServerUnavailableError, StaleEditError, check_server_uri,
                     current_user, is_server)
from ..store.atomic import (PDF_COMPLETE, PNG_COMPLETE, SVG_COMPLETE, WriteError,
                            atomic_write)
from .changes import Changes
from .locations import data_dir, default_briefing_path, resources_dir
from .new_briefings import create_from_seed, create_new
from .workspace import Workspace

__all__ = ["AuditEntry", "BriefingFileError", "Changes", "FileInUseError", "NotFoundError",
           "PDF_COMPLETE", "PNG_COMPLETE", "ReadOnlyError", "SVG_COMPLETE",
           "ServerUnavailableError", "StaleEditError", "WriteError", "Workspace",
           "atomic_write", "check_server_uri", "create_from_seed", "current_user", "create_new", "data_dir",
           "default_briefing_path", "is_server", "resources_dir"]
