"""The quote sidebar's source documents: attach (button or drop), check quotes, view evidence.

The quote check runs on a pool thread with progress and Cancel; its verdicts are kept in the
store when the core offers a way to. A mixin of QuoteSidebarPanel, which owns the buttons, the
progress row and the story; kept apart so the panel module holds layout and display only.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog

from app.core.errors import CopydeskError
from app.core.model import Quote, SourceDocument
from app.core.quote_text import normalise_quote
from app.gui.dialogs.document_viewer import DocumentViewerDialog
from app.gui.models.sidebar_content import build_content
from app.gui.panels.quote_details import EVIDENCE_LINK
from app.gui.panels.quote_sidebar_workers import BackgroundJob, CancelToken

ATTACHABLE = (
    ".txt",
    ".text",
    ".md",
    ".markdown",
    ".html",
    ".htm",
    ".xhtml",
    ".docx",
    ".pdf",
    ".srt",
    ".vtt",
)


CONCERN_ORDER = ("altered", "not_found", "minor", "verbatim")
"""The check's summary names what needs the desk first."""
LINKED = ("altered", "not_found")
"""Verdicts whose count in the summary is a link to the next such quote."""


def check_summary(verdicts: list[str], lead: str = "Checked") -> str:
    """ "Checked 44 quotes: <1 altered>, <39 not found>, 4 verbatim." as rich text: the worst
    first, and the counts that need the desk are links to the next such quote (the tree
    shows a few of forty quotes; the one altered quote was a scroll away)."""
    counts = Counter(verdicts)
    rank = {v: n for n, v in enumerate(CONCERN_ORDER)}
    parts = []
    for verdict in sorted(counts, key=lambda v: (rank.get(v, len(rank)), v)):
        words = f"{counts[verdict]} {escape(verdict.replace('_', ' '))}"
        if verdict in LINKED:
            words = f'<a href="{escape(verdict)}">{words}</a>'
        parts.append(words)
    return f"{lead} {len(verdicts)} quotes: {', '.join(parts)}."


class _Cancelled(Exception):
    """Raised from the progress callback to stop verification between two quotes."""


