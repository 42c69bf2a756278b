"""Full-text search behind one method: SQLite FTS5 or PostgreSQL tsvector, same hits for words.

Ranking a common word over a big archive is what costs (bm25 over every match); so the query
takes a bounded window of matches first and ranks only those. A plain word, several words (all
must match), a "quoted phrase", and a trailing word as a prefix (search-as-you-type) are
understood the same way on both backends. Words are stemmed (English) on both since schema
0013: "ferry" finds "ferries"; a word being typed matches as a prefix of the stems, so "ferr"
finds "ferries" but "runn" does not find "running" (indexed as "run") until the word is whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

CANDIDATES = 2000
"""How many matches get ranked; beyond it, the newest matches are the ones considered."""
MAX_TERMS = 32
PG_CONFIG = "copydesk_search"
"""PostgreSQL's text search configuration: English stems, no stop words (migration 0013)."""
MAX_CHARACTERS = 500

_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class SearchQuery:
    """The user's words parsed once: phrases (lists of words) and loose words."""

    phrases: tuple[tuple[str, ...], ...]
    words: tuple[str, ...]
    prefix_last: bool
    phrase_texts: tuple[str, ...] = ()
    """The phrases as typed: PostgreSQL reads them with its own parser, as it indexed them."""
    plain_text: str = ""
    """The loose words as typed, less the word being typed."""
    typing: str = ""
    """The word being typed, as typed (matched as a prefix)."""

    @property
    def empty(self) -> bool:
        return not self.phrases and not self.words


def parse_query(raw: str) -> SearchQuery:
    """Words, "quoted phrases" (an unclosed quote is a phrase still being typed), at most
    MAX_TERMS words in all: a pasted paragraph is a search, not a denial of service."""
    raw = raw[:MAX_CHARACTERS]
    if raw.count('"') % 2:
        raw += '"'  # the phrase being typed
        ends_open = False
    else:
        ends_open = raw[-1:].isalnum()
    phrases: list[tuple[str, ...]] = []
    phrase_texts: list[str] = []
    budget = MAX_TERMS
    for match in re.finditer(r'"([^"]*)"', raw):
        words = tuple(w.lower() for w in _TOKEN.findall(match.group(1)))[:budget]
        if words:
            phrases.append(words)
            phrase_texts.append(match.group(1))
            budget -= len(words)
    rest = re.sub(r'"[^"]*"', " ", raw)
    words = tuple(w.lower() for w in _TOKEN.findall(rest))[: max(budget, 0)]
    # A word still being typed (no space or quote after it yet) matches as a prefix.
    prefix_last = bool(words) and ends_open
    typing = ""
    if prefix_last:
        rest, _space, typing = rest.rpartition(" ")
    return SearchQuery(tuple(phrases), words, prefix_last, tuple(phrase_texts), rest, typing)


def _fts5_expression(query: SearchQuery) -> str:
    parts = ['"' + " ".join(p) + '"' for p in query.phrases]
    for i, word in enumerate(query.words):
        last = i == len(query.words) - 1
        parts.append(f'"{word}"' + ("*" if last and query.prefix_last else ""))
    return " AND ".join(parts)


def _tsquery_sql(query: SearchQuery, phrases: bool = True) -> tuple[str, dict[str, str]]:
    """A tsquery expression built by PostgreSQL's own parser from the text as typed, so
    "U.S.", "3.5" or an e-mail address are read exactly as they were indexed. Without
    `phrases`, phrase words are only required, not adjacent."""
    parts: list[str] = []
    params: dict[str, str] = {}
    function = "phraseto_tsquery" if phrases else "plainto_tsquery"
    for i, phrase in enumerate(query.phrase_texts):
        parts.append(f"{function}('{PG_CONFIG}', :phrase{i})")
        params[f"phrase{i}"] = phrase
    if _TOKEN.search(query.plain_text):
        parts.append(f"plainto_tsquery('{PG_CONFIG}', :plain)")
        params["plain"] = query.plain_text
    if query.prefix_last:
        # PostgreSQL's parser reads the word ("3.5", "U.S"), then its last lexeme is a prefix.
        typed = f"plainto_tsquery('{PG_CONFIG}', :typing)::text || ':*'"
        parts.append(f"to_tsquery('{PG_CONFIG}', {typed})")
        params["typing"] = query.typing
    return "(" + " && ".join(parts) + ")", params


