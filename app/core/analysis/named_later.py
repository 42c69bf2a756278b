"""A speaker described by role in one place and named in another: "China's envoy to Chile said
..." and, further down, "China's envoy to Chile Wen Lo has said": the quote is Wen Lo's.

Copy often opens on a role ("the club's new manager said") and gives the name a paragraph or
two later, in apposition with the same role. The reading pass resolves mentions in text order,
so it can only keep such a speaker as written; this pass, run once per analysis, looks for the
same role phrase later standing right next to a person's name and gives the quote that name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core import model
from app.core.analysis.mentions import MentionKind, find_mentions

# How many uses of one role to look at: a role repeated all through a long text is no one's.
_MOST_USES = 20
_DETERMINER_RE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# What may stand between the role and the name: where the role serves ("to Britain", "of the
# Trust"), then nothing, a comma, or "named".
_JOIN_RE = re.compile(
    r"(?:\s+(?:to|of|for|at|in)(?:\s+the)?(?:\s+[A-Z][\w'’-]*){1,3})?,?\s+(?:named\s+)?"
)


def name_described_speakers(text: str, quotes: list[model.Quote]) -> list[model.Quote]:
    """`quotes` with each described-only speaker replaced by the name the role is given later."""
    found: dict[str, tuple[str, int] | None] = {}
    out: list[model.Quote] = []
    for q in quotes:
        role = _role(q)
        if role is None:
            out.append(q)
            continue
        if role not in found:
            found[role] = _named(text, role)
        hit = found[role]
        if hit is None:
            out.append(q)
            continue
        name = hit[0]
        out.append(
            replace(
                q,
                speaker=name,
                speaker_reason=f"{q.speaker_mention} → {name}: the same role given a name "
                f"elsewhere in the story (“{role} … {name}”)",
            )
        )
    return out


def _role(q: model.Quote) -> str | None:
    """The role phrase of a quote kept "as written" ("China's envoy to Chile"), else None."""
    if (
        not q.speaker
        or q.speaker != q.speaker_mention
        or "as written" not in (q.speaker_reason or "")
    ):
        return None
    role = _DETERMINER_RE.sub("", q.speaker)
    words = role.split()
    # One-word roles ("officials", "residents") are too common to tie to one person.
    if len(words) < 2 or any(w[:1].isdigit() for w in words):
        return None
    return role


def _named(text: str, role: str) -> tuple[str, int] | None:
    """The person named right after a use of `role` in the story, and where."""
    pattern = re.compile(re.escape(role), re.IGNORECASE)
    for seen, m in enumerate(pattern.finditer(text)):
        if seen >= _MOST_USES:
            break
        # A slice, not the whole text: mention finding may look at all the text it is given.
        window = text[m.end() : m.end() + 100]
        for mention in find_mentions(window):
            if _JOIN_RE.fullmatch(window, 0, mention.start) is None:
                continue
            if (
                mention.kind is MentionKind.NAME
                and mention.is_person_name
                and len(mention.name.split()) >= 2
            ):
                return mention.name, m.start()
            break
    return None
