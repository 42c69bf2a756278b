"""Stored quotes: what analysis found, plus the verdicts and statuses people and checks gave them.

Re-analysis after an edit yields fresh Quote objects; they are matched to the stored ones by
normalised text so that verdicts and a person's status survive edits elsewhere in the story,
while a quote whose own words changed starts again as unverified with no verdict.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app.core.model import Evidence, Quote, QuoteStatus, Verdict
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


class QuoteRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _rows(self, story_id: int) -> list[QuoteRow]:
        query = select(QuoteRow).where(QuoteRow.story_id == story_id).order_by(QuoteRow.start)
        return list(self.session.scalars(query))

    def list(self, story_id: int) -> tuple[Quote, ...]:
        return tuple(_to_model(r) for r in self._rows(story_id))

    def replace_extracted(self, story_id: int, extracted: Sequence[Quote]) -> None:
        """Store a fresh extraction, carrying over verdicts and statuses of unchanged quotes.

        Linear in the number of quotes: new ones are inserted in bulk and nothing is flushed
        per quote (a flush per quote made a story of thousands of quotes take minutes).
        """
        stored: dict[str, list[QuoteRow]] = {}
        for row in self._rows(story_id):
            stored.setdefault(row.norm_text, []).append(row)
        new_rows: list[dict[str, object]] = []
        for quote in extracted:
            norm = normalise_quote(quote.text)
            candidates = stored.get(norm)
            row = candidates.pop(0) if candidates else None
            fields = {
                "text": quote.text,
                "norm_text": norm,
                "start": quote.start,
                "end": quote.end,
                "speaker_mention": quote.speaker_mention,
                "cue": quote.cue,
                "venue": quote.venue,
                "confidence": quote.confidence,
            }
            if row is None:
                new_rows.append({**fields, "story_id": story_id, "speaker": quote.speaker,
                                 "speaker_reason": quote.speaker_reason,
                                 "status": str(QuoteStatus.UNVERIFIED)})  # fmt: skip
                continue
            for name, value in fields.items():
                setattr(row, name, value)
            # A person's choice of speaker outlives re-analysis; otherwise take the fresh one.
            if row.speaker_by is None:
                row.speaker = quote.speaker
                row.speaker_reason = quote.speaker_reason
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
        if new_rows:  # one executemany through Core (the ORM's bulk path ran a statement per pair)
            self.session.execute(insert(QuoteRow.__table__), new_rows)

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
        row.speaker_reason = f"chosen by {author}"
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
