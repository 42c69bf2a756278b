"""The quote/source sidebar: what analysis finds in the text being edited, and quote verification.

Analysis runs ~300 ms after typing stops, on a pool thread with a per-story cache, so the
keyboard never waits; the quote check runs there too, with progress and Cancel. Everything a
person decides (status, speaker, source flags) goes straight to the store through `Desk`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CopydeskError
from app.core.model import Finding, Quote, QuoteStatus, Source, SourceDocument, Story
from app.core.quote_text import normalise_quote
from app.gui import icons
from app.gui.compact_row import CompactButtonRow
from app.gui.dialogs.document_viewer import DocumentViewerDialog
from app.gui.dialogs.quote_note_dialog import QuoteNoteDialog
from app.gui.dialogs.source_dialog import SourceDialog
from app.gui.dialogs.speaker_dialog import SpeakerDialog
from app.gui.models.quote_tree_model import ItemKind, QuoteTreeModel, Role
from app.gui.models.sidebar_content import SidebarContent, build_content
from app.gui.panels.quote_details import EVIDENCE_LINK, finding_html, quote_html, source_html
from app.gui.panels.quote_sidebar_workers import AnalysisRunner, BackgroundJob, CancelToken
from app.gui.panels.quote_tree_view import QuoteTreeView, WrappingDelegate
from app.gui.quote_states import themed_icon
from app.gui.theme import is_dark

OPEN_ANALYSIS_DELAY_MS = 150
ATTACHABLE = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx", ".pdf",
              ".srt", ".vtt")


class _Cancelled(Exception):
    """Raised from the progress callback to stop verification between two quotes."""


class QuoteSidebarPanel(QWidget):
    """Quotes by speaker, sources, sourcing and findings; click one to select it in the editor."""

    select_requested = Signal(int, int)
    highlights_changed = Signal(list)
    tips_changed = Signal(list)
    """(start, end, text): what the editor's tooltips say over quotes, findings, sourcing."""
    annotations_changed = Signal()
    """A status, speaker, source, verdict or attachment changed in the store."""
    check_finished = Signal()
    """A quote check ended with results (provenance can then list the rewrite's findings)."""
    analysis_finished = Signal(float)
    """Seconds the last analysis took (for the status bar and benchmarks)."""

    def __init__(self, desk: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quoteSidebarPanel")
        self.setAccessibleName("Quotes and sources")
        self.setAcceptDrops(True)
        self.desk = desk
        self._story: Story | None = None
        self._text = ""
        self._proofing: tuple = ()
        self._analysis: object | None = None
        self._checks: dict[str, object] = {}
        self._rewrite_findings: tuple[Finding, ...] = ()
        self._documents: list[SourceDocument] = []
        self._collapsed: set[str] = set()
        self._syncing = False
        self._job: BackgroundJob | None = None
        self._checked_quotes: list[Quote] = []
        self._viewer: DocumentViewerDialog | None = None
        self.model = QuoteTreeModel(self)
        self.runner = AnalysisRunner(self)
        self.runner.analysed.connect(self._analysed)
        self.runner.failed.connect(self._analysis_failed)
        self._build_ui()
        self._show_content(SidebarContent())

    # -- layout ---------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.attach_button = QPushButton("Attach…")
        icons.set_icon(self.attach_button, lambda: themed_icon("mdi6.paperclip"))
        self.attach_button.setAccessibleName("Attach source documents")
        self.attach_button.setToolTip(
            "Attach transcripts, wire copy, notes or saved pages to check quotes against "
            "(or drop files here)"
        )
        self.attach_button.clicked.connect(self._attach_clicked)
        self.check_button = QPushButton("Check quotes")
        icons.set_icon(self.check_button, lambda: themed_icon("mdi6.text-search"))
        self.check_button.setAccessibleName("Check quotes against the documents")
        self.check_button.clicked.connect(self.check_quotes)
        self.documents_button = QPushButton("")
        icons.set_icon(self.documents_button, lambda: themed_icon("mdi6.file-document-outline"))
        self.documents_button.setAccessibleName("View attached documents")
        self.documents_button.clicked.connect(lambda: self.open_document_viewer())
        # Words beside the icons when the dock is wide enough, icons alone when it is not.
        self.button_row = CompactButtonRow(
            [self.attach_button, self.check_button, self.documents_button]
        )

        self.progress = QProgressBar()
        self.progress.setAccessibleName("Quote check progress")
        self.progress.setFormat("Checking quote %v of %m")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleName("Cancel the quote check")
        self.cancel_button.clicked.connect(self.cancel_check)
        progress_row = QHBoxLayout()
        progress_row.setContentsMargins(0, 0, 0, 0)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_box = QWidget()
        self.progress_box.setLayout(progress_row)
        self.progress_box.setVisible(False)

        self.message = QLabel()
        self.message.setAccessibleName("Sidebar message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.tree = QuoteTreeView()
        self.tree.setObjectName("quoteTree")
        self.tree.setAccessibleName("Quotes, sources and findings")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu_requested)
        self.tree.clicked.connect(self._item_chosen)
        self.tree.activated.connect(self._item_chosen)
        self.tree.collapsed.connect(lambda i: self._collapsed.add(i.data(Role.KEY)))
        self.tree.expanded.connect(lambda i: self._collapsed.discard(i.data(Role.KEY)))
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        self.details = QTextBrowser()
        self.details.setObjectName("quoteDetails")
        self.details.setAccessibleName("Details of the selected item")
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._link_clicked)
        self.details.setPlaceholderText("Select a quote to see its evidence.")

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("quoteSidebarSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 2)  # a resize keeps the evidence's third
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.button_row)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        self._update_buttons()

    # -- public API -----------------------------------------------------------------------

    def set_story(self, story: Story | None) -> None:
        """Show a story (None clears the panel); its body is analysed at once, off this thread."""
        self.cancel_check()
        self._say("")  # what was said about the last story is not about this one
        self._rewrite_findings = ()
        self._story = story
        self._checks.clear()
        self._analysis = None
        self.runner.reset()
        self._text = story.body if story else ""
        self._documents = self._load_documents()
        self._show_content(build_content(None, story, self._text))
        if story is not None:
            # Not at once: a pure-Python analysis thread holds the interpreter lock, and every
            # Python callback of the window's first paint would queue behind it (a 20,000-word
            # story took ~200 ms to open instead of ~90 ms). The stored quotes show meanwhile.
            self.runner.request(self._text, story.credits, delay_ms=OPEN_ANALYSIS_DELAY_MS)
        self._update_buttons()

    @Slot(list)
    def set_proofing_findings(self, findings: list) -> None:
        """Spelling and style findings for the text (from the editor's proofing)."""
        self._proofing = tuple(findings)
        self._show_content(self.model.content)

    def set_text(self, markdown: str) -> None:
        """The editor's text changed: re-analyse once typing pauses."""
        self._text = markdown
        self.runner.request(markdown, self._story.credits if self._story else ())

    @Slot(int)
    def select_quote_at(self, position: int) -> None:
        """The editor's cursor moved: select the quote under it, without moving the editor."""
        index = self.model.index_for_position(position)
        if not index.isValid() or index == self.tree.currentIndex():
            return
        self._syncing = True
        try:
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        finally:
            self._syncing = False

    @Slot()
    def refresh(self) -> None:
        """Re-read the story's quotes and sources from the store (e.g. after the editor saved)."""
        if self._story is None or self._story.id is None:
            return
        old_credits = self._story.credits
        try:
            self._story = self.desk.get_story(self._story.id)
        except CopydeskError as error:
            self._say(str(error))
            return
        if self._story.credits != old_credits:
            self.runner.request(self._text, self._story.credits)  # findings depend on credits
        self._documents = self._load_documents()
        self._show_content(build_content(self._analysis, self._story, self._text))
        self._update_buttons()

    @property
    def content(self) -> SidebarContent:
        return self.model.content

    def story(self) -> Story | None:
        return self._story

    def documents(self) -> list[SourceDocument]:
        return list(self._documents)

    # -- analysis -------------------------------------------------------------------------

    def _analysed(self, analysis: object, text: str, seconds: float) -> None:
        if text != self._text:
            return  # typed since: a newer run is coming
        self._analysis = analysis
        self._show_content(build_content(analysis, self._story, text))
        self.analysis_finished.emit(seconds)

    def _analysis_failed(self, error: str) -> None:
        self._say(f"Analysis failed: {error}")

    @property
    def text(self) -> str:
        """The text the panel shows (the editor's, as of the last edit it was told of)."""
        return self._text

    def set_rewrite_findings(self, findings: list[Finding]) -> None:
        """Provenance's findings (what a rewrite changed) join the Findings of this story."""
        self._rewrite_findings = tuple(findings)
        self._show_content(build_content(self._analysis, self._story, self._text))

    def _with_checks(self, content: SidebarContent) -> SidebarContent:
        """This session's check results win over older stored verdicts of the same words."""
        if self._rewrite_findings:
            content = replace(content, findings=content.findings + self._rewrite_findings)
        if not self._checks:
            return content
        quotes = []
        for quote in content.quotes:
            check = self._checks.get(normalise_quote(quote.text))
            if check is not None:
                quote = replace(quote, verdict=check.verdict, evidence=check.evidence)
            quotes.append(quote)
        return replace(content, quotes=tuple(quotes))

    def _show_content(self, content: SidebarContent) -> None:
        content = replace(content, proofing=self._proofing)
        current = self.tree.currentIndex().data(Role.KEY) if self.tree.currentIndex().isValid() \
            else None
        self.model.set_content(self._with_checks(content))
        self._expand()
        if current:
            index = self.model.index_for_key(current)
            if index.isValid():
                self._syncing = True
                try:
                    self.tree.setCurrentIndex(index)
                finally:
                    self._syncing = False
        self._show_details(self.tree.currentIndex())
        self.highlights_changed.emit(self.model.highlights())
        self.tips_changed.emit(self.model.tips())

    def _expand(self) -> None:
        self.tree.expandAll()
        for key in self._collapsed:
            index = self.model.index_for_key(key)
            if index.isValid():
                self.tree.collapse(index)

    # -- choosing items -------------------------------------------------------------------

    def _item_chosen(self, index: QModelIndex) -> None:
        span = index.data(Role.SPAN)
        if span is not None:
            self.select_requested.emit(int(span[0]), int(span[1]))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_details(current)
        if not self._syncing and self.tree.hasFocus():
            self._item_chosen(current)  # keyboard navigation follows in the editor

    def _show_details(self, index: QModelIndex) -> None:
        kind = index.data(Role.KIND) if index.isValid() else None
        if kind == ItemKind.QUOTE:
            quote: Quote = index.data(Role.QUOTE)
            check = self._checks.get(normalise_quote(quote.text))
            self.details.setHtml(
                quote_html(quote, check, is_dark(self.palette()), bool(self._documents))
            )
        elif kind == ItemKind.SOURCE:
            self.details.setHtml(source_html(index.data(Role.SOURCE)))
        elif kind == ItemKind.FINDING:
            self.details.setHtml(finding_html(index.data(Role.FINDING)))
        else:
            self.details.clear()

    def current_quote(self) -> Quote | None:
        index = self.tree.currentIndex()
        return index.data(Role.QUOTE) if index.isValid() else None

    # -- context actions ------------------------------------------------------------------

    def _context_menu_requested(self, point: QPoint) -> None:
        index = self.tree.indexAt(point)
        menu = self.context_menu(index)
        if menu is not None and not menu.isEmpty():
            menu.exec(self.tree.viewport().mapToGlobal(point))

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """The actions for one row (built, not shown, so tests can trigger them)."""
        kind = index.data(Role.KIND) if index.isValid() else None
        menu = QMenu(self)
        menu.setAccessibleName("Quote and source actions")
        if kind == ItemKind.QUOTE:
            quote: Quote = index.data(Role.QUOTE)
            self._add(menu, "Mark verified…", "mdi6.account-check",
                      lambda: self.mark_quote(quote, QuoteStatus.VERIFIED))
            self._add(menu, "Mark disputed…", "mdi6.account-question",
                      lambda: self.mark_quote(quote, QuoteStatus.DISPUTED))
            clear = self._add(menu, "Clear status", "mdi6.help-circle-outline",
                              lambda: self.mark_quote(quote, QuoteStatus.UNVERIFIED))
            clear.setEnabled(quote.status is not QuoteStatus.UNVERIFIED)
            menu.addSeparator()
            self._add(menu, "Change speaker…", "mdi6.account-edit",
                      lambda: self.change_speaker(quote))
            self._add(menu, "Link to source…", "mdi6.link-variant",
                      lambda: self.change_speaker(quote, link_only=True))
            if quote.evidence is not None:
                menu.addSeparator()
                self._add(menu, "Open evidence", "mdi6.open-in-new",
                          lambda: self.open_document_viewer(quote))
        elif kind == ItemKind.SOURCE:
            source: Source = index.data(Role.SOURCE)
            self._add(menu, "Edit source…", "mdi6.account-edit", lambda: self.edit_source(source))
            anonymous = self._add(menu, "Anonymous", "mdi6.account-multiple",
                                  lambda: self.flag_source(source, anonymous=not source.anonymous))
            anonymous.setCheckable(True)
            anonymous.setChecked(source.anonymous)
            confidential = self._add(
                menu, "Confidential", "mdi6.incognito",
                lambda: self.flag_source(source, confidential=not source.confidential),
            )
            confidential.setCheckable(True)
            confidential.setChecked(source.confidential)
        else:
            return None
        return menu

    @staticmethod
    def _add(menu: QMenu, text: str, icon: str, slot: object) -> QAction:
        action = menu.addAction(themed_icon(icon), text)
        action.triggered.connect(slot)
        return action

    def _stored_id(self, quote: Quote) -> int | None:
        """The stored quote for these words; re-reads the store once if the editor saved since."""
        if quote.id is not None:
            return quote.id
        self.refresh()
        norm = normalise_quote(quote.text)
        for stored in self._story.quotes if self._story else ():
            if normalise_quote(stored.text) == norm:
                return stored.id
        self._say("This quote is not saved yet: save the story, then mark it.")
        return None

    def mark_quote(self, quote: Quote, status: QuoteStatus) -> None:
        """Record a person's verdict on a quote, with a note (the store keeps who and when)."""
        quote_id = self._stored_id(quote)
        if quote_id is None:
            return
        note = QuoteNoteDialog.ask(self, quote, status)
        if note is None:
            return
        self._apply(lambda: self.desk.set_quote_status(quote_id, status, note or None))

    def change_speaker(self, quote: Quote, link_only: bool = False) -> None:
        quote_id = self._stored_id(quote)
        if quote_id is None:
            return
        sources = self._stored_sources()
        if link_only and not sources:
            self._say("This story has no source records yet: add one from Named sources.")
            return
        choice = SpeakerDialog.ask(self, quote, sources, link_only)
        if choice is None:
            return
        name, source_id = choice
        self._apply(lambda: self.desk.set_quote_speaker(quote_id, name, source_id))

    def _stored_sources(self) -> list[Source]:
        """Sources with records; found-but-unsaved ones are stored first so they can be linked."""
        if self._story is None or self._story.id is None:
            return []
        stored = [s for s in self._story.sources if s.id is not None]
        known = {s.name.casefold() for s in stored}
        for entry in self.model.content.sources:
            if entry.source.id is None and entry.source.name.casefold() not in known:
                stored.append(self.desk.add_source(self._story.id, entry.source))
        return stored

    def edit_source(self, source: Source) -> None:
        edited = SourceDialog.ask(self, source)
        if edited is not None:
            self._save_source(edited)

    def flag_source(
        self, source: Source, anonymous: bool | None = None, confidential: bool | None = None
    ) -> None:
        changes = {}
        if anonymous is not None:
            changes["anonymous"] = anonymous
        if confidential is not None:
            changes["confidential"] = confidential
        self._save_source(replace(source, **changes))

    def _save_source(self, source: Source) -> None:
        if self._story is None or self._story.id is None:
            return
        story_id = self._story.id
        if source.id is None:
            self._apply(lambda: self.desk.add_source(story_id, source))
        else:
            self._apply(lambda: self.desk.update_source(source))

    def _apply(self, change: object) -> None:
        """Run one store change, then show the store's view of the story."""
        try:
            change()
        except CopydeskError as error:
            self._say(str(error))
            return
        self._say("")
        self.refresh()
        self.annotations_changed.emit()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- documents and verification ---------------------------------------------------------

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
        counts: dict[str, int] = {}
        for check in results:
            counts[str(check.verdict)] = counts.get(str(check.verdict), 0) + 1
        summary = ", ".join(f"{n} {v.replace('_', ' ')}" for v, n in sorted(counts.items()))
        self._say(f"Checked {len(results)} quotes: {summary}." + ("" if stored else
                  " (Verdicts are shown for this session; the store could not keep them.)"))
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
                setter(quote_id, check.verdict, check.evidence,
                       covered=getattr(check, "covered", None))
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
