"""Fast checks of packaging/: the spec follows pyproject, the Linux desktop files validate."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import APP_ID, __version__

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"

sys.path.insert(0, str(PACKAGING))
import bundle_filter  # noqa: E402


def test_spec_takes_name_and_version_from_pyproject() -> None:
    spec = (PACKAGING / "copydesk.spec").read_text(encoding="utf-8")
    assert 'PROJECT["name"]' in spec and 'PROJECT["version"]' in spec
    assert "pyproject.toml" in spec
    assert PROJECT["version"] == __version__, "the spec refuses to build when these differ"
    assert PROJECT["name"] == "copydesk"


def test_spec_carries_resources_and_migrations() -> None:
    spec = (PACKAGING / "copydesk.spec").read_text(encoding="utf-8")
    for needed in ('"resources"', "migrations", '"qtawesome"', '"trafilatura"', '"docx"'):
        assert needed in spec


def test_desktop_file_and_metainfo_agree_with_the_app() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Icon"] == APP_ID
    assert desktop["Exec"].split()[0] == PROJECT["name"]
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("releases/release").get("version") == __version__


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent")
def test_desktop_file_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="Debian's appstream is not installed")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_bundle_keeps_the_plugins_the_window_needs_and_drops_the_rest() -> None:
    qt = "PySide6/Qt/plugins"
    entries = [
        (f"{qt}/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        (f"{qt}/platforms/libqoffscreen.so", "/src/libqoffscreen.so", "BINARY"),
        (f"{qt}/platforms/libqwayland.so", "/src/libqwayland.so", "BINARY"),
        (f"{qt}/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        (f"{qt}/imageformats/libqsvg.so", "/src/libqsvg.so", "BINARY"),
        (f"{qt}/imageformats/libqtiff.so", "/src/libqtiff.so", "BINARY"),
        (f"{qt}/generic/libqevdevmouseplugin.so", "/src/libqevdev.so", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
        ("libglib-2.0.so.0", "/usr/lib/libglib-2.0.so.0", "BINARY"),
        ("libtiff.so.6", "/usr/lib/libtiff.so.6", "BINARY"),
    ]
    links = {
        "/src/libqgtk3.so": ["libgtk-3.so.0", "libglib-2.0.so.0"],
        "/src/libqxcb.so": ["libglib-2.0.so.0"],
        "/src/libqtiff.so": ["libtiff.so.6"],
    }
    kept, dropped = bundle_filter.trim_binaries(entries, lambda source: links.get(source, []))
    names = {Path(dest).name for dest, _src, _kind in kept}
    assert names == {"libqxcb.so", "libqoffscreen.so", "libqsvg.so", "libglib-2.0.so.0"}
    assert len(kept) + len(dropped) == len(entries)


def test_bundle_trims_translations_locales_and_bytecode() -> None:
    datas = [
        ("PySide6/Qt/translations/qtbase_de.qm", "", "DATA"),
        ("PySide6/Qt/translations/qtwebengine_de.qm", "", "DATA"),
        ("babel/locale-data/en_GB.dat", "", "DATA"),
        ("babel/locale-data/root.dat", "", "DATA"),
        ("babel/locale-data/zu.dat", "", "DATA"),
        ("babel/global.dat", "", "DATA"),
        ("app/core/store/migrations/versions/__pycache__/x.pyc", "", "DATA"),
        ("app/core/store/migrations/versions/0001_initial.py", "", "DATA"),
    ]
    kept = {dest for dest, _src, _kind in bundle_filter.trim_datas(datas)}
    assert kept == {
        "PySide6/Qt/translations/qtbase_de.qm",
        "babel/locale-data/en_GB.dat",
        "babel/locale-data/root.dat",
        "babel/global.dat",
        "app/core/store/migrations/versions/0001_initial.py",
    }
