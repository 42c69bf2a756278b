"""Review use cases of the Desk: suggestions, comments, assignment (one transaction each).

Kept beside the Desk (`app.core.services.Desk` inherits them) so that its module stays about
stories. Offsets here are code points into the body markup, as `show --json` reports them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.core.errors import ConflictError, InputError, NotFoundError
from app.core.model import Comment, Story
from app.core.review import critic
from app.core.store.comments import CommentRepository
from app.core.store.live import EventLog
from app.core.store.stories import StoryRepository

if TYPE_CHECKING:
    from app.core.services import SaveOutcome
    from app.core.store.database import Store


@dataclass(frozen=True)
class Decided:
    """What accept/reject did: the saved story and the ids it settled."""

    story: Story
    ids: tuple[int, ...]


def _find(story: Story, text: str) -> tuple[int, int]:
    """The first occurrence of `text` in the story as a reader sees it, as markup offsets."""
    if not text.strip():
        raise InputError("Give the text to anchor to (--on TEXT); it cannot be empty.")
    view = critic.accepted(story.markup)
    at = view.text.find(text)
    if at < 0:
        raise InputError(f"“{text}” is not in the story '{story.slug}'.")
    return view.to_markup(at), view.to_markup(at + len(text), is_end=True)


class ReviewUseCases:
    """Mixed into Desk: these use its store, user, session id, get_story and save_story."""

    store: Store
    user: str
    session_id: str

    def get_story(self, key: int | str) -> Story:  # pragma: no cover - Desk's
        raise NotImplementedError

    def save_story(
        self,
        story: Story,
        expected_version: int | None = None,
        reason: str = "save",
        **kwargs: object,
    ) -> SaveOutcome:  # pragma: no cover
        raise NotImplementedError

    # -- suggestions ---------------------------------------------------------------------------

    def suggestions(self, key: int | str) -> list[critic.Suggestion]:
        return critic.suggestions(self.get_story(key).markup)

    def suggest(
        self, key: int | str, on: str, new: str, *, expected_version: int | None = None
    ) -> critic.Suggestion:
        """Propose replacing the first occurrence of `on` with `new` (deleting it when empty)."""
        story = self.get_story(key)
        start, end = _find(story, on)
        old = story.markup[start:end]
        if old != on:
            inside = [s.id for s in critic.suggestions(story.markup)
                      if s.start < end and s.end > start]  # fmt: skip
            which = f"suggestion {inside[0]}" if inside else "other markup"
            raise InputError(f"“{on}” overlaps {which}; accept or reject it first.")
        number = story.last_note_id + 1
        meta = critic.render_meta(number, self.user, datetime.now(UTC))
        if new:
            mark = "{~~" + old + "~>" + critic.escape(new) + "~~}" + meta
        else:
            mark = "{--" + old + "--}" + meta
        made = critic.suggestions(mark)
        if len(made) != 1 or made[0].old != old:
            raise InputError(f"“{on}” holds CriticMarkup of its own and cannot be marked.")
        markup = story.markup[:start] + mark + story.markup[end:]
        saved = self._save_markup(story, markup, "suggest", expected_version)
        return next(s for s in critic.suggestions(saved.markup) if s.id == number)

    def accept_suggestions(
        self,
        key: int | str,
        ids: Iterable[int] = (),
        *,
        everything: bool = False,
        author: str | None = None,
        expected_version: int | None = None,
    ) -> Decided:
        """Accept suggestions by id, or all of them (`everything`), or all by one author."""
        return self._decide(key, "accept", ids, everything, author, expected_version)

    def reject_suggestions(
        self,
        key: int | str,
        ids: Iterable[int] = (),
        *,
        everything: bool = False,
        author: str | None = None,
        expected_version: int | None = None,
    ) -> Decided:
        return self._decide(key, "reject", ids, everything, author, expected_version)

    def _decide(
        self,
        key: int | str,
        decision: str,
        ids: Iterable[int],
        everything: bool,
        author: str | None,
        expected_version: int | None,
    ) -> Decided:
        story = self.get_story(key)
        found = critic.suggestions(story.markup)
        known = {s.id for s in found}
        if everything or author:
            wanted = (author or "").strip().casefold()
            chosen = [
                s.id
                for s in found
                if s.id is not None and (not wanted or s.author.casefold() == wanted)
            ]
        else:
            chosen = list(dict.fromkeys(ids))
            missing = [str(i) for i in chosen if i not in known]
            if missing:
                raise NotFoundError(
                    f"'{story.slug}' has no open suggestion {', '.join(missing)}; "
                    "'copydesk suggestions SLUG' lists them."
                )
        if not chosen:
            return Decided(story, ())
        markup = critic.resolve(story.markup, dict.fromkeys(chosen, decision))
        saved = self._save_markup(story, markup, decision, expected_version)
        return Decided(saved, tuple(i for i in chosen if i is not None))

    def _save_markup(
        self, story: Story, markup: str, reason: str, expected_version: int | None
    ) -> Story:
        changed = story.with_changes(body=critic.accepted_text(markup), body_markup=markup)
        expected = story.version if expected_version is None else expected_version
        return self.save_story(changed, expected, reason=reason).story

    # -- comments ------------------------------------------------------------------------------

    def comments(self, key: int | str) -> list[Comment]:
        return list(self.get_story(key).comments)

    def add_comment(
        self,
        key: int | str,
        start: int,
        end: int,
        text: str,
        *,
        expected_version: int | None = None,
    ) -> Comment:
        """A new comment on markup[start:end] of the stored story (the version expected)."""
        text = text.strip()
        if not text:
            raise InputError("A comment needs some text (--text).")
        with self.store.session() as session:
            stories = StoryRepository(session)
            row = stories.row(key, lock=True)
            if expected_version is not None and row.version != expected_version:
                raise ConflictError(row.slug, row.updated_by, row.updated_at, row.version,
                                    expected_version, "")  # fmt: skip
            markup = row.body if row.body_markup is None else row.body_markup
            if not 0 <= start <= end <= len(markup):
                raise InputError(f"The range {start}-{end} is outside the story's text.")
            number = (row.last_note_id or 0) + 1
            row.last_note_id = number
            comments = CommentRepository(session)
            comments.add(row.id, number, self.user, text, start, end, markup[start:end])
            row.open_items = (row.open_items or 0) + 1
            EventLog(session).add("comment", row.id, self.user, self.session_id, row.version)
            return comments.get(row.id, number)

    def comment_on(self, key: int | str, on: str, text: str) -> Comment:
        """A comment anchored to the first occurrence of `on` (as a reader sees the text)."""
        story = self.get_story(key)
        start, end = _find(story, on)
        return self.add_comment(story.id or key, start, end, text,
                                expected_version=story.version)  # fmt: skip

    def reply(self, key: int | str, number: int, text: str) -> Comment:
        text = text.strip()
        if not text:
            raise InputError("A reply needs some text (--text).")
        with self.store.session() as session:
            row = StoryRepository(session).row(key, lock=True)
            comments = CommentRepository(session)
            comments.reply(row.id, number, self.user, text)
            if comments.set_resolved(row.id, number, False, self.user):
                row.open_items = (row.open_items or 0) + 1  # a reply reopens the thread
            EventLog(session).add("comment", row.id, self.user, self.session_id, row.version)
            return comments.get(row.id, number)

    def resolve_comment(self, key: int | str, number: int) -> bool:
        return self._set_resolved(key, number, True)

    def reopen_comment(self, key: int | str, number: int) -> bool:
        return self._set_resolved(key, number, False)

    def _set_resolved(self, key: int | str, number: int, resolved: bool) -> bool:
        with self.store.session() as session:
            row = StoryRepository(session).row(key, lock=True)
            changed = CommentRepository(session).set_resolved(row.id, number, resolved, self.user)
            if changed:
                row.open_items = max(0, (row.open_items or 0) + (-1 if resolved else 1))
                EventLog(session).add("comment", row.id, self.user, self.session_id, row.version)
            return changed

    # -- assignment ------------------------------------------------------------------------

    def assign(self, key: int | str, assignee: str | None) -> bool:
        """Give the story to someone (None: to nobody); False when it already was."""
        assignee = (assignee or "").strip() or None
        with self.store.session() as session:
            stories = StoryRepository(session)
            row = stories.row(key)
            changed = stories.set_assignee(row.id, assignee)
            if changed:
                EventLog(session).add("assigned", row.id, self.user, self.session_id,
                                      row.version, {"assignee": assignee})  # fmt: skip
            return changed
