"""Underlines for spelling and house style, paragraph by paragraph, as the text changes.

A QSyntaxHighlighter: Qt calls `highlightBlock` for the paragraph that changed (and only that
one). Each paragraph keeps its last check in its user data, so the next keystroke re-reads only
the words the edit reached and the sentence it is in (`Proofreader.recheck`): ~0.05-0.2 ms
however long the story, growing with the sentence rather than the paragraph. A misspelling's
suggestion is looked up when someone hovers or right-clicks it, not at every key.
Its formats live in the layout, not the document: they never reach the stored Markdown, never
mark the story modified and never enter the undo history. A paragraph holding suggested
deletions is checked without them (what a reader will get), its issues mapped back. The
issues in the user data are what the hover message and the right-click menu read.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QTimer
from PySide6.QtGui import (
    QColor,
    QSyntaxHighlighter,
    QTextBlock,
    QTextBlockUserData,
    QTextCharFormat,
    QTextDocument,
)

from app.core.model import Severity
from app.core.proofing.issues import SPELLING, UNKNOWN_NAME, Issue
from app.core.proofing.proofreader import ParagraphCheck, Proofreader
from app.gui.panels.smart_quotes import PROVISIONAL
from app.gui.review.marks import accepted_block
from app.gui.theme import finding_color, is_dark

BLOCKS_PER_TICK = 40
"""A whole-story pass (a new story, a new dictionary word) runs in slices this big between
events, so the window keeps answering while a 20,000-word story is underlined."""
_CACHE = 256
"""Recent checks by text (undo, redo and a paragraph typed back to what it was find theirs)."""


class BlockIssues(QTextBlockUserData):
    """The issues of one paragraph, in its own character offsets, and the check they came
    from (what the paragraph's next version is checked against)."""

    def __init__(self, issues: list[Issue], check: ParagraphCheck | None = None) -> None:
        super().__init__()
        self.issues = issues
        self.check = check


_FORMATS: dict[tuple[str, str, bool], QTextCharFormat] = {}


def issue_format(issue: Issue, dark: bool | None = None) -> QTextCharFormat:
    """Red squiggle for a misspelling, the severity's wave for style, a grey dotted line for a
    name nobody knows (information, not an error). Made once per kind and palette (DARK: the
    palette's, when the caller has asked it already)."""
    kind = issue.code if issue.code in (SPELLING, UNKNOWN_NAME) else "style"
    key = (kind, str(issue.severity), is_dark() if dark is None else dark)
    found = _FORMATS.get(key)
    if found is None:
        found = _FORMATS[key] = _make_format(issue)
    return found


def _make_format(issue: Issue) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if issue.code == UNKNOWN_NAME:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor("#8a8f98" if not is_dark() else "#a0a6b0"))
    elif issue.code == SPELLING:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        fmt.setUnderlineColor(QColor("#d32f2f" if not is_dark() else "#ff6b6b"))
    else:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(finding_color(str(issue.severity)))
    if issue.severity is Severity.ERROR:
        fmt.setUnderlineColor(finding_color("error"))
    return fmt


def readable(text: str) -> str:
    """Block text as the checks read it: Qt's line separator and object marks are spaces."""
    return text.replace("\u2028", " ").replace("\ufffc", " ")


class ProofingHighlighter(QSyntaxHighlighter):
    """Underlines what a Proofreader finds; without one (not loaded yet, or off) it does nothing."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._reader: Proofreader | None = None
        self._cache: OrderedDict[str, ParagraphCheck] = OrderedDict()
        self._last: ParagraphCheck | None = None
        self._queue: list[QTextBlock] = []
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._next_slice)
        self.on_pass_done: Callable[[], None] | None = None

    def reader(self) -> Proofreader | None:
        return self._reader

    def set_reader(self, reader: Proofreader | None, *, only: Callable[[Issue], bool] | None = None
                   ) -> None:  # fmt: skip
        """Check with READER from now on. ONLY limits the pass to paragraphs holding an issue
        it accepts (after "Add to dictionary" only the paragraphs with that word change)."""
        self._reader = reader
        self._cache.clear()
        doc = self.document()
        if doc is None:
            return
        blocks = []
        block = doc.firstBlock()
        while block.isValid():
            data = block.userData()
            if only is None or (isinstance(data, BlockIssues) and any(map(only, data.issues))):
                blocks.append(block)
            block = block.next()
        self._queue = blocks
        self._timer.start()

    def pending(self) -> int:
        return len(self._queue)

    def finish_now(self) -> None:
        """Underline every queued paragraph at once (tests, screenshots)."""
        while self._queue:
            self._next_slice()

    def _next_slice(self) -> None:
        batch, self._queue = self._queue[:BLOCKS_PER_TICK], self._queue[BLOCKS_PER_TICK:]
        doc = self.document()
        was_modified = doc.isModified() if doc is not None else True
        for block in batch:
            if block.isValid():
                self.rehighlightBlock(block)
        if not was_modified and doc.isModified():
            # Qt counts re-formatting a block as a modification; an underline changes no text.
            doc.setModified(False)
        if self._queue:
            self._timer.start()
        elif self.on_pass_done is not None:
            self.on_pass_done()

    def issues_for(self, text: str) -> list[Issue]:
        """TEXT's issues; inside `highlightBlock`, checked against the paragraph's last check."""
        self._last = None
        reader = self._reader
        if reader is None or not text.strip():
            return []
        found = self._cache.get(text)
        if found is None or found.reader is not reader:
            data = self.currentBlockUserData() if self.currentBlock().isValid() else None
            previous = data.check if isinstance(data, BlockIssues) else None
            found = reader.recheck(readable(text), previous)
            self._cache[text] = found
            if len(self._cache) > _CACHE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(text)
        self._last = found
        return list(found.issues)

    def complete(self, issue: Issue) -> Issue:
        """ISSUE with its suggestion (found when asked for, not at every key)."""
        reader = self._reader
        return reader.complete(issue) if reader is not None else issue

    def highlightBlock(self, text: str) -> None:  # Qt calls it for each changed paragraph
        doc = self.document()
        if doc is not None and doc.property(PROVISIONAL):
            return  # a straight quote the smart quotes replace at once: checked after that
        accepted = accepted_block(self.currentBlock())
        if accepted is None:
            issues = self.issues_for(text)
        else:  # suggested deletions are struck, not read: check what a reader will get
            plain, where = accepted
            issues = [_in_block(issue, where) for issue in self.issues_for(plain)]
        dark = is_dark() if issues else False  # asked once a paragraph, not once an issue
        for issue in issues:
            self.setFormat(issue.start, issue.end - issue.start, issue_format(issue, dark))
        data = self.currentBlockUserData()
        if isinstance(data, BlockIssues):  # kept, not replaced: no object made per key
            data.issues, data.check = issues, self._last
        elif issues or self._last is not None:
            self.setCurrentBlockUserData(BlockIssues(issues, self._last))


def _in_block(issue: Issue, where: tuple[int, ...]) -> Issue:
    """An issue found in a paragraph's accepted text, in the paragraph's own offsets."""
    start = where[issue.start]
    end = where[issue.end - 1] + 1 if issue.end > issue.start else start
    return replace(issue, start=start, end=end)


def issue_at(block: QTextBlock, offset: int) -> Issue | None:
    """The issue under OFFSET (characters into BLOCK), if any; the narrowest wins."""
    data = block.userData()
    if not isinstance(data, BlockIssues):
        return None
    hits = [i for i in data.issues if i.start <= offset < i.end or (i.start == offset == i.end)]
    return min(hits, key=lambda i: i.end - i.start) if hits else None
