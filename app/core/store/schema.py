"""SQLAlchemy 2 typed tables. The *Row classes are private to app.core.store.

Alembic migrations create and change these tables; this module must describe the head schema
(tests/core/store/test_migrations.py compares the two).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.core.model import SortKey


class Base(DeclarativeBase):
    pass


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on both backends; SQLite would otherwise hand back naive ones."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class StoryRow(Base):
    __tablename__ = "stories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    headline: Mapped[str] = mapped_column(Text, default="")
    dek: Mapped[str] = mapped_column(Text, default="")
    dateline_place: Mapped[str | None] = mapped_column(String(200))
    dateline_date: Mapped[str | None] = mapped_column(String(100))
    dateline_agency: Mapped[str | None] = mapped_column(String(100))
    desk: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    keywords: Mapped[list] = mapped_column(JSON, default=list)
    language: Mapped[str] = mapped_column(String(20), default="en")
    body: Mapped[str] = mapped_column(Text, default="")
    words: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str | None] = mapped_column(String(200))
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    body_markup: Mapped[str | None] = mapped_column(Text)
    """The body with suggestions as CriticMarkup; NULL when it has none (then it is `body`)."""
    assignee: Mapped[str | None] = mapped_column(String(200))
    open_items: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """Open suggestions plus unresolved comments (the list's count and "Needs attention")."""
    last_note_id: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """Highest suggestion/comment id handed out, so ids are never reused within a story."""

    # The story list sorts live stories by any of these, with the id as tiebreak (0005).
    __table_args__ = (
        *(
            Index(
                f"ix_stories_live_{column}",
                column,
                "id",
                sqlite_where=text("deleted_at IS NULL"),
                postgresql_where=text("deleted_at IS NULL"),
            )
            for column in (key.value for key in SortKey)
        ),
        Index("ix_stories_deleted_at", "deleted_at"),
    )


class RevisionRow(Base):
    """A stored point in history. `body_data` is the text in `body_format` (plain or zlib)."""

    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    headline: Mapped[str | None] = mapped_column(Text)  # NULL: as the next newer revision
    body_format: Mapped[str] = mapped_column(String(20), default="zlib")  # or "delta"
    body_data: Mapped[bytes] = mapped_column(LargeBinary)
    author: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(String(20), default="save")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_revisions_story", "story_id", "number", unique=True),)


class StatusChangeRow(Base):
    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    changed_by: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str | None] = mapped_column(Text)


class PersonRow(Base):
    """The contributor directory, shared by all stories."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    email: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(String(500))


class CreditRow(Base):
    __tablename__ = "credits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    role: Mapped[str] = mapped_column(String(40))
    location: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    organisation: Mapped[str | None] = mapped_column(String(200))


class SourceRow(Base):
    """A story's source. contact/notes (and a confidential name) never leave the workstation."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    contact: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class QuoteRow(Base):
    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    norm_text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str | None] = mapped_column(Text)
    speaker_mention: Mapped[str | None] = mapped_column(Text)
    speaker_by: Mapped[str | None] = mapped_column(String(200))
    """Set when a person chose the speaker by hand; re-analysis then leaves it alone."""
    speaker_reason: Mapped[str | None] = mapped_column(Text)
    """Why the analysis chose the speaker (the rule and the mention it resolved)."""
    cue: Mapped[str | None] = mapped_column(String(100))
    venue: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    status: Mapped[str] = mapped_column(String(20), default="unverified")
    status_by: Mapped[str | None] = mapped_column(String(200))
    status_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status_note: Mapped[str | None] = mapped_column(Text)
    verdict: Mapped[str | None] = mapped_column(String(20))
    verdict_by: Mapped[str | None] = mapped_column(String(200))
    verdict_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    evidence: Mapped[dict | None] = mapped_column(JSON)
    check_detail: Mapped[dict | None] = mapped_column(JSON)
    """The last check's score, word diff, speaker mismatch and reasons, as the CLI prints them."""
    covered: Mapped[bool | None] = mapped_column(Boolean)
    """Does the attached material give the speaker a voice? NULL before any check (0009)."""


class SourceDocumentRow(Base):
    __tablename__ = "source_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    added_by: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ArchiveIndexRow(Base):
    """MinHash/LSH buckets of every story body and attached document (0009): provenance's
    archive candidates are the items sharing a bucket with the copy being checked.

    `item` is a story id, or a source document's id negated; rows are kept in step with the
    text by the services that save stories and attach documents (app/core/store/archive.py).
    """

    __tablename__ = "archive_index"

    bucket: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    item: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)

    __table_args__ = ({"sqlite_with_rowid": False},)


class ExportRecordRow(Base):
    """Who exported what, when, and what they overrode at the publish gate (and why)."""

    __tablename__ = "export_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    format: Mapped[str] = mapped_column(String(20))
    path: Mapped[str] = mapped_column(Text)
    exported_by: Mapped[str] = mapped_column(String(200))
    exported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    story_version: Mapped[int] = mapped_column(Integer)
    override_reason: Mapped[str | None] = mapped_column(Text)
    overridden: Mapped[list] = mapped_column(JSON, default=list)
    publication: Mapped[int | None] = mapped_column(Integer)
    """The publication number this file carries (0011); NULL for a working copy's export."""

    __table_args__ = (Index("ix_export_records_path", "path"),)


