"""Where a picture came from, written where a photographer's second name or place would be.

Picture credits name the library or site a picture came from after the photographer: after a
comma ("Photo: Ana Lima, Kestrelpix"), or with "from" ("Photo by Ana Lima from Snapsite"). Read
as a byline's list, the library became a second photographer and the site the photographer's
place. A picture credit takes only a place the place lists know (credit_byline_place), so:

- one word closing a picture credit's list after a comma, where every photographer before it
  has a first name and a surname, is the picture's source when it is no known place and no
  known first name ("Photo: Ana Lima, Tom" keeps the second photographer);
- capitalised words closing on a library's word ("Kestrel Images") are the source wherever
  they close the list;
- what follows "from" after a photographer is the picture's source when it is a library's name
  or one coined word no list knows ("from Snapsite"); a town stays the place ("from Leeds",
  which WordNet knows, as it knows the world's cities).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from app.core.analysis.credit_byline_place import closes_after_comma
from app.core.analysis.credit_places import is_known_place
from app.core.analysis.first_names import is_first_name
from app.core.analysis.wordnet_words import is_lemma


class Named(Protocol):
    """A person read so far (credit_people's `Person`)."""

    name: str


# The word a picture library's name closes on ("Kestrel Images", "Harbour Pictures").
_LIBRARY_HEADS = frozenset("images pictures photos photography pics imagery stock".split())
# One word, maybe with an inner capital ("Kestrelpix", "SnapSite", "iStock").
_ONE_WORD_RE = re.compile(r"[^\W\d_][^\W\d_'’-]*")


def picture_source(item: str, text: str, people: Sequence[Named]) -> bool:
    """Whether `item`, the last item of a picture credit's list `text`, is the picture's source
    (a library or a site), not one more photographer (`people`: the photographers read so far)."""
    names = [person.name for person in people]
    if names and library_name(item):
        return True  # "Photo: Ana Lima, Kestrel Images"
    if not _ONE_WORD_RE.fullmatch(item) or not _known_case(item):
        return False
    if not closes_after_comma(item, text, names):
        return False  # "Photo: Ana Lima and Tom" is joined like a second photographer
    return not (is_known_place(item) or is_first_name(item.capitalize()))


def library_name(item: str) -> bool:
    """ "Kestrel Images", "Harbour Pictures": capitalised words closing on a picture library's
    word, which no surname is."""
    words = item.split()
    return (
        2 <= len(words) <= 4
        and words[-1].lower() in _LIBRARY_HEADS
        and all(word[:1].isupper() for word in words)
    )


def site_not_place(item: str, location: str) -> bool:
    """Whether `location`, cut from a photographer's `item` ("Ana Lima from Snapsite"), is the
    site the picture came from: it follows "from" and is a library's name ("Kestrel Images") or
    one coined word that neither the place lists nor WordNet know. WordNet holds the cities of
    the world ("from Leeds" stays a place) and no picture site's coined name."""
    if not re.search(r"\b(?:from|FROM)\s+" + re.escape(location) + r"\s*$", item):
        return False
    if library_name(location):
        return True
    return (
        _ONE_WORD_RE.fullmatch(location) is not None
        and not is_known_place(location)
        and not is_lemma(location.lower())
    )


def _known_case(word: str) -> bool:
    return word[:1].isupper() or any(ch.isupper() for ch in word[1:])
