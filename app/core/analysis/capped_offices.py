"""An office written in capitals between a name and its verb: "“…,” Ana Ruiz, Nueva Tierra
Governor, said" or "Tom Vell, Harbour Council Chair, told reporters".

House styles that capitalise titles set the office after the name with the place or body it
serves before it, every word capitalised. Read by its shape, it looks like a second name; its
last word, an office noun, says it is the person's office, an aside the verb looks past.
"""

from __future__ import annotations

from app.core.analysis.first_names import is_first_name
from app.core.analysis.office_words import is_office_noun

# Lower-case words an office in capitals may hold ("Minister of State for Rivers").
_SMALL_WORDS = frozenset("of and for the".split())


def capitalised_office(body: str) -> bool:
    """Is `body` ("Nueva Tierra Governor", "Harbour Council Chair") a place or body, then an
    office noun, every word capitalised? Two to five words; not opening on a first name (a
    person's name ending in a word that is also an office: "Ana Chancellor"); not ending on a
    word for a body ("Beckford Care Group" is a body set beside its description)."""
    words = body.split()
    if not 2 <= len(words) <= 5:
        return False
    last = words[-1].lower()
    if not is_office_noun(last):
        return False
    if not all(w[:1].isupper() or w in _SMALL_WORDS for w in words):
        return False
    if words[0] in _SMALL_WORDS:
        return False
    # A place spelt like a given name ("Calder Police Chief", "Sydney Harbour Master") is still
    # a place when the word after it is no given name and no initial: a person's name ending
    # on an office word has given names or initials before it ("Ana Chancellor", "Mary Ellen
    # Bishop", "Ana B. Marshal").
    return not is_first_name(words[0]) or (
        len(words) >= 3 and len(words[1]) > 2 and not is_first_name(words[1].rstrip("."))
    )
