"""The quote/source sidebar: what analysis finds in the text being edited, and quote verification.

Analysis runs ~300 ms after typing stops, on a pool thread with a per-story cache, so the
keyboard never waits; the quote check runs there too, with progress and Cancel. Everything a
person decides (status, speaker, source flags) goes straight to the store through `Desk`.
This module holds the panel's layout and what it shows (tree and evidence pane); the row
actions are in quote_sidebar_actions, the documents and the quote check in
quote_sidebar_documents.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CopydeskError
from app.core.model import Finding, Quote, Source, SourceDocument, Story
from app.core.quote_text import normalise_quote
from app.gui import icons
from app.gui.compact_row import CompactButtonRow
from app.gui.dialogs.document_viewer import DocumentViewerDialog
from app.gui.models.quote_tree_model import HEADLINE, ItemKind, QuoteTreeModel, Role
from app.gui.models.sidebar_content import SidebarContent, build_content
from app.gui.panels.evidence_split import EvidenceSplit
from app.gui.panels.quote_details import finding_html, quote_html, source_html
from app.gui.panels.quote_sidebar_actions import QuoteActionsMixin
from app.gui.panels.quote_sidebar_documents import QuoteDocumentsMixin, check_summary
from app.gui.panels.quote_sidebar_workers import AnalysisRunner, BackgroundJob
from app.gui.panels.quote_tree_view import QuoteTreeView, WrappingDelegate
from app.gui.panels.section_bar import SectionBar
from app.gui.quote_states import themed_icon
from app.gui.theme import is_dark

OPEN_ANALYSIS_DELAY_MS = 150


class QuoteSidebarPanel(QuoteActionsMixin, QuoteDocumentsMixin, QWidget):
    """Quotes by speaker, sources, sourcing and findings; click one to select it in the editor."""

    select_requested = Signal(int, int)
    headline_select_requested = Signal(int, int)
    """A headline's finding was chosen: select [start, end) of the headline."""
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
        self._headline_proofing: tuple = ()
        self._analysis: object | None = None
        self._checks: dict[str, object] = {}
        self._rewrite_findings: tuple[Finding, ...] = ()
        self._documents: list[SourceDocument] = []
        self._collapsed: set[str] = set()
        self._syncing = False
        self._job: BackgroundJob | None = None
        self._checked_quotes: list[Quote] = []
        self._viewer: DocumentViewerDialog | None = None
        self._no_stories = False
        self.model = QuoteTreeModel(self)
        self.runner = AnalysisRunner(self)
        self.runner.analysed.connect(self._analysed)
        self.runner.failed.connect(self._analysis_failed)
        self._build_ui()
        self._show_content(SidebarContent(story_open=False))

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
        # A check's summary links its counts ("1 altered") to the next such quote.
        self.message.linkActivated.connect(self.show_next_in_state)

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
        for keys in ("Shift+F10", QKeySequence(Qt.Key.Key_Menu)):
            menu_key = QShortcut(QKeySequence(keys), self.tree, self.menu_at_current)
            menu_key.setContext(Qt.ShortcutContext.WidgetShortcut)
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
        # Paragraphs a line's gap apart, not Qt's 12 px: the evidence fits a short dock whole.
        self.details.document().setDefaultStyleSheet("p { margin-top: 0; margin-bottom: 5px; }")

        # Each part of the tree with its count, a click from view (forty quotes put Named
        # sources and Findings forty rows down).
        self.sections = SectionBar(self.model, self.tree)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("quoteSidebarSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 1)  # a taller dock gives the tree the room
        self.splitter.setStretchFactor(1, 0)
        self.evidence = EvidenceSplit(self.splitter, self.tree, self.details)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.button_row)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.message)
        layout.addWidget(self.sections)
        layout.addWidget(self.splitter, 1)
        self._update_buttons()

    # -- public API -----------------------------------------------------------------------

    def set_no_stories(self, empty: bool) -> None:
        """The window's welcome page shows (the store holds no story): with no story open the
        panel says to import one or start one, not to pick one in a list that is not there."""
        if empty != self._no_stories:
            self._no_stories = empty
            self._show_content(self.model.content)

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
        checked = [str(q.verdict) for q in (story.quotes if story else ()) if q.verdict]
        if checked:  # the way to the altered quotes, when the story is opened again
            self._say_html(check_summary(checked, lead="Last check:"))
        if story is not None:
            # Not at once: a pure-Python analysis thread holds the interpreter lock, and every
            # Python callback of the window's first paint would queue behind it (a 20,000-word
            # story took ~200 ms to open instead of ~90 ms). The stored quotes show meanwhile.
            self.runner.request(
                self._text, story.credits, delay_ms=OPEN_ANALYSIS_DELAY_MS, secrets=self._secrets()
            )
        self._update_buttons()

    @Slot(list)
    def set_proofing_findings(self, findings: list) -> None:
        """Spelling and style findings for the text (from the editor's proofing)."""
        self._proofing = tuple(findings)
        self._show_content(self.model.content)

    @Slot(list)
    def set_headline_proofing_findings(self, findings: list) -> None:
        """Spelling and style findings for the headline (offsets into the headline)."""
        self._headline_proofing = tuple(findings)
        self._show_content(self.model.content)

    def set_text(self, markdown: str) -> None:
        """The editor's text changed: re-analyse once typing pauses."""
        self._text = markdown
        self.runner.request(
            markdown, self._story.credits if self._story else (), secrets=self._secrets()
        )

    @Slot(int)
    def select_quote_at(self, position: int) -> None:
        """The editor's cursor moved: select the quote under it, without moving the editor.

        Outside every quote, a quote left selected would claim the cursor is still in it (and
        its evidence would stay in the pane), so the selection goes. A source, finding or
        sourcing span the user chose stays: choosing one moves the cursor to its words, which
        are seldom in a quote."""
        index = self.model.index_for_position(position)
        current = self.tree.currentIndex()
        if not index.isValid():
            if current.isValid() and current.data(Role.KIND) == ItemKind.QUOTE:
                self._syncing = True
                try:
                    self.tree.selectionModel().clear()  # no current row: the pane says so
                finally:
                    self._syncing = False
            return
        if index == current:
            return
        self._syncing = True
        try:
            self.tree.setCurrentIndex(index)
            self._show_with_neighbours(index)
        finally:
            self._syncing = False

    def _show_with_neighbours(self, index: QModelIndex) -> None:
        """Scroll the row to the middle unless a row's height of context already shows on both
        sides: scrolled only into view, a quote far down sat on the tree's edge, the next one
        cut in half, and the desk could not see where it was in the story."""
        self.tree.scrollTo(index)  # expands and lays out the row first
        rect = self.tree.visualRect(index)
        view = self.tree.viewport().rect()
        roomy = view.adjusted(0, rect.height(), 0, -rect.height())
        if not roomy.contains(rect):
            self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    @Slot()
    def refresh(self) -> None:
        """Re-read the story's quotes and sources from the store (e.g. after the editor saved)."""
        if self._story is None or self._story.id is None:
            return
        old = (self._story.credits, self._secrets())
        try:
            self._story = self.desk.get_story(self._story.id)
        except CopydeskError as error:
            self._say(str(error))
            return
        if (self._story.credits, self._secrets()) != old:  # the findings depend on both
            self.runner.request(self._text, self._story.credits, secrets=self._secrets())
        self._documents = self._load_documents()
        self._show_content(build_content(self._analysis, self._story, self._text))
        self._update_buttons()

    def _secrets(self) -> tuple[Source, ...]:
        """The story's confidential sources: the findings say where the text names them."""
        return tuple(s for s in self._story.sources if s.confidential) if self._story else ()

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
        content = replace(
            content,
            proofing=self._proofing,
            headline_proofing=self._headline_proofing,
            no_stories=self._no_stories,
        )
        current = (
            self.tree.currentIndex().data(Role.KEY) if self.tree.currentIndex().isValid() else None
        )
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
        if span is None:
            return
        if index.data(Role.FIELD) == HEADLINE:
            self.headline_select_requested.emit(int(span[0]), int(span[1]))
        else:
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
            headline = index.data(Role.FIELD) == HEADLINE
            self.details.setHtml(finding_html(index.data(Role.FINDING), headline=headline))
        else:
            self.details.clear()
        self.evidence.fit()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)
        self.evidence.schedule()  # the evidence keeps to its content at the new height

    def current_quote(self) -> Quote | None:
        index = self.tree.currentIndex()
        return index.data(Role.QUOTE) if index.isValid() else None

    def _say(self, text: str) -> None:
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # an error's "<" is not markup
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _say_html(self, html: str) -> None:
        self._say("")
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setText(html)
        self.message.setVisible(bool(html))

    @Slot(str)
    def show_next_in_state(self, state: str) -> Quote | None:
        """Select the next quote (in the story's order, after the current one, wrapping) that
        shows `state` or has it as its verdict, and select it in the editor too."""
        rows = [
            row
            for row in self.model.rows_of_kind(ItemKind.QUOTE)
            if state in (row.data(Role.STATE), str(row.data(Role.QUOTE).verdict))
        ]
        if not rows:
            return None
        rows.sort(key=lambda row: row.data(Role.QUOTE).start)
        current = self.current_quote()
        after = current.start if current is not None else -1
        row = next((r for r in rows if r.data(Role.QUOTE).start > after), rows[0])
        self.tree.setCurrentIndex(row)
        self._show_with_neighbours(row)
        self._item_chosen(row)
        return row.data(Role.QUOTE)
