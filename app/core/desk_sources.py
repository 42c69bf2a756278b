"""The Desk's use cases for what a story rests on: credits, sources, quotes, documents.

A mixin of `app.core.services.Desk` (kept apart so that module stays about the story's text):
the credits panel, the source and quote sidebar, `verify` and `attach` call these.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from app.core import publishing
from app.core.errors import InputError, NotFoundError
from app.core.model import (
    Credit,
    Evidence,
    Quote,
    QuoteStatus,
    Source,
    SourceDocument,
    Story,
    Verdict,
)
from app.core.store.archive import ArchiveIndexRepository, bucket_change, document_item
from app.core.store.documents import DocumentRepository
from app.core.store.people import PeopleRepository
from app.core.store.quotes import QuoteRepository
from app.core.store.sources import SourceRepository
from app.core.store.stories import StoryRepository, to_story

if TYPE_CHECKING:
    from app.core.store.database import Store
    from app.core.verification import QuoteCheck


def _detail(check: QuoteCheck) -> dict:
    data = check.to_json()
    return {
        "score": data["score"],
        "diff": data["diff"],
        "speaker_mismatch": data["speaker_mismatch"],
        "source_speaker": data["source_speaker"],
        "reasons": list(check.reasons),
    }


class SourcesDesk:
    """Mixed into Desk: these use its store, user, `get_story` and `documents`."""

    store: Store
    user: str

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
                return QuoteRepository(session).set_speaker(quote_id, speaker, self.user, source_id)
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
                    quote.id,
                    check.verdict,
                    check.evidence,
                    self.user,
                    _detail(check),
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