class NewsroomWordRow(Base):
    """The newsroom dictionary: words anyone added, shared by every desk (0008)."""

    __tablename__ = "newsroom_words"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    word: Mapped[str] = mapped_column(String(100), unique=True)
    added_by: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)


class StyleRuleRow(Base):
    """A desk chief's edit of a stylebook rule, or a new rule, by id (0008).

    `scope` is "" for the whole newsroom or a desk's name; `fields` holds only what changes.
    """

    __tablename__ = "style_rules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope: Mapped[str] = mapped_column(String(100), default="")
    rule_id: Mapped[str] = mapped_column(String(80))
    fields: Mapped[dict] = mapped_column(JSON, default=dict)
    updated_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_style_rules_scope_rule", "scope", "rule_id", unique=True),)


class DeskSettingsRow(Base):
    """Each desk's stylebook and spelling variant (0008)."""

    __tablename__ = "desk_settings"

    desk: Mapped[str] = mapped_column(String(100), primary_key=True)
    stylebook: Mapped[str | None] = mapped_column(String(80))
    spelling_variant: Mapped[str | None] = mapped_column(String(10))
    updated_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class IgnoredWordRow(Base):
    """A word someone chose to ignore in one story ("Ignore in this story", 0008)."""

    __tablename__ = "story_ignored_words"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    word: Mapped[str] = mapped_column(String(100))
    added_by: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_story_ignored_words", "story_id", "word", unique=True),)


class NameIndexRow(Base):
    """How many stories use each capitalised word as a name (inside a sentence), kept up to
    date on every save: a name in enough stories is a known name for the spelling check (0008)."""

    __tablename__ = "name_index"

    word: Mapped[str] = mapped_column(String(100), primary_key=True)
    stories: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_name_index_stories", "stories"),)


class PublicationRow(Base):
    """A text that went out (publish, correction, update) or a kill, numbered per story.

    A correction or update is opened with its note (`number` NULL) and numbered when the story
    is published again. `snapshot` is the story as published (fields, credits, sources,
    quotes: app.core.store.snapshots), so old publications stay exportable.
    """

    __tablename__ = "publications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    number: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    revision: Mapped[int | None] = mapped_column(Integer)
    snapshot: Mapped[dict | None] = mapped_column(JSON)
    opened_by: Mapped[str | None] = mapped_column(String(200))
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    published_by: Mapped[str | None] = mapped_column(String(200))
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_publications_story", "story_id", "number", unique=True),)


class CommentRow(Base):
    """A comment thread's first message and its anchor (code points into the body markup)."""

    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    """The id people see: unique within the story, shared with suggestion ids."""
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    text: Mapped[str] = mapped_column(Text)
    anchor_start: Mapped[int] = mapped_column(Integer)
    anchor_end: Mapped[int] = mapped_column(Integer)
    anchor_text: Mapped[str] = mapped_column(Text, default="")
    detached: Mapped[bool] = mapped_column(Boolean, default=False)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    resolved_by: Mapped[str | None] = mapped_column(String(200))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_comments_story", "story_id", "number", unique=True),)


class CommentReplyRow(Base):
    __tablename__ = "comment_replies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    comment_id: Mapped[int] = mapped_column(
        ForeignKey("comments.id", ondelete="CASCADE"), index=True
    )
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    text: Mapped[str] = mapped_column(Text)


class StoryEventRow(Base):
    """What changed, for other windows: saves, status, assignment, new, trashed, presence, locks.

    Written in the transaction that made the change; PostgreSQL also NOTIFYs it, SQLite
    windows notice the write through `PRAGMA data_version`. Old rows are pruned.
    """

    __tablename__ = "story_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_id: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    actor: Mapped[str] = mapped_column(String(200))
    session: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    version: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[dict | None] = mapped_column(JSON)


class PresenceRow(Base):
    """One open window: who, on which workstation, which story it shows, last heartbeat."""

    __tablename__ = "presence"

    session_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user: Mapped[str] = mapped_column(String(200))
    host: Mapped[str] = mapped_column(String(200), default="")
    story_id: Mapped[int | None] = mapped_column(
        ForeignKey("stories.id", ondelete="SET NULL"), index=True
    )
    since: Mapped[datetime] = mapped_column(UTCDateTime)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime)


class StoryLockRow(Base):
    """A soft lock: whoever claimed the story; others open it read-only or take it over."""

    __tablename__ = "story_locks"

    story_id: Mapped[int] = mapped_column(
        ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True
    )
    user: Mapped[str] = mapped_column(String(200))
    session_id: Mapped[str] = mapped_column(String(64))
    since: Mapped[datetime] = mapped_column(UTCDateTime)


class LockLogRow(Base):
    """Claims, releases and take-overs (with the reason), kept with the story's history."""

    __tablename__ = "lock_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(20))
    user: Mapped[str] = mapped_column(String(200))
    from_user: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
