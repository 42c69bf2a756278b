"""Start the window: QApplication, icon, theme, open the store (errors in a dialog), show."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import APP_ID, APP_NAME, __version__
from app.core.config import resource_path
from app.core.errors import SchemaTooNewError, StoreError

if TYPE_CHECKING:
    from app.core.startup import StartupDesk


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resource_path("icons")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = folder / f"copydesk-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    svg = folder / "copydesk.svg"
    if icon.isNull() and svg.is_file():
        icon.addFile(str(svg))
    return icon


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    from app.gui import theme

    dark = QSettings().value("view/dark")
    dark = theme.system_prefers_dark() if dark is None else str(dark).lower() == "true"
    theme.apply_theme(app, dark)
    stylesheet = resource_path("styles", "app.qss")
    if stylesheet.is_file():
        app.setStyleSheet(stylesheet.read_text(encoding="utf-8"))
    return app  # type: ignore[return-value]


def _finish_opening(window: QWidget, desk: StartupDesk) -> None:
    """Open the full store once the window is on screen; a failure closes the window."""
    try:
        desk.open()
    except StoreError as exc:
        QMessageBox.critical(window, f"{APP_NAME} cannot open the database", str(exc))
        window.close()


def main(database_url: str | None = None) -> int:
    """The `copydesk` command with no verb: the workstation window."""
    app = create_application()
    from app.core.startup import StartupDesk

    try:
        # The story list's first page is read without the full store, which opens right
        # after the first paint (see app.core.startup).
        desk = StartupDesk(database_url)
    except StoreError as exc:  # SchemaTooNewError included
        QMessageBox.critical(None, f"{APP_NAME} cannot open the database", str(exc))
        return 2
    from app.gui import icons
    from app.gui.main_window import MainWindow

    icons.defer()  # qtawesome loads after the first paint
    window = MainWindow(desk)
    from app.gui import first_paint

    if first_paint.wanted():
        first_paint.watch(window.story_list.table)
    first_paint.after_first_paint(window, lambda: _finish_opening(window, desk))
    window.show()
    if desk.info.read_only:
        if desk.info.read_only_reason == "schema":
            error = SchemaTooNewError(
                f"This database was upgraded by a newer {APP_NAME} (schema "
                f"{desk.info.schema_version}); this workstation understands "
                f"{desk.info.app_schema_version}. You can read stories but not save them."
            )
        else:
            error = StoreError(
                f"This database is read-only ({desk.info.read_only_reason}). You can read, "
                "search and export its stories but not save them."
                + (" Free some space on its disk and open Copydesk again to save."
                   if desk.info.disk_full else "")
            )  # fmt: skip
        QTimer.singleShot(0, lambda: QMessageBox.warning(window, "Read-only database", str(error)))
    QTimer.singleShot(0, window.offer_recovery)
    from app.gui.termination import close_on_stop_signals

    close_on_stop_signals(window)  # logout, shutdown, kill: saved and gone, as on close
    try:
        return app.exec()
    finally:
        desk.close()
