"""The editor panel: a story's metadata fields above its rich text, which is stored as Markdown."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextListFormat
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from app.core.model import Story, count_words
from app.gui import markdown_bridge as mb
from app.gui.panels.metadata_form import MetadataForm
from app.gui.panels.smart_quotes import SmartQuotes
from app.gui.panels.span_tooltips import SpanTooltips
from app.gui.panels.story_text_edit import StoryTextEdit
from app.gui.proofing.controller import ProofingController
from app.gui.review import marks

MARKDOWN_DELAY_MS = 350  # a moment after typing stops: the sidebar re-analyses, counts update


def _house_quotes() -> str:
    from app.core.config import Preferences

    return Preferences.load().smart_quotes


class EditorPanel(QWidget):
    """One story at a time. It knows nothing of the store: the autosaver saves what it returns."""

    text_edited = Signal()
    """Any change by the user (metadata or text): restarts the autosave and journal timers."""
    markdown_changed = Signal(str)
    """The body as Markdown, a moment after typing stops (for the sidebar and the counts)."""
    format_changed = Signal()
    """The cursor moved into different formatting: the toolbar's checked states follow."""
    cursor_offset_changed = Signal(int)
    """The cursor's code-point offset in the Markdown body (for the sidebar to follow)."""
    editable_changed = Signal(bool)
    """A story is open and its text may be changed (not published, killed or claimed): said
    when that changes, not at every `set_read_only` (the window's formatting actions follow)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorPanel")
        self.setAccessibleName("Editor")
        self.metadata = MetadataForm(self)
        self.text_edit = StoryTextEdit(self)
        self.text_edit.keep_selection_visible_when_unfocused()
        font = QFont(self.text_edit.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5) * 1.1)
        self.text_edit.document().setDefaultFont(font)
        self.text_edit.update_measure()
        self.text_edit.column_margin_changed.connect(self.align_metadata)
        self.tips = SpanTooltips(self.text_edit, self.document_span)
        self.smart_quotes = SmartQuotes(self.text_edit, _house_quotes())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.metadata)
        layout.addWidget(self.text_edit, 1)

        self._story: Story | None = None
        self._markup: mb.MarkdownText | None = None
        self._markdown: mb.MarkdownText | None = None
        self._counts: tuple[int, int] | None = None
        self._metadata_dirty = False
        self._loading = False
        self._editable = False
        self._markdown_timer = QTimer(self, singleShot=True, interval=MARKDOWN_DELAY_MS)
        self._markdown_timer.timeout.connect(self._emit_markdown)
        self._cursor_timer = QTimer(self, singleShot=True, interval=250)
        self._cursor_timer.timeout.connect(self._emit_cursor)

        doc = self.text_edit.document()
        doc.contentsChange.connect(self._contents_change)
        self.text_edit.currentCharFormatChanged.connect(lambda _f: self.format_changed.emit())
        self.text_edit.cursorPositionChanged.connect(self._cursor_moved)
        self.metadata.edited.connect(self._metadata_edited)
        # Spelling and style underlines, hover messages and fixes (app/gui/proofing).
        self.proofing = ProofingController(self)
        self.set_story(None)

    def align_metadata(self, side: int) -> None:
        """On wide windows the fields sit over the text column, not across the whole panel."""
        margins = self.metadata.grid.contentsMargins()
        inset = 10 + side
        self.metadata.grid.setContentsMargins(inset, margins.top(), inset, margins.bottom())

    # -- the story ---------------------------------------------------------------------------

    def story(self) -> Story | None:
        """The story as last loaded or saved (its version is what the next save expects)."""
        return self._story

    def set_story(self, story: Story | None, desks: list[str] | None = None) -> None:
        """Show a story; nothing here is modified until the user types."""
        self._loading = True
        try:
            self._story = story
            self.metadata.load(story, desks or [])
            marks.load_markup(self.text_edit.document(), story.markup if story else "")
            self.text_edit.document().clearUndoRedoStacks()
            self.smart_quotes.forget()
            self.text_edit.moveCursor(QTextCursor.MoveOperation.Start)
            self.text_edit.clear_highlights()
            self._markup = None
            self._markdown = None
            self._counts = None
            self._metadata_dirty = False
        finally:
            self._loading = False
        enabled = story is not None
        self.metadata.setEnabled(enabled)
        self.text_edit.setEnabled(enabled)
        self._markdown_timer.stop()
        self.format_changed.emit()
        self._say_editable()

    def set_recovered(self, headline: str, body: str, base_version: int) -> None:
        """Put text from the recovery journal in, as unsaved changes typed on `base_version`."""
        if self._story is not None:
            self._story = self._story.with_changes(version=base_version)
        self.metadata.headline.setText(headline)
        cursor = QTextCursor(self.text_edit.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        cursor.endEditBlock()
        marks.load_markup(self.text_edit.document(), body)
        self.text_edit.document().setModified(True)
        self._metadata_dirty = True
        self._markup = None
        self._markdown = None
        self._counts = None
        self.text_edited.emit()
        self._markdown_timer.start()

    def current_story(self) -> Story | None:
        """The story with whatever is in the fields and the editor now."""
        if self._story is None:
            return None
        return self.metadata.apply(self._story).with_changes(
            body=self.markdown(), body_markup=self.markup()
        )

    def is_modified(self) -> bool:
        return self._story is not None and (
            self._metadata_dirty or self.text_edit.document().isModified()
        )

    def mark_saved(self, story: Story) -> None:
        """The store accepted the text: keep the editor as is, take the new version."""
        self._story = story
        self._metadata_dirty = False
        self.text_edit.document().setModified(False)
        if self.metadata.slug.text() != story.slug:
            self.metadata.slug.setText(story.slug)  # the store made it unique

    def set_read_only(self, read_only: bool) -> None:
        self.text_edit.setReadOnly(read_only)
        self._say_editable()
        for field in (
            self.metadata.headline,
            self.metadata.dek,
            self.metadata.slug,
            self.metadata.dateline,
            self.metadata.keywords,
        ):
            field.setReadOnly(read_only)
        choices = (self.metadata.desk, self.metadata.status)  # drop-downs have no read-only
        focused = QApplication.focusWidget()
        if read_only and any(c is focused or c.isAncestorOf(focused) for c in choices if focused):
            # Disabling the focused drop-down passes focus down the Tab chain: saving
            # "Published" left the Dateline focused with its text selected. The text it is.
            self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        for choice in choices:
            choice.setEnabled(not read_only)

    def _say_editable(self) -> None:
        editable = self.editable()
        if editable != self._editable:
            self._editable = editable
            self.editable_changed.emit(editable)

    def editable(self) -> bool:
        """The toolbar's formatting may act: QTextCursor edits ignore read-only, so Bold or a
        list on a published story changed the locked text (and the autosave took it)."""
        return self._story is not None and not self.text_edit.isReadOnly()

    # -- Markdown and positions -----------------------------------------------------------------

    def markup_text(self) -> mb.MarkdownText:
        """The body as stored: Markdown with suggestions as CriticMarkup, mapped to the text."""
        if self._markup is None:
            self._markup = marks.document_to_markup(self.text_edit.document())
        return self._markup

    def markup(self) -> str:
        return self.markup_text().text

    def markdown_text(self) -> mb.MarkdownText:
        """The body with every suggestion accepted (what analysis, quotes and counts read),
        mapped to document positions."""
        if self._markdown is None:
            self._markdown = marks.accepted_map(self.markup_text())
        return self._markdown

    def markdown(self) -> str:
        return self.markdown_text().text

    def select_range(self, start: int, end: int) -> None:
        """Select Markdown code points [start, end) in the editor and scroll to them."""
        mapping = self.markdown_text()
        doc_start = mapping.document_position(start)
        doc_end = max(doc_start, mapping.document_position(end, is_end=True))
        cursor = QTextCursor(self.text_edit.document())
        cursor.setPosition(doc_start)
        cursor.setPosition(doc_end, QTextCursor.MoveMode.KeepAnchor)
        self.text_edit.setTextCursor(cursor)
        self.text_edit.reveal_selection()

    def select_headline_range(self, start: int, end: int) -> None:
        """Select characters [start, end) of the headline (a finding the sidebar lists there),
        as `select_range` does in the text: the focus stays where the desk is (the list)."""
        headline = self.metadata.headline
        cursor = QTextCursor(headline.document())
        length = len(headline.text())
        cursor.setPosition(max(0, min(start, length)))
        cursor.setPosition(max(0, min(end, length)), QTextCursor.MoveMode.KeepAnchor)
        headline.setTextCursor(cursor)
        headline.ensureCursorVisible()

    def document_span(self, start: int, end: int) -> tuple[int, int]:
        """Markdown code points [start, end) as document positions."""
        mapping = self.markdown_text()
        return mapping.document_position(start), mapping.document_position(end, is_end=True)

    def highlight_quotes(self, spans: list) -> None:
        """Tint quotes by state and underline findings: (start, end, state) in Markdown offsets."""
        mapping = self.markdown_text()
        positions = []
        for span in spans:
            start, end, state = span[0], span[1], str(span[2])
            doc_start = mapping.document_position(int(start))
            doc_end = mapping.document_position(int(end), is_end=True)
            positions.append((doc_start, doc_end, state))
        self.text_edit.set_highlight_positions(positions)

    def counts(self) -> tuple[int, int]:
        """Words and characters as the reader sees them (not the Markdown markup).

        Kept until the text changes: opening a 20,000-word story asks twice, and counting
        takes ~17 ms each time.
        """
        if self._counts is None:
            text = marks.reader_text(self.text_edit.document())
            self._counts = count_words(text), len(text)
        return self._counts

    def undo(self) -> None:
        """Edit > Undo: right after a smart quote, the straight mark comes back first."""
        if not self.smart_quotes.undo_conversion():
            self.text_edit.undo()

    def redo(self) -> None:
        if not self.smart_quotes.redo_conversion():
            self.text_edit.redo()

    # -- formatting (the toolbar's actions) ----------------------------------------------------

    def format_state(self) -> dict[str, bool]:
        cursor = self.text_edit.textCursor()
        fmt = self.text_edit.currentCharFormat()
        block = cursor.block()
        kind, _level = mb.block_kind(block)
        return {
            "bold": kind != "heading" and fmt.fontWeight() >= QFont.Weight.DemiBold,
            "italic": fmt.fontItalic(),
            "subhead": kind == "heading",
            "block_quote": kind == "quote",
            "bullets": kind == "bullet",
            "numbers": kind == "number",
        }

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = not self.format_state()["bold"]
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self._merge_char_format(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.format_state()["italic"])
        self._merge_char_format(fmt)

    def toggle_subhead(self) -> None:
        if not self.editable():
            return
        make = not self.format_state()["subhead"]
        level = 2 if make else 0
        cursor = self.text_edit.textCursor()
        cursor.beginEditBlock()
        self._for_each_block(cursor, lambda c: self._set_heading(c, level))
        cursor.endEditBlock()
        self.format_changed.emit()

    def toggle_block_quote(self) -> None:
        if not self.editable():
            return
        make = not self.format_state()["block_quote"]
        cursor = self.text_edit.textCursor()
        cursor.beginEditBlock()

        def apply(c: QTextCursor) -> None:
            if c.block().textList() is not None:
                c.block().textList().remove(c.block())
            if c.blockFormat().headingLevel():
                self._set_heading(c, 0)
            c.mergeBlockFormat(mb.block_format("quote" if make else "paragraph"))

        self._for_each_block(cursor, apply)
        cursor.endEditBlock()
        self.format_changed.emit()

    def toggle_list(self, numbered: bool) -> None:
        if not self.editable():
            return
        style = QTextListFormat.Style.ListDecimal if numbered else QTextListFormat.Style.ListDisc
        key = "numbers" if numbered else "bullets"
        cursor = self.text_edit.textCursor()
        cursor.beginEditBlock()
        current = cursor.currentList()
        if self.format_state()[key] and current is not None:
            self._for_each_block(cursor, lambda c: self._leave_list(c))
        else:
            self._for_each_block(cursor, lambda c: self._plain_block(c))
            if current is not None:
                fmt = current.format()
                fmt.setStyle(style)
                current.setFormat(fmt)
            else:
                list_format = QTextListFormat()
                list_format.setStyle(style)
                list_format.setIndent(1)
                cursor.createList(list_format)
        cursor.endEditBlock()
        self.format_changed.emit()

    def set_link(self, url: str) -> None:
        """Make the selection a link to `url` (or insert the address as its own text)."""
        if not self.editable():
            return
        if url:  # stored as the Markdown will hold it, so the editor and export agree
            url = QUrl.fromUserInput(url).toString(QUrl.ComponentFormattingOption.FullyEncoded)
        cursor = self.text_edit.textCursor()
        fmt = QTextCharFormat()
        fmt.setAnchor(bool(url))
        fmt.setAnchorHref(url)
        fmt.setFontUnderline(bool(url))
        fmt.setForeground(self.palette().link() if url else self.palette().text())
        if not cursor.hasSelection():
            if not url:
                return
            cursor.insertText(url, fmt)
            return
        cursor.mergeCharFormat(fmt)

    def selected_link(self) -> str:
        return self.text_edit.currentCharFormat().anchorHref()

    def _merge_char_format(self, fmt: QTextCharFormat) -> None:
        if not self.editable():
            return
        # With a selection it changes; without one, what is typed next (as word processors do).
        self.text_edit.mergeCurrentCharFormat(fmt)
        self.format_changed.emit()

    def _for_each_block(self, cursor: QTextCursor, apply) -> None:
        doc = self.text_edit.document()
        block = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        while block.isValid():
            c = QTextCursor(block)
            apply(c)
            if block == last:
                break
            block = block.next()

    def _set_heading(self, cursor: QTextCursor, level: int) -> None:
        fmt = cursor.blockFormat()
        fmt.setHeadingLevel(level)
        if level:
            fmt.setProperty(fmt.Property.BlockQuoteLevel, 0)
            fmt.setLeftMargin(0)
            fmt.setRightMargin(0)
        cursor.setBlockFormat(fmt)
        if level and cursor.block().textList() is not None:
            cursor.block().textList().remove(cursor.block())
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        char = mb.heading_char_format(level)
        cursor.mergeCharFormat(char)
        cursor.mergeBlockCharFormat(char)

    def _leave_list(self, cursor: QTextCursor) -> None:
        block = cursor.block()
        if block.textList() is not None:
            block.textList().remove(block)
        fmt = cursor.blockFormat()
        fmt.setIndent(0)
        cursor.setBlockFormat(fmt)

    def _plain_block(self, cursor: QTextCursor) -> None:
        if cursor.blockFormat().headingLevel():
            self._set_heading(cursor, 0)
        cursor.mergeBlockFormat(mb.block_format("paragraph"))

    # -- signals -----------------------------------------------------------------------------------

    def _contents_change(self, _pos: int, removed: int, added: int) -> None:
        self._markup = None
        self._markdown = None
        self._counts = None
        if self._loading or (removed == 0 and added == 0):
            return
        self.text_edited.emit()
        self._markdown_timer.start()

    def _metadata_edited(self) -> None:
        if self._loading:
            return
        self._metadata_dirty = True
        self.text_edited.emit()

    def _emit_markdown(self) -> None:
        self.markdown_changed.emit(self.markdown())

    def emit_markdown_now(self) -> None:
        self._markdown_timer.stop()
        self._emit_markdown()

    def _cursor_moved(self) -> None:
        if not self._loading:
            self._cursor_timer.start()

    def _emit_cursor(self) -> None:
        position = self.text_edit.textCursor().position()
        self.cursor_offset_changed.emit(self.markdown_text().markdown_offset(position))
