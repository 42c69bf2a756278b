"""The place closing a byline after a comma: "By Ana Lima, Tarnowo".

Many papers set the town a story was filed from after the writer's name, with only a comma
between them ("By Ana Lima, Leeds"), where others write "By Ana Lima in Leeds". Read as a list of
names, the town became a second writer. The rule that tells the two apart:

- co-writers are written in full (a first name and a surname) and the last of them is joined by
  "and" or "&" ("By Ana Lima, Tom Ray and Ola Berg"); a single word after a bare comma, closing a
  list whose every name has two words or more, is not written like a co-writer;
- the word is a place the place lists know ("By Ana Lima, Sydney"), or one the name tests do not
  take for a person: it is no known first name. "By Ana Lima, Tom" (a co-writer known by a
  first name alone) keeps the person, as before;
- a one-word outlet sits in the same slot ("By Ana Lima, Politico"), so a word the engine's
  name typing knows as a body, or that reads as an outlet's name (an inner capital, an
  outlet's word closing it: "HuffPost", "Dunvarranews") is no place; an outlet no test knows
  ("By Ana Lima, Kestrelwise") is taken for the place, where it was taken for a second writer.

It is asked only of the last item of a byline's list, so a word in the middle ("By Ana Lima,
Leeds, and Tom Ray") is left to the list reader.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.analysis.credit_known_outlets import KNOWN_ONE_WORD_OUTLETS
from app.core.analysis.credit_names import OUTLET_HEADS
from app.core.analysis.credit_places import is_town
from app.core.analysis.entities import ORGANISATION, kind_of_name
from app.core.analysis.first_names import is_first_name

_OUTLET_ENDS = tuple(head for head in OUTLET_HEADS if len(head) >= 4)
# One capitalised word (a hyphen or an apostrophe inside): "Tarnowo", "Port-Lys", "LEEDS".
_ONE_WORD_RE = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*")


def closing_town(item: str, text: str, names: list[str], *, known_only: bool = False) -> bool:
    """Whether `item`, the last item of the list `text`, is the place of the names before it
    (`names`, the people read so far) rather than one more writer (see the module's rule).

    `known_only` (a picture's credit): only a place the lists know, since a picture credit
    names the picture library there ("Photo: Ana Lima, Shutterstock")."""
    if not item[:1].isupper():
        return False
    if not _ONE_WORD_RE.fullmatch(item):
        # "By Ana Lima, The Hague", "..., Los Angeles": a town of several words the lists know,
        # and no one's name ("Pedro Juan Caballero" is a town and may be a co-writer)
        return (
            is_town(item)
            and not is_first_name(item.split()[0].capitalize())
            and closes_after_comma(item, text, names)
        )
    if not closes_after_comma(item, text, names):
        return False
    if is_town(item):
        return True
    return not (
        known_only
        or is_first_name(item.capitalize())
        or _outlet_word(item)
        or _typed_as_body(item)  # what the engine's name typing knows as a body
    )


def joined_town(item: str, names: Sequence[str]) -> bool:
    """Whether `item`, joined by "and" to a writer's town ("By Ana Lima in Oslo and Bergen"),
    is a second town of hers rather than a co-writer known by one name: a town the lists know,
    no first name, after writers each named in full."""
    return (
        bool(names)
        and all(len(name.split()) >= 2 for name in names)
        and _ONE_WORD_RE.fullmatch(item) is not None
        and item[:1].isupper()
        and not is_first_name(item.capitalize())
        and is_town(item)
    )


def closes_after_comma(item: str, text: str, names: Sequence[str]) -> bool:
    """Whether `item` closes the list `text` after a comma, every name before it in full: where
    a byline sets its town and a picture credit its library, not one more person. "By Ana, Tom"
    (first names only) and "By Ana Lima and Tarnowo" (joined like a co-writer) are lists."""
    if not names or any(len(name.split()) < 2 for name in names):
        return False
    before = text[: len(text) - len(item)] if text.endswith(item) else ""
    return before.rstrip().endswith(",")


def closing_outlet(item: str) -> bool:
    """Whether `item`, one word closing a byline's list, is an outlet ("By Ana Lima, Politico"):
    the writer's employer, credited to no one, as "By Ana Lima, The Harbour Times" is."""
    return (
        bool(_ONE_WORD_RE.fullmatch(item))
        and item[:1].isupper()
        and (_outlet_word(item) or _typed_as_body(item))
    )


def outlet_by_name(item: str) -> bool:
    """ "Politico", "HuffPost", "Lakeweek": one word that is an outlet by the lists or by its
    shape alone (not the engine's typing, which may take a state's "FL" for a body)."""
    return bool(_ONE_WORD_RE.fullmatch(item)) and item[:1].isupper() and _outlet_word(item)


def _typed_as_body(word: str) -> bool:
    """What the engine's name typing knows as a body; in capitals every word looks like an
    acronym to it, so "VIGRA" is asked as "Vigra" (and "NPR" is an outlet by its shape)."""
    return kind_of_name(word.capitalize() if word.isupper() else word) is ORGANISATION


def _outlet_word(word: str) -> bool:
    """ "HuffPost", "Dunvarranews": a one-word outlet, set where a town is, after the comma;
    its inner capital or an outlet's word closing it says so."""
    if any(ch.isupper() for ch in word[1:]) and not word.isupper():
        return True
    lowered = word.lower()
    if lowered in KNOWN_ONE_WORD_OUTLETS:
        return True  # "Wired", "Forbes": a widely known outlet with no outlet's shape
    if not lowered.endswith(_OUTLET_ENDS):
        return False  # one C call for most words (speed: asked of every short paragraph)
    return any(lowered.endswith(head) and lowered != head for head in _OUTLET_ENDS)
