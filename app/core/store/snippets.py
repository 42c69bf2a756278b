"""Search-hit snippets: a few words of the body around the match, the matched words marked.

Made here rather than by FTS5 `snippet()` or PostgreSQL `ts_headline`: on a 100,000-story
store, `snippet()` over the best 50 hits cost 250-400 ms whenever the last word is matched as
a prefix (search as you type, i.e. nearly always), and `ts_headline` re-parses every body; the
bodies themselves are read in well under a millisecond. The query is read as the search reads
it (`search.parse_query`: words, "phrases", the word being typed as a prefix), words are
cut as FTS5 and PostgreSQL's parser cut them (runs of letters and digits) and compared by
the stem the backend's index holds (`stemming`: FTS5 porter with Latin accents folded,
Snowball English on PostgreSQL), so "ferry" marks "ferries" and the snippet is centred on it,
and each backend marks the words it found.

The snippet is plain pieces (`model.Snippet`), never markup: whatever a story holds (`<script>`,
Markdown) is escaped by whoever shows it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from app.core.model import Snippet
from app.core.store.search import SearchQuery, parse_query
from app.core.store.stemming import stem_prefix, stemmer

HIT_START = "\ue000"
HIT_END = "\ue001"
ELLIPSIS = "…"
BEFORE_CHARS = 50
AFTER_CHARS = 90
"""About this much of the paragraph before the first hit and after it (cut at words)."""
SNIPPET_LIMIT = 50
"""Snippets for the best hits only: the list shows a screenful."""

_WORD = r"[^\W_]"
_NEXT_WORD = re.compile(r"[\W_]+([^\W_]+)")
_TOKEN = re.compile(r"[^\W_]+")
_BODIES = text("SELECT id, body FROM stories WHERE id IN :ids").bindparams(
    bindparam("ids", expanding=True)
)
# Markdown markup that would read as noise in a line of text: emphasis marks, heading and
# quote markers, a link's address (its words are kept), backslash escapes.
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"(?<![\w\\])[*_]{1,3}|(?<!\\)[*_]{1,3}(?!\w)|^#{1,6}\s+|^>\s?", re.M)
_ESCAPE = re.compile(r"\\([\\`*_\[\]>#+\-.!&])")
_SPACE = re.compile(r"\s+")


@cache
def _variants() -> dict[str, str]:
    """Each ASCII letter with its accented Latin forms, as a regex class ("e" -> "[eéèê…]"),
    so the body is searched as it is: no folded copy of a 20,000-word text per hit."""
    forms: dict[str, list[str]] = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0].lower()
        if base != chr(code).lower() and base.isascii() and base.isalpha():
            forms.setdefault(base, []).append(chr(code))
    return {base: "[" + base + "".join(more) + "]" for base, more in forms.items()}


def _word(word: str, accents: bool) -> str:
    if not accents:
        return re.escape(word)
    variants = _variants()
    plain = unicodedata.normalize("NFD", word)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return "".join(variants.get(c.lower(), re.escape(c)) for c in plain)


@dataclass(frozen=True)
class Matcher:
    """The query's words as its backend's index holds them (stems), and a regex for the body
    words that could have those stems: words starting with `stemming.stem_prefix` of a stem.
    Only those candidates are stemmed, so a body is scanned about as fast as for exact words."""

    stem: Callable[[str], str]
    words: frozenset[str]
    typing: str
    """The stem of the word being typed: matched as a prefix of a body word's stem."""
    phrases: tuple[tuple[str, ...], ...]
    plain: re.Pattern[str]
    accented: re.Pattern[str]
    """Latin accents aside (FTS5 folds them; slower: classes instead of letters)."""

    def hits(self, body: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
        """Spans of the words and phrases the search matched, in order."""
        end = len(body) if end is None else end
        pattern = self.plain if body.isascii() else self.accented
        at = start
        while True:
            match = pattern.search(body, at, end)
            if match is None:
                return
            begin = match.start()
            word_end = _TOKEN.match(body, begin, end).end()  # type: ignore[union-attr]
            # Inside a word is not a word of its own (checked here, not by a look-behind in
            # the regex: that would keep `re` from scanning for the first letters, 4x slower).
            span = (
                None
                if begin and body[begin - 1].isalnum()
                else self._span(body, begin, word_end, end)
            )
            if span is not None:
                yield span
            at = word_end if span is None else span[1]

    def _span(self, body: str, begin: int, word_end: int, end: int) -> tuple[int, int] | None:
        """The hit starting with the word at `begin`, if the search matched one there."""
        stem = self.stem(body[begin:word_end])
        if stem in self.words or (self.typing and stem.startswith(self.typing)):
            return begin, word_end
        for phrase in self.phrases:
            if phrase[0] != stem:
                continue
            last = word_end
            for word in phrase[1:]:
                following = _NEXT_WORD.match(body, last, end)
                if following is None or self.stem(following.group(1)) != word:
                    break
                last = following.end()
            else:
                return begin, last
        return None


def matcher(query: SearchQuery, backend: str) -> Matcher | None:
    """How to find in a body what `query` found on `backend` (a SQLAlchemy dialect name)."""
    stem = stemmer(backend)
    words = list(query.words)
    typing = stem(words.pop()) if query.prefix_last else ""
    stems = frozenset(stem(w) for w in words)
    phrases = tuple(tuple(stem(w) for w in phrase) for phrase in query.phrases)
    # The word being typed is the start of a stem, maybe short of the letters a stem rewrites
    # ("abl" of "able", which "ability" has): so all but its last two letters.
    typed = [typing[: max(1, len(typing) - 2)]] if typing else []
    loose = sorted({*(stem_prefix(s) for s in stems), *typed}, key=len, reverse=True)
    if not loose and not phrases:
        return None

    def pattern(accents: bool) -> re.Pattern[str]:
        """Candidates: words that start as a stem of the query does, and runs of words that
        start as a phrase's stems do (one regex, so a phrase of common words is looked for
        by `re`, not word by word in Python)."""
        either = [
            rf"{_WORD}*[\W_]+".join(_word(stem_prefix(w), accents) for w in phrase) + f"{_WORD}*"
            for phrase in phrases
        ]
        if loose:
            either.append("(?:" + "|".join(_word(p, accents) for p in loose) + f"){_WORD}*")
        return re.compile("|".join(f"(?:{e})" for e in either), re.IGNORECASE)

    # PostgreSQL keeps accents ("cafe" does not find "café"): its candidates are letter for letter.
    accented = pattern(accents=backend != "postgresql")
    return Matcher(stem, stems, typing, phrases, pattern(accents=False), accented)


def _clean(text: str) -> str:
    text = _LINK.sub(r"\1", text)
    text = _MARKUP.sub("", text)
    return _ESCAPE.sub(r"\1", text)


def make_snippet(body: str, found: Matcher) -> Snippet | None:
    """The words around the first word the search matched, within its paragraph, every
    matched word in view marked."""
    first = next(found.hits(body), None)
    if first is None:
        return None
    start, end = first
    left = body.rfind("\n\n", 0, start)
    left = 0 if left < 0 else left + 2
    right = body.find("\n\n", end)
    right = len(body) if right < 0 else right
    begin = max(left, start - BEFORE_CHARS)
    if begin > left:  # cut at a word, not inside one
        space = body.find(" ", begin, start)
        begin = space + 1 if space >= 0 else begin
    finish = min(right, end + AFTER_CHARS)
    if finish < right:
        space = body.rfind(" ", end, finish)
        finish = space if space > end else finish
    parts: list[tuple[str, bool]] = []
    at = begin
    for hit_start, hit_end in found.hits(body, begin, finish):
        if hit_start > at:
            parts.append((body[at:hit_start], False))
        parts.append((body[hit_start:hit_end], True))
        at = hit_end
    if at < finish:
        parts.append((body[at:finish], False))
    cleaned = [(_SPACE.sub(" ", _clean(text)), hit) for text, hit in parts]
    if begin > left:
        cleaned.insert(0, (ELLIPSIS, False))
    if finish < right:
        cleaned.append((ELLIPSIS, False))
    if cleaned and not cleaned[0][1]:
        cleaned[0] = (cleaned[0][0].lstrip(), False)
    if cleaned and not cleaned[-1][1]:
        cleaned[-1] = (cleaned[-1][0].rstrip(), False)
    return Snippet(tuple((text, hit) for text, hit in cleaned if text))


def parse_marked(raw: str) -> Snippet:
    """Text with hits between HIT_START and HIT_END as plain pieces, Markdown markup removed."""
    raw = _SPACE.sub(" ", _clean(raw)).strip()
    parts: list[tuple[str, bool]] = []
    for piece in re.split(f"({HIT_START}[^{HIT_END}]*{HIT_END})", raw):
        if not piece:
            continue
        if piece.startswith(HIT_START):
            parts.append((piece[1:-1], True))
        else:
            parts.append((piece.replace(HIT_START, "").replace(HIT_END, ""), False))
    return Snippet(tuple(p for p in parts if p[0]))


def snippets(session: Session, raw_query: str, ids: Sequence[int]) -> dict[int, Snippet]:
    """Snippets of the body for the first SNIPPET_LIMIT of these story ids."""
    found = matcher(parse_query(raw_query), session.get_bind().dialect.name)
    if found is None or not ids:
        return {}
    wanted = list(ids)[:SNIPPET_LIMIT]
    made = {}
    rows = session.execute(_BODIES, {"ids": wanted})
    for story_id, body in rows:
        snippet = make_snippet(body or "", found)
        if snippet is not None:
            made[story_id] = snippet
    return made
