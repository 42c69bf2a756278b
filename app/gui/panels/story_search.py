"""Full-text search for the story list, on a pool thread: the keyboard never waits for it."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Signal

from app.core.errors import CopydeskError

if TYPE_CHECKING:
    from app.core.services import Desk


class SearchSignals(QObject):
    finished = Signal(int, object)  # generation, list[StorySummary] | CopydeskError


class SearchTask(QRunnable):
    """Runs a full-text search in the thread pool; the store opens its own session there.

    `signals.finished` is connected to a bound method of the panel, so Qt drops the result
    if the panel was closed before the search ended (app/gui/background.py).
    """

    def __init__(self, desk: Desk, query: str, generation: int, trash: bool = False) -> None:
        super().__init__()
        self.desk, self.query, self.generation, self.trash = desk, query, generation, trash
        self.signals = SearchSignals()

    def run(self) -> None:
        try:
            result: object = self.desk.search(self.query, trash=self.trash)
        except CopydeskError as exc:
            result = exc
        except Exception as exc:  # never raised in a pool thread: reported like a store error
            result = CopydeskError(f"Search failed: {exc}")
        with contextlib.suppress(RuntimeError):  # the carrier went away with the panel
            self.signals.finished.emit(self.generation, result)
