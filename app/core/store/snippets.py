"""Search-hit snippets: a few words of the body around the match, the matched words marked.

Made here rather than by FTS5 `snippet()` or PostgreSQL `ts_headline`: on a 100,000-story
store, `snippet()` over the best 50 hits cost 250-400 ms whenever the last word is matched as
a prefix (search as you type, i.e. nearly always), and `ts_headline` re-parses every body; the
bodies themselves are read in well under a millisecond. The query is read as the search reads
it (`search.parse_query`: words, "phrases", the word being typed as a prefix), words are
matched as FTS5 and PostgreSQL's `simple` parser cut them (runs of letters and digits), case
and Latin accents aside, so both backends mark the same words.

The snippet is plain pieces (`model.Snippet`), never markup: whatever a story holds (`<script>`,
Markdown) is escaped by whoever shows it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from app.core.model import Snippet
from app.core.store.search import SearchQuery, parse_query

HIT_START = "\ue000"
HIT_END = "\ue001"
ELLIPSIS = "…"
BEFORE_CHARS = 50
AFTER_CHARS = 90
"""About this much of the paragraph before the first hit and after it (cut at words)."""
SNIPPET_LIMIT = 50
"""Snippets for the best hits only: the list shows a screenful."""

_WORD = r"[^\W_]"
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


def _pattern(query: SearchQuery, accents: bool = False) -> re.Pattern[str] | None:
    """One regex for every word and phrase of the query, case aside; with `accents`, Latin
    accents aside too (slower: classes instead of letters, so tried second)."""
    parts = []
    # No look-behind for the start of a word: it would keep `re` from scanning for the first
    # letters (4x slower); `_hits` checks the character before each match instead.
    for phrase in query.phrases:
        words = [_word(w, accents) for w in phrase]
        parts.append(r"[\W_]+".join(words) + rf"(?!{_WORD})")
    for i, word in enumerate(query.words):
        last = i == len(query.words) - 1
        tail = rf"{_WORD}*" if last and query.prefix_last else rf"(?!{_WORD})"
        parts.append(f"{_word(word, accents)}{tail}")
    if not parts:
        return None
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


def _clean(text: str) -> str:
    text = _LINK.sub(r"\1", text)
    text = _MARKUP.sub("", text)
    return _ESCAPE.sub(r"\1", text)


def _hits(pattern: re.Pattern[str], body: str, start: int = 0, end: int | None = None):
    """Matches that start a word (the character before is not a letter or digit)."""
    end = len(body) if end is None else end
    at = start
    while True:
        match = pattern.search(body, at, end)
        if match is None:
            return
        if match.start() == 0 or not body[match.start() - 1].isalnum():
            yield match
            at = max(match.end(), match.start() + 1)
        else:
            at = match.start() + 1


def make_snippet(body: str, *patterns: re.Pattern[str] | None) -> Snippet | None:
    """The words around the first hit of the first pattern that hits, within its paragraph,
    every hit in view marked (by the last, most lenient pattern)."""
    first = None
    for pattern in patterns:
        if pattern is None or (pattern is not patterns[0] and body.isascii()):
            continue  # accents cannot match in plain ASCII beyond what the first pattern did
        first = next(_hits(pattern, body), None)
        if first is not None:
            break
    if first is None:
        return None
    marker = next((p for p in reversed(patterns) if p is not None), pattern)
    start, end = first.span()
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
    for hit in _hits(marker, body, begin, finish):
        if hit.start() > at:
            parts.append((body[at : hit.start()], False))
        parts.append((body[hit.start() : hit.end()], True))
        at = hit.end()
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
    query = parse_query(raw_query)
    pattern = _pattern(query)
    if pattern is None or not ids:
        return {}
    accented = _pattern(query, accents=True)
    wanted = list(ids)[:SNIPPET_LIMIT]
    found = {}
    rows = session.execute(_BODIES, {"ids": wanted})
    for story_id, body in rows:
        snippet = make_snippet(body or "", pattern, accented)
        if snippet is not None:
            found[story_id] = snippet
    return found
