"""What must be settled before a story is signed off: open suggestions, unresolved comments,
quotes the checks found altered or not found (or a person disputed).

Moving a story to `ready` with any of these open asks for a reason, recorded with the status
change; the reason does not release the publish gate, which blocks on them on its own.
A `not_found` quote counts only when material covers its speaker (`covered` not false, as the
gate blocks it): a quote no attached material speaks to is a warning there, and not open here.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.model import Comment, Quote, QuoteStatus, Story, StoryStatus, Verdict
from app.core.review import critic


@dataclass(frozen=True)
class OpenItems:
    suggestions: tuple[critic.Suggestion, ...] = ()
    comments: tuple[Comment, ...] = ()
    quotes: tuple[Quote, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.suggestions or self.comments or self.quotes)

    @property
    def attention(self) -> int:
        """The story list's count: suggestions and comments."""
        return len(self.suggestions) + len(self.comments)

    def lines(self) -> list[str]:
        """One line per open item, as the CLI and the reason dialog list them."""
        out = []
        for s in self.suggestions:
            out.append(f"suggestion {s.id} by {s.author or 'someone'}: {s.describe()}")
        for c in self.comments:
            where = "detached" if c.detached else f"on “{_short(c.anchor_text)}”"
            out.append(f"comment {c.id} by {c.author} {where}: {_short(c.text, 60)}")
        for q in self.quotes:
            if q.status is QuoteStatus.DISPUTED:
                state = "disputed"
            else:
                state = "altered" if q.verdict is Verdict.ALTERED else "not found in the material"
            out.append(f"quote {state}: “{_short(q.text, 60)}”")
        return out


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def doubtful_quote(q: Quote) -> bool:
    if q.status is QuoteStatus.DISPUTED:
        return True
    if q.status is QuoteStatus.VERIFIED:
        return False
    if q.verdict is Verdict.NOT_FOUND:
        return q.covered is not False
    return q.verdict is Verdict.ALTERED


def open_items(story: Story) -> OpenItems:
    return OpenItems(
        tuple(critic.suggestions(story.markup)),
        story.open_comments,
        tuple(q for q in story.quotes if doubtful_quote(q)),
    )


def needs_reason(before: StoryStatus | None, after: StoryStatus, items: OpenItems) -> bool:
    """Moving to `ready` with anything open needs a reason."""
    return after is StoryStatus.READY and before is not StoryStatus.READY and bool(items)
