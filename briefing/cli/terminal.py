"""Text the command line prints shows, never acts: terminal control sequences are removed.

Article text, quotes, source and scenario names come from outside. Printed raw, an escape
sequence in them would act on the analyst's terminal: OSC 52 writes the clipboard, `ESC[2J`
clears the screen, a carriage return overwrites what was printed before it. `safe` keeps
tabs and newlines and drops every other C0/C1 control character, with whole ESC sequences
(CSI, OSC, DCS and the like) at once; `json_safe` also escapes the C1 controls that JSON
leaves raw (it escapes only those below U+0020).
"""
from __future__ import annotations

import re

_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"                  # CSI: ESC [ ... final byte
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC, DCS, SOS, PM, APC ... ST
    r"|\x9b[0-?]*[ -/]*[@-~]"                   # 8-bit CSI
    r"|[\x9d\x90\x98\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # 8-bit OSC, DCS, ...
    r"|\x1b[ -/]*[0-~]?"                        # any other escape
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]")          # the remaining controls (not \t, \n)
_C1 = re.compile(r"[\x7f-\x9f]")


def safe(text: str) -> str:
    return _SEQUENCE.sub("", text)


def json_safe(text: str) -> str:
    """JSON text (already escaping C0 controls) with C1 controls escaped too."""
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
