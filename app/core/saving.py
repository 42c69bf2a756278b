"""A save in two steps: the slow, pure work first, then a short write transaction.

Other workstations wait for a write transaction (SQLite takes its write lock at BEGIN
IMMEDIATE; PostgreSQL holds the story row), so nothing slow happens inside one. A save is:

1. `read_stored` — one consistent read (a snapshot) of the story as stored: the version the
   editor started from must still be there; the body is prepared (CriticMarkup normalised,
   the accepted text derived: app.core.review.bodies); the publication rules must allow the
   change; the revision change of the markup is encoded against the stored history
   (`RevisionRepository.plan`).
2. `plan` — pure work on the texts, no database: analysis (quotes, named sources), the
   stored columns with the word count, the archive's name-index change, the MinHash bucket
   change, the edit that comment anchors follow, the suggestions a sign-off counts. The
   result is a `SavePlan`.
3. The write (`Desk._write_save` / `Desk._write_create` in app.core.services) — inside the
   transaction: the version the plan was made from (and the note numbering it used), the
   publication and sign-off rules on the row as stored, the atomic version check
   (`UPDATE ... WHERE version = ?`), then inserts and updates only. A plan made from a text
   that someone has since replaced fails that version check, so it is never written.

Features that add work to a save put the pure part in `plan` and the rows in the write.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from app.core import publishing
from app.core.model import Credit, PublicationKind, Quote, Source, Story, StoryStatus
from app.core.proofing.names import NameChange, name_change
from app.core.quote_text import normalise_quote
from app.core.review import critic
from app.core.review.anchors import Remapper
from app.core.review.bodies import Prepared, prepare
from app.core.store.archive import BucketChange, bucket_change
from app.core.store.comments import CommentRepository
from app.core.store.people import PeopleRepository
from app.core.store.revisions import RevisionPlan, RevisionRepository, first_revision
from app.core.store.sources import SourceRepository
from app.core.store.stories import StoryRepository, story_fields, to_story


@dataclass(frozen=True)
class Request:
    """What the caller asked to save (kept so that the write can plan again from it in the
    rare case a comment was numbered in between)."""

    story: Story
    expected: int
    reason: str
    analyse: bool
    author: str
    via: PublicationKind | None = None
    status_reason: str | None = None


@dataclass(frozen=True)
class Stored:
    """What a save read of the stored story (step 1), with the body prepared."""

    request: Request
    prepared: Prepared
    reason: str
    """The save reason; "autosave" becomes "status" when the status changes."""
    previous_status: StoryStatus
    old_body: str
    old_markup: str
    note_base: int
    """The story's last comment/suggestion number when read: new ones are numbered after it."""
    revision: RevisionPlan
    credits: tuple[Credit, ...] = ()
    """The stored credits the analysis reads (none when the save is not analysed)."""
    had_comments: bool = False


@dataclass(frozen=True)
class SavePlan:
    """Everything a save writes, worked out before the write transaction (steps 1 and 2)."""

    request: Request
    story: Story
    """The story to store: `body` the accepted text of the normalised `body_markup`."""
    prepared: Prepared
    reason: str
    note_base: int
    old_markup: str
    fields: dict[str, object]
    """The stored columns (app.core.store.stories.story_fields), the word count included."""
    revision: RevisionPlan
    quotes: tuple[Quote, ...] | None
    """Quotes found by analysis; None when the save is not analysed (the stored stay)."""
    quote_norms: tuple[str, ...]
    """Each quote's text as quotes are matched (`normalise_quote`), worked out here."""
    found: tuple[Source, ...]
    names: NameChange | None
    buckets: BucketChange | None
    anchors: Remapper | None = None
    """The edit comment anchors follow (None: no text change, or no comments when read)."""
    suggestions: tuple | None = None
    """Open suggestions, when the save moves the story to `ready` (the sign-off counts them)."""
    publishing: bool = False
    """The save takes the story to `published` (the export gate is asked first)."""

    @property
    def expected(self) -> int:
        return self.request.expected