class QuoteDocumentsMixin:
    """Attached documents and the quote check against them."""

    def _load_documents(self) -> list[SourceDocument]:
        if self._story is None or self._story.id is None:
            return []
        try:
            return list(self.desk.documents(self._story.id))
        except CopydeskError:
            return []

    def _update_buttons(self) -> None:
        has_story = self._story is not None and self._story.id is not None
        count = len(self._documents)
        self.attach_button.setEnabled(has_story)
        self.check_button.setEnabled(has_story and count > 0 and self._job is None)
        self.check_button.setToolTip(
            "Compare every quote with the attached material (F5)"
            if count
            else "Attach the source material first"
        )
        self.button_row.set_text(
            self.documents_button, f"{count} document{'s' if count != 1 else ''}"
        )
        self.documents_button.setEnabled(count > 0)

    def ask_files(self) -> list[Path]:
        """The file dialog (tests replace this method)."""
        patterns = " ".join(f"*{suffix}" for suffix in ATTACHABLE)
        names, _ = QFileDialog.getOpenFileNames(
            self, "Attach source documents", "", f"Source material ({patterns});;All files (*)"
        )
        return [Path(n) for n in names]

    def _attach_clicked(self) -> None:
        paths = self.ask_files()
        if paths:
            self.attach_files(paths)

    def attach_files(self, paths: list[Path]) -> list[SourceDocument]:
        """Read and store each file; problems are listed, the good files are kept."""
        if self._story is None or self._story.id is None:
            self._say("Open a saved story before attaching documents.")
            return []
        from app.core.verification.documents import load_document

        attached, problems = [], []
        for path in paths:
            try:
                document = load_document(Path(path), added_by=self.desk.user)
                attached.append(self.desk.attach_document(self._story.id, document))
            except CopydeskError as error:
                problems.append(str(error))
        self._documents = self._load_documents()
        self._update_buttons()
        if attached:
            self.annotations_changed.emit()
        names = ", ".join(d.title for d in attached)
        self._say(" ".join(([f"Attached {names}."] if attached else []) + problems))
        self._show_details(self.tree.currentIndex())
        return attached

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            QTimer.singleShot(0, self, lambda: self.attach_files(paths))  # dropped if closed

    @Slot()
    def check_quotes(self) -> BackgroundJob | None:
        """Verify every quote against the attached documents, off the GUI thread."""
        if self._job is not None:
            return self._job
        if self._story is None or not self._documents:
            self._say("Attach the source material first (transcripts, wire copy, notes).")
            return None
        quotes = list(self.model.content.quotes)
        if not quotes:
            self._say("There are no quotes to check.")
            return None
        documents = list(self._documents)
        text = self._text

        def job(report: object, token: CancelToken) -> list[object]:
            from app.core.verification.documents import parse_document
            from app.core.verification.verdicts import verify_quotes

            texts = [parse_document(d) for d in documents]

            def progress(done: int, total: int) -> None:
                report(done, total)
                if token.cancelled:
                    raise _Cancelled

            return verify_quotes(quotes, texts, progress=progress, story_text=text)

        self._job = BackgroundJob(job, self)
        self._job.progressed.connect(self._check_progressed)
        self._checked_quotes = quotes
        # Bound methods of this panel: a result arriving after it was closed is dropped by Qt.
        self._job.finished.connect(self._check_finished)
        self._job.failed.connect(self._check_failed)
        self._job.cancelled.connect(self._check_cancelled)
        self.progress.setRange(0, len(quotes))
        self.progress.setValue(0)
        self.progress_box.setVisible(True)
        self._say("")
        self._job.start()
        self._update_buttons()
        return self._job

    @Slot()
    def cancel_check(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def is_checking(self) -> bool:
        return self._job is not None

    def _check_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _end_check(self) -> None:
        self._job = None
        self.progress_box.setVisible(False)
        self._update_buttons()

    def _check_failed(self, error: str) -> None:
        self._end_check()
        self._say(f"The quote check failed: {error}")

    def _check_cancelled(self) -> None:
        self._end_check()
        self._say("Quote check cancelled; earlier verdicts are unchanged.")

    def _check_finished(self, results: list[object]) -> None:
        quotes = self._checked_quotes
        self._end_check()
        for quote, check in zip(quotes, results, strict=False):
            self._checks[normalise_quote(quote.text)] = check
        stored = self._store_verdicts(quotes, results)
        self._say_html(
            check_summary([str(check.verdict) for check in results])
            + (
                ""
                if stored
                else " (Verdicts are shown for this session; the store could not keep them.)"
            )
        )
        self.refresh() if stored else self._show_content(
            build_content(self._analysis, self._story, self._text)
        )
        self.annotations_changed.emit()
        self.check_finished.emit()

    def _store_verdicts(self, quotes: list[Quote], results: list[object]) -> bool:
        """Keep verdicts in the store when the core offers a way to (Desk.set_quote_verdict)."""
        setter = getattr(self.desk, "set_quote_verdict", None)
        if setter is None:
            return False
        try:
            for quote, check in zip(quotes, results, strict=False):
                quote_id = quote.id
                if quote_id is None:
                    continue
                setter(
                    quote_id, check.verdict, check.evidence, covered=getattr(check, "covered", None)
                )
        except CopydeskError as error:
            self._say(str(error))
            return False
        return True

    def _link_clicked(self, url: QUrl) -> None:
        if url.toString() == EVIDENCE_LINK:
            self.open_document_viewer(self.current_quote())

    def open_document_viewer(self, quote: Quote | None = None) -> DocumentViewerDialog | None:
        """The attached documents, opened at the quote's matched passage when it has one."""
        if not self._documents:
            return None
        if self._viewer is not None:
            self._viewer.close()
        evidence = None
        if quote is not None:
            check = self._checks.get(normalise_quote(quote.text))
            evidence = getattr(check, "evidence", None) or quote.evidence
        if evidence is None:
            self._viewer = DocumentViewerDialog.open_at(self, self._documents)
        else:
            self._viewer = DocumentViewerDialog.open_at(
                self, self._documents, evidence.document, evidence.start, evidence.end
            )
        return self._viewer
