"""Trims PyInstaller's table of contents to what Copydesk uses (imported by copydesk.spec).

PyInstaller's Qt hooks collect every plugin of every category the used Qt modules might load,
and with them the system libraries those plugins link (the GTK theme plugin alone brings GTK,
Cairo, Pango and ATK). The allow-lists below say what a Copydesk window needs; `trim` drops the
rest and, with them, every shared library that only a dropped plugin linked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

Entry = tuple[str, str, str]
"""(destination in the bundle, source path, PyInstaller type code)."""

QT_PLUGINS: dict[str, set[str] | None] = {
    # None keeps the whole category; a category not listed is dropped.
    "platforms": {"qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa"},
    "xcbglintegrations": None,  # xcb asks for them; without one it logs warnings
    "platforminputcontexts": None,  # compose keys and IBus: typing accents and other scripts
    "platformthemes": {"qxdgdesktopportal"},  # not qgtk3: it links all of GTK 3
    "imageformats": {"qsvg", "qjpeg", "qico"},  # PNG is built into QtGui
    "iconengines": {"qsvgicon"},
    "styles": None,  # Windows and macOS native styles live here
    "printsupport": {"cupsprintersupport"},  # printers for Print (the audit report); links CUPS
}
TRANSLATIONS = re.compile(r"qtbase_[a-z_]+\.qm$")
"""Qt's own translations: only the base dialogs' (the window's text is English)."""
BABEL_LOCALES = re.compile(r"(root|en(_[A-Za-z0-9_]+)?)\.dat$")
"""babel comes with trafilatura's URL filter (courlan), which Copydesk never asks for a locale."""


def _plugin_kept(dest: PurePosixPath) -> bool:
    parts = dest.parts
    if "plugins" not in parts:
        return True
    at = parts.index("plugins")
    if len(parts) < at + 3:  # a file directly in plugins/, not in a category
        return True
    category = parts[at + 1]
    if category not in QT_PLUGINS:
        return False
    allowed = QT_PLUGINS[category]
    name = dest.name.split(".")[0].removeprefix("lib")
    return allowed is None or name in allowed


def _data_kept(dest: str) -> bool:
    path = _posix(dest)
    if "translations" in path.parts and path.suffix == ".qm":
        return bool(TRANSLATIONS.search(path.name))
    if path.parts[:2] == ("babel", "locale-data"):
        return bool(BABEL_LOCALES.search(path.name))
    # The migrations folder is copied as source: no stale bytecode goes with it.
    return "__pycache__" not in path.parts and path.suffix != ".pyc"


def _is_qt(dest: str) -> bool:
    """Qt lives under PySide6/Qt/ on Linux and macOS, under PySide6/ on Windows."""
    return "PySide6" in _posix(dest).parts


def trim_binaries(
    binaries: Iterable[Entry], imports: Callable[[str], Iterable[str]]
) -> tuple[list[Entry], list[Entry]]:
    """(kept, dropped): unwanted Qt plugins and the libraries only they need.

    `imports(source)` gives the names a binary links (sonames, DLL names), as PyInstaller's
    bindepend reports them; libraries are matched by file name, which is how the bundle's
    loader finds them too.
    """
    entries = list(binaries)
    by_name = {_name(e[0]): e[1] for e in entries}

    def closure(roots: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(roots)
        while todo:
            name = todo.pop()
            if name in seen or name not in by_name:
                continue
            seen.add(name)
            todo.extend(_name(linked) for linked in imports(by_name[name]))
        return seen

    plugins_out = {_name(e[0]) for e in entries if _is_qt(e[0]) and not _plugin_kept(_posix(e[0]))}
    theirs = closure(plugins_out)
    needed = closure(_name(e[0]) for e in entries if _name(e[0]) not in theirs)
    drop = plugins_out | (theirs - needed)
    kept = [e for e in entries if _name(e[0]) not in drop]
    return kept, [e for e in entries if _name(e[0]) in drop]


def _posix(dest: str) -> PurePosixPath:
    return PurePosixPath(dest.replace("\\", "/"))


def _name(dest: str) -> str:
    return _posix(dest).name


def trim_datas(datas: Iterable[Entry]) -> list[Entry]:
    return [e for e in datas if _data_kept(e[0])]


def drop_dangling_links(
    binaries: list[Entry], datas: list[Entry]
) -> tuple[list[Entry], list[Entry]]:
    """Top-level symlinks PyInstaller made for libraries that were then left out."""
    present = {_posix(e[0]) for e in (*binaries, *datas) if e[2] != "SYMLINK"}

    def keep(entry: Entry) -> bool:
        return entry[2] != "SYMLINK" or _posix(entry[1]) in present

    return [e for e in binaries if keep(e)], [e for e in datas if keep(e)]
