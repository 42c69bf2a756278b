"""`copydesk` without a display or a system library Qt needs: one line and exit 2, not SIGABRT."""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from app.gui import preflight

REPO = Path(__file__).resolve().parents[2]
# Libraries every Linux system has (glibc, the C++ runtime, zlib, zstd): not worth a check.
BASE_SYSTEM = re.compile(
    r"^(?:libc|libm|libdl|librt|libpthread|libstdc\+\+|libgcc_s|libz|libzstd|ld-linux[\w-]*)\.so"
)


def _window(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    """`copydesk` with no verb (the window), in an environment with only what is given."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LD_LIBRARY_PATH")
    }
    clean.update(env, COPYDESK_DATA_DIR=str(tmp_path / "data"))
    return subprocess.run([sys.executable, "-m", "app"], capture_output=True, text=True,
                          env=clean, cwd=REPO, timeout=60)  # fmt: skip


def _one_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_no_display_is_one_line_and_exit_2(tmp_path: Path) -> None:
    line = _one_line(_window(tmp_path))
    assert line.startswith("copydesk: there is no display")
    assert "DISPLAY" in line and "copydesk --help" in line


def test_a_missing_xcb_library_is_named_with_its_package(tmp_path: Path) -> None:
    """Two of the libraries Qt's xcb plugin links are shadowed by broken files that the dynamic
    loader finds first, as if they were missing: Qt itself would abort (SIGABRT) naming a third,
    present one. The check names both, with the apt line, before any display is contacted."""
    broken = tmp_path / "lib"
    broken.mkdir()
    for name in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1"):
        (broken / name).write_bytes(b"not a library")
    line = _one_line(_window(tmp_path, DISPLAY=":99", LD_LIBRARY_PATH=str(broken)))
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in line
    assert line.endswith("on Debian/Ubuntu: sudo apt install libxcb-icccm4 libxcb-keysyms1")


def test_a_display_nobody_answers_is_one_line(tmp_path: Path) -> None:
    line = _one_line(_window(tmp_path, DISPLAY=":97"))
    assert "cannot open the display ':97'" in line


def test_what_is_checked_where() -> None:
    every = lambda name: True  # noqa: E731
    assert preflight.window_problem({}, platform="darwin") is None
    assert preflight.window_problem({"QT_QPA_PLATFORM": "offscreen"}, load=every) is None
    assert "no display" in preflight.window_problem({"QT_QPA_PLATFORM": "xcb"}, load=every)
    x11 = {"DISPLAY": ":0"}
    assert preflight.window_problem(x11, load=every, x_server=lambda d: True) is None
    asked: list[str] = []
    preflight.window_problem({"WAYLAND_DISPLAY": "wayland-0"}, load=lambda n: not asked.append(n))
    assert set(asked) == set(preflight.QT_LIBRARIES), "Qt may choose Wayland: no xcb check"
    lacking = {"libEGL.so.1", "libxcb-cursor.so.0"}
    problem = preflight.window_problem(x11, load=lambda n: n not in lacking)
    assert problem == (
        "the window needs system libraries this machine lacks (libEGL.so.1, "
        "libxcb-cursor.so.0); on Debian/Ubuntu: sudo apt install libegl1 libxcb-cursor0"
    )


def _needed(path: Path) -> list[str]:
    """DT_NEEDED entries of an ELF64 little-endian shared object: the libraries it links."""
    data = path.read_bytes()
    assert data[:4] == b"\x7fELF" and data[4:6] == b"\x02\x01", path
    (section_offset,) = struct.unpack_from("<Q", data, 0x28)
    entry_size, count = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, section_offset + i * entry_size)
                for i in range(count)]  # fmt: skip
    needed = []
    for section in sections:
        if section[1] != 6:  # SHT_DYNAMIC
            continue
        strings = sections[section[6]][4]  # its sh_link: the string table's file offset
        for offset in range(section[4], section[4] + section[5], 16):
            tag, value = struct.unpack_from("<qQ", data, offset)
            if tag == 0:
                break
            if tag == 1:  # DT_NEEDED
                start = strings + value
                needed.append(data[start : data.index(b"\0", start)].decode())
    return needed


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF: Linux only")
def test_the_library_tables_cover_what_the_installed_qt_links() -> None:
    """A new PySide6 that links another system library fails here, naming it."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    shipped = {p.name for p in (qt / "lib").iterdir()}

    def system_needs(*files: Path) -> set[str]:
        return {name for f in files for name in _needed(f)
                if name not in shipped and not BASE_SYSTEM.match(name)}  # fmt: skip

    lib = qt / "lib"
    core = system_needs(*(lib / f"libQt6{m}.so.6" for m in ("Core", "Gui", "Widgets", "DBus")))
    xcb = system_needs(qt / "plugins" / "platforms" / "libqxcb.so", lib / "libQt6XcbQpa.so.6")
    assert core - set(preflight.QT_LIBRARIES) == set()
    assert xcb - set(preflight.LIBRARIES) == set()
    assert set(preflight.LIBRARIES) - core - xcb == set(), "a library no longer linked"


def test_the_readme_names_the_packages_the_window_needs() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert preflight.apt_line() in " ".join(readme.split())
