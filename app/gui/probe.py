"""The doctor's Qt check, run in a child process: can Qt start here and show a Copydesk window?

`copydesk doctor` starts this as `copydesk doctor --qt-probe` and reads one JSON line back, so
a missing platform plugin or library (which aborts the process) becomes a FAIL line instead of
the end of the doctor. It also looks at what a bundle easily leaves behind: the image-format
plugins the app icon needs and qtawesome's icon fonts.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from app.core.config import resource_path

Check = tuple[str, bool, str]


def _window(app) -> Check:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QMainWindow, QStyleFactory

    window = QMainWindow()
    window.setWindowTitle("Copydesk doctor")
    window.resize(320, 200)
    window.show()
    app.processEvents()
    created = window.isVisible() and window.windowHandle() is not None and bool(window.winId())
    window.close()
    styles = ", ".join(QStyleFactory.keys())
    state = "a window opens" if created else "no window could be shown"
    versions = f"Qt {qVersion()}, PySide6 {pyside_version}"
    detail = f"{app.platformName()}: {state} ({versions}; styles {styles})"
    return "Qt platform", created, detail


def _image_formats(_app) -> Check:
    from PySide6.QtGui import QImageReader

    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    missing = sorted({"png", "svg"} - formats)
    if missing:
        return "Qt image formats", False, f"missing {', '.join(missing)} (Qt imageformats plugins)"
    return "Qt image formats", True, "png, svg" + (", jpeg" if "jpeg" in formats else "")


def _app_icon(_app) -> Check:
    from PySide6.QtGui import QIcon

    folder = resource_path("icons")
    svg = folder / "copydesk.svg"
    pngs = sorted(folder.glob("copydesk-*.png"))
    if not svg.is_file():
        return "app icon", False, f"{svg} is missing"
    if QIcon(str(svg)).pixmap(64, 64).isNull():
        return "app icon", False, f"{svg} does not render (the svg icon engine is missing?)"
    return "app icon", True, f"{svg.name} renders; {len(pngs)} PNG sizes"


def _icon_fonts(_app) -> Check:
    import qtawesome

    icon = qtawesome.icon("mdi6.content-save-outline")
    if icon.pixmap(32, 32).isNull():
        return "icon fonts", False, "qtawesome's icon fonts do not render"
    return "icon fonts", True, f"qtawesome {qtawesome.__version__} renders"


PROBES: tuple[Callable[[object], Check], ...] = (_window, _image_formats, _app_icon, _icon_fonts)


def _window_libraries() -> dict:
    """Every system library the window (Qt and its xcb plugin) links, whatever platform the
    probe itself runs on: a headless check still says what a desktop session would lack."""
    from app.gui import preflight

    missing = preflight.missing_libraries()
    if missing:
        detail = preflight.library_problem(missing)
    else:
        detail = f"all {len(preflight.LIBRARIES)} system libraries Qt and its xcb plugin link load"
    return {"name": "window libraries", "ok": not missing, "detail": detail}


def run_probe() -> int:
    """Print {"checks": [...]} as one JSON line; exit 0 when Qt itself could start."""
    from app.gui import preflight

    checks = [_window_libraries()]
    problem = preflight.window_problem()  # Qt would abort the probe: say why instead
    if problem is not None:
        checks.append({"name": "Qt platform", "ok": False, "detail": f"not started: {problem}"})
        sys.stdout.write(json.dumps({"checks": checks}) + "\n")
        return 0
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0], "-name", "copydesk-doctor"])
    for probe in PROBES:
        try:
            name, ok, detail = probe(app)
        except Exception as exc:  # a probe that crashes is a failed check, not a dead doctor
            name, ok, detail = probe.__name__.strip("_").replace("_", " "), False, repr(exc)
        checks.append({"name": name, "ok": ok, "detail": detail})
    sys.stdout.write(json.dumps({"checks": checks}) + "\n")
    sys.stdout.flush()
    return 0
