"""The `briefing` command (reference.md §2)."""
from .main import entry, main

__all__ = ["entry", "main"]
