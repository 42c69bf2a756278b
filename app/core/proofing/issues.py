"""What a proofing check reports about one paragraph, in that paragraph's plain offsets."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.model import Severity

SPELLING = "spelling"
STYLE = "style"
UNKNOWN_NAME = "unknown_name"
VARIANT_RULE = "spelling-variant"
"""The style rule for a British spelling on an en-US desk (and back)."""
PROOFING_CODES = frozenset({SPELLING, STYLE, UNKNOWN_NAME})


@dataclass(frozen=True, slots=True)
class Issue:
    """A misspelling, a name nobody knows, or a house-style rule broken.

    `rule` is the stylebook rule's id for style ("spelling" / "unknown_name" otherwise), so a
    desk can raise or lower any of them by id; `suggestion` is the one-click fix, if any.
    """

    start: int
    end: int
    code: str
    rule: str
    severity: Severity
    message: str
    suggestion: str | None = None
    word: str = ""

    def shifted(self, by: int) -> Issue:
        return Issue(self.start + by, self.end + by, self.code, self.rule, self.severity,
                     self.message, self.suggestion, self.word)  # fmt: skip
