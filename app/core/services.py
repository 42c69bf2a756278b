"""Use cases of the desk, one transaction each, returning plain model objects.

The GUI and the CLI both call these; neither touches a session or an ORM row. This module
holds the Desk itself and a story's life through its text: create, import, save, status and
restore. The Desk's other use cases are mixins in their own modules (reading, sources and
quotes, trash, review, live, publishing), composed into the Desk class here.
"""

from __future__ import annotations

import socket
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.core import config, publishing, saving
from app.core.desk_publishing import PublishingDesk
from app.core.desk_reading import ReadingDesk, markup_of
from app.core.desk_sources import SourcesDesk
from app.core.desk_trash import TrashDesk
from app.core.errors import InputError, NotFoundError, ReasonRequired
from app.core.live.service import LiveUseCases
from app.core.model import (
    PublicationKind,
    Revision,
    Story,
    StoryDraft,
    StoryStatus,
)
from app.core.proofing.names import apply_name_change
from app.core.review import critic
from app.core.review.bodies import Prepared
from app.core.review.service import ReviewUseCases
from app.core.review.signoff import OpenItems, doubtful_quote, needs_reason
from app.core.saving import SavePlan
from app.core.store.archive import ArchiveIndexRepository, story_item
from app.core.store.comments import CommentRepository
from app.core.store.database import Store, open_store
from app.core.store.info import StoreInfo
from app.core.store.live import EventLog
from app.core.store.people import PeopleRepository
from app.core.store.quotes import QuoteRepository
from app.core.store.revisions import RevisionRepository
from app.core.store.schema import StoryRow
from app.core.store.sources import SourceRepository
from app.core.store.stories import StoryRepository, to_story
from app.core.text.counts import counted

SAVE_REASONS = (
    "autosave",
    "save",
    "close",
    "status",
    "import",
    "restore",
    "create",
    "conflict",
    "suggest",
    "accept",
    "reject",
)


@dataclass(frozen=True)
class ImportOutcome:
    """What `import` did: the stored story, what it removed, and identical stories it found."""

    story: Story
    removed: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    identical_to: tuple[str, ...] = ()


@dataclass(frozen=True)
class SaveOutcome:
    story: Story
    revision: Revision | None = None
    changed: tuple[str, ...] = field(default_factory=tuple)


