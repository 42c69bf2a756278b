"""The snippets' stemmers are the indexes' own: word for word what FTS5 porter and PostgreSQL's
`copydesk_search` index, over pyspellchecker's English word list (128,000 words)."""

from __future__ import annotations

import gzip
import json
import sqlite3
from functools import cache
from importlib import resources

import pytest
from sqlalchemy import create_engine, text

from app.core.store.stemming import fold_sqlite, postgres_stem, sqlite_stem, stem_prefix

# Not letters only: the word list's "3rd" or "b52s" are stemmed differently by each backend.
EXTRA = ["3rd", "b52s", "Ferries", "CAFÉS", "naïvely", "Ærø", "ab", "skies", "dying", "generously"]


@cache
def words() -> list[str]:
    path = resources.files("spellchecker") / "resources" / "en.json.gz"
    with path.open("rb") as raw, gzip.open(raw) as counts:
        listed = sorted(w for w in json.load(counts) if w.isalnum())
    return listed + EXTRA


def fts5_stems(tokens: list[str]) -> list[str]:
    """What FTS5 indexes, read back in order from an fts5vocab 'instance' table."""
    db = sqlite3.connect(":memory:")
    tokenizer = "porter unicode61 remove_diacritics 2"  # migration 0013's
    db.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize='{tokenizer}')")
    db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
    db.execute("INSERT INTO t(rowid, x) VALUES (1, ?)", (" ".join(tokens),))
    by_offset = dict(db.execute("SELECT offset, term FROM v"))
    db.close()
    assert len(by_offset) == len(tokens), "one token a word"
    return [by_offset[i] for i in range(len(tokens))]


def test_porter_stems_every_word_as_fts5_indexes_it() -> None:
    listed = words()
    expected = fts5_stems(listed)
    wrong = [(w, e, sqlite_stem(w)) for w, e in zip(listed, expected, strict=True)]
    wrong = [row for row in wrong if row[1] != row[2]]
    assert not wrong[:20], f"{len(wrong)} words stemmed unlike FTS5"


@pytest.mark.postgres
def test_snowball_stems_every_word_as_postgresql_indexes_it(postgres_server) -> None:
    if postgres_server is None:
        pytest.skip("PostgreSQL binaries are not installed on this machine")
    from app.core.services import Desk

    url = postgres_server.create_database()
    Desk.open(url, user="tester").close()  # migrated: the copydesk_search configuration
    engine = create_engine(url)
    sql = text(
        "SELECT w, array_to_string(tsvector_to_array(to_tsvector('copydesk_search', w)), ' ') "
        "FROM unnest(CAST(:words AS text[])) AS w"
    )
    with engine.connect() as connection:
        rows = connection.execute(sql, {"words": words()}).all()
    engine.dispose()
    wrong = [(w, lexeme, postgres_stem(w)) for w, lexeme in rows if lexeme != postgres_stem(w)]
    assert len(rows) == len(words())
    assert not wrong[:20], f"{len(wrong)} words stemmed unlike PostgreSQL"


@pytest.mark.parametrize(("stem", "fold"), [(sqlite_stem, fold_sqlite), (postgres_stem, str.lower)])
def test_a_word_starts_with_the_prefix_of_its_stem(stem, fold) -> None:
    """The snippet's regex looks only at words starting with `stem_prefix`: none is missed."""
    missed = [w for w in words() if not fold(w).startswith(stem_prefix(stem(w)))]
    assert missed == []
