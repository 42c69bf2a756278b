"""The sidebar's jump bar: each part of the tree with its count, one click from view.

With forty quotes expanded, Named sources and Findings sat some forty rows below the quotes
(round 27's walk-through): a desk had to scroll past every quote to learn whether the story
had a finding at all. The bar above the tree names each part that has something, with its
count ("Quotes 40 · Sources 10 · Findings 3"), so the counts are read at a glance; a click
(or Tab to it and Return) brings that part to the top of the tree, expanded, and puts the
keyboard there. A part with nothing in it is left out: its absence says "none".
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeView, QWidget

from app.gui.models.quote_tree_model import QuoteTreeModel

SECTIONS = (
    ("s:quotes", "Quotes", "quotes"),
    ("s:sources", "Sources", "sources"),
    ("s:anonymous", "Anonymous", "anonymous"),
    ("s:institutional", "Institutional", "institutional"),
    ("s:findings", "Findings", "findings"),
    ("s:proofing", "Spelling", ("proofing", "headline_proofing")),
)
"""(the section's key in the tree, its short name in the bar, the content's fields)."""


class SectionBar(QLabel):
    """Links to the tree's sections, with their counts; `jump(key)` is what a click does."""

    def __init__(self, model: QuoteTreeModel, tree: QTreeView, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.tree = tree
        self.setObjectName("sectionBar")
        self.setAccessibleName("Jump to a part of the list")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setContentsMargins(2, 0, 2, 2)
        self.linkActivated.connect(self.jump)
        model.modelReset.connect(self.refresh)
        self.refresh()

    def counts(self) -> list[tuple[str, str, int]]:
        """(key, name, count) of each part with something in it, in the tree's order."""
        content = self.model.content
        parts = [
            (key, name, sum(len(getattr(content, f)) for f in _fields(field)))
            for key, name, field in SECTIONS
        ]
        return [(key, name, n) for key, name, n in parts if n]

    def refresh(self) -> None:
        parts = self.counts() if self.model.content.story_open else []
        links = [
            f'<a href="{key}">{escape(name)}</a>&nbsp;{n}' for key, name, n in parts
        ]  # fmt: skip
        self.setText(" &nbsp;·&nbsp; ".join(links))
        self.setToolTip(
            "Bring a part of the list to the top: "
            + ", ".join(f"{name} ({n})" for _key, name, n in parts)
        )
        self.setVisible(bool(parts))

    def jump(self, key: str) -> None:
        """The section to the top of the tree (as far as the tree scrolls), expanded, with
        the keyboard on its header row."""
        index = self.model.index_for_key(key)
        if not index.isValid():
            return
        self.tree.expand(index)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)


def _fields(field: str | tuple[str, ...]) -> tuple[str, ...]:
    """A section counts one field of the content, or several (the text's spelling findings
    and the headline's: the bar said "Spelling 3" over a list of four)."""
    return (field,) if isinstance(field, str) else field
