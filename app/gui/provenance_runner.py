"""Runs provenance off the GUI thread and hands the report to the window (view and sidebar)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.gui.panels.quote_sidebar_workers import BackgroundJob

if TYPE_CHECKING:
    from app.core.services import Desk


class ProvenanceRunner(QObject):
    """One provenance job at a time; `finished(report, body)` or `failed(message)`."""

    finished = Signal(object, str)
    failed = Signal(str)

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.job: BackgroundJob | None = None
        self._body = ""

    def run(self, story_id: int, archive: bool = False) -> BackgroundJob | None:
        """Align the stored story with its attachments (and the archive); None if busy."""
        if self.job is not None:
            return None
        desk = self.desk

        def job(_report: object, _token: object) -> object:
            from app.core.provenance.service import story_provenance

            return story_provenance(desk, story_id, archive=archive)

        self._body = desk.get_story(story_id).body
        self.job = BackgroundJob(job, self)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.job.start()
        return self.job

    def _finished(self, report: object) -> None:
        self.job = None
        self.finished.emit(report, self._body)

    def _failed(self, message: str) -> None:
        self.job = None
        self.failed.emit(message)
