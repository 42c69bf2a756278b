"""What a check reports on a story's text: a Finding a person should look at, maybe fix.

app.core.findings places them in the text; the checks (proofing, house style) make them.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.model.enums import Severity


@dataclass(frozen=True, slots=True)
class Finding:
    """What a check reports: something a person should look at, maybe fix."""

    severity: Severity
    code: str
    message: str
    start: int | None = None
    end: int | None = None
    paragraph: int | None = None
    """1-based paragraph of the body at `start`, and the words around the span: filled in by
    app.core.findings.locate for reports a person reads."""
    context: str | None = None
    rule: str | None = None
    """The stylebook rule's id for a house-style finding ("spelling", "unknown_name" for those)."""
    suggestion: str | None = None
    """The one-click fix: text to put in place of [start, end)."""

    def to_json(self) -> dict[str, object]:
        return {
            "severity": str(self.severity),
            "code": self.code,
            "rule": self.rule,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "suggestion": self.suggestion,
            "paragraph": self.paragraph,
            "context": self.context,
        }
