"""The Desk's reading use cases: a story, the story list and search, history, directory.

A mixin of `app.core.services.Desk` (kept apart so that module stays about changing stories);
each method is one read-only transaction returning plain model objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.core.model import (
    Person,
    Revision,
    SortKey,
    SourceDocument,
    StatusChange,
    Story,
    StoryStatus,
    StorySummary,
)
from app.core.store.comments import CommentRepository
from app.core.store.documents import DocumentRepository
from app.core.store.exports import ExportRecord, ExportRepository
from app.core.store.people import PeopleRepository
from app.core.store.quotes import QuoteRepository
from app.core.store.revisions import RevisionRepository
from app.core.store.sources import SourceRepository
from app.core.store.stories import StoryRepository

if TYPE_CHECKING:
    from app.core.store.database import Store
    from app.core.store.schema import StoryRow


def markup_of(row: StoryRow) -> str:
    """The stored form of a row's body: its markup with suggestions, or the body itself."""
    return row.body if row.body_markup is None else row.body_markup


class ReadingDesk:
    """Mixed into Desk: these use its store only."""

    store: Store

    def get_story(self, key: int | str) -> Story:
        """The story with its credits, sources and quotes (sources' private fields included:
        `app.core.confidential.public_view` is what may leave the workstation)."""
        with self.store.session(write=False) as session:
            story = StoryRepository(session).get(key)
            assert story.id is not None
            story = story.with_changes(
                credits=PeopleRepository(session).credits(story.id),
                sources=SourceRepository(session).list(story.id),
                quotes=QuoteRepository(session).list(story.id),
                comments=tuple(CommentRepository(session).list(story.id)),
            )
        return story

    def list_stories(
        self,
        status: StoryStatus | None = None,
        desk: str | None = None,
        sort: SortKey = SortKey.UPDATED,
        descending: bool = True,
        offset: int = 0,
        limit: int = 100,
        trash: bool = False,
        attention: bool = False,
    ) -> list[StorySummary]:
        """`attention`: only stories with open suggestions or comments ("Needs attention")."""
        with self.store.session(write=False) as session:
            return StoryRepository(session).list(
                status, desk, sort, descending, offset, limit, trash, attention
            )

    def count_stories(
        self,
        status: StoryStatus | None = None,
        desk: str | None = None,
        trash: bool = False,
        attention: bool = False,
    ) -> int:
        with self.store.session(write=False) as session:
            return StoryRepository(session).count(status, desk, trash, attention)

    def search(
        self,
        query: str,
        limit: int = 200,
        status: StoryStatus | None = None,
        desk: str | None = None,
        trash: bool = False,
        attention: bool = False,
        snippets: bool = True,
    ) -> list[StorySummary]:
        """Best match first, with the story list's filters applied inside the search; the
        best hits carry a snippet of the body around the match unless `snippets` is False."""
        with self.store.session(write=False) as session:
            return StoryRepository(session).search(
                query, limit, status, desk, trash, attention, with_snippets=snippets
            )

    def desks(self) -> list[str]:
        with self.store.session(write=False) as session:
            return StoryRepository(session).desks()

    def revisions(self, key: int | str) -> list[Revision]:
        with self.store.session(write=False) as session:
            row = StoryRepository(session).row(key)
            return RevisionRepository(session).list(row.id, markup_of(row))

    def revision(self, key: int | str, number: int) -> Revision:
        """Revisions hold the body markup: a restored revision brings its suggestions back."""
        with self.store.session(write=False) as session:
            row = StoryRepository(session).row(key)
            return RevisionRepository(session).get(row.id, number, markup_of(row))

    def status_history(self, key: int | str) -> list[StatusChange]:
        with self.store.session(write=False) as session:
            story_id = StoryRepository(session).row(key).id
            return StoryRepository(session).status_history(story_id)

    def exports(self, key: int | str) -> list[ExportRecord]:
        """Every export of the story, oldest first: format, file, who, when, what was overridden."""
        with self.store.session(write=False) as session:
            story_id = StoryRepository(session).row(key).id
            return ExportRepository(session).list(story_id)

    def directory(self, prefix: str = "") -> list[Person]:
        with self.store.session(write=False) as session:
            return PeopleRepository(session).directory(prefix)

    def people(self, names: Sequence[str]) -> list[Person]:
        """Directory entries for these names (those that exist)."""
        with self.store.session(write=False) as session:
            return PeopleRepository(session).by_names(names)

    def documents(self, key: int | str) -> list[SourceDocument]:
        with self.store.session(write=False) as session:
            story_id = StoryRepository(session).row(key).id
            return DocumentRepository(session).list(story_id)
