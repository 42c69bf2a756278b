"""The plain objects the whole application speaks: stories, credits, sources, quotes.

They are frozen dataclasses so that the GUI, the CLI and the exporters can pass them around
without ever touching a database session; the store converts its rows to these and back.
Each kind lives in its own module (enums, people, quotes, findings, comments, story, listing,
history, words); this package re-exports them all, so `from app.core.model import X` is the
one way the rest of the application names them.
"""

from app.core.model.comments import Comment, CommentReply
from app.core.model.enums import (
    CreditRole,
    PublicationKind,
    QuoteStatus,
    Severity,
    SortKey,
    StoryStatus,
    Verdict,
)
from app.core.model.findings import Finding
from app.core.model.history import Publication, Revision, StatusChange
from app.core.model.listing import Snippet, StorySummary
from app.core.model.people import Credit, Person, Source
from app.core.model.quotes import CHOSEN_BY, Evidence, Quote, SourceDocument
from app.core.model.story import HEADLINE_LIMIT, Dateline, Story, StoryDraft, new_story_uid
from app.core.model.words import count_words

__all__ = [
    "CHOSEN_BY",
    "HEADLINE_LIMIT",
    "Comment",
    "CommentReply",
    "Credit",
    "CreditRole",
    "Dateline",
    "Evidence",
    "Finding",
    "Person",
    "Publication",
    "PublicationKind",
    "Quote",
    "QuoteStatus",
    "Revision",
    "Severity",
    "Snippet",
    "SortKey",
    "Source",
    "SourceDocument",
    "StatusChange",
    "Story",
    "StoryDraft",
    "StoryStatus",
    "StorySummary",
    "Verdict",
    "count_words",
    "new_story_uid",
]
