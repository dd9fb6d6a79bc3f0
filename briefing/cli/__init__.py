"""The `briefing` command (CONTRACT §2)."""
from .main import entry, main

__all__ = ["entry", "main"]