class Desk(ReadingDesk, SourcesDesk, TrashDesk, ReviewUseCases, LiveUseCases, PublishingDesk):
    """The application's front door to the store for one user.

    Reading stories, lists and history (ReadingDesk), credits, sources, quotes and attached
    documents (SourcesDesk), the trash (TrashDesk), suggestions, comments and assignment
    (ReviewUseCases), the change feed, presence and soft locks (LiveUseCases) and corrections,
    updates and kills (PublishingDesk) are use cases of the same front door, kept in their own
    modules (ReadingDesk comes before ReviewUseCases, whose `get_story` is only a placeholder).
    `session_id` names this window (or command) in the change feed, so a window can tell its
    own saves from everyone else's.
    """

    def __init__(self, store: Store, user: str | None = None) -> None:
        self.store = store
        self.user = user or config.current_user()
        self.session_id = uuid.uuid4().hex
        self.host = socket.gethostname()

    @classmethod
    def open(cls, url: str | None = None, user: str | None = None, *, verify: bool = True) -> Desk:
        return cls(open_store(url, verify=verify), user)

    def close(self) -> None:
        self.store.close()

    @property
    def info(self) -> StoreInfo:
        """The database in use: name, backend, schema versions, read-only."""
        return self.store.info

    # -- writing ---------------------------------------------------------------------------

    def create_story(self, story: Story | None = None, *, analyse: bool = True) -> Story:
        """Store a new story. Its `body_markup`, when given, may hold CriticMarkup: suggestions
        are kept (new ones credited to this user), comments become comment threads.

        The body's preparation, analysis, encoding, word count and index keys are worked out
        first (app.core.saving); the write transaction then only inserts rows, so other
        workstations wait for it briefly, not for the analysis."""
        plan = saving.plan_create(story or Story(), self.user, analyse)
        with self.store.session() as session:
            row, _revision = self._write_create(session, plan)
        return self.get_story(row.id)

    def _write_create(self, session, plan: SavePlan):
        """A new story's rows, inside the caller's write transaction."""
        story = plan.story
        row = StoryRepository(session).create(story, self.user, plan.fields)
        revision = RevisionRepository(session).apply(row.id, plan.revision, self.user, "create")
        if story.credits:
            PeopleRepository(session).set_credits(row.id, story.credits)
        sources = SourceRepository(session)
        for source in story.sources:
            sources.add(row.id, source)
        self._write_derived(session, row.id, plan)
        self._after_text_change(session, row, plan.prepared)
        EventLog(session).add("created", row.id, self.user, self.session_id, row.version)
        if story.status is StoryStatus.PUBLISHED:
            self._record_publication(session, row, revision)
        return row, revision

    def _write_derived(self, session, story_id: int, plan: SavePlan) -> None:
        """What a save's text gives the store besides the row and its revision: the name
        index, the archive index, the quotes and the named sources (all worked out already)."""
        apply_name_change(session, plan.names)
        ArchiveIndexRepository(session).apply(story_item(story_id), plan.buckets)
        if plan.quotes is not None:
            QuoteRepository(session).replace_extracted(story_id, plan.quotes, plan.quote_norms)
            SourceRepository(session).merge_analysed(story_id, plan.found)

    def _after_text_change(self, session, row: StoryRow, prepared: Prepared) -> None:
        """Comments the text held become threads; ids and the open count follow."""
        comments = CommentRepository(session)
        number = prepared.last_note_id
        for found in prepared.comments:
            number += 1
            comments.add(row.id, number, self.user, found.text, found.start, found.end,
                         markup_of(row)[found.start : found.end])  # fmt: skip
        row.last_note_id = max(row.last_note_id or 0, number)
        row.open_items = prepared.open_suggestions + comments.count_open(row.id)

    def import_draft(self, draft: StoryDraft, warnings: Sequence[str] = ()) -> ImportOutcome:
        """Store an importer's draft as a new story; identical text is kept, never overwritten."""
        warnings = list(warnings)
        status = draft.status
        if status is StoryStatus.KILLED:
            status = StoryStatus.DRAFT
            warnings.append(
                "The file says the story is killed; it was imported as a draft (a kill needs "
                "a reason: copydesk kill SLUG --reason TEXT)."
            )
        story = Story(
            headline=draft.headline,
            body=draft.body,
            body_markup=draft.body,  # CriticMarkup in imported copy becomes suggestions
            dek=draft.dek,
            slug=draft.slug,
            dateline=draft.dateline,
            desk=draft.desk,
            status=status,
            keywords=draft.keywords,
            language=draft.language,
            credits=draft.credits,
            sources=draft.sources,
        )
        with self.store.session(write=False) as session:
            identical = StoryRepository(session).find_identical(
                draft.headline, critic.accepted_text(draft.body)
            )
        publish = status is StoryStatus.PUBLISHED
        stored = self.create_story(
            story.with_changes(status=StoryStatus.READY) if publish else story
        )
        if publish:
            # Publishing passes the export gate, from a file too (it went out without it).
            stored, refused = self._publish_imported(stored)
            warnings += refused
        return ImportOutcome(stored, draft.removed, tuple(warnings), tuple(identical))

    def _publish_imported(self, stored: Story) -> tuple[Story, list[str]]:
        """An imported story whose file says `published`: published if the export gate lets
        it, else left `ready` with the gate's refusal as the import's warnings."""
        from app.core.errors import BlockedError
        from app.core.findings import line

        try:
            return self.set_status(stored.id, StoryStatus.PUBLISHED), []
        except BlockedError as exc:
            how = (f" (copydesk status {stored.slug} published --override-reason TEXT)"
                   if exc.overridable else "")  # fmt: skip
            return self.get_story(stored.id), [
                f"The file says the story is published; it was imported as ready: {exc}{how}",
                *(line(f) for f in exc.findings),
            ]

    def import_file(self, path: Path) -> ImportOutcome:
        from app.core.importing import read_file

        result = read_file(Path(path))
        return self.import_draft(result.draft, getattr(result, "warnings", ()))

    def import_text(self, text: str, name: str | None = None) -> ImportOutcome:
        from app.core.importing import read_text

        result = read_text(text, name)
        return self.import_draft(result.draft, getattr(result, "warnings", ()))

    def save_story(
        self,
        story: Story,
        expected_version: int | None = None,
        reason: str = "save",
        *,
        analyse: bool = True,
        status_reason: str | None = None,
        override_reason: str | None = None,
    ) -> SaveOutcome:
        """Save the working copy; a revision is recorded unless coalesced into a recent one.

        Raises ConflictError (carrying this text) if someone saved since `expected_version`,
        ReasonRequired when the story moves to `ready` with things open and no
        `status_reason` (app.core.review.signoff), and PublicationError for what the
        publication rules forbid (app.core.publishing). The slow part is worked out from a
        consistent read of the stored story first (`_prepare_save`); the short write
        transaction (`_write_save`) then writes it only if the story is still at that
        version, in one atomic version check. A save that publishes the story first passes
        the export gate (app.core.exporting.service.check_publication: BlockedError;
        `override_reason` releases what a reason may, recorded with the status change even
        when nothing blocked; given for any other status it is refused: InputError).
        """
        if reason not in SAVE_REASONS:
            raise InputError(f"Unknown save reason '{reason}'.")
        if story.id is None:
            raise NotFoundError("This story has not been stored yet.")
        expected = story.version if expected_version is None else expected_version
        status_reason = (status_reason or "").strip() or None
        request = saving.Request(story, expected, reason, analyse, self.user,
                                 status_reason=status_reason)  # fmt: skip
        if (override_reason or "").strip() and story.status is not StoryStatus.PUBLISHED:
            # Dropped silently, a caller would tell its user a reason was recorded.
            raise InputError(
                "An override reason releases the export gate, which only a publish asks; "
                "give the reason for this move as its status reason."
            )
        plan = self._prepare_save(request)
        if plan.publishing:
            plan = self._pass_gate(plan, override_reason)
        with self.store.session() as session:
            row, revision = self._write_save(session, plan)
            saved_id = row.id
        return SaveOutcome(self.get_story(saved_id), revision)

    def _pass_gate(self, plan: SavePlan, override_reason: str | None) -> SavePlan:
        """The export gate on the text being published (outside any transaction: analysis
        and proofing are slow); an override's reason and what it released go into the
        status change's reason, which the history and the audit report show."""
        from app.core.exporting.service import check_publication

        overridden = check_publication(self, plan.story, override_reason)
        reason = (override_reason or "").strip()
        if overridden:
            note = f"Gate overridden ({reason}): " + "; ".join(overridden)
        elif reason:  # given, though nothing needed it: kept, since the user was told so
            note = f"Override reason (the gate blocked nothing): {reason}"
        else:
            return plan
        given = plan.request.status_reason
        request = replace(plan.request, status_reason=f"{given} {note}" if given else note)
        return replace(plan, request=request)

    def _prepare_save(self, request: saving.Request) -> SavePlan:
        """Before the write: a snapshot read of the stored story, then the pure work on the
        texts with no transaction open (app.core.saving)."""
        with self.store.session(write=False, snapshot=True) as session:
            stored = saving.read_stored(session, request)
        return saving.plan(stored)

    def _write_save(self, session, plan: SavePlan):
        """The write, inside the caller's transaction: the version the plan was made from, the
        publication and sign-off rules on the row as stored, the row with its atomic version
        check, the revision (of the markup), comment anchors, the change feed, the indexes,
        quotes and sources, and a publication when the story reaches `published`.

        Every change of a story's text or status (window, `set_status`, review verbs,
        corrections and kills) passes here, so `publishing.check_change` sees them all."""
        request = plan.request
        stories = StoryRepository(session)
        before = stories.row(request.story.id, lock=True)
        if before.version != request.expected:  # checked again, atomically, by the UPDATE
            raise stories.conflict(before, request.expected, request.story)
        if (before.last_note_id or 0) != plan.note_base:
            # A comment was numbered since the plan (comments do not change the version): plan
            # again here, so that new suggestions and comments are numbered after it.
            plan = saving.plan(saving.read_stored(session, request))
        story = plan.story
        publishing.check_change(to_story(before), story, request.via)
        if not request.status_reason:
            self._check_signoff(session, before, story, plan.suggestions)
        previous_status = StoryStatus(before.status)
        row = stories.save(story, request.expected, self.user, request.status_reason, plan.fields)
        revision = RevisionRepository(session).apply(row.id, plan.revision, self.user, plan.reason)
        if plan.old_markup != story.markup:
            CommentRepository(session).follow_edit(row.id, plan.old_markup, story.markup,
                                                   plan.anchors)  # fmt: skip
        self._after_text_change(session, row, plan.prepared)
        EventLog(session).add(
            "saved", row.id, self.user, self.session_id, row.version,
            {"status": row.status} if previous_status != story.status else None,
        )  # fmt: skip
        self._write_derived(session, row.id, plan)
        if saving.publishes(previous_status, story):
            self._record_publication(session, row, revision)
        return row, revision

    def _save(
        self,
        session,
        story: Story,
        expected: int,
        reason: str,
        analyse: bool,
        via: PublicationKind | None = None,
        status_reason: str | None = None,
    ):
        """A save inside a caller's write transaction (amend, kill: a status change of the
        same text, so the planning is quick): read, plan and write in that transaction."""
        request = saving.Request(story, expected, reason, analyse, self.user, via,
                                 (status_reason or "").strip() or None)  # fmt: skip
        return self._write_save(session, saving.plan(saving.read_stored(session, request)))

    def _check_signoff(
        self, session, before: StoryRow, story: Story, suggestions: tuple | None = None
    ) -> None:
        """Moving to `ready` with suggestions, comments or doubtful quotes open needs a reason
        (`suggestions`: the story's open ones, when the plan found them already)."""
        old = StoryStatus(before.status)
        if story.status is not StoryStatus.READY or old is StoryStatus.READY:
            return
        comments = [c for c in CommentRepository(session).list(before.id) if not c.resolved]
        items = OpenItems(
            suggestions if suggestions is not None else tuple(critic.suggestions(story.markup)),
            tuple(comments),
            tuple(q for q in QuoteRepository(session).list(before.id) if doubtful_quote(q)),
        )
        if needs_reason(old, story.status, items):
            raise ReasonRequired(
                f"'{before.slug}' has {counted(len(items.lines()), 'open item')}; moving it to "
                "ready needs a reason (recorded with the status change).",
                items.lines(),
            )

    def set_status(
        self,
        key: int | str,
        status: StoryStatus,
        reason: str | None = None,
        *,
        override_reason: str | None = None,
    ) -> Story:
        """Move a story along the desk; who and (when given or needed) why are recorded.

        Publishing records a publication; app.core.publishing says which moves are allowed (a
        published story leaves only by `amend` or `kill`, a kill needs `kill`'s reason). The
        text is analysed again like any save's (a publication's snapshot keeps its quotes),
        before the write transaction, so the change holds no lock while it runs. Publishing
        passes the export gate first (`override_reason`: as for an export)."""
        story = self.get_story(key)
        return self.save_story(
            story.with_changes(status=status),
            reason="status",
            status_reason=reason,
            override_reason=override_reason,
        ).story

    def restore_revision(self, key: int | str, number: int) -> SaveOutcome:
        """Bring an old text back as a new revision on top; nothing in the history is lost."""
        story = self.get_story(key)
        old = self.revision(key, number)
        restored = story.with_changes(
            headline=old.headline, body=critic.accepted_text(old.body), body_markup=old.body
        )
        return self.save_story(restored, story.version, reason="restore")