@dataclass(frozen=True)
class Filters:
    """The story list's filters, applied inside the search (before its bounds), not after."""

    status: str | None = None
    desk: str | None = None
    trash: bool = False

    def sql(self, alias: str) -> str:
        clauses = [f"{alias}.deleted_at IS {'NOT ' if self.trash else ''}NULL"]
        if self.status:
            clauses.append(f"{alias}.status = :status")
        if self.desk:
            clauses.append(f"{alias}.desk = :desk")
        return " AND ".join(clauses)

    def params(self) -> dict[str, str]:
        return {k: v for k, v in (("status", self.status), ("desk", self.desk)) if v}


def _sqlite_newest(session: Session, expression: str, filters: Filters, limit: int) -> list[int]:
    sql = text(
        f"""
        SELECT f.rowid FROM stories_fts f JOIN stories s ON s.id = f.rowid
        WHERE stories_fts MATCH :q AND {filters.sql("s")}
        ORDER BY f.rowid DESC LIMIT :limit
        """
    )
    params = {"q": expression, "limit": limit, **filters.params()}
    return [row[0] for row in session.execute(sql, params)]


def _sqlite_phrase_ids(
    session: Session, expression: str, filters: Filters, limit: int
) -> list[int]:
    """Phrases: stories with it in the headline, slug or dek first, then the rest, newest first.

    bm25 needs every phrase occurrence of every candidate (30 ms and more for common words
    here); these two newest-first reads cost a few milliseconds.
    """
    first = _sqlite_newest(session, f"{{slug headline dek}} : ({expression})", filters, limit)
    rest = _sqlite_newest(session, expression, filters, limit + len(first))
    return list(dict.fromkeys([*first, *rest]))[:limit]


def search_ids(
    session: Session, raw: str, limit: int = 200, filters: Filters | None = None
) -> list[int]:
    """Story ids best match first (live stories, unless the filters ask for the trash)."""
    filters = filters or Filters()
    query = parse_query(raw)
    if query.empty:
        return []
    backend = session.get_bind().dialect.name
    if backend == "sqlite" and query.phrases:
        return _sqlite_phrase_ids(session, _fts5_expression(query), filters, limit)
    if backend == "sqlite":
        # Weights follow the columns: slug, headline, dek, body. bm25 is lower-is-better.
        sql = text(
            f"""
            SELECT c.id FROM (
                SELECT f.rowid AS id, bm25(stories_fts, 8.0, 10.0, 4.0, 1.0) AS score
                FROM stories_fts f JOIN stories s ON s.id = f.rowid
                WHERE stories_fts MATCH :q AND {filters.sql("s")}
                ORDER BY f.rowid DESC LIMIT :candidates
            ) AS c
            ORDER BY c.score, c.id DESC LIMIT :limit
            """
        )
        params = {"q": _fts5_expression(query), "candidates": CANDIDATES, "limit": limit}
    else:
        # The GIN index finds stories with all the words but not adjacency, which PostgreSQL
        # checks row by row on the stored vectors; so a phrase is checked only within the
        # window of the newest stories that have all its words (as ranking is bounded too).
        exact, params = _tsquery_sql(query)
        loose, _same = _tsquery_sql(query, phrases=False)
        phrase_filter = f"WHERE c.search_vector @@ {exact}" if query.phrases else ""
        sql = text(
            f"""
            SELECT c.id FROM (
                SELECT s.id, s.search_vector FROM stories s
                WHERE s.search_vector @@ {loose} AND {filters.sql("s")}
                ORDER BY s.id DESC LIMIT :candidates
            ) AS c
            {phrase_filter}
            ORDER BY ts_rank(c.search_vector, {exact}) DESC, c.id DESC
            LIMIT :limit
            """
        )
        params.update(candidates=CANDIDATES, limit=limit)
    return [row[0] for row in session.execute(sql, {**params, **filters.params()})]
