"""How the quote sidebar shares its height between the quote tree and the evidence pane.

The pane had a third of the dock whatever it held, and at 1280×800, with the credits below,
the tree kept room for two or three quotes (round 27's walk-through, a story of forty). Now
the pane takes what its content needs: one line ("Select a quote to see its evidence.") while
nothing is selected, and the evidence, up to a third of the panel, while something is. A height
the user drags the pane to becomes that limit instead, and the window keeps it per size
(window_layout). The tree's top never moves, so rows stay where the eye left them; the chosen
row is kept in view when the tree gets shorter.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QSplitter, QTextBrowser, QTreeView

EVIDENCE_SHARE = 3
"""Unless the user dragged it, the evidence pane takes at most 1/EVIDENCE_SHARE of the panel
(a little more: the dock's title bar is outside it)."""
TREE_LEAST = 60
"""The tree keeps at least this much of the panel, whatever the evidence."""


class EvidenceSplit(QObject):
    """Sizes `details` (under `tree` in `splitter`) to its content, within a limit."""

    def __init__(self, splitter: QSplitter, tree: QTreeView, details: QTextBrowser) -> None:
        super().__init__(splitter)
        self.splitter, self.tree, self.details = splitter, tree, details
        self.limit: int | None = None
        """The most the pane may take: what the user dragged it to, or None for the share."""
        self._fitting = False
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.fit)
        splitter.splitterMoved.connect(self._dragged)
        details.setMinimumHeight(self.hint_height())  # a scroll area's own least is ~70 px

    def schedule(self) -> None:
        """Fit once the current round of layout is done (the panel's height may be changing)."""
        self._timer.start()

    def hint_height(self) -> int:
        """One line of text in the pane, with its margins and frame."""
        margin = self.details.document().documentMargin()
        frame = 2 * self.details.frameWidth()
        return math.ceil(self.details.fontMetrics().lineSpacing() + 2 * margin) + frame + 2

    def content_height(self) -> int:
        """What the pane needs to show everything it holds without scrolling."""
        if self.details.document().isEmpty():
            return self.hint_height()
        document = self.details.document()
        document.setTextWidth(max(1, self.details.viewport().width()))
        needed = math.ceil(document.size().height()) + 2 * self.details.frameWidth() + 2
        return max(self.hint_height(), needed)

    def most(self, total: int) -> int:
        """The pane's limit within `total` splitter pixels."""
        panel = self.splitter.parentWidget()
        share = (panel.height() if panel is not None else total) // EVIDENCE_SHARE + 12
        return min(self.limit if self.limit is not None else share, total - TREE_LEAST)

    def fit(self) -> None:
        """Give the pane what it needs, within its limit; the tree has the rest."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total <= TREE_LEAST:
            return
        wanted = max(self.hint_height(), min(self.content_height(), self.most(total)))
        wanted = min(wanted, total - TREE_LEAST)
        if sizes[1] != wanted:
            self._fitting = True
            try:
                self.splitter.setSizes([total - wanted, wanted])
            finally:
                self._fitting = False
        current = self.tree.currentIndex()
        if current.isValid():
            self.tree.scrollTo(current)  # a shorter tree keeps the chosen row in view

    def _dragged(self, _position: int, _index: int) -> None:
        """The user moved the handle: the pane's height is their limit from now on."""
        if not self._fitting:
            self.limit = max(self.hint_height(), self.details.height())
