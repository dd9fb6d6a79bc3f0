"""The one QApplication, made on demand by the window, the exporters and the tests.

Bundled fonts are registered here so the window and every exported page render the same on
any workstation: DejaVu Sans for Latin and Cyrillic, NanumGothic as its fallback for Hangul.
"""
from __future__ import annotations

import atexit
import ctypes
import gc
import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent, Qt, qInstallMessageHandler
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsView

from ..workspace import resources_dir
from .display import check_display
from .theme import dispose_scene

UI_FAMILY = "DejaVu Sans"
HANGUL_FAMILY = "NanumGothic"


_fonts: list[str] = []
_M_ARENA_MAX = -8  # glibc's mallopt parameters
_M_MMAP_THRESHOLD = -3
_MMAP_THRESHOLD = 128 * 1024  # glibc's starting value, kept


def ensure_app(headless: bool = False) -> QApplication:
    """The QApplication (made here if nobody made one yet), with the bundled fonts
    registered exactly once whoever made it. Without `headless`, raises DisplayUnavailable
    (one line: what to install or set) where Qt would abort the process instead."""
    app = QApplication.instance()
    if app is not None:
        if not _fonts:
            _fonts.extend(register_fonts())
        return app
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    else:
        check_display()
    _malloc_for_big_briefings()
    qInstallMessageHandler(_qt_message)
    atexit.register(shutdown)  # a window a script left open is closed in order, not torn
    QCoreApplication.setOrganizationName("Briefing")
    QCoreApplication.setApplicationName("Briefing")
    app = QApplication([sys.argv[0]])
    app.setDesktopFileName("org.briefing.Briefing")  # Wayland: icon and menu entry
    app.setStyle("Fusion")
    if app.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        app.setPalette(dark_palette())
    _fonts.extend(register_fonts())
    if UI_FAMILY in _fonts:
        font = QFont(UI_FAMILY, 10)
        app.setFont(font)
    icon = resources_dir() / "icons" / "briefing.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def _malloc_for_big_briefings() -> None:
    """glibc's malloc tuned for the window's process, before Qt or the window starts a
    thread (tests/bench/bench_scale.py --session: the 100,000-claim session's peak).
    At most two arenas: glibc gives threads arenas of their own (up to eight per core), and
    memory freed in one serves only the threads allocating there — the window's opening,
    analysis and backup workers each read 100,000 claims on threads of their own, and what
    they freed sat in their arenas while the window's thread grew its own (about 140 MB
    higher). Two keep the window's thread apart from its workers.
    A fixed mmap threshold: glibc raises it to the size of each big block freed (up to
    32 MB), after which an analysis's arrays of a few megabytes come from the arenas'
    heaps, where the last analysis's freed arrays, interleaved with live objects, are
    seldom given back; mapped on their own, they go back to the system when freed
    (about 50 MB lower). Elsewhere than glibc, nothing is done."""
    if not sys.platform.startswith("linux"):
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    mallopt(_M_ARENA_MAX, 2)
    mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD)


# What Qt says that is no news to anyone: the offscreen platform (screenshots, exports) logs
# this for every top-level window shown.
QUIET = ("This plugin does not support propagateSizeHints()",)


def _qt_message(mode, context, message: str) -> None:
    """Qt's log, as Qt would print it, minus QUIET: commands print only their own lines."""
    if message in QUIET:
        return
    category = getattr(context, "category", None)
    prefix = f"{category}: " if category and category != "default" else ""
    print(f"{prefix}{message}", file=sys.stderr)


def dark_palette() -> QPalette:
    """Fusion's colours for a dark desktop (Fusion alone stays light)."""
    palette = QPalette()
    for role, colour in ((QPalette.Window, "#202124"), (QPalette.WindowText, "#e8eaed"),
                         (QPalette.Base, "#17181a"), (QPalette.AlternateBase, "#24262a"),
                         (QPalette.Text, "#e8eaed"), (QPalette.Button, "#2b2d31"),
                         (QPalette.ButtonText, "#e8eaed"), (QPalette.Highlight, "#3d6fb4"),
                         (QPalette.HighlightedText, "#ffffff"), (QPalette.ToolTipBase, "#2b2d31"),
                         (QPalette.ToolTipText, "#e8eaed"), (QPalette.PlaceholderText, "#8a8d91")):
        palette.setColor(role, QColor(colour))
    return palette


def register_fonts() -> list[str]:
    """Register every bundled font; returns the families now available."""
    families: list[str] = []
    folder = resources_dir() / "fonts"
    for font in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    if HANGUL_FAMILY in families:
        QFont.insertSubstitution(UI_FAMILY, HANGUL_FAMILY)
    return families


def shutdown() -> None:
    """Dispose of every chart, then the widgets, before the interpreter exits (see
    theme.dispose_scene): closing each window stops its timers, waits for its analysis and
    releases its briefing. Registered at exit by `ensure_app`; the test session calls it
    too. Without it, a script that left a window open died at exit (a segmentation fault,
    or a traceback from an undo stack signalling a deleted QAction)."""
    app = QApplication.instance()
    if app is None:
        return
    for widget in app.allWidgets():
        if isinstance(widget, QGraphicsView):
            dispose_scene(widget)
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    gc.collect()
