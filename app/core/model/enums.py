"""The enumerations the model speaks: workflow states, credit roles, verdicts, sort keys.

Kept apart from the dataclasses so that a reader of the workflow finds every state in one
place, and the store and the GUI can import them without the rest of the model.
"""

from __future__ import annotations

import enum


class StoryStatus(enum.StrEnum):
    """Where a story is in the desk's workflow (in order, then `killed` off to the side)."""

    DRAFT = "draft"
    EDITING = "editing"
    COPY_DESK = "copy_desk"
    READY = "ready"
    PUBLISHED = "published"
    KILLED = "killed"


class CreditRole(enum.StrEnum):
    """Roles a contributor can hold; the credit-line parsers and renderers speak these."""

    BYLINE = "byline"
    REPORTING = "reporting"
    ADDITIONAL_REPORTING = "additional_reporting"
    WRITING = "writing"
    EDITING = "editing"
    EDITED_BY = "edited_by"
    PHOTO = "photo"
    GRAPHICS = "graphics"
    COMPILED_BY = "compiled_by"
    # Visual, data and audio work credited on its own line ("Video by", "Illustration by",
    # "Narrated by"): stored as these strings (credits.role is a plain column, no migration).
    ILLUSTRATION = "illustration"
    VIDEO = "video"
    PRODUCTION = "production"
    DATA = "data"
    DESIGN = "design"
    AUDIO = "audio"
    NARRATION = "narration"
    # "Fact-checking by", "Translated by": magazine and long-form credits.
    FACT_CHECKING = "fact_checking"
    TRANSLATION = "translation"
    # "Interviews by": who did a piece's interviews (a Q&A, an oral history), set beside the
    # writer's or the translator's credit.
    INTERVIEWS = "interviews"


class Verdict(enum.StrEnum):
    """The machine's opinion of a quote after aligning it with the source material."""

    VERBATIM = "verbatim"
    MINOR = "minor"
    ALTERED = "altered"
    NOT_FOUND = "not_found"


class QuoteStatus(enum.StrEnum):
    """A person's opinion of a quote; it wins over the machine's verdict when shown."""

    UNVERIFIED = "unverified"
    VERIFIED = "verified"
    DISPUTED = "disputed"


class SortKey(enum.StrEnum):
    """Columns the story list can sort by; each has an index, so sorting never scans."""

    SLUG = "slug"
    HEADLINE = "headline"
    STATUS = "status"
    DESK = "desk"
    WORDS = "words"
    UPDATED = "updated_at"
    UPDATED_BY = "updated_by"
    OPEN_ITEMS = "open_items"
    ASSIGNEE = "assignee"


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class PublicationKind(enum.StrEnum):
    """What went out: the first text, a corrected or updated text, or a kill notice."""

    PUBLISH = "publish"
    CORRECTION = "correction"
    UPDATE = "update"
    KILL = "kill"
