"""Is a quote's speaker covered by the attached material at all?

A quote can only be checked against material in which its speaker speaks: a transcript label,
a quoted passage attributed to them in an article, a statement they issued. A quote by someone
the material never gives a voice to is *uncovered*: `not_found` then says nothing about the
quote, so the gate warns ("no material attached for this speaker") instead of blocking.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.verification.sourcetext import SourceText
from app.core.verification.speakers import named_speaker, speaker_agrees


def document_speakers(document: SourceText) -> tuple[str, ...]:
    """Everyone the document gives a voice to: labels, attributed speakers, the issuer."""
    speakers = list(document.speakers)
    if document.issuer and document.issuer not in speakers:
        speakers.append(document.issuer)
    return tuple(speakers)


def is_covered(speaker: str | None, documents: Sequence[SourceText]) -> bool | None:
    """True when the speaker (name or alias) speaks somewhere in the documents, or the quote
    names no speaker and there is material; False when not; None when nothing is attached."""
    if not documents:
        return None
    name = named_speaker(speaker)
    if name is None:
        return True
    return any(
        speaker_agrees(name, label)
        for document in documents
        for label in document_speakers(document)
    )
