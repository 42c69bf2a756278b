"""A draft's slug follows its headline as it is typed, until someone sets the slug by hand.

The slug field's placeholder promises "made-from-the-headline"; a new story starts as
`untitled-story` and would keep that name (and its file names) for ever otherwise. Only drafts
follow: a story further along may already be known by its slug to the desk or the web.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLineEdit

from app.core.model import StoryStatus
from app.gui.panels.headline_edit import HeadlineEdit

PLACEHOLDER_SLUG = "untitled-story"
_NUMBERED = re.compile(r"-\d+$")


def slug_for(headline: str) -> str:
    # The store's own rule, so the field shows what will be kept (imported when first used:
    # the store module brings SQLAlchemy, which start-up keeps off the first paint).
    from app.core.store.stories import slugify

    return slugify(headline)


def made_from(slug: str, headline: str) -> bool:
    """Is SLUG what the store would make of HEADLINE (or of a new story), numbered or not?"""
    base = _NUMBERED.sub("", slug.strip())
    if not base or base == PLACEHOLDER_SLUG:
        return True
    return bool(headline.strip()) and base == slug_for(headline)


class SlugFollower(QObject):
    """Watches a headline and a slug field; rewrites the slug while it is still automatic."""

    def __init__(
        self, headline: HeadlineEdit | QLineEdit, slug: QLineEdit, status: QComboBox
    ) -> None:
        super().__init__(slug)
        self.headline, self.slug, self.status = headline, slug, status
        self.following = False
        self._writing = False
        headline.textEdited.connect(self._headline_typed)
        slug.textChanged.connect(self._slug_changed)

    def _slug_changed(self, text: str) -> None:
        # A story loaded, the store numbered the slug, or the user typed one: decide afresh.
        if not self._writing:
            self.following = made_from(text, self.headline.text())

    def _headline_typed(self, headline: str) -> None:
        if not self.following or self.status.currentData() != str(StoryStatus.DRAFT):
            return
        wanted = slug_for(headline) if headline.strip() else PLACEHOLDER_SLUG
        if wanted != self.slug.text():
            self._writing = True
            try:
                self.slug.setText(wanted)
            finally:
                self._writing = False
