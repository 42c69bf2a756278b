"""Spelling and style for the editor panel: the checker is built off the GUI thread, paragraphs
are underlined as they change, the hover shows the message, right-click offers the fixes, and
the whole story's findings go to the sidebar a moment after typing stops.

Hooked onto EditorPanel from outside (an event filter on the text's viewport and the panel's
signals), so the editor itself only needs one line to own it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QToolTip

from app.core.model import Finding
from app.core.proofing.issues import SPELLING, UNKNOWN_NAME, Issue
from app.core.proofing.proofreader import Proofreader
from app.gui.background import deliverable
from app.gui.proofing.highlighter import BlockIssues, ProofingHighlighter, issue_at
from app.gui.proofing.menu import add_proofing_actions

if TYPE_CHECKING:
    from app.core.model import Story
    from app.gui.panels.editor import EditorPanel


HEADLINE_SETTLE_MS = 150
"""After a change to the headline, the wait before its findings are listed (its underlines
are drawn at once; the list needs not follow every key)."""


class _Carrier(QObject):
    """Results from pool threads, wrapped in a list (PySide6 and a bare None across threads)."""

    built = Signal(int, list)
    checked = Signal(int, list)
    failed = Signal(int, str)


class _Task(QRunnable):
    def __init__(self, job: Callable[[], object], done: Signal, failed: Signal, token: int) -> None:
        super().__init__()
        self.job, self.done, self.failed, self.token = job, done, failed, token
        self.setAutoDelete(True)

    def run(self) -> None:
        with contextlib.suppress(RuntimeError):  # the window went away meanwhile
            try:
                result = self.job()
            except Exception as exc:  # shown in the status bar, never raised in a pool thread
                self.failed.emit(self.token, str(exc) or type(exc).__name__)
                return
            self.done.emit(self.token, [result])


class ProofingController(QObject):
    """Owns the highlighter of one EditorPanel; `desk` may be None (no store: bundled data)."""

    findings_changed = Signal(list)
    """The whole story's spelling and style findings (offsets into the Markdown body)."""
    headline_findings_changed = Signal(list)
    """The headline's spelling and style findings (offsets into the headline's text): what is
    underlined there, for the sidebar's list (it listed the body's alone)."""
    message_posted = Signal(str)

    def __init__(self, editor: EditorPanel, desk=None) -> None:
        super().__init__(editor)
        self.editor = editor
        self.desk = desk
        self.highlighter = ProofingHighlighter(editor.text_edit.document())
        # The headline is the most read line of the story: it is checked with the same
        # reader (a misspelt headline went out unmarked while the body was underlined).
        self.headline = editor.metadata.headline
        self.headline_highlighter = ProofingHighlighter(self.headline.document())
        self._story: Story | None = None
        self._base: Proofreader | None = None
        self._token = 0
        self._checking = False
        self._pending_text: str | None = None
        self._carrier = _Carrier()
        self._carrier.built.connect(self._built)
        self._carrier.checked.connect(self._checked)
        self._carrier.failed.connect(self._failed)
        editor.text_edit.viewport().installEventFilter(self)
        self._headline_view = self.headline.viewport()
        self._headline_view.installEventFilter(self)
        self._headline_findings: list[Finding] = []
        # Read once the underlines are drawn: a keystroke re-underlines the headline at once,
        # a new reader (story opened, word added) in a pass that ends in `on_pass_done`.
        self._headline_timer = QTimer(self, singleShot=True, interval=HEADLINE_SETTLE_MS)
        self._headline_timer.timeout.connect(self._emit_headline_findings)
        self.headline.document().contentsChange.connect(lambda *_: self._headline_timer.start())
        self.headline_highlighter.on_pass_done = self._headline_timer.start
        editor.markdown_changed.connect(self.text_settled)

    # -- the checker ----------------------------------------------------------------------------

    def set_desk(self, desk) -> None:
        self.desk = desk

    def set_story(self, story: Story | None) -> None:
        """A story was opened: build its checker off the GUI thread, then underline."""
        self._story = story
        self._token += 1
        self._base = None
        self._set_readers(None)
        self.findings_changed.emit([])
        self._headline_findings = []
        self.headline_findings_changed.emit([])
        if story is None:
            return
        desk, token = self.desk, self._token

        def build() -> Proofreader:
            from app.core.proofing import service

            if desk is None:
                return Proofreader.build()
            return service.proofreader(desk, story)

        QThreadPool.globalInstance().start(
            _Task(build, self._carrier.built, self._carrier.failed, token)
        )

    def reader(self) -> Proofreader | None:
        return self.highlighter.reader()

    def _set_readers(self, reader: Proofreader | None, **kw) -> None:
        """The body and the headline are checked by the same reader."""
        self.highlighter.set_reader(reader, **kw)
        self.headline_highlighter.set_reader(reader, **kw)

    def _built(self, token: int, result: list) -> None:
        if token != self._token or not deliverable(self):
            return
        self._base = result[0]
        markdown = self.editor.markdown()
        self._base = self._base.with_story(_paragraphs(markdown))
        self._set_readers(self._base)
        self.text_settled(markdown)

    def _failed(self, token: int, message: str) -> None:
        if token == self._token and deliverable(self):
            self.message_posted.emit(f"Spelling and style check unavailable: {message}")

    # -- whole-story findings (a moment after typing stops) --------------------------------------

    def text_settled(self, markdown: str) -> None:
        if self._base is None:
            return
        if self._checking:
            self._pending_text = markdown
            return
        self._checking = True
        base, token, desk = self._base, self._token, self.desk

        def check() -> tuple[Proofreader, list[Finding], Proofreader]:
            from app.core.text.plain import plain_text

            view = plain_text(markdown)
            paragraphs = [p.text for p in view.paragraphs]
            grown = base
            if desk is not None:  # names typed since the story opened may be in the archive
                from app.core.proofing import service

                found = service.archive_names_for(desk, base, paragraphs)
                if set(found) - base.vocabulary.names:
                    grown = base.with_words(names=found)
            reader = grown.with_story(paragraphs)
            return reader, reader.check_plain(view), grown

        QThreadPool.globalInstance().start(
            _Task(check, self._carrier.checked, self._carrier.failed, token)
        )

    def _checked(self, token: int, result: list) -> None:
        self._checking = False
        if not deliverable(self):
            return
        if token == self._token:
            reader, findings, grown = result[0]
            current = self.highlighter.reader()
            learned = grown is not self._base and self._base is not None
            if learned:
                self._base = grown
            if current is not None and (
                learned
                or reader.vocabulary.story_names != current.vocabulary.story_names
                or reader.vocabulary.story_starts != current.vocabulary.story_starts
            ):
                # A name's evidence changed: only paragraphs with a name issue can change.
                self._set_readers(reader, only=_about_names)
            self.findings_changed.emit(findings)
        if self._pending_text is not None:
            text, self._pending_text = self._pending_text, None
            self.text_settled(text)

    def headline_findings(self) -> list[Finding]:
        """The headline's findings as last listed (offsets into the headline's text)."""
        return list(self._headline_findings)

    def _emit_headline_findings(self) -> None:
        """List what the headline's underlines say, when it differs from the last list."""
        if not deliverable(self):
            return
        data = self.headline.document().firstBlock().userData()
        issues = data.issues if isinstance(data, BlockIssues) else []
        if self.headline_highlighter.reader() is None:
            issues = []
        text = self.headline.text()
        findings = [
            Finding(
                issue.severity,
                issue.code,
                issue.message,
                issue.start,
                issue.end,
                context=text,  # as the body's say their sentence
                rule=issue.rule,
                suggestion=issue.suggestion,
            )
            for issue in issues
        ]
        if findings != self._headline_findings:
            self._headline_findings = findings
            self.headline_findings_changed.emit(list(findings))

    # -- what a person does with an underlined word ----------------------------------------------

    def add_to_dictionary(self, word: str) -> None:
        """Stored in the database (a shared server shares it) and known here at once."""
        if self.desk is not None:
            from app.core.proofing import service

            try:
                service.add_to_dictionary(self.desk, [word])
            except Exception as exc:  # a read-only store, a lost server: say so, keep going
                self.message_posted.emit(f"Could not add “{word}”: {exc}")
                return
        self._learn(newsroom=[word], word=word)
        self.message_posted.emit(f"“{word}” added to the newsroom dictionary.")

    def ignore_in_story(self, word: str) -> None:
        story = self._story
        if self.desk is not None and story is not None and story.id is not None:
            from app.core.proofing import service

            try:
                service.ignore_in_story(self.desk, story.id, word)
            except Exception as exc:
                self.message_posted.emit(f"Could not ignore “{word}”: {exc}")
                return
        self._learn(ignored=[word], word=word)
        self.message_posted.emit(f"“{word}” is ignored in this story.")

    def _learn(self, *, word: str, newsroom=(), ignored=()) -> None:
        reader = self.highlighter.reader()
        if reader is None:
            return
        self._base = (self._base or reader).with_words(newsroom=newsroom, ignored=ignored)
        reader = reader.with_words(newsroom=newsroom, ignored=ignored)
        self._set_readers(reader, only=lambda i: i.word == word or word in i.word)
        self.text_settled(self.editor.markdown())

    def replace(self, block_position: int, issue: Issue, text: str, edit=None) -> None:
        """The one-click fix: ISSUE's span becomes TEXT, as one undoable edit (in the story
        text, or in `edit`: the headline)."""
        cursor = QTextCursor((edit or self.editor.text_edit).document())
        cursor.setPosition(block_position + issue.start)
        cursor.setPosition(block_position + issue.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertText(text)
        cursor.endEditBlock()

    def suggestions(self, issue: Issue) -> list[str]:
        reader = self.highlighter.reader()
        if reader is None:
            return []
        if issue.code == UNKNOWN_NAME:
            return []
        from app.core.proofing import suggest

        words = suggest.suggestions(issue.word, reader.vocabulary.lexicon,
                                    reader.vocabulary.extra_words())  # fmt: skip
        if issue.suggestion and issue.suggestion not in words:
            words.insert(0, issue.suggestion)
        return words

    # -- hover and right-click ----------------------------------------------------------------

    def issue_under(self, pos, edit=None) -> tuple[int, Issue] | None:
        """The issue under `pos` in the story text (or in `edit`: the headline)."""
        cursor = (edit or self.editor.text_edit).cursorForPosition(pos)
        block = cursor.block()
        found = issue_at(block, cursor.position() - block.position())
        # The underline was drawn at once; its suggestion is looked up now that it is wanted.
        return (block.position(), self.highlighter.complete(found)) if found else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ToolTip, QEvent.Type.ContextMenu):
            return False  # first: every event of both fields passes here, during teardown too
        edit = self.headline if watched is self._headline_view else self.editor.text_edit
        if kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.issue_under(event.pos(), edit)
            if hit is None:
                return False
            QToolTip.showText(event.globalPos(), tooltip(hit[1]), edit)
            return True
        if kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            hit = self.issue_under(event.pos(), edit)
            if hit is None:
                return False
            menu = self.context_menu(event.pos(), *hit, edit=edit)
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return False

    def context_menu(self, pos, block_position: int, issue: Issue, edit=None):
        edit = edit or self.editor.text_edit
        menu = edit.createStandardContextMenu(pos)
        read_only = edit.isReadOnly()
        add_proofing_actions(
            menu,
            issue,
            self.suggestions(issue) if not read_only else [],
            replace=lambda text: self.replace(block_position, issue, text, edit),
            add_to_dictionary=self.add_to_dictionary,
            ignore_in_story=self.ignore_in_story if self._story is not None else None,
        )
        if read_only:
            for action in menu.actions():
                if action.objectName() == "proofingFix":
                    action.setEnabled(False)
        return menu


def tooltip(issue: Issue) -> str:
    kind = {SPELLING: "Spelling", UNKNOWN_NAME: "Name"}.get(issue.code, f"Style ({issue.rule})")
    hint = ""
    if issue.suggestion is not None and issue.code != UNKNOWN_NAME:
        hint = "<br><i>Right-click to fix.</i>"
    from html import escape

    return f"<b>{escape(kind)}</b>: {escape(issue.message)}{hint}"


def _about_names(issue: Issue) -> bool:
    return issue.code in (SPELLING, UNKNOWN_NAME)


def _paragraphs(markdown: str) -> list[str]:
    from app.core.text.plain import plain_text

    return [p.text for p in plain_text(markdown).paragraphs]
