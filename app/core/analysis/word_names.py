"""First names that are also words: "Will", "Bill", "June", "May", "Holly". Alone at the head
of a clause such a word reads as the word ("Will the council act?", "Bill C-11", "June was
wet"), so names.py drops it or takes it for a document; two constructions say it is the
person's first name:

- a couple sharing the surname that follows: "Will and Ana Reyes", "Bill and June Foster";
- a verb of saying right after it: "Will said", "Will once said" (no modal, no month and no
  bill is the subject of "said"), or before it as an inverted tag ends: "said Will.".
"""

from __future__ import annotations

import re

from app.core.analysis.calendar_words import MONTH_NAMES
from app.core.analysis.entities import DOCUMENT, PERSON, THING
from app.core.analysis.first_names import is_first_name
from app.core.analysis.mention import NAME, NOMINAL, Mention

# The reading a lone word gets when it is taken for the word: none, a role or document noun
# ("Bill" for a bill), or a thing named ("Bill said": a bill does not speak).
_WORD_READINGS = (THING, DOCUMENT)
_AFTER_RE = re.compile(
    r"[ \t]+(?:and|&)[ \t]+(?P<first>[A-Z][\w'’-]+)[ \t]+[A-Z]"
    r"|[ \t]+(?:once[ \t]+|also[ \t]+|later[ \t]+|then[ \t]+)?"
    r"(?:said|says|added|adds|told|tells|recalled|recalls|wrote|writes|asked|explained|replied)\b"
)
# Offices the first-name table also holds, which a headline sets alone before a verb of
# saying ("Judge tells ...", "Governor says ..."): the office, unless a name ended in the word
# before ("Tom Judge ... Judge said"). Not the ranks a person is called by ("Earl", "Duke").
_OFFICES = frozenset(
    """judge chancellor governor sheriff captain colonel general admiral lieutenant pastor imam
    bishop deacon trooper chief""".split()
)
_SAID_BEFORE_RE = re.compile(r"\b(?:said|says|added|adds|according\s+to)\s$")
# Months that are first names: "in May and June Foster's ..." is two months, whatever follows.
# All twelve are listed; only a word that passed is_first_name is looked up here, so the months
# the first-name table holds ("April", "May", "June", "July") are the ones that matter.
_MONTHS = frozenset(MONTH_NAMES.lower().split("|"))
_DATE_BEFORE_RE = re.compile(
    r"\b(?:in|of|since|until|by|from|through|last|next|this|early|late)\s$"
)


def word_first_name(text: str, a: int, b: int, reading: Mention | None) -> Mention | None:
    """The person a lone capitalised word text[a:b] names when it is a first name that the word
    reading (`reading`, what names.py made of it) lost, and a couple's surname or a verb of
    saying follows it; else None."""
    if reading is not None and reading.kind is not NOMINAL and reading.entity not in _WORD_READINGS:
        return None  # "Grant said", "Hope and Tom Foster": read as a name already
    word = text[a:b]
    if not word[:1].isupper() or not is_first_name(word):
        return None
    if word.lower() in _OFFICES and not named_before(word, text[:a]):
        return None  # "Judge tells Lydiate his raids were cruel": a headline's role, no Judge
    after = _AFTER_RE.match(text, b)
    if after is None:
        # "“…,” said Will.": the inverted tag's verb before it, the sentence or clause ending
        if text[b : b + 1] not in (".", ",", ";") or not _SAID_BEFORE_RE.search(
            text, max(0, a - 16), a
        ):
            return None
    elif after.group("first") and not is_first_name(after.group("first")):
        return None
    if word.lower() in _MONTHS and _DATE_BEFORE_RE.search(text, max(0, a - 8), a):
        return None
    return Mention(a, b, word, NAME, name=word, entity=PERSON)


def named_before(word: str, before: str) -> bool:
    """Whether `word` closed a name met in `before` ("Tom Judge ... Judge said", "Tom Banks ...
    Banks went"): then a lone capitalised word is that person, whatever else it could be."""
    return re.search(rf"[A-Z][\w'’-]* {re.escape(word)}\b", before) is not None


def is_lone_first_name(mention: Mention) -> bool:
    """A person's mention that is a first name alone, however it was read: by word_first_name
    ("Bill" in "Bill and June Foster") or as a name from the start ("Hope and Tom Foster")."""
    return " " not in mention.name and mention.entity is PERSON and is_first_name(mention.name)
