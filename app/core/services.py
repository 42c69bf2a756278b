"""Use cases of the desk, one transaction each, returning plain model objects.

The GUI and the CLI both call these; neither touches a session or an ORM row.
"""

from __future__ import annotations

import socket
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from app.core import config, publishing, saving
from app.core.desk_publishing import PublishingDesk
from app.core.errors import InputError, NotFoundError, ReasonRequired
from app.core.live.service import LiveUseCases
from app.core.model import (
    Credit,
    Evidence,
    Person,
    PublicationKind,
    Quote,
    QuoteStatus,
    Revision,
    SortKey,
    Source,
    SourceDocument,
    StatusChange,
    Story,
    StoryDraft,
    StoryStatus,
    StorySummary,
    Verdict,
)
from app.core.proofing.names import apply_name_change, name_change
from app.core.review import critic
from app.core.review.bodies import Prepared
from app.core.review.service import ReviewUseCases
from app.core.review.signoff import OpenItems, doubtful_quote, needs_reason
from app.core.saving import SavePlan
from app.core.store.archive import (
    ArchiveIndexRepository,
    bucket_change,
    document_item,
    story_item,
)
from app.core.store.comments import CommentRepository
from app.core.store.database import Store, open_store
from app.core.store.documents import DocumentRepository
from app.core.store.exports import ExportRecord, ExportRepository
from app.core.store.info import StoreInfo
from app.core.store.live import EventLog
from app.core.store.people import PeopleRepository
from app.core.store.quotes import QuoteRepository
from app.core.store.revisions import RevisionRepository
from app.core.store.schema import StoryRow
from app.core.store.sources import SourceRepository
from app.core.store.stories import StoryRepository, to_story

if TYPE_CHECKING:
    from app.core.verification import QuoteCheck

