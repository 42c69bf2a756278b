"""A body as it is stored: markup normalised, accepted text derived, comments found in it.

Every path that writes a story's text (create, import, save, restore, accept, suggest) goes
through `prepare`, so `Story.body` is always the accepted text of `Story.body_markup` and every
suggestion in the markup carries an id, an author and a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.core.model import Story
from app.core.review import critic


@dataclass(frozen=True)
class Prepared:
    story: Story
    """The story with `body` accepted and `body_markup` normalised (None when no markup)."""
    comments: tuple[critic.NewComment, ...]
    """Comments and highlights the text held, to store as threads (anchors in the markup)."""
    last_note_id: int
    open_suggestions: int


def prepare(story: Story, author: str, at: datetime, last_note_id: int) -> Prepared:
    """Normalise the story's text for storing.

    When a caller changed `body` but left an older `body_markup` beside it (code that knows
    nothing of suggestions), the body wins: its text is what they meant to store.
    """
    markup = story.markup
    if story.body_markup is not None and critic.accepted_text(markup) != story.body:
        markup = story.body
    if "{" not in markup:
        body = markup
        return Prepared(story.with_changes(body=body, body_markup=None), (), last_note_id, 0)
    normal = critic.normalise(markup, author, at, last_note_id + 1)
    pieces = critic.parse(normal.markup)
    body = critic.accepted(normal.markup, pieces).text
    stored = normal.markup if normal.markup != body else None
    count = len(critic.suggestions(pieces))
    return Prepared(
        story.with_changes(body=body, body_markup=stored),
        normal.comments,
        max(last_note_id, normal.next_id - 1),
        count,
    )
