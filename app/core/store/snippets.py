"""Search-hit snippets: a few words of the body around the match (FTS5 snippet(), ts_headline).

The database marks each hit with two private-use characters, which no copy carries; the text
is then cut into plain pieces (hit or not) and stays unescaped until a reader shows it, so
whatever a story holds (`<script>`, Markdown) never becomes markup in the window or a terminal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from app.core.model import Snippet
from app.core.store.search import _fts5_expression, _tsquery_sql, parse_query

HIT_START = "\ue000"
HIT_END = "\ue001"
ELLIPSIS = "…"
SNIPPET_WORDS = 14
"""About this many words around the hit (FTS5 counts tokens, ts_headline words)."""
SNIPPET_LIMIT = 50
"""Snippets for the best hits only: the list shows a screenful, and ts_headline re-reads the
whole body of each story it is asked about."""

# Markdown markup that would read as noise in a line of text: emphasis marks, heading and
# quote markers, a link's address (its words are kept), backslash escapes.
_LINK = re.compile(r"\[([^\]\ue000\ue001]*(?:[\ue000\ue001][^\]\ue000\ue001]*)*)\]\([^)]*\)")
_MARKUP = re.compile(r"(?<![\w\\])[*_]{1,3}|(?<!\\)[*_]{1,3}(?!\w)|^#{1,6}\s+|^>\s?", re.M)
_ESCAPE = re.compile(r"\\([\\`*_\[\]>#+\-.!&])")
_SPACE = re.compile(r"\s+")


def parse_marked(raw: str) -> Snippet:
    """The database's marked text as plain pieces, Markdown markup removed."""
    raw = _LINK.sub(r"\1", raw)
    raw = _MARKUP.sub("", raw)
    raw = _ESCAPE.sub(r"\1", raw)
    raw = _SPACE.sub(" ", raw).strip()
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
    """Snippets of the body for these story ids (those the query matches)."""
    query = parse_query(raw_query)
    if query.empty or not ids:
        return {}
    ids = list(ids)[:SNIPPET_LIMIT]
    if session.get_bind().dialect.name == "sqlite":
        sql = text(
            f"""
            SELECT rowid, snippet(stories_fts, 3, '{HIT_START}', '{HIT_END}', '{ELLIPSIS}',
                                  {SNIPPET_WORDS})
            FROM stories_fts WHERE stories_fts MATCH :q AND rowid IN :ids
            """
        ).bindparams(bindparam("ids", expanding=True))
        params: dict[str, object] = {"q": _fts5_expression(query), "ids": ids}
    else:
        tsquery, params = _tsquery_sql(query)
        options = (
            f"StartSel={HIT_START}, StopSel={HIT_END}, MaxWords={SNIPPET_WORDS + 4}, "
            f"MinWords={SNIPPET_WORDS // 2}, MaxFragments=1, FragmentDelimiter={ELLIPSIS}"
        )
        sql = text(
            f"""
            SELECT s.id, ts_headline('simple', s.body, {tsquery}, :options)
            FROM stories s WHERE s.id IN :ids
            """
        ).bindparams(bindparam("ids", expanding=True))
        params = {**params, "ids": ids, "options": options}
    found = {}
    for story_id, marked in session.execute(sql, params):
        snippet = parse_marked(marked or "")
        if snippet.text():
            found[story_id] = snippet
    return found
