"""The names a story uses (capitalised words inside sentences), for the archive's name index."""

from __future__ import annotations

from app.core.proofing.words import plain_apostrophes, strip_possessive, tokens
from app.core.text.plain import plain_text

MIN_STORIES = 3
"""A name in at least this many stories of the archive is a known name."""


def archive_names(body: str) -> frozenset[str]:
    """Capitalised words a story uses inside sentences (not in capitals: acronyms are no names).

    Read from the plain view; no dictionary is consulted, so saving a story never waits for
    one to load (dictionary words in the index are harmless: they are known anyway).
    """
    found: set[str] = set()
    if not body:
        return frozenset()
    for paragraph in plain_text(body).paragraphs:
        for token in tokens(paragraph.text):
            if not token.capitalised or token.sentence_start or token.text.isupper():
                continue
            for part in token.text.split("-"):
                word = plain_apostrophes(strip_possessive(part))
                if len(word) > 1 and word[:1].isupper():
                    found.add(word)
    return frozenset(found)


NameChange = tuple[frozenset[str], frozenset[str]]
"""(names gone, names added) between a story's old and new text."""


def name_change(old_body: str, new_body: str) -> NameChange | None:
    """What one story's change does to the archive's name index (None: nothing). Pure, and it
    reads the whole text, so a save works it out before its write transaction."""
    if old_body == new_body:
        return None
    old = archive_names(old_body)
    new = archive_names(new_body)
    return (old - new, new - old) if old != new else None


def apply_name_change(session, change: NameChange | None) -> None:
    """Write a `name_change` in the save's own transaction."""
    if change is None:
        return
    from app.core.store.proofing import NameIndexRepository

    NameIndexRepository(session).change(*change)


def index_story_names(session, old_body: str, new_body: str) -> None:
    """Keep the archive's name index in step with one story's change, in the save's own
    transaction: only the difference between the old and the new names is written."""
    apply_name_change(session, name_change(old_body, new_body))
