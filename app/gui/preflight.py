"""What the window needs from this machine (a display, Qt's system libraries), checked before Qt.

Qt aborts the process (SIGABRT) when its xcb platform plugin cannot load a library or reach the X
server, and its message may name a library that is present. So `copydesk` (the window) asks
first, without importing Qt: a display to talk to, and every system library the Qt libraries and
the xcb plugin link, each loaded the way Qt will load it (dlopen by soname). What is missing
becomes one line naming it and the Debian/Ubuntu packages that bring it; the caller exits 2.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# soname -> Debian/Ubuntu package, for the system libraries that PySide6's Qt libraries (QtCore,
# QtGui, QtWidgets, QtDBus: any platform) and its xcb platform plugin (libqxcb.so and
# libQt6XcbQpa.so.6: the X11 window) link directly, as the wheels' ELF headers list them;
# tests/gui/test_preflight.py keeps both tables in step with the installed PySide6. glibc,
# libstdc++, zlib and zstd are left out: every system has them.
QT_LIBRARIES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11.so.6": "libx11-6",
}
XCB_LIBRARIES: dict[str, str] = {
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}
LIBRARIES = {**QT_LIBRARIES, **XCB_LIBRARIES}
# Platforms that draw without an X server (or that Qt picks itself): nothing to check for them.
_NO_CHECK_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "wayland")
_ADVICE = "or use the command-line verbs, which need no window (copydesk --help)"


def packages_for(sonames: list[str]) -> list[str]:
    """The Debian packages that bring these libraries, in the order first needed."""
    return list(dict.fromkeys(LIBRARIES.get(name, name) for name in sonames))


def apt_line(sonames: list[str] | None = None) -> str:
    return "sudo apt install " + " ".join(packages_for(list(sonames or LIBRARIES)))


def _bundled(soname: str) -> bool:
    """A PyInstaller bundle carries the libraries it found at build time beside the program."""
    folder = getattr(sys, "_MEIPASS", None)
    return bool(folder) and (Path(folder) / soname).is_file()


def loadable(soname: str) -> bool:
    """Whether the dynamic loader finds and can load `soname`, as it will for Qt."""
    if _bundled(soname):
        return True
    try:
        ctypes.CDLL(soname, mode=os.RTLD_LAZY)
    except OSError:
        return False
    return True


def missing_libraries(
    names: list[str] | None = None, load: Callable[[str], bool] = loadable
) -> list[str]:
    return [name for name in (names if names is not None else LIBRARIES) if not load(name)]


def library_problem(missing: list[str]) -> str:
    return (
        f"the window needs system libraries this machine lacks ({', '.join(missing)}); "
        f"on Debian/Ubuntu: {apt_line(missing)}"
    )


def _x_server_answers(display: str) -> bool:
    """Connect to the X server as Qt's xcb plugin will (libxcb), and hang up at once."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # reported as a missing library instead
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return connection is not None and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection is not None:
            xcb.xcb_disconnect(connection)


def window_problem(
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    load: Callable[[str], bool] = loadable,
    x_server: Callable[[str], bool] = _x_server_answers,
) -> str | None:
    """What stops the window from opening here, as one sentence, or None when nothing does."""
    env = os.environ if env is None else env
    if not (platform or sys.platform).startswith("linux"):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip().lower()
    if chosen and chosen != "xcb":
        return None  # offscreen, wayland, vnc...: asked for by name, Qt's own business
    display, wayland = env.get("DISPLAY", ""), env.get("WAYLAND_DISPLAY", "")
    # With no platform named, Qt may choose Wayland on a Wayland desktop; otherwise it is X11.
    xcb = chosen == "xcb" or not wayland
    if xcb and not display:
        return (
            "there is no display to open the window on (DISPLAY is not set); start it from a "
            f"desktop session, {_ADVICE}"
        )
    missing = missing_libraries(list(LIBRARIES if xcb else QT_LIBRARIES), load=load)
    if missing:
        return library_problem(missing)
    if xcb and not x_server(display):
        return (
            f"cannot open the display {display!r} (no X server answers there); start it from a "
            f"desktop session, {_ADVICE}"
        )
    return None
