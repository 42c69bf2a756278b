"""The Desk's publication use cases: corrections, updates, kills and the published texts.

A mixin of `app.core.services.Desk` (kept apart so that module stays readable); the rules it
applies live in app.core.publishing, the rows in app.core.store.publications.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core import publishing
from app.core.errors import ConflictError, InputError, NotFoundError
from app.core.model import Publication, PublicationKind, Revision, Story, StoryStatus
from app.core.store import snapshots
from app.core.store.people import PeopleRepository
from app.core.store.publications import PublicationRepository
from app.core.store.quotes import QuoteRepository
from app.core.store.revisions import RevisionRepository
from app.core.store.sources import SourceRepository
from app.core.store.stories import StoryRepository, to_story

if TYPE_CHECKING:
    from app.core.store.database import Store


def _check_version(story: Story, expected_version: int | None) -> None:
    """A use case started from the version a user has open: someone saved since is a
    conflict (checked before the rules, which would judge a story the user has not seen)."""
    if expected_version is not None and story.version != expected_version:
        raise ConflictError(story.slug, story.updated_by, story.updated_at, story.version,
                            expected_version, "")  # fmt: skip


class PublishingDesk:
    """Publication use cases; `Desk` supplies the store, the user, `get_story` and `_save`.

    The status change a correction, update or kill makes records why (the note, the kill's
    reason), as a sign-off's reason is recorded: the audit report's status history shows it."""

    store: Store
    user: str

    def publications(self, key: int | str) -> list[Publication]:
        """What the story sent out, numbered from 1, then a correction or update in progress."""
        with self.store.session(write=False) as session:
            story_id = StoryRepository(session).row(key).id
            return PublicationRepository(session).list(story_id)

    def published_story(
        self, key: int | str, number: int, current: Story | None = None
    ) -> tuple[Publication, Story]:
        """Publication `number` and the story as it went out (sources as they are now, so the
        confidentiality rule of today applies to an old text). `current`: the stored story,
        when the caller has just read it."""
        story = current or self.get_story(key)
        assert story.id is not None
        with self.store.session(write=False) as session:
            found = PublicationRepository(session).snapshot(story.id, number)
        if found is None:
            count = sum(1 for p in self.publications(story.id) if p.is_out)
            raise NotFoundError(
                f"'{story.slug}' has no publication {number} "
                f"({count} so far; 1 is the first published text)."
            )
        publication, data = found
        if data is None:  # recorded before snapshots: the locked working copy is that text
            return publication, story
        published = snapshots.load(data, status=story.status)
        current = {s.name for s in story.sources}
        sources = story.sources + tuple(
            s for s in published.sources if s.confidential and s.name not in current
        )
        return publication, published.with_changes(id=story.id, sources=tuple(sources))

    def _stored_story(self, session, row) -> Story:
        """The story as the session holds it now (credits, sources, quotes included)."""
        return to_story(row).with_changes(
            credits=PeopleRepository(session).credits(row.id),
            sources=SourceRepository(session).list(row.id),
            quotes=QuoteRepository(session).list(row.id),
        )

    def _record_publication(self, session, row, revision: Revision | None) -> Publication:
        """The text going out now: its revision (the newest, when the save recorded none
        because the text was unchanged) and a snapshot of everything the exports show."""
        number = revision.number if revision else RevisionRepository(session).latest_number(row.id)
        snapshot = snapshots.dump(self._stored_story(session, row))
        return PublicationRepository(session).publish(
            row.id, number, snapshot, self.user, row.updated_at
        )

    def amend(
        self,
        key: int | str,
        kind: PublicationKind,
        note: str,
        expected_version: int | None = None,
    ) -> Story:
        """Open a correction or an update on a published story: back to editing, with the note
        its next publication will carry. With `expected_version` (the version the user has
        open), a story changed since is a ConflictError, as for a save."""
        if kind not in publishing.AMENDMENTS:
            raise InputError(f"'{kind}' is not a correction or an update.")
        story = self.get_story(key)
        _check_version(story, expected_version)
        note = publishing.check_amend(story, kind, note)
        with self.store.session() as session:
            row = StoryRepository(session).row(story.id)
            publications = PublicationRepository(session)
            publications.fill_snapshots(row.id, snapshots.dump(self._stored_story(session, row)))
            reopened = story.with_changes(status=StoryStatus.EDITING)
            row, _revision = self._save(
                session,
                reopened,
                story.version,
                "status",
                False,
                kind,
                status_reason=f"{str(kind).capitalize()}: {note}",
            )
            publications.open(row.id, kind, note, self.user, row.updated_at)
        return self.get_story(story.id)

    def correct(self, key: int | str, note: str, expected_version: int | None = None) -> Story:
        return self.amend(key, PublicationKind.CORRECTION, note, expected_version)

    def update(self, key: int | str, note: str, expected_version: int | None = None) -> Story:
        return self.amend(key, PublicationKind.UPDATE, note, expected_version)

    def kill(self, key: int | str, reason: str, expected_version: int | None = None) -> Publication:
        """Withdraw a story for good, from any status; its exports become a kill notice."""
        story = self.get_story(key)
        _check_version(story, expected_version)
        reason = publishing.check_kill(story, reason)
        with self.store.session() as session:
            row = StoryRepository(session).row(story.id)
            publications = PublicationRepository(session)
            if story.status is StoryStatus.PUBLISHED:
                snapshot = snapshots.dump(self._stored_story(session, row))
                publications.fill_snapshots(row.id, snapshot)
            killed = story.with_changes(status=StoryStatus.KILLED)
            row, revision = self._save(
                session,
                killed,
                story.version,
                "status",
                False,
                PublicationKind.KILL,
                status_reason=reason,
            )
            number = revision.number if revision else None
            return publications.kill(row.id, number, reason, self.user, row.updated_at)
