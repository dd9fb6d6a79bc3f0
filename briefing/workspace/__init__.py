"""The facade every front end drives: open a briefing, read it, change it, watch it."""
from ..store.atomic import (PDF_COMPLETE, PNG_COMPLETE, SVG_COMPLETE, WriteError,
                            atomic_write)
from .changes import Changes
from .locations import data_dir, default_briefing_path, resources_dir
from .workspace import Workspace, create_from_seed, create_new

__all__ = ["PDF_COMPLETE", "PNG_COMPLETE", "SVG_COMPLETE", "Changes", "WriteError",
           "atomic_write", "Workspace", "create_from_seed", "create_new", "data_dir",
           "default_briefing_path", "resources_dir"]
