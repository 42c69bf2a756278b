"""A town of two or three words before a dash, in a story written in another language.

Regional sites in Dutch, German, French and other languages open a story with the town in
title case and a spaced dash, no date and no agency: "Den Korvel – De gemeente heeft ...",
"Bad Ostrau – Die Feuerwehr war ...". datelines.py takes a title-case town the lists do not
know only as one word (or with a head such as "City" or "Falls"), because in English copy two
capitalised words before a dash are as often a kicker or a phrase ("Big Picture – The ...").
Such a kicker is followed by English; the town of a foreign-language story is followed by a
sentence holding none of English's commonest words. So a two- or three-word town is taken when
the words after the dash are not English and its first word is one that opens towns' names in
those languages (an article or a prefix: "Den", "Het", "Bad", "Le", "La", "San", "El"), since
a German kicker ("Neue Regeln – Die ...") is title case too. Words that English shares with
those languages ("in", "is", "was", "had", "die", "an", "a", "he", "over") do not count either way.
"""

from __future__ import annotations

import re

# The commonest English words that are no word of Dutch, German, French, Spanish, Italian or
# Portuguese: one of them in a lede's first words says the lede is in English.
_ENGLISH_WORDS = frozenset(
    """the and of to with for on at by from that this will said after were has have his
    their its it she they be been are which who would could about""".split()
)
# First words of towns' names in other languages: articles and prefixes ("Den Korvel", "Bad
# Ostrau", "Le Marvel", "San Tebaldo", "Ter Aar").
_FOREIGN_TOWN_HEADS = frozenset(
    """den de het ter ten bad sankt st le la les saint sainte el al los las san santa santo
    são sao porto puerto nieuw oud groot klein""".split()
)
# How many words after the dash the test reads, and how many it needs to judge.
_LEDE_WORDS = 15
_MIN_LEDE_WORDS = 6
_WORD_RE = re.compile(r"[^\W\d_]+")


def foreign_town(place: str, rest: str) -> bool:
    """ "Den Korvel" before "De gemeente heeft ...": a town's name opening with another
    language's article or prefix, before a lede in another language than English."""
    return place.split()[0].lower() in _FOREIGN_TOWN_HEADS and foreign_lede(rest)


def foreign_lede(rest: str) -> bool:
    """The words after a dateline's dash are a sentence in another language than English."""
    words = _WORD_RE.findall(rest[:200])[:_LEDE_WORDS]
    if len(words) < _MIN_LEDE_WORDS:
        return False
    return not any(word.lower() in _ENGLISH_WORDS for word in words)
