"""Python's cyclic garbage collector paused while an analysis builds its objects.

An analysis of a big ledger allocates hundreds of thousands of small objects (claims,
readings, columns), none of them in reference cycles; each allocation burst triggers
collections that walk every live object again (at 100,000 claims they cost about as much as
the analysis itself). Reference counting still frees everything as usual; the collector
resumes, as it was, when the last analysis running leaves (analyses may run on the window's
worker thread and on the main thread at once).
"""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused():
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
