"""The review panel: a story's open suggestions and comments; click one to select its text.

It knows nothing of the store: the review controller feeds it and acts on what it asks.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.model import Comment
from app.core.review import critic
from app.gui.review.marks import author_colour

ROLE = Qt.ItemDataRole.UserRole + 1
"""Item data: ("suggestion" | "comment", id)."""
WRAP = 46
"""Characters a line in the tree (the dock's usual width)."""
"""Said on the grey buttons when no reason is given (the window gives StoryLock's)."""


@dataclass(frozen=True)
class Located:
    """A suggestion or comment with where it is in the document now."""

    start: int
    end: int
    suggestion: critic.Suggestion | None = None
    comment: Comment | None = None


def _short(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _lines(text: str, width: int = WRAP) -> str:
    """Item text on several lines: a tree view does not wrap, and a comment is read whole."""
    return "\n".join(textwrap.wrap(" ".join(text.split()), width) or [""])


class ReviewPanel(QWidget):
    select_requested = Signal(int, int)
    """Document positions to select in the editor."""
    decide_requested = Signal(str, object, bool, object)
    """("accept"|"reject", ids, everything, author or None)."""
    comment_requested = Signal()
    reply_requested = Signal(int)
    resolve_requested = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.setAccessibleName("Suggestions and comments")
        self._items: dict[tuple[str, int], Located] = {}
        self.summary = QLabel("No story open.")
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("reviewTree")
        self.tree.setAccessibleName("Open suggestions and comments")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)  # comments take as many lines as they need
        self.accept_button = QPushButton("Accept")
        self.reject_button = QPushButton("Reject")
        self.accept_all = QPushButton("Accept all")
        self.reject_all = QPushButton("Reject all")
        self.author = QComboBox()
        self.author.setAccessibleName("Accept or reject all by")
        self.author.setToolTip("Accept all / Reject all: every author's, or one author's")
        self.comment_button = QPushButton("Comment…")
        self.comment_button.setToolTip("Comment on the text selected in the editor")
        self.reply_button = QPushButton("Reply…")
        self.resolve_button = QPushButton("Resolve")
        self.show_resolved = QCheckBox("Show resolved")
        for name, button in (("accept", self.accept_button), ("reject", self.reject_button),
                             ("acceptAll", self.accept_all), ("rejectAll", self.reject_all),
                             ("comment", self.comment_button), ("reply", self.reply_button),
                             ("resolve", self.resolve_button)):  # fmt: skip
            button.setObjectName(f"review_{name}")

        one = QHBoxLayout()
        one.addWidget(self.accept_button)
        one.addWidget(self.reject_button)
        one.addStretch(1)
        one.addWidget(self.comment_button)
        many = QHBoxLayout()
        many.addWidget(self.accept_all)
        many.addWidget(self.reject_all)
        many.addWidget(self.author, 1)
        threads = QHBoxLayout()
        threads.addWidget(self.reply_button)
        threads.addWidget(self.resolve_button)
        threads.addStretch(1)
        # The dock shares its column with the quotes and credits (window_layout): no row may
        # be wider than theirs at 1280x800 and 150 %, so the filter sits under the list.
        self.author.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.author.setMinimumContentsLength(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(5)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.show_resolved)
        layout.addLayout(one)
        layout.addLayout(threads)
        layout.addLayout(many)

        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        self.accept_button.clicked.connect(lambda: self._decide_current("accept"))
        self.reject_button.clicked.connect(lambda: self._decide_current("reject"))
        self.accept_all.clicked.connect(lambda: self._decide_all("accept"))
        self.reject_all.clicked.connect(lambda: self._decide_all("reject"))
        self.comment_button.clicked.connect(self.comment_requested)
        self.reply_button.clicked.connect(self._reply)
        self.resolve_button.clicked.connect(self._resolve)
        self.show_resolved.toggled.connect(lambda _on: self._rebuild())
        self._tips = {
            b: b.toolTip()
            for b in (self.accept_button, self.reject_button, self.accept_all, self.reject_all,
                      self.comment_button, self.reply_button, self.resolve_button)
        }  # fmt: skip
        self._suggestions: list[Located] = []
        self._comments: list[Located] = []
        self.set_enabled_story(False)

    # -- what the controller sets ------------------------------------------------------------------

    def set_enabled_story(self, has_story: bool, writable: bool = True, reason: str = "") -> None:
        """`reason`: why the buttons are grey, with what to do (the window's StoryLock says
        "ben has claimed this story: Take over… …"); their own tips come back when writable."""
        self._has_story = has_story
        self._writable = has_story and writable
        self.comment_button.setEnabled(self._writable)
        # Grey with a story open says why (a claim elsewhere, a read-only store): the buttons
        # went grey with their usual tips, as if something were wrong with the selection.
        why = reason if has_story and not writable else None
        for button, tip in self._tips.items():
            button.setToolTip(why or tip)
        self.show_resolved.setEnabled(has_story)  # nothing to show or hide without a story
        if not has_story:
            self._suggestions, self._comments = [], []
            self._rebuild()
        self._update_buttons()

    def set_suggestions(self, located: list[Located]) -> None:
        self._suggestions = located
        self._rebuild()

    def set_comments(self, located: list[Located]) -> None:
        self._comments = located
        self._rebuild()

    def suggestions(self) -> list[Located]:
        """The open suggestions with where they are in the document now."""
        return list(self._suggestions)

    def current(self) -> Located | None:
        item = self.tree.currentItem()
        key = item.data(0, ROLE) if item is not None else None
        return self._items.get(tuple(key)) if key else None

    def open_counts(self) -> tuple[int, int]:
        return len(self._suggestions), sum(
            1 for c in self._comments if c.comment and not c.comment.resolved
        )

    def select_item(self, kind: str, number: int) -> bool:
        """Make the suggestion or comment `number` current (for tests and the keyboard)."""
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                child = group.child(j)
                if child.data(0, ROLE) == [kind, number]:
                    self.tree.setCurrentItem(child)
                    self._clicked(child)
                    return True
        return False

    def focus_list(self) -> None:
        """The keyboard to the list, on an item it can act on: with no item current, Go to
        review (Ctrl+4) left the list on nothing and the first Down on the "Comments (1)"
        heading, where Reply and Resolve are grey. The editor's selection stays."""
        item = self.tree.currentItem()
        if (item is None or not item.data(0, ROLE)) and self.tree.topLevelItemCount():
            group = self.tree.topLevelItem(0)
            if group.childCount():
                self.tree.setCurrentItem(group.child(0))
        self.tree.setFocus()

    # -- building the tree -----------------------------------------------------------------------

    def _rebuild(self) -> None:
        current = self.current()
        keep = None
        if current is not None:
            keep = (
                ("suggestion", current.suggestion.id)
                if current.suggestion
                else ("comment", current.comment.id if current.comment else 0)
            )
        self.tree.clear()
        self._items.clear()
        suggestions, comments = self.open_counts()
        parts = []
        parts.append(f"{suggestions} suggestion{'s' if suggestions != 1 else ''}")
        parts.append(f"{comments} comment{'s' if comments != 1 else ''}")
        nothing = "Nothing open: no suggestions, no unresolved comments."
        if not getattr(self, "_has_story", False):
            nothing = "No story open."  # not "Nothing open…", which describes a story
        self.summary.setText(" · ".join(parts) + " open" if (suggestions or comments) else nothing)
        bold = QFont(self.font())
        bold.setBold(True)
        if self._suggestions:
            group = QTreeWidgetItem(self.tree, [f"Suggestions ({len(self._suggestions)})"])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for located in self._suggestions:
                s = located.suggestion
                assert s is not None
                when = s.at.astimezone().strftime("%d %b %H:%M") if s.at else ""
                item = QTreeWidgetItem(group, [_lines(f"{s.author or 'someone'}: "
                                                      f"{s.describe(60)}")])  # fmt: skip
                item.setToolTip(0, f"Suggestion {s.id} by {s.author} {when}\n{s.describe(200)}")
                item.setForeground(0, author_colour(s.author))
                self._add(item, ("suggestion", s.id or 0), located)
            group.setExpanded(True)
        open_comments = [c for c in self._comments if c.comment and not c.comment.resolved]
        resolved = [c for c in self._comments if c.comment and c.comment.resolved]
        for title, listed, expanded in (("Comments", open_comments, True),
                                        ("Resolved", resolved, True)):  # fmt: skip
            if not listed or (title == "Resolved" and not self.show_resolved.isChecked()):
                continue
            group = QTreeWidgetItem(self.tree, [f"{title} ({len(listed)})"])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for located in listed:
                c = located.comment
                assert c is not None
                where = (f"(its text was deleted: “{_short(c.anchor_text, 30)}”)" if c.detached
                         else f"on “{_short(c.anchor_text, 30)}”")  # fmt: skip
                item = QTreeWidgetItem(group, [_lines(f"{c.author} {where}:") + "\n"
                                               + _lines(_short(c.text, 240))])  # fmt: skip
                item.setToolTip(0, f"Comment {c.id} by {c.author}, "
                                   f"{c.at.astimezone():%d %b %H:%M}\n{c.text}")  # fmt: skip
                if c.detached:
                    font = QFont(self.font())
                    font.setItalic(True)
                    item.setFont(0, font)
                for reply in c.replies:
                    child = QTreeWidgetItem(
                        item, [_lines(f"↳ {reply.author}: {_short(reply.text, 240)}", WRAP - 3)]
                    )
                    child.setToolTip(0, reply.text)
                    child.setData(0, ROLE, ["comment", c.id])
                item.setExpanded(True)
                self._add(item, ("comment", c.id), located)
            group.setExpanded(expanded)
        authors = sorted({s.suggestion.author for s in self._suggestions if s.suggestion})
        chosen = self.author.currentData()
        self.author.blockSignals(True)
        self.author.clear()
        self.author.addItem("All authors", None)
        for name in authors:
            self.author.addItem(f"Only {name}", name)
        self.author.setCurrentIndex(max(0, self.author.findData(chosen)))
        self.author.blockSignals(False)
        if keep is not None and keep[1]:
            self.select_item(*keep)
        self._update_buttons()

    def _add(self, item: QTreeWidgetItem, key: tuple[str, int], located: Located) -> None:
        item.setData(0, ROLE, list(key))
        self._items[key] = located

    def _update_buttons(self) -> None:
        current = self.current()
        is_suggestion = current is not None and current.suggestion is not None
        comment = current.comment if current is not None else None
        writable = getattr(self, "_writable", False)
        self.accept_button.setEnabled(writable and is_suggestion)
        self.reject_button.setEnabled(writable and is_suggestion)
        self.reply_button.setEnabled(writable and comment is not None)
        self.resolve_button.setEnabled(writable and comment is not None)
        self.resolve_button.setText("Reopen" if comment is not None and comment.resolved
                                    else "Resolve")  # fmt: skip
        self.accept_all.setEnabled(writable and bool(self._suggestions))
        self.reject_all.setEnabled(writable and bool(self._suggestions))
        self.author.setEnabled(writable and bool(self._suggestions))

    # -- requests --------------------------------------------------------------------------------

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        key = item.data(0, ROLE)
        located = self._items.get(tuple(key)) if key else None
        if located is not None:
            self.select_requested.emit(located.start, located.end)
        self._update_buttons()

    def _decide_current(self, decision: str) -> None:
        current = self.current()
        if current is not None and current.suggestion is not None:
            self.decide_requested.emit(decision, (current.suggestion.id,), False, None)

    def _decide_all(self, decision: str) -> None:
        self.decide_requested.emit(decision, (), True, self.author.currentData())

    def _reply(self) -> None:
        current = self.current()
        if current is not None and current.comment is not None:
            self.reply_requested.emit(current.comment.id)

    def _resolve(self) -> None:
        current = self.current()
        if current is not None and current.comment is not None:
            self.resolve_requested.emit(current.comment.id, not current.comment.resolved)
