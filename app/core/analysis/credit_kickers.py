"""A kicker, a section label or a place that has a name's shape: "Live Updates", "Long Read".

The declared reading (the credits panel's paste box, the line under an imported headline) takes
two or three capitalised words for a person, since the editor or the slot vouches for a credit.
Pages print their kickers and section labels in the same shape, and a pasted or imported
"Live Updates" was credited as a writer. Such a label is made only of English words and names a
kind of piece ("Read", "Take", "Column", "Updates"), or has no known first name to open it. A place
pasted alone ("Kestrel Valley") closes on a place's word ("Valley", "County").

Guards: every word must be an English word (a WordNet lemma, its plural, or a small word WordNet
leaves out), so "Wang Li" or "Nell Varga" are never labels; a name opening on a known first name
("Grace Hill", "Long Read") is a label only when its last word is one of the nouns for a kind of
piece, which no surname a desk prints is; a place's word closing a name ("Valley", "County") is
no surname either. Only the label is dropped: "Nell Varga | Live Updates" still credits her.
"""

from __future__ import annotations

import re

from app.core.analysis.first_names import is_first_name
from app.core.analysis.wordnet_words import is_lemma

_POSSESSIVE_RE = re.compile(r"['’]s$")
# English words WordNet leaves out, found in title-cased kickers ("In Depth", "Our View").
_SMALL_WORDS = frozenset(
    "a an and at for from in into of on our the this to what why how with your my we you".split()
)
# Nouns for a kind of piece that close a kicker ("Long Read", "Quick Take", "Live Updates").
_PIECE_NOUNS = frozenset(
    """read reads take takes update updates column columns view views briefing explainer
    analysis essay diary notebook blog podcast dive story stories picks highlights headlines
    roundup digest content""".split()
)


# Heads of a place's name that no surname a desk prints is ("Kestrel Valley", "Harbour County").
_PLACE_HEADS = frozenset("valley county city province district township peninsula heights".split())


def is_kicker(name: str) -> bool:
    """Whether a credited `name` is a page's label rather than a person (see the module)."""
    words = [_POSSESSIVE_RE.sub("", word.strip(".,'’")).lower() for word in name.split()]
    words = [word for word in words if word]
    if len(words) >= 2 and words[-1] in _PLACE_HEADS and name[:1].isupper():
        return True  # "Kestrel Valley": a place, whatever its first word
    if len(words) < 2 or not all(is_english_word(word) for word in words):
        return False
    return words[-1] in _PIECE_NOUNS or not is_first_name(words[0])


def is_english_word(word: str) -> bool:
    """`word` (lower case) is an English word: a WordNet lemma, its plural or "-ed" form, a small
    word WordNet leaves out, or a kind-of-piece noun; what a label is made of and no surname
    like "Varga" or "Li" is."""
    if word in _SMALL_WORDS or word in _PIECE_NOUNS or is_lemma(word):
        return True
    if word.endswith("ed") and (is_lemma(word[:-2]) or is_lemma(word[:-1])):
        return True  # "Sponsored", "Featured"
    return word.endswith("s") and is_lemma(word[:-1])
