"""StoryRepository: list, search, get, save (with revision and optimistic version check), trash."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import Row, Select, func, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.errors import ConflictError, NotFoundError, StoreError
from app.core.model import (
    Dateline,
    SortKey,
    StatusChange,
    Story,
    StoryStatus,
    StorySummary,
    count_words,
)
from app.core.namefold import fold
from app.core.store.schema import StatusChangeRow, StoryRow
from app.core.store.search import Filters, search_ids
from app.core.store.snippets import snippets

SLUG_MAX = 60


def slugify(text: str) -> str:
    """A URL- and file-safe slug: ASCII letters, digits and hyphens, at most 60 characters.

    Letters are transliterated as names are folded ("Łódź" -> "lodz", not "odz"), so a slug
    still says what the headline said (and the confidential-name check still sees a name)."""
    folded = fold(text, lookalikes=False)
    ascii_text = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > SLUG_MAX:
        slug = slug[:SLUG_MAX].rsplit("-", 1)[0] or slug[:SLUG_MAX]
    return slug or "story"


SUMMARY_COLUMNS = (
    StoryRow.id,
    StoryRow.slug,
    StoryRow.headline,
    StoryRow.status,
    StoryRow.desk,
    StoryRow.words,
    StoryRow.updated_at,
    StoryRow.updated_by,
    StoryRow.open_items,
    StoryRow.assignee,
)
"""What a story list row needs: never the body."""


def _to_summary(row: Row | StoryRow) -> StorySummary:
    return StorySummary(
        id=row.id,
        slug=row.slug,
        headline=row.headline,
        status=StoryStatus(row.status),
        desk=row.desk,
        words=row.words,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        open_items=row.open_items or 0,
        assignee=row.assignee,
    )


def to_story(row: StoryRow) -> Story:
    dateline = Dateline(row.dateline_place, row.dateline_date, row.dateline_agency)
    return Story(
        id=row.id,
        uid=row.uid,
        slug=row.slug,
        headline=row.headline,
        dek=row.dek,
        dateline=None if dateline.is_empty() else dateline,
        desk=row.desk,
        status=StoryStatus(row.status),
        keywords=tuple(row.keywords or ()),
        language=row.language,
        body=row.body,
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        deleted_at=row.deleted_at,
        body_markup=row.body_markup,
        assignee=row.assignee,
        last_note_id=row.last_note_id or 0,
    )


def story_fields(story: Story) -> dict[str, object]:
    """What a save writes (the word count costs time on long stories: callers work this out
    before their write transaction and pass it in). The assignee, comments and counters have
    their own use cases; the caller (app.core.saving) has made `body` the accepted text of
    `body_markup`."""
    dateline = story.dateline or Dateline()
    return {
        "slug": story.slug,
        "headline": story.headline,
        "dek": story.dek,
        "dateline_place": dateline.place,
        "dateline_date": dateline.date,
        "dateline_agency": dateline.agency,
        "desk": story.desk,
        "status": str(story.status),
        "keywords": list(story.keywords),
        "language": story.language,
        "body": story.body,
        "body_markup": story.body_markup if story.body_markup != story.body else None,
        "words": count_words(story.body),
    }


class StoryRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- reading ---------------------------------------------------------------------------

    def row(self, key: int | str, *, lock: bool = False) -> StoryRow:
        """By id, slug or uid (trash included: restoring needs it).

        `lock` holds the row for this transaction on PostgreSQL (SELECT ... FOR UPDATE), so a
        change computed from what was read cannot race another workstation's; SQLite's write
        transactions are serialised already (BEGIN IMMEDIATE).
        """
        if isinstance(key, int):
            row = self.session.get(StoryRow, key, with_for_update=lock or None)
        else:
            query = select(StoryRow).where((StoryRow.slug == key) | (StoryRow.uid == key))
            if lock:
                query = query.with_for_update()
            row = self.session.scalars(query).first()
        if row is None:
            raise NotFoundError(f"No story '{key}'. 'copydesk list' shows the stories there are.")
        return row

    def get(self, key: int | str) -> Story:
        return to_story(self.row(key))

    def _filtered(
        self,
        select_what: Select,
        status: StoryStatus | None,
        desk: str | None,
        trash: bool,
        attention: bool = False,
    ) -> Select:
        query = select_what.where(
            StoryRow.deleted_at.is_not(None) if trash else StoryRow.deleted_at.is_(None)
        )
        if status is not None:
            query = query.where(StoryRow.status == str(status))
        if desk:
            query = query.where(StoryRow.desk == desk)
        if attention:
            query = query.where(StoryRow.open_items > 0)
        return query

    def count(
        self,
        status: StoryStatus | None = None,
        desk: str | None = None,
        trash: bool = False,
        attention: bool = False,
    ) -> int:
        query = self._filtered(
            select(func.count()).select_from(StoryRow), status, desk, trash, attention
        )
        return self.session.scalar(query) or 0

    def list(
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
        """One page of summaries; only the listed columns are read, never the bodies."""
        column = getattr(StoryRow, SortKey(sort).value)
        order = (column.desc(), StoryRow.id.desc()) if descending else (column, StoryRow.id)
        query = self._filtered(select(*SUMMARY_COLUMNS), status, desk, trash, attention)
        query = query.order_by(*order).offset(offset).limit(limit)
        return [_to_summary(r) for r in self.session.execute(query)]

    def search(
        self,
        query: str,
        limit: int = 200,
        status: StoryStatus | None = None,
        desk: str | None = None,
        trash: bool = False,
        attention: bool = False,
        with_snippets: bool = True,
    ) -> list[StorySummary]:
        """Best match first; the best hits carry a snippet of the body around the match."""
        filters = Filters(str(status) if status else None, desk or None, trash)
        query_text = query
        ids = search_ids(self.session, query, limit=limit, filters=filters)
        if not ids:
            return []
        query = select(*SUMMARY_COLUMNS).where(StoryRow.id.in_(ids))
        if attention:
            query = query.where(StoryRow.open_items > 0)
        rows = {r.id: r for r in self.session.execute(query)}
        found = snippets(self.session, query_text, ids) if with_snippets else {}
        return [replace(_to_summary(rows[i]), snippet=found.get(i)) for i in ids if i in rows]

    def desks(self) -> list[str]:
        """Desks of live stories (the partial index on desk serves this without a scan)."""
        query = select(StoryRow.desk).where(StoryRow.deleted_at.is_(None), StoryRow.desk != "")
        query = query.distinct().order_by(StoryRow.desk)
        return list(self.session.scalars(query))

    def find_identical(self, headline: str, body: str) -> list[str]:
        """Slugs of stories (trash included) that already hold exactly this text."""
        query = select(StoryRow.slug).where(StoryRow.headline == headline)
        query = query.where(StoryRow.words == count_words(body), StoryRow.body == body)
        return list(self.session.scalars(query))

    # -- writing ---------------------------------------------------------------------------

    def _lock_slug(self, base: str) -> None:
        """Serialise workstations choosing a slug from the same base on PostgreSQL (until
        commit), so concurrent imports of one file get -2, -3... instead of failing."""
        if self.session.get_bind().dialect.name == "postgresql":
            self.session.execute(
                text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": "slug:" + base}
            )

    def unique_slug(self, wanted: str, exclude_id: int | None = None) -> str:
        base = slugify(wanted)
        self._lock_slug(base)
        taken_query = select(StoryRow.slug, StoryRow.id).where(
            (StoryRow.slug == base) | StoryRow.slug.like(base + "-%")
        )
        taken = {slug for slug, sid in self.session.execute(taken_query) if sid != exclude_id}
        if base not in taken:
            return base
        n = 2
        while f"{base}-{n}" in taken:
            n += 1
        return f"{base}-{n}"

    def create(
        self, story: Story, author: str, fields: dict[str, object] | None = None
    ) -> StoryRow:
        fields = fields if fields is not None else story_fields(story)
        now = datetime.now(UTC)
        for _attempt in range(5):
            row = StoryRow(
                uid=story.uid,
                created_at=now,
                updated_at=now,
                updated_by=author,
                version=1,
                **{**fields, "slug": self.unique_slug(story.slug or story.headline)},
            )
            try:
                # Another workstation may take the same slug between our look and our insert.
                with self.session.begin_nested():
                    self.session.add(row)
                break
            except IntegrityError:
                clash = self.session.scalar(select(StoryRow.slug).where(StoryRow.uid == story.uid))
                if clash is not None:
                    # Not a slug race: retrying cannot help, and "no free slug" would mislead.
                    raise StoreError(
                        f"A story with the same identity (uid {story.uid}) is already stored "
                        f"as '{clash}'; it was not stored again."
                    ) from None
                continue
        else:
            raise StoreError(
                f"No free slug could be found for '{story.slug or story.headline}' "
                "(other workstations kept taking them); try the import again."
            )
        self.record_status(row.id, None, story.status, author, now)
        return row

    def save(
        self,
        story: Story,
        expected_version: int,
        author: str,
        status_reason: str | None = None,
        fields: dict[str, object] | None = None,
    ) -> StoryRow:
        """Write the working copy only if nobody saved since `expected_version`."""
        if story.id is None:
            raise NotFoundError("This story has not been stored yet.")
        current = self.row(story.id, lock=True)
        if current.version != expected_version:
            raise self.conflict(current, expected_version, story)
        old_status = StoryStatus(current.status)
        values = dict(fields if fields is not None else story_fields(story))
        if values["slug"] != current.slug:
            values["slug"] = self.unique_slug(str(values["slug"]) or story.headline, story.id)
        now = datetime.now(UTC)
        result = self.session.execute(
            update(StoryRow)
            .where(StoryRow.id == story.id, StoryRow.version == expected_version)
            .values(**values, version=StoryRow.version + 1, updated_at=now, updated_by=author)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:
            self.session.expire(current)
            self.session.refresh(current)
            raise self.conflict(current, expected_version, story)
        self.session.refresh(current)
        if old_status != story.status:
            self.record_status(story.id, old_status, story.status, author, now, status_reason)
        return current

    @staticmethod
    def conflict(current: StoryRow, expected_version: int, story: Story | None) -> ConflictError:
        """The conflict a user sees: who saved, when, at what version; their own text kept."""
        return ConflictError(
            slug=current.slug,
            saved_by=current.updated_by,
            saved_at=current.updated_at,
            stored_version=current.version,
            expected_version=expected_version,
            rejected_body=story.body if story else "",
            rejected_headline=story.headline if story else "",
        )

    def record_status(
        self,
        story_id: int,
        old: StoryStatus | None,
        new: StoryStatus,
        author: str,
        when: datetime,
        reason: str | None = None,
    ) -> None:
        self.session.add(
            StatusChangeRow(
                story_id=story_id,
                from_status=str(old) if old else None,
                to_status=str(new),
                changed_by=author,
                changed_at=when,
                reason=reason,
            )
        )

    def set_assignee(self, story_id: int, assignee: str | None) -> bool:
        """False when it already was; the version stays (an open editor has nothing to merge)."""
        row = self.row(story_id)
        if row.assignee == assignee:
            return False
        row.assignee = assignee
        return True

    def status_history(self, story_id: int) -> list[StatusChange]:
        rows = self.session.scalars(
            select(StatusChangeRow)
            .where(StatusChangeRow.story_id == story_id)
            .order_by(StatusChangeRow.id)
        )
        return [
            StatusChange(
                from_status=StoryStatus(r.from_status) if r.from_status else None,
                to_status=StoryStatus(r.to_status),
                changed_by=r.changed_by,
                changed_at=r.changed_at,
                reason=r.reason,
            )
            for r in rows
        ]

    def set_deleted(
        self, story_id: int, deleted: bool, author: str, expected_version: int | None = None
    ) -> bool:
        """Move to or from the trash; False when it already was where asked (nothing changes,
        so an editor with the story open gets no needless conflict).

        The version goes up in the database itself (`version = version + 1` where it is still
        the version read), never as a number computed here: a save that raced the move then
        gets a conflict instead of being overwritten.
        """
        row = self.row(story_id, lock=True)
        if (row.deleted_at is not None) == deleted:
            return False
        read_version = row.version
        if expected_version is not None and read_version != expected_version:
            raise self.conflict(row, expected_version, None)
        result = self.session.execute(
            update(StoryRow)
            .where(StoryRow.id == story_id, StoryRow.version == read_version)
            .values(
                deleted_at=datetime.now(UTC) if deleted else None,
                updated_by=author,
                version=StoryRow.version + 1,
            )
            .execution_options(synchronize_session=False)
        )
        self.session.expire(row)
        if result.rowcount != 1:
            self.session.refresh(row)
            raise self.conflict(row, read_version, None)
        return True

    def purge(self, story_ids: Sequence[int]) -> int:
        """Remove stories for good; only stories already in the trash can go."""
        purged = 0
        for story_id in story_ids:
            row = self.row(story_id)
            if row.deleted_at is None:
                raise NotFoundError(
                    f"Story '{row.slug}' is not in the trash; delete it before purging."
                )
            self.session.delete(row)
            purged += 1
        return purged