SAVE_REASONS = (
    "autosave", "save", "close", "status", "import", "restore", "create", "conflict",
    "suggest", "accept", "reject",
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


def _detail(check: QuoteCheck) -> dict:
    data = check.to_json()
    return {
        "score": data["score"],
        "diff": data["diff"],
        "speaker_mismatch": data["speaker_mismatch"],
        "source_speaker": data["source_speaker"],
        "reasons": list(check.reasons),
    }


def _markup_of(row: StoryRow) -> str:
    return row.body if row.body_markup is None else row.body_markup


class Desk(ReviewUseCases, LiveUseCases, PublishingDesk):
    """The application's front door to the store for one user.

    Suggestions, comments and assignment (ReviewUseCases), the change feed, presence and
    soft locks (LiveUseCases) and corrections, updates and kills (PublishingDesk) are use cases
    of the same front door, kept in their own modules. `session_id` names this window (or
    command) in the change feed, so a window can tell its own saves from everyone else's.
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

    # -- reading ---------------------------------------------------------------------------

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
            return RevisionRepository(session).list(row.id, _markup_of(row))

    def revision(self, key: int | str, number: int) -> Revision:
        """Revisions hold the body markup: a restored revision brings its suggestions back."""
        with self.store.session(write=False) as session:
            row = StoryRepository(session).row(key)
            return RevisionRepository(session).get(row.id, number, _markup_of(row))

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
                         _markup_of(row)[found.start : found.end])  # fmt: skip
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
        stored = self.create_story(story)
        return ImportOutcome(stored, draft.removed, tuple(warnings), tuple(identical))

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
    ) -> SaveOutcome:
        """Save the working copy; a revision is recorded unless coalesced into a recent one.

        Raises ConflictError (carrying this text) if someone saved since `expected_version`,
        ReasonRequired when the story moves to `ready` with things open and no
        `status_reason` (app.core.review.signoff), and PublicationError for what the
        publication rules forbid (app.core.publishing). The slow part is worked out from a
        consistent read of the stored story first (`_prepare_save`); the short write
        transaction (`_write_save`) then writes it only if the story is still at that
        version, in one atomic version check.
        """
        if reason not in SAVE_REASONS:
            raise InputError(f"Unknown save reason '{reason}'.")
        if story.id is None:
            raise NotFoundError("This story has not been stored yet.")
        expected = story.version if expected_version is None else expected_version
        status_reason = (status_reason or "").strip() or None
        request = saving.Request(story, expected, reason, analyse, self.user,
                                 status_reason=status_reason)  # fmt: skip
        plan = self._prepare_save(request)
        with self.store.session() as session:
            row, revision = self._write_save(session, plan)
            saved_id = row.id
        return SaveOutcome(self.get_story(saved_id), revision)

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
        if story.status is StoryStatus.PUBLISHED and previous_status is not StoryStatus.PUBLISHED:
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
                f"'{before.slug}' has {len(items.lines())} open item(s); moving it to ready "
                "needs a reason (recorded with the status change).",
                items.lines(),
            )

    def set_status(
        self, key: int | str, status: StoryStatus, reason: str | None = None
    ) -> Story:
        """Move a story along the desk; who and (when given or needed) why are recorded.

        Publishing records a publication; app.core.publishing says which moves are allowed (a
        published story leaves only by `amend` or `kill`, a kill needs `kill`'s reason). The
        text is analysed again like any save's (a publication's snapshot keeps its quotes),
        before the write transaction, so the change holds no lock while it runs."""
        story = self.get_story(key)
        return self.save_story(
            story.with_changes(status=status), reason="status", status_reason=reason
        ).story

    def restore_revision(self, key: int | str, number: int) -> SaveOutcome:
        """Bring an old text back as a new revision on top; nothing in the history is lost."""
        story = self.get_story(key)
        old = self.revision(key, number)
        restored = story.with_changes(
            headline=old.headline, body=critic.accepted_text(old.body), body_markup=old.body
        )
        return self.save_story(restored, story.version, reason="restore")

    def set_credits(self, key: int | str, credits: Sequence[Credit]) -> Story:
        """Replace the credits (they are not part of the story's version: the credits panel
        stores each change at once and must not race the editor's autosave). The story row is
        locked meanwhile, so two workstations replacing credits at once never mix their lists."""
        with self.store.session() as session:
            row = StoryRepository(session).row(key, lock=True)
            if list(PeopleRepository(session).credits(row.id)) != list(credits):
                publishing.check_credits(to_story(row))
            story_id = row.id
            PeopleRepository(session).set_credits(story_id, credits)
        return self.get_story(story_id)

    def add_source(self, key: int | str, source: Source) -> Source:
        with self.store.session() as session:
            story_id = StoryRepository(session).row(key).id
            return SourceRepository(session).add(story_id, source)

    def put_source(
        self, key: int | str, name: str, fields: dict[str, object]
    ) -> tuple[Source, bool]:
        """Add the source `name` to a story, or update the one it already has by that name
        (compared ignoring case); fields given as None are left as they are. Returns the
        source and whether it is new."""
        given = {k: v for k, v in fields.items() if v is not None}
        with self.store.session() as session:
            story_id = StoryRepository(session).row(key, lock=True).id
            sources = SourceRepository(session)
            for existing in sources.list(story_id):
                if existing.name.casefold() == name.casefold():
                    return sources.update(replace(existing, **given)), False
            return sources.add(story_id, Source(name=name, **given)), True

    def update_source(self, source: Source) -> Source:
        with self.store.session() as session:
            return SourceRepository(session).update(source)

    def set_quote_status(
        self, quote_id: int, status: QuoteStatus, note: str | None = None
    ) -> Quote:
        with self.store.session() as session:
            try:
                return QuoteRepository(session).set_status(quote_id, status, self.user, note)
            except LookupError:
                raise NotFoundError("That quote is no longer in the story.") from None

    def set_quote_speaker(self, quote_id: int, speaker: str, source_id: int | None = None) -> Quote:
        with self.store.session() as session:
            try:
                return QuoteRepository(session).set_speaker(
                    quote_id, speaker, self.user, source_id
                )
            except LookupError:
                raise NotFoundError("That quote is no longer in the story.") from None

    def set_quote_verdict(
        self,
        quote_id: int,
        verdict: Verdict | None,
        evidence: Evidence | None = None,
        detail: dict | None = None,
        covered: bool | None = None,
    ) -> Quote:
        """Store the machine's verdict with who ran the check and when."""
        with self.store.session() as session:
            try:
                return QuoteRepository(session).set_verdict(
                    quote_id, verdict, evidence, self.user, detail, covered
                )
            except LookupError:
                raise NotFoundError("That quote is no longer in the story.") from None

    def verify_story(
        self,
        key: int | str,
        files: Sequence[Path] = (),
        progress: Callable[[int, int], None] | None = None,
    ) -> list[tuple[Quote, QuoteCheck]]:
        """Attach `files`, check every quote against all the story's material, store verdicts."""
        from app.core.verification import build_index, load_document, parse_document, verify_quotes

        loaded = [load_document(Path(f), title=Path(f).name, added_by=self.user) for f in files]
        for document in loaded:
            self.attach_document(key, document)
        documents = self.documents(key)
        if not documents:
            raise InputError(
                "No source material is attached to this story: attach a transcript, the "
                "original wire copy or notes first (e.g. `copydesk verify SLUG --against FILE`)."
            )
        story = self.get_story(key)
        index = build_index([parse_document(d) for d in documents])
        checks = verify_quotes(story.quotes, index, progress=progress, story_text=story.body)
        with self.store.session() as session:
            quotes = QuoteRepository(session)
            stored = [
                quotes.set_verdict(
                    quote.id, check.verdict, check.evidence, self.user, _detail(check),
                    check.covered,
                )
                for quote, check in zip(story.quotes, checks, strict=True)
            ]
        return list(zip(stored, checks, strict=True))

    def attach_document(self, key: int | str, document: SourceDocument) -> SourceDocument:
        """Store a source document with its archive-index buckets (worked out first: a long
        transcript's signature takes a while, and the write transaction must stay short)."""
        buckets = bucket_change(None, document.text)
        with self.store.session() as session:
            story_id = StoryRepository(session).row(key).id
            stored = DocumentRepository(session).add(story_id, document, self.user)
            assert stored.id is not None
            ArchiveIndexRepository(session).apply(document_item(stored.id), buckets)
            return stored

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
