"""The story itself: as the desk stores it (Story) and as an importer reads it (StoryDraft).

A Story gathers the other model types (credits, sources, quotes, comments); its `to_json` is
the `show --json` contract.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime

from app.core.model.comments import Comment
from app.core.model.enums import StoryStatus
from app.core.model.people import Credit, Source
from app.core.model.quotes import Quote
from app.core.model.words import count_words

HEADLINE_LIMIT = 110
"""Search engines and schema.org cut headlines longer than this: the gate warns past it, the
headline field counts up to it, and an importer will not take a longer first sentence for one."""


@dataclass(frozen=True, slots=True)
class Dateline:
    """ "WASHINGTON, Nov 17 (Reuters) -" split into its parts; any part may be missing."""

    place: str | None = None
    date: str | None = None
    agency: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {"place": self.place, "date": self.date, "agency": self.agency}

    @classmethod
    def from_json(cls, data: dict | None) -> Dateline | None:
        if not data:
            return None
        return cls(place=data.get("place"), date=data.get("date"), agency=data.get("agency"))

    def is_empty(self) -> bool:
        return not (self.place or self.date or self.agency)


def new_story_uid() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class Story:
    """A story as the desk sees it. `version` is the optimistic-locking counter."""

    headline: str = ""
    body: str = ""
    slug: str = ""
    dek: str = ""
    dateline: Dateline | None = None
    desk: str = ""
    status: StoryStatus = StoryStatus.DRAFT
    keywords: tuple[str, ...] = ()
    language: str = "en"
    version: int = 0
    uid: str = field(default_factory=new_story_uid)
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    updated_by: str | None = None
    deleted_at: datetime | None = None
    credits: tuple[Credit, ...] = ()
    sources: tuple[Source, ...] = ()
    quotes: tuple[Quote, ...] = ()
    body_markup: str | None = None
    """The body with its suggestions as CriticMarkup (app.core.review.critic); None when it has
    none. `body` is always this text with every suggestion accepted."""
    assignee: str | None = None
    comments: tuple[Comment, ...] = ()
    last_note_id: int = 0
    """The highest suggestion or comment id the story has handed out (ids are never reused)."""

    def with_changes(self, **changes: object) -> Story:
        return replace(self, **changes)

    @property
    def markup(self) -> str:
        """The stored form of the body: with suggestions, or the body itself."""
        return self.body if self.body_markup is None else self.body_markup

    @property
    def open_comments(self) -> tuple[Comment, ...]:
        return tuple(c for c in self.comments if not c.resolved)

    @property
    def word_count(self) -> int:
        return count_words(self.body)

    def to_json(self, private: bool = False) -> dict[str, object]:
        """The `show --json` contract documented in README.md.

        Without `private`, the story as the exporters see it (app.core.confidential's public
        view): no confidential source, and no quote speaker that names one.
        """
        # (imported here: the analysis package builds on this model package)
        from app.core.analysis.speaker_confidence import mark_json
        from app.core.confidential import public_view  # it builds on this module
        from app.core.review.critic import suggestions

        view = self if private else public_view(self)
        return {
            "id": self.uid,
            "slug": self.slug,
            "headline": self.headline,
            "dek": self.dek,
            "dateline": self.dateline.to_json() if self.dateline else None,
            "desk": self.desk,
            "status": str(self.status),
            "keywords": list(self.keywords),
            "language": self.language,
            "version": self.version,
            "body": self.body,
            "body_markup": self.markup,
            "assignee": self.assignee,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "updated_at": self.updated_at.isoformat() if self.updated_at else None,
            "credits": [c.to_json() for c in self.credits],
            # The speaker mark as `analyze --json` gives it, read from the stored figure.
            "quotes": [q.to_json() | mark_json(q) for q in view.quotes],
            "sources": [s.to_json(private=private) for s in view.sources],
            "comments": [c.to_json() for c in self.comments],
            "suggestions": [s.to_json() for s in suggestions(self.markup)],
        }


@dataclass(frozen=True, slots=True)
class StoryDraft:
    """What an importer makes of raw copy, before it is stored."""

    headline: str = ""
    body: str = ""
    dek: str = ""
    slug: str = ""
    dateline: Dateline | None = None
    desk: str = ""
    status: StoryStatus = StoryStatus.DRAFT
    keywords: tuple[str, ...] = ()
    language: str = "en"
    subheads: tuple[str, ...] = ()
    credits: tuple[Credit, ...] = ()
    sources: tuple[Source, ...] = ()
    sign_off: str | None = None
    contact_emails: tuple[str, ...] = ()
    desk_tag: str | None = None
    removed: tuple[str, ...] = ()
    """Boilerplate the importer dropped, listed so the editor can see and undo it."""
