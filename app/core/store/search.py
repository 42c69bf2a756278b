"""Full-text search behind one method: SQLite FTS5 or PostgreSQL tsvector, same hits for words.

Ranking a common word over a big archive is what costs (bm25 over every match); so the query
takes a bounded window of matches first and ranks only those. A plain word, several words (all
must match), a "quoted phrase", and a trailing word as a prefix (search-as-you-type) are
understood the same way on both backends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

CANDIDATES = 2000
"""How many matches get ranked; beyond it, the newest matches are the ones considered."""

_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class SearchQuery:
    """The user's words parsed once: phrases (lists of words) and loose words."""

    phrases: tuple[tuple[str, ...], ...]
    words: tuple[str, ...]
    prefix_last: bool

    @property
    def empty(self) -> bool:
        return not self.phrases and not self.words


def parse_query(raw: str) -> SearchQuery:
    phrases: list[tuple[str, ...]] = []
    for match in re.finditer(r'"([^"]*)"', raw):
        words = tuple(w.lower() for w in _TOKEN.findall(match.group(1)))
        if words:
            phrases.append(words)
    rest = re.sub(r'"[^"]*"?', " ", raw)
    words = tuple(w.lower() for w in _TOKEN.findall(rest))
    # A word still being typed (no space or quote after it yet) matches as a prefix.
    prefix_last = bool(words) and raw[-1:].isalnum()
    return SearchQuery(tuple(phrases), words, prefix_last)


def _fts5_expression(query: SearchQuery) -> str:
    parts = ['"' + " ".join(p) + '"' for p in query.phrases]
    for i, word in enumerate(query.words):
        last = i == len(query.words) - 1
        parts.append(f'"{word}"' + ("*" if last and query.prefix_last else ""))
    return " AND ".join(parts)


def _tsquery_expression(query: SearchQuery, phrases: bool = True) -> str:
    """The tsquery; without `phrases`, phrase words are only required, not adjacent."""
    joiner = " <-> " if phrases else " & "
    parts = ["(" + joiner.join(p) + ")" for p in query.phrases]
    for i, word in enumerate(query.words):
        last = i == len(query.words) - 1
        parts.append(word + (":*" if last and query.prefix_last else ""))
    return " & ".join(parts)


_SQLITE_NEWEST = text(
    """
    SELECT c.id FROM (
        SELECT rowid AS id FROM stories_fts WHERE stories_fts MATCH :q
        ORDER BY rowid DESC LIMIT :limit
    ) AS c JOIN stories s ON s.id = c.id
    WHERE s.deleted_at IS NULL
    """
)


def _sqlite_phrase_ids(session: Session, expression: str, limit: int) -> list[int]:
    """Phrases: stories with it in the headline, slug or dek first, then the rest, newest first.

    bm25 needs every phrase occurrence of every candidate (30 ms and more for common words
    here); these two newest-first reads cost a few milliseconds.
    """
    top = f"{{slug headline dek}} : ({expression})"
    first = [r[0] for r in session.execute(_SQLITE_NEWEST, {"q": top, "limit": limit})]
    rest = session.execute(_SQLITE_NEWEST, {"q": expression, "limit": limit + len(first)})
    ids = list(dict.fromkeys([*first, *(r[0] for r in rest)]))
    return ids[:limit]


def search_ids(session: Session, raw: str, limit: int = 200) -> list[int]:
    """Story ids best match first, trash excluded."""
    query = parse_query(raw)
    if query.empty:
        return []
    backend = session.get_bind().dialect.name
    if backend == "sqlite" and query.phrases:
        return _sqlite_phrase_ids(session, _fts5_expression(query), limit)
    if backend == "sqlite":
        # Weights follow the columns: slug, headline, dek, body. bm25 is lower-is-better.
        sql = text(
            """
            SELECT c.id FROM (
                SELECT rowid AS id, bm25(stories_fts, 8.0, 10.0, 4.0, 1.0) AS score
                FROM stories_fts WHERE stories_fts MATCH :q
                ORDER BY rowid DESC LIMIT :candidates
            ) AS c JOIN stories s ON s.id = c.id
            WHERE s.deleted_at IS NULL
            ORDER BY c.score, c.id DESC LIMIT :limit
            """
        )
        params = {"q": _fts5_expression(query), "candidates": CANDIDATES, "limit": limit}
    else:
        # The GIN index finds stories with all the words but not adjacency, which PostgreSQL
        # checks row by row on the stored vectors; so a phrase is checked only within the
        # window of the newest stories that have all its words (as ranking is bounded too).
        phrase_filter = "WHERE c.search_vector @@ to_tsquery('simple', :q)" if query.phrases else ""
        sql = text(
            f"""
            SELECT c.id FROM (
                SELECT id, search_vector FROM stories
                WHERE search_vector @@ to_tsquery('simple', :words) AND deleted_at IS NULL
                ORDER BY id DESC LIMIT :candidates
            ) AS c
            {phrase_filter}
            ORDER BY ts_rank(c.search_vector, to_tsquery('simple', :q)) DESC, c.id DESC
            LIMIT :limit
            """
        )
        params = {
            "q": _tsquery_expression(query),
            "words": _tsquery_expression(query, phrases=False),
            "candidates": CANDIDATES,
            "limit": limit,
        }
    return [row[0] for row in session.execute(sql, params)]
