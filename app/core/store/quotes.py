"""Stored quotes: what analysis found, plus the verdicts and statuses people and checks gave them.

Re-analysis after an edit yields fresh Quote objects; they are matched to the stored ones by
normalised text so that verdicts and a person's status survive edits elsewhere in the story,
while a quote whose own words changed starts again as unverified with no verdict.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import Table, delete, select
from sqlalchemy.orm import Session

from app.core.model import CHOSEN_BY, Evidence, Quote, QuoteStatus, Verdict
from app.core.quote_text import normalise_quote
from app.core.store.schema import QuoteRow


def _to_model(row: QuoteRow) -> Quote:
    evidence = Evidence(**row.evidence) if row.evidence else None
    return Quote(
        text=row.text,
        start=row.start,
        end=row.end,
        speaker=row.speaker,
        speaker_mention=row.speaker_mention,
        speaker_reason=row.speaker_reason,
        speaker_by=row.speaker_by,
        cue=row.cue,
        venue=row.venue,
        confidence=row.confidence,
        status=QuoteStatus(row.status),
        status_by=row.status_by,
        status_at=row.status_at,
        status_note=row.status_note,
        verdict=Verdict(row.verdict) if row.verdict else None,
        verdict_by=row.verdict_by,
        verdict_at=row.verdict_at,
        evidence=evidence,
        check_detail=row.check_detail,
        covered=row.covered,
        id=row.id,
    )


_NEW_COLUMNS = ("story_id", "text", "norm_text", "start", "end", "speaker", "speaker_mention",
                "speaker_reason", "cue", "venue", "confidence", "status")  # fmt: skip
"""The columns a new quote row is inserted with (every other one starts empty)."""


def _insert_many(
    session: Session, table: Table, columns: Sequence[str], rows: list[tuple[object, ...]]
) -> None:
    """One executemany straight through the driver, for rows of plain values (text, numbers,
    None: nothing a column type must convert). For tens of thousands of quotes SQLAlchemy's
    per-row parameter handling cost more than the insert itself, inside the write lock (the
    ORM's bulk path ran a statement per row)."""
    if not rows:
        return
    connection = session.connection()
    quote = connection.dialect.identifier_preparer.quote
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join(mark for _ in columns)})"
    )
    connection.exec_driver_sql(sql, rows)


class QuoteRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _rows(self, story_id: int) -> list[QuoteRow]:
        query = select(QuoteRow).where(QuoteRow.story_id == story_id).order_by(QuoteRow.start)
        return list(self.session.scalars(query))

    def list(self, story_id: int) -> tuple[Quote, ...]:
        return tuple(_to_model(r) for r in self._rows(story_id))

    def replace_extracted(
        self,
        story_id: int,
        extracted: Sequence[Quote],
        norms: Sequence[str] | None = None,
    ) -> None:
        """Store a fresh extraction, carrying over verdicts and statuses of unchanged quotes.

        Linear in the number of quotes: new ones are inserted in bulk and nothing is flushed
        per quote (a flush per quote made a story of thousands of quotes take minutes).
        `norms`, each quote's `normalise_quote` text, may be worked out before the write
        transaction (`app.core.saving`).
        """
        if norms is None:
            norms = [normalise_quote(q.text) for q in extracted]
        stored: dict[str, list[QuoteRow]] = {}
        for row in self._rows(story_id):
            stored.setdefault(row.norm_text, []).append(row)
        new_rows: list[tuple[object, ...]] = []
        unverified = str(QuoteStatus.UNVERIFIED)
        for quote, norm in zip(extracted, norms, strict=True):
            candidates = stored.get(norm)
            if not candidates:
                new_rows.append((story_id, quote.text, norm, quote.start, quote.end, quote.speaker,
                                 quote.speaker_mention, quote.speaker_reason, quote.cue,
                                 quote.venue, quote.confidence, unverified))  # fmt: skip
                continue
            row = candidates.pop(0)
            row.text, row.norm_text, row.start, row.end = quote.text, norm, quote.start, quote.end
            row.speaker_mention, row.cue, row.venue = quote.speaker_mention, quote.cue, quote.venue
            # A person's choice of speaker outlives re-analysis (with its certainty); otherwise
            # take the fresh reading.
            if row.speaker_by is None:
                row.speaker = quote.speaker
                row.speaker_reason = quote.speaker_reason
                row.confidence = quote.confidence
        gone = [row.id for rows in stored.values() for row in rows]
        for at in range(0, len(gone), 500):  # SQLite limits the parameters of one statement
            chunk = gone[at : at + 500]
            self.session.execute(
                delete(QuoteRow)
                .where(QuoteRow.id.in_(chunk))
                .execution_options(synchronize_session=False)
            )
        for rows in stored.values():
            for row in rows:
                self.session.expunge(row)
        self.session.flush()
        _insert_many(self.session, QuoteRow.__table__, _NEW_COLUMNS, new_rows)

    def set_status(
        self, quote_id: int, status: QuoteStatus, author: str, note: str | None = None
    ) -> Quote:
        row = self.session.get(QuoteRow, quote_id)
        if row is None:
            raise LookupError(quote_id)
        row.status, row.status_by = str(status), author
        row.status_at, row.status_note = datetime.now(UTC), note
        return _to_model(row)

    def set_speaker(
        self, quote_id: int, speaker: str, author: str, source_id: int | None = None
    ) -> Quote:
        row = self.session.get(QuoteRow, quote_id)
        if row is None:
            raise LookupError(quote_id)
        row.speaker, row.source_id, row.speaker_by = speaker, source_id, author
        row.speaker_reason = f"{CHOSEN_BY}{author}"
        row.confidence = 1.0  # a person's choice: the sidebar no longer asks to check it
        return _to_model(row)

    def set_verdict(
        self,
        quote_id: int,
        verdict: Verdict | None,
        evidence: Evidence | None,
        author: str,
        detail: dict | None = None,
        covered: bool | None = None,
    ) -> Quote:
        row = self.session.get(QuoteRow, quote_id)
        if row is None:
            raise LookupError(quote_id)
        row.covered = covered if verdict else None
        row.verdict = str(verdict) if verdict else None
        row.evidence = evidence.to_json() if evidence else None
        row.check_detail = detail
        row.verdict_by, row.verdict_at = author, datetime.now(UTC)
        return _to_model(row)