def _analyse(body: str, credits: Sequence[Credit]) -> tuple[tuple[Quote, ...], tuple[Source, ...]]:
    """Quotes and named sources found in the body (the analysis engine, imported on demand)."""
    from app.core.analysis.engine import analyze

    result = analyze(body, credits=credits)
    return tuple(result.quotes), tuple(result.sources)


def _norms(quotes: Sequence[Quote] | None) -> tuple[str, ...]:
    return tuple(normalise_quote(q.text) for q in quotes or ())


def publishes(previous: StoryStatus, story: Story) -> bool:
    """Does a save take the story from `previous` to `published`? What follows from it (the
    confidential check, the export gate, a publication recorded) asks this one question, so
    the three cannot disagree on what publishing is."""
    return story.status is StoryStatus.PUBLISHED and previous is not StoryStatus.PUBLISHED


def read_stored(session, request: Request) -> Stored:
    """Step 1: read the story as stored and check the save may go ahead (fails fast, before
    any slow work: the version first, since a stale copy is the cause of whatever else is
    wrong with it, then the publication rules)."""
    story = request.story
    stories = StoryRepository(session)
    before = stories.row(story.id)
    if before.version != request.expected:
        raise stories.conflict(before, request.expected, story)
    note_base = before.last_note_id or 0
    prepared = prepare(story, request.author, datetime.now(UTC), note_base)
    story = prepared.story
    publishing.check_change(to_story(before), story, request.via)
    previous = StoryStatus(before.status)
    if publishes(previous, story):
        publishing.check_confidential(story, SourceRepository(session).list(before.id))
    reason = request.reason
    if previous != story.status and reason == "autosave":
        reason = "status"
    old_markup = before.body if before.body_markup is None else before.body_markup
    revision = RevisionRepository(session).plan(
        before.id, old_markup, story.markup, story.headline, reason
    )
    credits = tuple(PeopleRepository(session).credits(before.id)) if request.analyse else ()
    had_comments = old_markup != story.markup and bool(CommentRepository(session).list(before.id))
    return Stored(request, prepared, reason, previous, before.body, old_markup, note_base,
                  revision, credits, had_comments)  # fmt: skip


def plan(stored: Stored) -> SavePlan:
    """Step 2: the pure, slow work on the texts; no database."""
    request, story = stored.request, stored.prepared.story
    quotes, found = _analyse(story.body, stored.credits) if request.analyse else (None, ())
    to_ready = story.status is StoryStatus.READY and stored.previous_status is not story.status
    return SavePlan(
        request=request,
        story=story,
        prepared=stored.prepared,
        reason=stored.reason,
        note_base=stored.note_base,
        old_markup=stored.old_markup,
        fields=story_fields(story),
        revision=stored.revision,
        quotes=quotes,
        quote_norms=_norms(quotes),
        found=found,
        names=name_change(stored.old_body, story.body),
        buckets=bucket_change(stored.old_body, story.body),
        anchors=Remapper(stored.old_markup, story.markup) if stored.had_comments else None,
        suggestions=tuple(critic.suggestions(story.markup)) if to_ready else None,
        publishing=publishes(stored.previous_status, story),
    )


def plan_create(story: Story, author: str, analyse: bool) -> SavePlan:
    """A new story's plan: all pure work (nothing is stored yet to read)."""
    prepared = prepare(story, author, datetime.now(UTC), 0)
    story = prepared.story
    if story.status is StoryStatus.KILLED:
        publishing.check_change(Story(slug=story.slug), story)  # a kill needs its reason
    if story.status is StoryStatus.PUBLISHED:
        publishing.check_confidential(story, story.sources)
    quotes, found = (None, ())
    if analyse and story.body:
        quotes, found = _analyse(story.body, story.credits)
    return SavePlan(
        request=Request(story, 0, "create", analyse, author),
        story=story,
        prepared=prepared,
        reason="create",
        note_base=0,
        old_markup="",
        fields=story_fields(story),
        revision=first_revision(story.headline, story.markup),
        quotes=quotes,
        quote_norms=_norms(quotes),
        found=found,
        names=name_change("", story.body),
        buckets=bucket_change(None, story.body),
    )
