"""What every importer returns: the story draft plus a report of what it dropped and doubted."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.model import StoryDraft


@dataclass(frozen=True, slots=True)
class ImportResult:
    """A `StoryDraft` and the report the editor sees before storing it.

    `removed` lives on the draft (so the store can keep it with the story); it is mirrored here
    so callers can show "what was dropped" without knowing the draft's fields.
    """

    draft: StoryDraft
    kind: str
    """Which reader made it: "wire", "markdown", "html", "docx" or "ninjs"."""
    name: str | None = None
    encoding: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def removed(self) -> tuple[str, ...]:
        """Boilerplate lines the importer dropped, so the editor can see and undo it."""
        return self.draft.removed

    def to_json(self) -> dict[str, object]:
        draft = self.draft
        return {
            "kind": self.kind,
            "name": self.name,
            "encoding": self.encoding,
            "headline": draft.headline,
            "dek": draft.dek,
            "dateline": draft.dateline.to_json() if draft.dateline else None,
            "credits": [credit.to_json() for credit in draft.credits],
            "subheads": list(draft.subheads),
            "sign_off": draft.sign_off,
            "contact_emails": list(draft.contact_emails),
            "desk_tag": draft.desk_tag,
            "removed": list(draft.removed),
            "warnings": list(self.warnings),
        }
