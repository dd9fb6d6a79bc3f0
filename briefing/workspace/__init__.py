"""The facade every front end drives: open a briefing, read it, change it, watch it."""
from .changes import Changes
from .locations import data_dir, default_briefing_path, resources_dir
from .workspace import Workspace, create_from_seed

__all__ = ["Changes", "Workspace", "create_from_seed", "data_dir", "default_briefing_path",
           "resources_dir"]
