"""Can Qt open a window here? Asked before the QApplication exists.

A Qt that finds no usable platform plugin aborts the whole process (exit 134) with a
paragraph that may blame the wrong library: with libxcb-icccm4 and libxcb-keysyms1 missing,
Qt 6 says xcb-cursor0 is needed even when it is installed. So before the window starts,
this module does what Qt's plugin loader will do — pick the platform the environment asks
for, load its plugin's libraries, reach the display — and turns the first thing that fails
into one line naming what to install or what to set. It uses no Qt (ctypes only) and does
nothing off Linux, where Qt's platform is part of the system.
"""
from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

# soname → (Debian/Ubuntu package, Fedora package) for what Qt's xcb and wayland platform
# plugins load (ldd of PySide6 6.11's libqxcb.so and libqwayland.so, beyond Qt itself).
LIBRARIES = {
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}
_COMMON = ("libGL.so.1", "libEGL.so.1", "libfontconfig.so.1", "libfreetype.so.6",
           "libglib-2.0.so.0", "libdbus-1.so.3", "libxkbcommon.so.0")
NEEDS = {
    "xcb": tuple(n for n in LIBRARIES if n.startswith(("libxcb", "libX11", "libxkbcommon-x11")))
    + _COMMON,
    "wayland": tuple(n for n in LIBRARIES if n.startswith("libwayland")) + _COMMON,
}
PLUGIN = {"xcb": "libqxcb.so", "wayland": "libqwayland.so"}
LABEL = {"xcb": "X11 (xcb)", "wayland": "Wayland"}
NO_DISPLAY = ("briefing: no display to open the window on (neither DISPLAY nor "
              "WAYLAND_DISPLAY is set): start it in a desktop session or over `ssh -X`, or "
              "on a virtual screen (install xvfb, then run `xvfb-run briefing`); `briefing "
              "screenshot` and `briefing export` need no display")


class DisplayUnavailable(RuntimeError):
    """The window cannot open here; `str()` is the one line that says why and what to do."""


@dataclass(frozen=True)
class Probe:
    """How the machine is asked (tests replace each part): `load(name)` is None or the
    loader's error; `reach(display)` whether an X server answers there."""
    load: Callable[[str], str | None]
    plugin_dir: Path | None
    distro: str | None
    reach: Callable[[str], bool]

    @classmethod
    def machine(cls) -> "Probe":
        return cls(_dlopen_error, _plugin_dir(), _distro(), _reaches_x)


def check_display(environ=None, probe: Probe | None = None) -> None:
    """Raise DisplayUnavailable unless a window can open with this environment."""
    problem = display_problem(environ, probe)
    if problem:
        raise DisplayUnavailable(problem)


def display_problem(environ=None, probe: Probe | None = None) -> str | None:
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    platforms = _platforms(env)
    if any(p not in PLUGIN for p in platforms):
        return None  # offscreen, vnc, eglfs…: chosen on purpose, and needing no display
    probe = probe or Probe.machine()
    problems = []
    for platform in platforms:
        if not _has_display(platform, env):
            continue
        problem = _plugin_problem(platform, probe)
        if problem is None and platform == "xcb" and not probe.reach(env["DISPLAY"]):
            problem = (f"cannot connect to the X display {env['DISPLAY']!r} (is it running, "
                       "and may this user use it? over SSH, connect with `ssh -X`)")
        if problem is None:
            return None
        problems.append(f"briefing: cannot open the window: {problem}")
    return problems[-1] if problems else NO_DISPLAY


def _platforms(env) -> list[str]:
    """The platforms Qt will try, in order: QT_QPA_PLATFORM's list, else Wayland (when the
    session is Wayland) then X11, as Qt 6 does."""
    named = env.get("QT_QPA_PLATFORM", "").strip()
    if named:
        return [p.split(":")[0].strip() for p in named.split(";") if p.strip()]
    wayland = env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland"
    return ["wayland", "xcb"] if wayland else ["xcb"]


def _has_display(platform: str, env) -> bool:
    if platform == "xcb":
        return bool(env.get("DISPLAY"))
    return bool(env.get("WAYLAND_DISPLAY"))


def _plugin_problem(platform: str, probe: Probe) -> str | None:
    """Why the platform's plugin would not load, or None (also when this is not a layout
    we know: a frozen bundle may keep its plugins elsewhere, and Qt will say)."""
    plugin = probe.plugin_dir / PLUGIN[platform] if probe.plugin_dir else None
    if plugin is None or not plugin.is_file():
        return None
    error = probe.load(str(plugin))
    if error is None:
        return None
    missing = [name for name in NEEDS[platform] if probe.load(name) is not None]
    named = re.match(r"(\S+\.so[.\d]*): cannot open shared object file", error)
    if named and named.group(1) not in missing:
        missing.append(named.group(1))
    if not missing:
        return f"Qt's {LABEL[platform]} platform plugin does not load ({error})"
    debian = sorted({LIBRARIES.get(m, (m, m))[0] for m in missing})
    fedora = sorted({LIBRARIES.get(m, (m, m))[1] for m in missing})
    apt = f"`sudo apt-get install {' '.join(debian)}`"
    dnf = f"`sudo dnf install {' '.join(fedora)}`"
    how = {"debian": apt, "fedora": dnf}.get(probe.distro,
                                              f"{apt} (Debian, Ubuntu) or {dnf} (Fedora)")
    names = ", ".join(missing[:-1]) + " and " + missing[-1] if len(missing) > 1 else missing[0]
    return f"Qt's {LABEL[platform]} platform needs {names}, not installed here; run {how}"


def _dlopen_error(name: str) -> str | None:
    try:
        ctypes.CDLL(name)
    except OSError as exc:
        return str(exc)
    return None


def _plugin_dir() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "Qt" / "plugins" / "platforms"


def _reaches_x(display: str) -> bool:
    """Whether the X server answers, as Qt's xcb plugin will ask it (libxcb's own connect,
    authorisation included)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return False
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = (ctypes.c_char_p, ctypes.c_void_p)
    xcb.xcb_connection_has_error.argtypes = (ctypes.c_void_p,)
    xcb.xcb_disconnect.argtypes = (ctypes.c_void_p,)
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)


def _distro(os_release: Path = Path("/etc/os-release")) -> str | None:
    """"debian" for Debian and Ubuntu and their kin, "fedora" for Fedora and RHEL's, else
    None (then both install lines are given)."""
    try:
        text = os_release.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    ids = " ".join(m.group(2).strip('"').lower() for m in re.finditer(
        r"^(ID|ID_LIKE)=(.*)$", text, re.MULTILINE)).split()
    if {"debian", "ubuntu"} & set(ids):
        return "debian"
    if {"fedora", "rhel", "centos"} & set(ids):
        return "fedora"
    return None
