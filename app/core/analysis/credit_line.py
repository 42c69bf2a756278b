"""`CreditLine`: what reading one credit line gave (shared by the credit readers)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.model import Credit

__all__ = ["CreditLine", "reads_as_prose"]

MAX_FAILED_WORDS = 8
"""A part that failed is reported (and the line kept as a credit line) only when this short:
anything longer is prose that happens to start like a credit ("Reporting by the newspaper
showed...")."""


def reads_as_prose(failed: list[str] | tuple[str, ...]) -> bool:
    """Is any unread part too long to be a credit's: the line is prose, not a credit line?"""
    return any(len(part.split()) > MAX_FAILED_WORDS for part in failed)


@dataclass(frozen=True, slots=True)
class CreditLine:
    """What one credit line gave: the credits read, and the parts that could not be read.

    A part that fails never loses the rest of the line; it is kept here so the caller can
    report it ("Could not read: ...").
    """

    credits: list[Credit] = field(default_factory=list)
    failed: tuple[str, ...] = ()
    # The caption before a picture credit run on at its end ("... on May 3. REUTERS/Ana Lima"):
    # the story's text, so the line is no credit line and the importer keeps it in the body.
    caption: str = ""

    @property
    def stands_alone(self) -> bool:
        """Whether the importer takes the line out of the body as a credit line: it credits
        someone, or names no one and reports its part ("By Staff": asking only whether anything
        was credited left it in the story's words, its part unreported). A caption with its
        picture's credit at the end is the story's text. The assembler and the wire reader's
        re-joining of hard-wrapped lines both ask this, so they agree on every line."""
        return bool(self.credits or self.failed) and not self.caption
