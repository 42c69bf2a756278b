"""Use cases of the desk, one transaction each, returning plain model objects.

The GUI and the CLI both call these; neither touches a session or an ORM row.
"""

from __future__ import annotations

import socket
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.core import config, publishing
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
from app.core.proofing.names import index_story_names
from app.core.review import critic
from app.core.review.bodies import Prepared, prepare
from app.core.review.service import ReviewUseCases
from app.core.review.signoff import OpenItems, doubtful_quote, needs_reason
from app.core.store.archive import ArchiveIndexRepository, document_item, story_item
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


def _analyse(body: str, credits: Sequence[Credit]) -> tuple[tuple[Quote, ...], tuple[Source, ...]]:
    """Quotes and named sources found in the body (the analysis engine, imported on demand)."""
    from app.core.analysis.engine import analyze

    result = analyze(body, credits=credits)
    return tuple(result.quotes), tuple(result.sources)


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
    def open(cls, url: str | None = None, user: str | None = None) -> Desk:
        return cls(open_store(url), user)

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
        are kept (new ones credited to this user), comments become comment threads."""
        prepared = prepare(story or Story(), self.user, datetime.now(UTC), 0)
        story = prepared.story
        if story.status is StoryStatus.KILLED:
            publishing.check_change(Story(slug=story.slug), story)  # a kill needs its reason
        with self.store.session() as session:
            row = StoryRepository(session).create(story, self.user)
            revision = RevisionRepository(session).record(
                row.id, story.markup, story.markup, row.headline, self.user, "create"
            )
            index_story_names(session, "", row.body)
            ArchiveIndexRepository(session).replace(story_item(row.id), None, row.body)
            self._store_related(session, row.id, story, analyse)
            self._after_text_change(session, row, prepared)
            EventLog(session).add("created", row.id, self.user, self.session_id, row.version)
            if story.status is StoryStatus.PUBLISHED:
                self._record_publication(session, row, revision)
        return self.get_story(row.id)

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

    def _store_related(self, session, story_id: int, story: Story, analyse: bool) -> None:
        people = PeopleRepository(session)
        if story.credits:
            people.set_credits(story_id, story.credits)
        sources = SourceRepository(session)
        for source in story.sources:
            sources.add(story_id, source)
        if analyse and story.body:
            quotes, found = _analyse(story.body, story.credits or people.credits(story_id))
            QuoteRepository(session).replace_extracted(story_id, quotes)
            sources.merge_analysed(story_id, found)

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
        publication rules forbid (app.core.publishing).
        """
        if reason not in SAVE_REASONS:
            raise InputError(f"Unknown save reason '{reason}'.")
        expected = story.version if expected_version is None else expected_version
        status_reason = (status_reason or "").strip() or None
        with self.store.session() as session:
            row, revision = self._save(
                session, story, expected, reason, analyse, status_reason=status_reason
            )
            saved_id = row.id
        return SaveOutcome(self.get_story(saved_id), revision)

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
        """The save inside a caller's transaction: the body prepared (markup normalised, the
        accepted text derived), the rules (publication, sign-off), row, revision (of the
        markup), comment anchors, the change feed, quotes, publication.

        Every change of a story's text or status (window, `set_status`, review verbs,
        corrections and kills) passes here, so `publishing.check_change` sees them all.
        """
        stories = StoryRepository(session)
        before = stories.row(story.id) if story.id else None
        previous_status = StoryStatus(before.status) if before else None
        old_markup = _markup_of(before) if before else ""
        old_body = before.body if before else ""
        prepared = prepare(story, self.user, datetime.now(UTC),
                           before.last_note_id if before else 0)  # fmt: skip
        story = prepared.story
        if before is not None:
            publishing.check_change(to_story(before), story, via)
            if not status_reason:
                self._check_signoff(session, before, story)
        row = stories.save(story, expected, self.user, status_reason)
        if previous_status is not None and previous_status != story.status:
            reason = "status" if reason == "autosave" else reason
        revision = RevisionRepository(session).record(
            row.id, old_markup, story.markup, row.headline, self.user, reason
        )
        CommentRepository(session).follow_edit(row.id, old_markup, story.markup)
        self._after_text_change(session, row, prepared)
        EventLog(session).add(
            "saved", row.id, self.user, self.session_id, row.version,
            {"status": row.status} if previous_status != story.status else None,
        )
        index_story_names(session, old_body, row.body)
        if row.body != old_body:
            ArchiveIndexRepository(session).replace(story_item(row.id), old_body, row.body)
        if analyse:
            credits = PeopleRepository(session).credits(row.id)
            quotes, found = _analyse(row.body, credits)
            QuoteRepository(session).replace_extracted(row.id, quotes)
            SourceRepository(session).merge_analysed(row.id, found)
        if story.status is StoryStatus.PUBLISHED and previous_status is not StoryStatus.PUBLISHED:
            self._record_publication(session, row, revision)
        return row, revision

    def _check_signoff(self, session, before: StoryRow, story: Story) -> None:
        """Moving to `ready` with suggestions, comments or doubtful quotes open needs a reason."""
        old = StoryStatus(before.status)
        if story.status is not StoryStatus.READY or old is StoryStatus.READY:
            return
        comments = [c for c in CommentRepository(session).list(before.id) if not c.resolved]
        items = OpenItems(
            tuple(critic.suggestions(story.markup)),
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
        published story leaves only by `amend` or `kill`, a kill needs `kill`'s reason)."""
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
        with self.store.session() as session:
            row = StoryRepository(session).row(key)
            if list(PeopleRepository(session).credits(row.id)) != list(credits):
                publishing.check_credits(to_story(row))
            story_id = row.id
            PeopleRepository(session).set_credits(story_id, credits)
        return self.get_story(story_id)

    def add_source(self, key: int | str, source: Source) -> Source:
        with self.store.session() as session:
            story_id = StoryRepository(session).row(key).id
            return SourceRepository(session).add(story_id, source)

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
        with self.store.session() as session:
            story_id = StoryRepository(session).row(key).id
            stored = DocumentRepository(session).add(story_id, document, self.user)
            assert stored.id is not None
            ArchiveIndexRepository(session).replace(document_item(stored.id), None, stored.text)
            return stored

    def delete_story(self, key: int | str) -> bool:
        """Move to the trash (False if it was there); `restore_story` brings it back,
        `purge_stories` removes it."""
        return self._trash(key, True)

    def restore_story(self, key: int | str) -> bool:
        """Bring back from the trash (False if it was not there)."""
        return self._trash(key, False)

    def _trash(self, key: int | str, deleted: bool) -> bool:
        with self.store.session() as session:
            stories = StoryRepository(session)
            row = stories.row(key)
            changed = stories.set_deleted(row.id, deleted, self.user)
            if changed:
                EventLog(session).add("trashed" if deleted else "restored", row.id, self.user,
                                      self.session_id, row.version)  # fmt: skip
            return changed

    def purge_stories(self, keys: Sequence[int | str]) -> int:
        with self.store.session() as session:
            stories = StoryRepository(session)
            archive = ArchiveIndexRepository(session)
            rows = [stories.row(k) for k in keys]
            for row in rows:
                index_story_names(session, row.body, "")
                if row.deleted_at is not None:  # purge refuses the others, with a message
                    archive.remove(story_item(row.id), row.body)
                    for document in DocumentRepository(session).list(row.id):
                        assert document.id is not None
                        archive.remove(document_item(document.id), document.text)
            ids = [row.id for row in rows]
            purged = stories.purge(ids)
            for story_id in ids:
                EventLog(session).add("purged", story_id, self.user, self.session_id)
            return purged
