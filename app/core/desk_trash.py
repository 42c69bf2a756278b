"""The Desk's trash use cases: move a story to the trash, bring it back, purge it for good.

A mixin of `app.core.services.Desk` (kept apart so that module stays readable); a purge also
removes the story's entries from the name index and the archive index.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.core.proofing.names import apply_name_change, name_change
from app.core.store.archive import (
    ArchiveIndexRepository,
    bucket_change,
    document_item,
    story_item,
)
from app.core.store.documents import DocumentRepository
from app.core.store.live import EventLog
from app.core.store.stories import StoryRepository

if TYPE_CHECKING:
    from app.core.store.database import Store


class TrashDesk:
    """Mixed into Desk: these use its store, user and session id."""

    store: Store
    user: str
    session_id: str

    def delete_story(self, key: int | str, expected_version: int | None = None) -> bool:
        """Move to the trash (False if it was there); `restore_story` brings it back,
        `purge_stories` removes it. With `expected_version`, a story saved by someone else
        since is a ConflictError instead."""
        return self._trash(key, True, expected_version)

    def restore_story(self, key: int | str, expected_version: int | None = None) -> bool:
        """Bring back from the trash (False if it was not there)."""
        return self._trash(key, False, expected_version)

    def _trash(self, key: int | str, deleted: bool, expected_version: int | None) -> bool:
        with self.store.session() as session:
            stories = StoryRepository(session)
            row = stories.row(key)
            changed = stories.set_deleted(row.id, deleted, self.user, expected_version)
            if changed:
                EventLog(session).add("trashed" if deleted else "restored", row.id, self.user,
                                      self.session_id, row.version)  # fmt: skip
            return changed

    def purge_stories(self, keys: Sequence[int | str]) -> int:
        """Remove trashed stories for good, with their name-index and archive-index entries.

        The index changes are worked out from a snapshot read first (the MinHash of a long
        story or document takes a while); the write removes the rows, and works a story's
        changes out afresh only if it was saved in between."""
        with self.store.session(write=False, snapshot=True) as session:
            stories = StoryRepository(session)
            read = {}
            for key in keys:
                row = stories.row(key)
                documents = DocumentRepository(session).list(row.id)
                read[row.id] = (row.version, row.body, [(d.id, d.text) for d in documents])
        planned = {
            story_id: (version, name_change(body, ""), bucket_change(body, None),
                       [(d, bucket_change(text, None)) for d, text in documents])
            for story_id, (version, body, documents) in read.items()
        }  # fmt: skip
        with self.store.session() as session:
            stories = StoryRepository(session)
            archive = ArchiveIndexRepository(session)
            rows = [stories.row(story_id, lock=True) for story_id in planned]
            for row in rows:
                version, names, buckets, documents = planned[row.id]
                if row.version != version:  # saved since the read: its text changed
                    names, buckets = name_change(row.body, ""), bucket_change(row.body, None)
                apply_name_change(session, names)
                if row.deleted_at is not None:  # purge refuses the others, with a message
                    archive.apply(story_item(row.id), buckets)
                    changes = dict(documents)  # documents are never edited, only added
                    for document in DocumentRepository(session).list(row.id):
                        assert document.id is not None
                        change = changes.get(document.id) or bucket_change(document.text, None)
                        archive.apply(document_item(document.id), change)
            ids = [row.id for row in rows]
            purged = stories.purge(ids)
            for story_id in ids:
                EventLog(session).add("purged", story_id, self.user, self.session_id)
            return purged
