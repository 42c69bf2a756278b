"""The plain objects the whole application speaks: stories, credits, sources, quotes.

They are frozen dataclasses so that the GUI, the CLI and the exporters can pass them around
without ever touching a database session; the store converts its rows to these and back.
"""

from __future__ import annotations

import enum
import re
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime


class StoryStatus(enum.StrEnum):
    """Where a story is in the desk's workflow (in order, then `killed` off to the side)."""

    DRAFT = "draft"
    EDITING = "editing"
    COPY_DESK = "copy_desk"
    READY = "ready"
    PUBLISHED = "published"
    KILLED = "killed"


class CreditRole(enum.StrEnum):
    """Roles a contributor can hold; the credit-line parsers and renderers speak these."""

    BYLINE = "byline"
    REPORTING = "reporting"
    ADDITIONAL_REPORTING = "additional_reporting"
    WRITING = "writing"
    EDITING = "editing"
    EDITED_BY = "edited_by"
    PHOTO = "photo"
    GRAPHICS = "graphics"
    COMPILED_BY = "compiled_by"


class Verdict(enum.StrEnum):
    """The machine's opinion of a quote after aligning it with the source material."""

    VERBATIM = "verbatim"
    MINOR = "minor"
    ALTERED = "altered"
    NOT_FOUND = "not_found"


class QuoteStatus(enum.StrEnum):
    """A person's opinion of a quote; it wins over the machine's verdict when shown."""

    UNVERIFIED = "unverified"
    VERIFIED = "verified"
    DISPUTED = "disputed"


class SortKey(enum.StrEnum):
    """Columns the story list can sort by; each has an index, so sorting never scans."""

    SLUG = "slug"
    HEADLINE = "headline"
    STATUS = "status"
    DESK = "desk"
    WORDS = "words"
    UPDATED = "updated_at"
    UPDATED_BY = "updated_by"
    OPEN_ITEMS = "open_items"
    ASSIGNEE = "assignee"


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Dateline:
    """"WASHINGTON, Nov 17 (Reuters) -" split into its parts; any part may be missing."""

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


@dataclass(frozen=True, slots=True)
class Person:
    """An entry in the contributor directory."""

    name: str
    email: str | None = None
    url: str | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Credit:
    """One contributor's part in a story, in credit-line order."""

    role: CreditRole
    name: str
    location: str | None = None
    email: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {
            "role": str(self.role),
            "name": self.name,
            "location": self.location,
            "email": self.email,
        }


@dataclass(frozen=True, slots=True)
class Source:
    """Someone or something that informs a story.

    `contact` and `notes` are private: they never leave the workstation (no export, no search
    index, no CLI output without an explicit flag). A confidential source's name is private too.
    """

    name: str
    title: str | None = None
    description: str | None = None
    anonymous: bool = False
    confidential: bool = False
    contact: str | None = None
    notes: str | None = None
    id: int | None = None

    def to_json(self, private: bool = False) -> dict[str, object]:
        data: dict[str, object] = {
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "anonymous": self.anonymous,
            "confidential": self.confidential,
        }
        if private:
            data["contact"] = self.contact
            data["notes"] = self.notes
        return data


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where in the attached material a quote was found."""

    document: str
    start: int
    end: int
    passage: str
    timestamp: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "document": self.document,
            "start": self.start,
            "end": self.end,
            "passage": self.passage,
            "timestamp": self.timestamp,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote in a story's body; offsets are code points into the stored Markdown."""

    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_reason: str | None = None
    """Why this speaker: the rule that chose it and the mention it resolved, in words an editor
    reads ("he → Ana Lopez: last named person before the quote, gender agrees")."""
    cue: str | None = None
    venue: str | None = None
    confidence: float = 0.0
    status: QuoteStatus = QuoteStatus.UNVERIFIED
    status_by: str | None = None
    status_at: datetime | None = None
    status_note: str | None = None
    verdict: Verdict | None = None
    verdict_by: str | None = None
    verdict_at: datetime | None = None
    evidence: Evidence | None = None
    check_detail: dict | None = None
    """The last check's score, diff, speaker_mismatch, source_speaker and reasons."""
    covered: bool | None = None
    """Whether the attached material gives the speaker a voice (None before any check)."""
    id: int | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention,
            "speaker_reason": self.speaker_reason,
            "cue": self.cue,
            "venue": self.venue,
            "start": self.start,
            "end": self.end,
            "status": str(self.status),
            "verdict": str(self.verdict) if self.verdict else None,
            "covered": self.covered,
        }


@dataclass(frozen=True, slots=True)
class Finding:
    """What a check reports: something a person should look at, maybe fix."""

    severity: Severity
    code: str
    message: str
    start: int | None = None
    end: int | None = None
    paragraph: int | None = None
    """1-based paragraph of the body at `start`, and the words around the span: filled in by
    app.core.findings.locate for reports a person reads."""
    context: str | None = None
    rule: str | None = None
    """The stylebook rule's id for a house-style finding ("spelling", "unknown_name" for those)."""
    suggestion: str | None = None
    """The one-click fix: text to put in place of [start, end)."""

    def to_json(self) -> dict[str, object]:
        return {
            "severity": str(self.severity),
            "code": self.code,
            "rule": self.rule,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "suggestion": self.suggestion,
            "paragraph": self.paragraph,
            "context": self.context,
        }


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """Material attached to a story to check quotes against."""

    title: str
    kind: str
    text: str
    added_by: str | None = None
    added_at: datetime | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class CommentReply:
    author: str
    at: datetime
    text: str

    def to_json(self) -> dict[str, object]:
        return {"author": self.author, "at": self.at.isoformat(), "text": self.text}


