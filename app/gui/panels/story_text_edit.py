"""The story body's text widget: clean paste, quote tints and finding underlines."""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from app.gui import markdown_bridge as mb
from app.gui.quote_states import FINDING_STATE, QuoteState, state_color
from app.gui.theme import FINDING_COLORS, finding_color, is_dark

MEASURE_CHARS = 76
"""A readable line: on wide windows the text is a centred column of about this many characters."""
_PROSE = "In a startling twist, officials said on Monday that the plan would change"


class StoryTextEdit(QTextEdit):
    """A QTextEdit whose paste keeps paragraphs, emphasis and links and drops everything else."""

    column_margin_changed = Signal(int)
    """Pixels left empty on each side of the text column (0 when the widget is narrow)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._side = 0
        self._spans: list[tuple[int, int, str]] = []
        self._base: list[QTextEdit.ExtraSelection] = []
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {}
        # The side margins belong to the frame, not the viewport: paint them as paper too.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)  # keyboard users leave the editor with Tab
        self.setAutoFormatting(QTextEdit.AutoFormattingFlag.AutoNone)
        self.setObjectName("storyText")
        self.setAccessibleName("Story text")
        self.setAccessibleDescription("The body of the story; quotes are tinted by their state")
        self.document().setDocumentMargin(18)

    # -- a readable measure ------------------------------------------------------------------

    def prose_char_width(self) -> float:
        """The average advance of a character of running text in the body font."""
        metrics = QFontMetricsF(self.document().defaultFont())
        return metrics.horizontalAdvance(_PROSE) / len(_PROSE)

    def chars_per_line(self) -> int:
        """How many characters of running text fit on a line now."""
        width = self.viewport().width() - 2 * self.document().documentMargin()
        return int(width / self.prose_char_width())

    def column_margin(self) -> int:
        return self._side

    def _column(self) -> float:
        return MEASURE_CHARS * self.prose_char_width() + 2 * self.document().documentMargin()

    def _chrome(self) -> int:
        scrollbar = self.verticalScrollBar().sizeHint().width()  # whether shown or not: stable
        return 2 * self.frameWidth() + scrollbar

    def measure_width(self) -> int:
        """The widget's width at which the full measure fits with no margin beside it: wider
        only centres the same column (the window's default layout gives the rest away)."""
        return int(self._column() + 0.999) + self._chrome()

    def update_measure(self) -> None:
        """Centre a column of MEASURE_CHARS characters; narrower widgets use their full width."""
        room = self.width() - self._chrome()
        side = max(0, int((room - self._column()) / 2))
        if side != self._side:
            self._side = side
            self.setViewportMargins(side, 0, side, 0)
            self.column_margin_changed.emit(side)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.update_measure()
        super().resizeEvent(event)

    # -- paragraphs as the store keeps them ---------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        shifted = event.modifiers() & Qt.KeyboardModifier.ShiftModifier  # a line break: kept
        paragraph = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not shifted
        if paragraph and self._blank_beside():
            event.accept()  # a second empty paragraph: the store would drop it at the next save
            return
        super().keyPressEvent(event)

    def _blank_beside(self) -> bool:
        """Return here would leave two empty paragraphs side by side (or one before the text).

        The stored Markdown keeps no empty paragraph, so Enter pressed twice showed a blank
        line that the next reload (accepting a suggestion, reopening the story, another
        workstation's save) took away, and the text below jumped up. One empty paragraph, the
        one the caret is in, is where the next words go; Return there does nothing more, as
        in web editors. An empty list item still ends its list (Qt's own Return)."""
        cursor = self.textCursor()
        if cursor.hasSelection() or self.isReadOnly():
            return False
        block = cursor.block()
        if block.textList() is not None:
            return False
        if not block.text().strip():
            return True
        previous = block.previous()
        at_start = cursor.atBlockStart()
        return at_start and (not previous.isValid() or not previous.text().strip())

    # -- paste -----------------------------------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasHtml() or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Word and web pages bring fonts, colours, tables and styles; keep only the prose."""
        if source.hasHtml():
            fragment = clean_fragment(source.html())
            if fragment is not None:
                self.textCursor().insertFragment(fragment)
                self.ensureCursorVisible()
                return
        if source.hasText():
            cursor = self.textCursor()
            cursor.insertText(paste_paragraphs(source.text(), *paste_edges(cursor)),
                              QTextCharFormat())  # fmt: skip
            self.ensureCursorVisible()

    def reveal_selection(self) -> None:
        """Scroll so the whole selection shows, centred, when it was not already in view.

        ensureCursorVisible shows only the cursor, which is the selection's end: a quote picked
        in the sidebar above the view came in with its first line still above the top edge
        ("articulate our intent…" without "The missiles will"). A selection taller than the
        view shows from its start."""
        cursor = self.textCursor()
        first, last = QTextCursor(cursor), QTextCursor(cursor)
        first.setPosition(cursor.selectionStart())
        last.setPosition(cursor.selectionEnd())
        top, bottom = self.cursorRect(first).top(), self.cursorRect(last).bottom()
        view = self.viewport().height()
        if top >= 0 and bottom <= view:
            return
        bar = self.verticalScrollBar()
        height = bottom - top
        lead = (view - height) // 2 if height < view else self.fontMetrics().lineSpacing() // 2
        bar.setValue(bar.value() + top - lead)

    # -- highlights --------------------------------------------------------------------------

    def set_highlight_positions(self, spans: list[tuple[int, int, str]]) -> None:
        """Spans in document positions: quote states tint, findings get a wavy underline."""
        self._spans = spans
        selections = []
        doc_end = max(0, self.document().characterCount() - 1)
        for start, end, state in spans:
            start, end = max(0, min(start, doc_end)), max(0, min(end, doc_end))
            if end <= start:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = highlight_format(state)
            selections.append(selection)
        self._base = selections
        self._show_selections()

    def set_layer(self, name: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Another set of highlights (comment anchors...) shown beside the quote tints."""
        self._layers[name] = selections
        self._show_selections()

    def clear_highlights(self) -> None:
        self._spans, self._base, self._layers = [], [], {}
        self.setExtraSelections([])

    def _show_selections(self) -> None:
        layered = [s for layer in self._layers.values() for s in layer]
        self.setExtraSelections(layered + self._base)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.update_measure()
        if event.type() == event.Type.PaletteChange and self._spans:
            self.set_highlight_positions(self._spans)  # tints follow light/dark

    def keep_selection_visible_when_unfocused(self) -> None:
        """Clicking a quote in the sidebar selects text here: show it as if focused."""
        palette = self.palette()
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
            palette.setColor(
                QPalette.ColorGroup.Inactive, role, palette.color(QPalette.ColorGroup.Active, role)
            )
        self.setPalette(palette)


_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029]\s*")
"""A run of white space holding a line break (blank lines, indents and CRLF included)."""


def paste_edges(cursor: QTextCursor) -> tuple[bool, bool]:
    """Whether text put in at `cursor` (over its selection) starts a paragraph, and ends one."""
    doc = cursor.document()
    first = doc.findBlock(cursor.selectionStart())
    last = doc.findBlock(cursor.selectionEnd())
    return (
        cursor.selectionStart() == first.position(),
        cursor.selectionEnd() == last.position() + last.length() - 1,
    )


def paste_paragraphs(text: str, starts_block: bool = False, ends_block: bool = False) -> str:
    """Plain text as the paragraphs the stored Markdown will keep: every run of line breaks
    (blank lines included) is one paragraph break, and the spaces around a break go, as do
    spaces and breaks at the start (end) of the text when it starts (ends) a paragraph.

    The store writes no empty paragraph and no space at a paragraph's edges, so a pasted
    story used to show blank lines and indents that the next reload (accepting a suggestion,
    reopening) took away: the text seemed to change by more than what was accepted."""
    text = _BREAKS.sub("\n", text)
    if starts_block:
        text = text.lstrip()
    if ends_block:
        text = text.rstrip()
    return text


def highlight_format(state: str) -> QTextCharFormat:
    """Quotes get their state's colour as a light tint; findings a wavy underline."""
    fmt = QTextCharFormat()
    if state in QuoteState.__members__.values():
        colour = QColor(state_color(QuoteState(state)))
        colour.setAlpha(110 if is_dark() else 60)
        fmt.setBackground(colour)
        return fmt
    severity = state.split(":", 1)[1] if ":" in state else "warning"
    if state == FINDING_STATE or state.startswith(FINDING_STATE + ":") or state in FINDING_COLORS:
        severity = state if state in FINDING_COLORS else severity
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(finding_color(severity))
        return fmt
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(QColor(Qt.GlobalColor.gray))
    return fmt


def clean_fragment(html: str) -> QTextDocumentFragment | None:
    """HTML -> paragraphs with emphasis and links, through the same Markdown serializer."""
    from PySide6.QtGui import QTextDocument

    source = QTextDocument()
    source.setHtml(html)
    markdown = mb.document_to_markdown(source, paragraphs_only=True).text
    if not markdown.strip():
        return None
    clean = QTextDocument()
    mb.load_markdown(clean, markdown)
    return QTextDocumentFragment(clean)
