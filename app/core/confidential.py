"""What a confidential source hides, and how its name is recognised however it is spelled.

One rule in one place: `Story.to_json` (the CLI's `show --json` without `--private`) and every
exporter (app.core.exporting.confidential: the gate's findings, the output guard) ask this
module. A confidential source is hidden entirely (name, title, contact, notes), every source
loses its private contact and notes, and a quote attributed to a confidential source keeps its
words but loses its speaker.

Names are compared after folding both sides the same way (`fold`): compatibility
decomposition with accents dropped (José Pérez = Jose Perez), curly apostrophes straightened
(O’Brien = O'Brien), "ß" as "ss", soft hyphens and zero-width characters dropped; the
comparison ignores case. `project` does the same to copy that may hold Markdown or HTML
(`Marta **Kowal**czyk`, `Kowal<span></span>czyk`, `Kowal&shy;czyk`), keeping the offset of every
character so a finding can still point at the spot in the original.

A surname on its own is a name too, but only for names that look personal (2-4 capitalised
words), and a short one (3 letters: "Li Wei" -> "Wei") only as a whole word starting with a
capital, so that "weir" or "wei" never block a story; two letters never stand alone.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from app.core.model import Source, Story

SHORT_SURNAME = 3
"""Letters a surname needs to be matched alone (as a capitalised whole word)."""
LONG_SURNAME = 4
"""Letters from which a surname alone is matched in any case (as before: slugs, file names)."""

_APOSTROPHES = dict.fromkeys("’‘‛ʼ′´`＇", "'")
_JOIN = r"[\s_.\-]+"
"""Between the words of a name: spaces of any kind, or the separators of slugs and addresses."""


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    char = _APOSTROPHES.get(char, char)
    kept = "".join(
        c
        for c in unicodedata.normalize("NFKD", char)
        if unicodedata.category(c) not in ("Mn", "Me", "Cf")
    )
    # casefold where it differs from lower() ("ß" -> "ss"); otherwise keep the case for the
    # capital rule (patterns ignore case themselves).
    return kept.casefold() if kept.casefold() != kept.lower() else kept


def fold(text: str) -> str:
    """`text` folded for comparison (accents, apostrophes, invisible characters); case kept."""
    if text.isascii():
        return text
    return "".join(_fold_char(c) for c in text)


# -- copy with markup: the visible text, with offsets back into the original -------------------

_INLINE_TAGS = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i",
     "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
     "time", "tt", "u", "var", "wbr"}
)  # fmt: skip
_MARKUP_RE = re.compile(
    r"(?P<comment><!--.*?-->)"
    r"|(?P<tag></?(?P<name>[A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>)"
    r"|(?P<entity>&(?:\#[0-9]+|\#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?)"
    r"|(?P<link>\]\()"
    r"|(?P<mark>[*`\[\]]+)",
    re.S,
)


@dataclass(frozen=True)
class Projection:
    """Folded visible text of some copy; `span` maps a match back to the original offsets."""

    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def project(text: str, *, markup: bool = True) -> Projection:
    """The folded text a reader would see (Markdown emphasis, tags and entities removed)."""
    if text.isascii() and (not markup or not _MARKUP_RE.search(text)):
        return Projection(text)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def emit(piece: str, start: int, end: int) -> None:
        if end - start == len(piece) and piece.isascii():  # the common case, in bulk
            out.append(piece)
            starts.extend(range(start, end))
            ends.extend(range(start + 1, end + 1))
            return
        one_to_one = end - start == len(piece)
        for i, char in enumerate(piece):
            folded = char if char < "\x80" else _fold_char(char)
            at, stop = (start + i, start + i + 1) if one_to_one else (start, end)
            out.append(folded)
            starts.extend([at] * len(folded))
            ends.extend([stop] * len(folded))

    position = 0
    for match in _MARKUP_RE.finditer(text) if markup else ():
        emit(text[position : match.start()], position, match.start())
        start, end = match.span()
        if match["comment"]:
            emit(" ", start, end)
        elif match["tag"]:
            if match["name"].lower() not in _INLINE_TAGS:
                emit(" ", start, end)
        elif match["entity"]:
            emit(html.unescape(match["entity"]), start, end)
        elif match["link"]:
            emit(" ", start, end)
        # Markdown marks (* ` [ ]) are dropped.
        position = end
    emit(text[position:], position, len(text))
    return Projection("".join(out), tuple(starts), tuple(ends))


# -- names ---------------------------------------------------------------------------------------


def _letters(word: str) -> int:
    return sum(c.isalpha() for c in word)


def surname(name: str) -> str | None:
    """The last word of a personal name ("Marta Kowalczyk" -> "Kowalczyk"), else None.

    Only for names that look personal (2-4 capitalised words): a description used as a name
    ("a senior official") must not turn "official" into a secret.
    """
    words = fold(name).split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    last = words[-1].strip(".,")
    return last if _letters(last) >= SHORT_SURNAME else None


def _full_pattern(name: str) -> re.Pattern[str] | None:
    """The whole name as whole words, any separator between them, any case."""
    words = fold(name).split()
    if not words or _letters("".join(words)) < 2:
        return None
    body = _JOIN.join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def _surname_pattern(last: str) -> re.Pattern[str]:
    if _letters(last) >= LONG_SURNAME:
        return re.compile(rf"(?<!\w){re.escape(last)}(?!\w)", re.IGNORECASE)
    # Short: a capital first ("Wei", "WEI"), so "wei" and "weir" never match.
    first, rest = last[0], last[1:]
    head = f"[{re.escape(first.upper())}]" if first.isalpha() else re.escape(first)
    return re.compile(rf"(?<!\w){head}(?i:{re.escape(rest)})(?!\w)")


@lru_cache(maxsize=1024)
def name_patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """Patterns (over folded text) that find `name`: the full name, then the surname alone."""
    patterns = [p for p in (_full_pattern(name),) if p is not None]
    last = surname(name)
    if last:
        patterns.append(_surname_pattern(last))
    return tuple(patterns)


def confidential_sources(story: Story) -> tuple[Source, ...]:
    return tuple(s for s in story.sources if s.confidential)


def names_any(text: str | None, sources: Iterable[Source]) -> bool:
    """Does `text` (plain, e.g. a speaker) name any of `sources`?"""
    if not text:
        return False
    folded = fold(text)
    return any(p.search(folded) for s in sources for p in name_patterns(s.name))


def public_view(story: Story) -> Story:
    """The story as anyone outside the workstation may see it.

    No confidential source, no private field of any source, and no quote speaker (or mention
    as written) that names a confidential source: the quote keeps its words.
    """
    hidden = confidential_sources(story)
    public = tuple(
        replace(s, contact=None, notes=None) for s in story.sources if not s.confidential
    )
    quotes = story.quotes
    if hidden:
        quotes = tuple(
            replace(q, speaker=None, speaker_mention=None, speaker_reason=None)
            if names_any(q.speaker, hidden)
            or names_any(q.speaker_mention, hidden)
            or names_any(q.speaker_reason, hidden)
            else q
            for q in quotes
        )
    return story.with_changes(sources=public, quotes=quotes)