@dataclass(frozen=True, slots=True)
class Comment:
    """A question pinned to a range of the body (code points into `Story.markup`).

    A detached comment's text was deleted: `start == end` is where it stood, and
    `anchor_text` what it said then.
    """

    id: int
    author: str
    at: datetime
    text: str
    start: int
    end: int
    anchor_text: str = ""
    detached: bool = False
    resolved: bool = False
    resolved_by: str | None = None
    resolved_at: datetime | None = None
    replies: tuple[CommentReply, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "anchor": {"start": self.start, "end": self.end, "text": self.anchor_text},
            "detached": self.detached,
            "author": self.author,
            "at": self.at.isoformat(),
            "text": self.text,
            "resolved": self.resolved,
            "replies": [r.to_json() for r in self.replies],
        }


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
            "quotes": [q.to_json() for q in view.quotes],
            "sources": [s.to_json(private=private) for s in view.sources],
            "comments": [c.to_json() for c in self.comments],
            "suggestions": [s.to_json() for s in suggestions(self.markup)],
        }


@dataclass(frozen=True, slots=True)
class StorySummary:
    """One row of the story list: enough to show and sort, never the body."""

    id: int
    slug: str
    headline: str
    status: StoryStatus
    desk: str
    words: int
    updated_at: datetime
    updated_by: str | None
    open_items: int = 0
    """Open suggestions and unresolved comments: what needs attention before sign-off."""
    assignee: str | None = None
    snippet: Snippet | None = None
    """For a search hit: a few words of the body around the match."""

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "slug": self.slug,
            "headline": self.headline,
            "status": str(self.status),
            "desk": self.desk,
            "words": self.words,
            "updated_at": self.updated_at.isoformat(),
            "assignee": self.assignee,
            "open_items": self.open_items,
        }
        if self.snippet is not None:
            data["snippet"] = self.snippet.text()
            data["snippet_hits"] = [list(span) for span in self.snippet.hits()]
        return data


@dataclass(frozen=True, slots=True)
class Snippet:
    """A few words around a search hit, as pieces of text each marked as a hit or not.

    Kept as plain pieces (never as markup) so every reader decides how to show a hit: the
    window escapes the text and emboldens hits, a terminal uses bold, JSON gives offsets.
    """

    parts: tuple[tuple[str, bool], ...] = ()

    def text(self) -> str:
        return "".join(piece for piece, _hit in self.parts)

    def hits(self) -> list[tuple[int, int]]:
        """Code-point [start, end) of each hit in `text()`."""
        spans, at = [], 0
        for piece, hit in self.parts:
            if hit:
                spans.append((at, at + len(piece)))
            at += len(piece)
        return spans

    def marked(self, before: str, after: str) -> str:
        return "".join(f"{before}{piece}{after}" if hit else piece for piece, hit in self.parts)

    def html(self, before: str = "<b>", after: str = "</b>") -> str:
        """Escaped text with hits between `before` and `after` (which are trusted markup)."""
        from html import escape

        return "".join(
            f"{before}{escape(piece)}{after}" if hit else escape(piece)
            for piece, hit in self.parts
        )


@dataclass(frozen=True, slots=True)
class Revision:
    """One point in a story's history; `body` is always the full text, however it is stored."""

    number: int
    headline: str
    body: str
    author: str
    created_at: datetime
    reason: str = "save"
    id: int | None = None

    @property
    def size(self) -> int:
        return len(self.body)


@dataclass(frozen=True, slots=True)
class StatusChange:
    from_status: StoryStatus | None
    to_status: StoryStatus
    changed_by: str
    changed_at: datetime
    reason: str | None = None
    """Why it moved although something was open (moving to `ready`); None when nothing was."""


class PublicationKind(enum.StrEnum):
    """What went out: the first text, a corrected or updated text, or a kill notice."""

    PUBLISH = "publish"
    CORRECTION = "correction"
    UPDATE = "update"
    KILL = "kill"


@dataclass(frozen=True, slots=True)
class Publication:
    """One text a story sent out (or its kill), numbered from 1 in the order they went out.

    A correction or update is opened with its note while the story is published; it has no
    `number`, `revision` or `published_*` until the story is published again.
    """

    kind: PublicationKind
    number: int | None = None
    revision: int | None = None
    note: str | None = None
    published_by: str | None = None
    published_at: datetime | None = None
    opened_by: str | None = None
    opened_at: datetime | None = None
    id: int | None = None

    @property
    def is_out(self) -> bool:
        """Has it gone out (a numbered publication), or is it a correction still being made?"""
        return self.number is not None

    def to_json(self) -> dict[str, object]:
        """`history --json`'s publication entry (README): who published it and when."""
        return {
            "number": self.number,
            "revision": self.revision,
            "kind": str(self.kind),
            "note": self.note,
            "by": self.published_by,
            "at": self.published_at.isoformat() if self.published_at else None,
            "opened_by": self.opened_by,
            "opened_at": self.opened_at.isoformat() if self.opened_at else None,
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


_WORD_RE = re.compile(r"(?<!\S)\S*?[^\W_]\S*")
"""A run of non-space characters holding a letter or digit ([^\\W_] is str.isalnum)."""


def count_words(text: str) -> int:
    """Words as an editor counts them: runs of non-space characters with a letter or digit.

    One regular-expression pass (a 2 MB story in some 50 ms; a Python loop took 2 s, inside
    the save's write transaction)."""
    return sum(1 for _ in _WORD_RE.finditer(text))
