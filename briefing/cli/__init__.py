"""The `briefing` command (CONTRACT §2)."""
from .main import main

__all__ = ["main"]
