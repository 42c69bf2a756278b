"""Quotes and what they are checked against: the quote, its evidence, the attached material.

The verifier (app.core.verification) fills `Quote.verdict` and `Quote.evidence`; a person's
`Quote.status` wins over them when shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.core.fastinit import fast_init
from app.core.model.enums import QuoteStatus, Verdict


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


CHOSEN_BY = "chosen by "
"""How `speaker_reason` begins when a person set the speaker (then "chosen by <who>"); who it
was is `Quote.speaker_by`, the reason's words are for reading."""


@fast_init  # built for every quote of every analysis (app.core.analysis.speaker_confidence)
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
    speaker_by: str | None = None
    """Who set the speaker by hand (the store's record of it); None when the rules chose it."""
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

    @property
    def person_chose(self) -> bool:
        """A person set this speaker: no machine reading of it stands above theirs.

        Read from `speaker_by`, which the store keeps apart from the reason's words (those can
        be rewritten). A quote built without it (from JSON, a test, or by code that predates
        the field) falls back to the reason's "chosen by " prefix, the only sign it carried.
        """
        if self.speaker_by is not None:
            return True
        return (self.speaker_reason or "").startswith(CHOSEN_BY)

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
class SourceDocument:
    """Material attached to a story to check quotes against."""

    title: str
    kind: str
    text: str
    added_by: str | None = None
    added_at: datetime | None = None
    id: int | None = None
