"""Files dropped anywhere on the window become imported stories."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal


class FileDropFilter(QObject):
    """Installed on the main window: files dropped anywhere become imported stories."""

    files_dropped = Signal(list)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if event.mimeData().hasUrls():  # type: ignore[attr-defined]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop and event.mimeData().hasUrls():  # type: ignore[attr-defined]
            paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]  # type: ignore[attr-defined]
            event.acceptProposedAction()  # type: ignore[attr-defined]
            if paths:
                self.files_dropped.emit(paths)
            return True
        return False
