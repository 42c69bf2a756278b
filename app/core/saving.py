"""A save in two steps: the slow, pure work first, then a short write transaction.

Other workstations wait for a write transaction (SQLite takes its write lock at BEGIN
IMMEDIATE; PostgreSQL holds the story row), so nothing slow happens inside one. A save is:

1. `read_stored` — one consistent read (a snapshot) of the story as stored: the version the
   editor started from must still be there, the publication rules must allow the change, and
   the revision change is encoded against the stored history (`RevisionRepository.plan`).
2. `plan` — pure work on the texts, no database: analysis (quotes, named sources), the
   stored columns with the word count, the archive's name-index change and the MinHash
   bucket change. The result is a `SavePlan`.
3. The write (`Desk._write_save` / `Desk._write_create` in app.core.services) — inside the
   transaction: the publication rules again on the row as stored, the atomic version check
   (`UPDATE ... WHERE version = ?`), then inserts and updates only. A plan made from a text
   that someone has since replaced fails that version check, so it is never written.

Features that add work to a save put the pure part in `plan` and the rows in the write.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.core import publishing
from app.core.model import Credit, PublicationKind, Quote, Source, Story, StoryStatus
from app.core.proofing.names import NameChange, name_change
from app.core.quote_text import normalise_quote
from app.core.store.archive import BucketChange, bucket_change
from app.core.store.people import PeopleRepository
from app.core.store.revisions import RevisionPlan, RevisionRepository, first_revision
from app.core.store.stories import StoryRepository, story_fields, to_story


@dataclass(frozen=True)
class Stored:
    """What a save read of the stored story (step 1)."""

    story: Story
    """The text to save (as the editor sent it)."""
    expected: int
    reason: str
    """The save reason; "autosave" becomes "status" when the status changes."""
    old_body: str
    revision: RevisionPlan
    credits: tuple[Credit, ...] = ()
    """The stored credits the analysis reads (none when the save is not analysed)."""


@dataclass(frozen=True)
class SavePlan:
    """Everything a save writes, worked out before the write transaction (steps 1 and 2)."""

    story: Story
    expected: int
    """The version the plan was made from: the write checks it atomically."""
    reason: str
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


def _analyse(body: str, credits: Sequence[Credit]) -> tuple[tuple[Quote, ...], tuple[Source, ...]]:
    """Quotes and named sources found in the body (the analysis engine, imported on demand)."""
    from app.core.analysis.engine import analyze

    result = analyze(body, credits=credits)
    return tuple(result.quotes), tuple(result.sources)


def _norms(quotes: Sequence[Quote] | None) -> tuple[str, ...]:
    return tuple(normalise_quote(q.text) for q in quotes or ())


def read_stored(
    session,
    story: Story,
    expected: int,
    reason: str,
    analyse: bool,
    via: PublicationKind | None = None,
) -> Stored:
    """Step 1: read the story as stored and check the save may go ahead (fails fast, before
    any slow work: the version first, since a stale copy is the cause of whatever else is
    wrong with it, then the publication rules)."""
    stories = StoryRepository(session)
    before = stories.row(story.id)
    if before.version != expected:
        raise stories.conflict(before, expected, story)
    publishing.check_change(to_story(before), story, via)
    if StoryStatus(before.status) != story.status and reason == "autosave":
        reason = "status"
    revision = RevisionRepository(session).plan(
        before.id, before.body, story.body, story.headline, reason
    )
    credits = tuple(PeopleRepository(session).credits(before.id)) if analyse else ()
    return Stored(story, expected, reason, before.body, revision, credits)


def plan(stored: Stored, analyse: bool) -> SavePlan:
    """Step 2: the pure, slow work on the texts; no database."""
    story = stored.story
    quotes, found = _analyse(story.body, stored.credits) if analyse else (None, ())
    return SavePlan(
        story=story,
        expected=stored.expected,
        reason=stored.reason,
        fields=story_fields(story),
        revision=stored.revision,
        quotes=quotes,
        quote_norms=_norms(quotes),
        found=found,
        names=name_change(stored.old_body, story.body),
        buckets=bucket_change(stored.old_body, story.body),
    )


def plan_create(story: Story, analyse: bool) -> SavePlan:
    """A new story's plan: all pure work (nothing is stored yet to read)."""
    if story.status is StoryStatus.KILLED:
        publishing.check_change(Story(slug=story.slug), story)  # a kill needs its reason
    quotes, found = (None, ())
    if analyse and story.body:
        quotes, found = _analyse(story.body, story.credits)
    return SavePlan(
        story=story,
        expected=0,
        reason="create",
        fields=story_fields(story),
        revision=first_revision(story.headline, story.body),
        quotes=quotes,
        quote_norms=_norms(quotes),
        found=found,
        names=name_change("", story.body),
        buckets=bucket_change(None, story.body),
    )
