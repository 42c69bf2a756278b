"""The window's review glue: suggest mode, the review panel, comment anchors in the editor,
accepting and rejecting, and status changes that need a reason.

Accepting, rejecting and commenting act on the stored story (the editor's text is saved
first), so every one of them is a revision or a comment with its author; the editor then
shows the stored result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QMessageBox, QTextEdit

from app.core.errors import BlockedError, ConflictError, CopydeskError
from app.core.findings import line
from app.core.model import Comment, Story, StoryStatus
from app.core.review import critic, signoff
from app.core.review.anchors import Anchor, remap
from app.core.text.counts import counted
from app.gui.autosave import SaveResult
from app.gui.models.story_table_model import STATUS_LABELS
from app.gui.review.dialogs import CommentDialog, ReasonDialog
from app.gui.review.review_panel import Located, ReviewPanel
from app.gui.review.suggest_mode import SuggestMode
from app.gui.theme import is_dark

if TYPE_CHECKING:
    from app.core.services import Desk
    from app.gui.autosave import Autosaver
    from app.gui.panels.editor import EditorPanel

COMMENT_LAYER = "comments"


READ_ONLY_SAID = "This story is open read-only here."
"""Said when no more is known (LiveSync gives the claim's holder or the store's state)."""


class ReviewController(QObject):
    message = Signal(str)
    story_changed = Signal(object)
    """A Story the store now holds after a review action (the list refreshes its row)."""

    def __init__(
        self, desk: Desk, editor: EditorPanel, autosaver: Autosaver, panel: ReviewPanel,
        parent: QObject | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.desk, self.editor, self.autosaver, self.panel = desk, editor, autosaver, panel
        self.suggest = SuggestMode(editor.text_edit, lambda: self.desk.user, self._typed)
        self._comments: list[Comment] = []
        self._cursors: dict[int, QTextCursor] = {}
        self.read_only = False
        self.read_only_reason = READ_ONLY_SAID
        """What the status bar says when a review action is refused: why, and what to do."""
        autosaver.story_opened.connect(self.story_opened)
        autosaver.story_saved.connect(self.story_saved)
        editor.markdown_changed.connect(lambda _text: self.refresh_suggestions())
        editor.metadata.status.activated.connect(lambda _i: self.status_chosen())
        panel.select_requested.connect(self._select)
        panel.decide_requested.connect(self.decide)
        panel.comment_requested.connect(self.comment_on_selection)
        panel.reply_requested.connect(self.reply)
        panel.resolve_requested.connect(self.set_resolved)

    def _typed(self, text: str, insert) -> None:
        """Suggest mode takes a typed key: a straight quote still becomes the house style's
        mark, as the smart quotes do outside the mode (the mark keeps its suggestion)."""
        quotes = self.editor.smart_quotes
        if text in ("'", '"') and quotes.style is not None:
            quotes.type_mark(text, insert)
        else:
            insert(text)

    # -- following the editor ------------------------------------------------------------------

    def story_opened(self, story: Story | None) -> None:
        self.suggest.reset(story.last_note_id if story else 0)
        self.panel.set_enabled_story(story is not None, not self.read_only, self.read_only_reason)
        self.show_comments(list(story.comments) if story else [], story.markup if story else "")
        self.refresh_suggestions()

    def story_saved(self, story: Story) -> None:
        self.suggest.reset(story.last_note_id)
        try:
            comments = self.desk.comments(story.id)
        except CopydeskError:
            comments = list(story.comments)
        self.show_comments(comments, story.markup)
        self.refresh_suggestions()

    def set_read_only(self, read_only: bool, reason: str | None = None) -> None:
        """`reason`: why, with what to do ("ben has claimed this story: take it over…")."""
        self.read_only = read_only
        self.read_only_reason = reason or READ_ONLY_SAID
        self.panel.set_enabled_story(
            self.editor.story() is not None, not read_only, self.read_only_reason
        )

    def refresh_suggestions(self) -> None:
        if self.editor.story() is None:
            self.panel.set_suggestions([])
            return
        markup = self.editor.markup_text()
        located = []
        for s in critic.suggestions(markup.text):
            start = markup.document_position(s.start)
            end = max(start, markup.document_position(s.end, is_end=True))
            located.append(Located(start, end, suggestion=s))
        self.panel.set_suggestions(located)

    def show_comments(self, comments: list[Comment], stored_markup: str) -> None:
        """Anchor each comment in the document with a cursor that follows typing."""
        self._comments = comments
        self._cursors.clear()
        doc = self.editor.text_edit.document()
        if self.editor.story() is None or not comments:
            self.editor.text_edit.set_layer(COMMENT_LAYER, [])
            self.panel.set_comments([])
            return
        markup = self.editor.markup_text()
        anchors = [Anchor(c.start, c.end, c.detached) for c in comments]
        if markup.text != stored_markup:  # the editor writes it differently: follow the diff
            anchors = remap(stored_markup, markup.text, anchors)
        for comment, anchor in zip(comments, anchors, strict=True):
            cursor = QTextCursor(doc)
            start = markup.document_position(anchor.start)
            end = max(start, markup.document_position(anchor.end, is_end=True))
            cursor.setPosition(min(start, doc.characterCount() - 1))
            cursor.setPosition(min(end, doc.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
            self._cursors[comment.id] = cursor
        self._paint_comments()

    def _paint_comments(self) -> None:
        selections = []
        located = []
        tint = QColor("#f9a825")
        tint.setAlpha(90 if is_dark() else 70)
        for comment in self._comments:
            cursor = self._cursors.get(comment.id)
            if cursor is None:
                continue
            located.append(Located(cursor.selectionStart(), cursor.selectionEnd(),
                                   comment=comment))  # fmt: skip
            if comment.resolved or comment.detached or not cursor.hasSelection():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format.setBackground(tint)
            selections.append(selection)
        self.editor.text_edit.set_layer(COMMENT_LAYER, selections)
        self.panel.set_comments(located)

    def comment_range(self, number: int) -> tuple[int, int] | None:
        """Where comment `number` is in the document now (it follows the typing)."""
        cursor = self._cursors.get(number)
        return (cursor.selectionStart(), cursor.selectionEnd()) if cursor else None

    def _select(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.editor.text_edit.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.editor.text_edit.setTextCursor(cursor)
        self.editor.text_edit.reveal_selection()

    # -- acting on the stored story --------------------------------------------------------------

    def _saved_story(self) -> Story | None:
        """Save what the editor holds first; None when that did not happen (a conflict...)."""
        if self.editor.story() is None:
            return None
        if self.read_only:
            self.message.emit(self.read_only_reason)
            return None
        if self.autosaver.save("save") in (SaveResult.FAILED, SaveResult.CONFLICT_PENDING):
            self.message.emit("Save the story first: the text in the editor is not stored.")
            return None
        return self.editor.story()

    def _reopen(self, story: Story) -> None:
        """Show the stored story again where the user was: the caret stays on the same
        character of the text as read (a struck word accepted, or an empty paragraph the store
        did not keep, before it no longer moves it onto another word), the view where it was."""
        bar = self.editor.text_edit.verticalScrollBar()
        scroll = bar.value()
        offset = self.editor.markdown_text().markdown_offset(
            self.editor.text_edit.textCursor().position()
        )
        self.autosaver.open(story)
        cursor = self.editor.text_edit.textCursor()
        cursor.setPosition(self.editor.markdown_text().document_position(offset))
        self.editor.text_edit.setTextCursor(cursor)
        bar.setValue(scroll)
        self.story_changed.emit(story)

    def decide(self, decision: str, ids: tuple, everything: bool, author: str | None) -> None:
        story = self._saved_story()
        if story is None:
            return
        act = self.desk.accept_suggestions if decision == "accept" else self.desk.reject_suggestions
        try:
            done = act(story.id, [i for i in ids if i is not None], everything=everything,
                       author=author, expected_version=story.version)  # fmt: skip
        except CopydeskError as exc:
            self.message.emit(str(exc))
            return
        self._reopen(done.story)
        word = "Accepted" if decision == "accept" else "Rejected"
        self.message.emit(f"{word} {counted(len(done.ids), 'suggestion')}." if done.ids
                          else "No suggestion matched.")  # fmt: skip

    def suggestion_here(self) -> Located | None:
        """The suggestion the caret (or the selection) is in, else the one chosen in the panel."""
        cursor = self.editor.text_edit.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        for located in self.panel.suggestions():
            if located.start <= start and end <= located.end:
                return located
        current = self.panel.current()
        return current if current is not None and current.suggestion is not None else None

    def decide_here(self, decision: str) -> None:
        """Review → Accept (Reject) suggestion: the one at the caret, from the keyboard; the
        caret stays, so F8 goes on to the next."""
        located = self.suggestion_here()
        if located is None:
            self.message.emit("Put the cursor in a suggestion first (F8 goes to the next one).")
            return
        self.decide(decision, (located.suggestion.id,), False, None)

    def step(self, forward: bool = True) -> None:
        """Select the next (previous) suggestion after (before) the caret, round to the start."""
        found = sorted(self.panel.suggestions(), key=lambda s: (s.start, s.end))
        if not found:
            self.message.emit("No open suggestion in this story.")
            return
        cursor = self.editor.text_edit.textCursor()
        if forward:
            after = [
                s
                for s in found
                if s.start >= cursor.selectionEnd()
                and (s.start, s.end) != (cursor.selectionStart(), cursor.selectionEnd())
            ]
            target = after[0] if after else found[0]
        else:
            before = [s for s in found if s.start < cursor.selectionStart()]
            target = before[-1] if before else found[-1]
        self.panel.select_item("suggestion", target.suggestion.id)
        self._select(target.start, target.end)

    def comment_on_selection(self) -> None:
        if self.read_only:
            self.message.emit(self.read_only_reason)
            return
        cursor = self.editor.text_edit.textCursor()
        if not cursor.hasSelection():
            self.message.emit("Select the words the comment is about first.")
            return
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        quoted = cursor.selectedText().replace("\u2029", " ")
        text = CommentDialog.ask(self.editor, quoted[:80])
        if not text:
            return
        story = self._saved_story()
        if story is None:
            return
        markup = self.editor.markup_text()
        m_start, m_end = markup.markdown_offset(start), markup.markdown_offset(end)
        try:
            self.desk.add_comment(story.id, m_start, max(m_start, m_end), text,
                                  expected_version=story.version)  # fmt: skip
        except ConflictError:
            self._comment_on_theirs(story, markup.text, (m_start, max(m_start, m_end)), text)
            return
        except CopydeskError as exc:
            self.message.emit(str(exc))
            return
        self._after_comment(story)

    def _comment_on_theirs(self, mine: Story, markup: str, span: tuple[int, int], text: str
                           ) -> None:  # fmt: skip
        """Someone saved the story since the editor loaded it, and the editor holds nothing
        unsaved (it was just saved): pin the comment to the same words in their text and show
        that text. The comment was lost before, under a message about "your text" that offered
        choices it did not give."""
        who, placed = "Someone", False
        try:
            theirs = self.desk.get_story(mine.id)
            who = theirs.updated_by or who
            [anchor] = remap(markup, theirs.markup, [Anchor(*span)])
            if not self.editor.is_modified() and not anchor.detached:
                self.desk.add_comment(theirs.id, anchor.start, anchor.end, text,
                                      expected_version=theirs.version)  # fmt: skip
                theirs, placed = self.desk.get_story(mine.id), True
        except CopydeskError:
            placed = False
        if not placed:
            self.message.emit(f"{who} saved this story meanwhile; the comment could not be pinned "
                              f"to those words there: select them again. Your comment: “{text}”"
                              )  # fmt: skip
            return
        self._reopen(theirs)
        self.message.emit(f"{who} saved this story meanwhile: their text is shown, with your "
                          "comment on the same words.")  # fmt: skip

    def reply(self, number: int) -> None:
        comment = next((c for c in self._comments if c.id == number), None)
        if comment is None:
            return
        text = CommentDialog.ask(self.editor, comment.text[:80], reply=True)
        if text and self.editor.story() is not None:
            try:
                self.desk.reply(self.editor.story().id, number, text)
            except CopydeskError as exc:
                self.message.emit(str(exc))
                return
            self._after_comment(self.editor.story())

    def set_resolved(self, number: int, resolved: bool) -> None:
        story = self.editor.story()
        if story is None:
            return
        try:
            if resolved:
                self.desk.resolve_comment(story.id, number)
            else:
                self.desk.reopen_comment(story.id, number)
        except CopydeskError as exc:
            self.message.emit(str(exc))
            return
        self._after_comment(story)

    def _after_comment(self, story: Story) -> None:
        """Comments changed in the store; the text did not (the editor keeps its cursor)."""
        self.show_comments(self.desk.comments(story.id), self.editor.markup())
        self.story_changed.emit(story)

    # -- status and assignment -----------------------------------------------------------------

    def status_chosen(self) -> None:
        """The status box changed to Ready or Published: move the story now, asking a reason
        when things are open or the export gate blocks (other moves are saved with the rest of
        the story, as before). Published went out with the next autosave, which the gate now
        refuses: every autosave after it failed, with no way to give the override's reason."""
        story = self.editor.story()
        combo = self.editor.metadata.status
        if story is None:
            return
        wanted = StoryStatus(combo.currentData())
        if wanted is story.status or wanted not in (StoryStatus.READY, StoryStatus.PUBLISHED):
            return
        combo.setCurrentIndex(max(0, combo.findData(str(story.status))))  # saved as it was
        saved = self._saved_story()
        if saved is None:
            return
        try:
            if wanted is StoryStatus.PUBLISHED:
                moved, reason = self._publish(saved)
            else:
                moved, reason = self._to_ready(saved)
        except ConflictError as exc:
            self.message.emit(str(exc))
            return
        except CopydeskError as exc:
            QMessageBox.warning(self.editor, "Status not changed", str(exc))
            return
        if moved is None:
            return  # the user cancelled the reason
        self.editor.mark_saved(moved)
        combo.setCurrentIndex(max(0, combo.findData(str(moved.status))))
        self.autosaver.story_saved.emit(moved)
        label = STATUS_LABELS.get(moved.status, str(moved.status))  # "Ready", as the box says
        said = "Published" if moved.status is StoryStatus.PUBLISHED else f"Moved to {label}"
        self.message.emit(said + (" (reason recorded)." if reason else "."))

    def _to_ready(self, saved: Story) -> tuple[Story | None, str | None]:
        """Sign off, asking why when comments or suggestions are still open."""
        reason = None
        items = signoff.open_items(self.desk.get_story(saved.id))
        if signoff.needs_reason(saved.status, StoryStatus.READY, items):
            reason = ReasonDialog.ask(
                self.editor,
                "Move to Ready",
                f"This story has {counted(len(items.lines()), 'open item')}. Say why it can be "
                "signed off now; the reason is recorded (export still blocks on open "
                "suggestions and comments).",
                items.lines(),
            )
            if not reason:
                return None, None
        return self.desk.set_status(saved.id, StoryStatus.READY, reason), reason

    def _publish(self, saved: Story) -> tuple[Story | None, str | None]:
        """Publish through the export gate; what blocks is listed, and a reason (recorded)
        releases what an export's reason would (never a confidential name)."""
        try:
            return self.desk.set_status(saved.id, StoryStatus.PUBLISHED), None
        except BlockedError as exc:
            lines = [line(f) for f in exc.findings]
            if not exc.overridable:
                QMessageBox.warning(self.editor, "Not published", "\n".join([str(exc), *lines]))
                return None, None
            override = ReasonDialog.ask(
                self.editor,
                "Publish anyway",
                f"{exc} Say why it may go out as it is; the reason is recorded.",
                lines,
            )
            if not override:
                return None, None
            moved = self.desk.set_status(saved.id, StoryStatus.PUBLISHED, override_reason=override)
            return moved, override

    def assign(self, user: str | None) -> None:
        story = self.editor.story()
        if story is None:
            return
        try:
            self.desk.assign(story.id, user)
        except CopydeskError as exc:
            self.message.emit(str(exc))
            return
        self.story_changed.emit(story)
        self.message.emit(f"Assigned to {user}." if user else "No longer assigned.")
