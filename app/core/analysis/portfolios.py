"""Formal offices written "<title> of/for [the] <portfolio> <name>": "Leader of the Opposition
Ana Ruiz", "Minister for Transport Tom Vell", "Director of Public Prosecutions Ann Hale".

Commonwealth copy (the UK, Ireland, Australia, New Zealand, Singapore, India, Africa) styles a
minister's or officer's full office this way, capitalised, right before the name. The run of
capitalised words the name reader sees starts after "of the" / "for", so without this the
portfolio's words ("Opposition", "Transport", "Public Prosecutions") were read as the front of
the person's name, and "Mr Ruiz" later matched no one. Here the portfolio's words are stripped
from the front of the run and the whole office, title and portfolio, becomes the title.
"""

from __future__ import annotations

import re

from app.core.analysis.name_words import NOT_NAME, TITLE_WORDS

# Words that name a portfolio, an office's remit or the house it leads: a run after "<title>
# of/for [the]" that opens with them names the remit first, then the person. A word list, not
# any capitalised word: "Premier of Victoria Dan Hale" keeps its place to the place reader.
PORTFOLIO_WORDS = frozenset(
    """opposition house commons lords senate assembly parliament cabinet council board
    affairs public prosecutions transport education health finance trade industry justice
    defence defense home foreign police policing housing energy environment sport sports arts
    culture heritage women children youth families family social development labour labor
    employment agriculture fisheries lands mines mining water tourism commerce science
    technology information communications local government security treasury revenue
    immigration planning infrastructure roads railways aviation ports climate economy
    economic digital enterprise innovation works welfare services veterans disability
    regional rural state states internal external relations resources natural culture
    manpower trade industries investment legal constitutional parliamentary cooperative
    national""".split()
)

# "<Title> of/for [the] " right before the run, optionally after a first level ("Minister of
# State for Trade") and with a first portfolio joined by "and" ("Minister for Trade and
# Industry"): the group is the title word heading the office.
_OFFICE_BEFORE_RE = re.compile(
    r"(?<![\w'’-])([A-Z][\w-]*)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*\s+(?:(?:of|for)\s+(?:the\s+)?|(?:and|&)\s+))?$"
)
# A capitalised word before the title word is the office's too ("Deputy Leader of the
# Opposition", "US Secretary of State", "Labour’s Shadow Minister for Health"): the run the
# name reader found there starts at it, and the office must start no later to stand for it.
# Words that open a clause ("Yesterday", "But") are not read back over.
_OFFICE_FRONT_RE = re.compile(r"(?:(?<=\s)|^)([A-Z][\w.'’-]*)\s+$")
_AFTER_OF = (" of ", "for ", "the ", "and ", " & ")


def portfolio_office(text: str, a: int, b: int) -> tuple[int, int] | None:
    """For the run text[a:b], (where its office starts, where the person's name starts) when an
    office "<title> of/for [the]" stands right before it and the run opens with portfolio words
    followed by at least two words of a name; None otherwise."""
    if a < 8 or text[a - 4 : a] not in _AFTER_OF:  # cheap test first (speed)
        return None
    words = text[a:b].split(" ")
    i = 0
    while i < len(words) - 2 and words[i].lower() in PORTFOLIO_WORDS:
        i += 1
    if i == 0:
        return None
    office = _OFFICE_BEFORE_RE.search(text, max(0, a - 70), a)
    if office is None or not _title(office.group(1)):
        return None
    start = office.start(1)
    while (front := _OFFICE_FRONT_RE.search(text, max(0, start - 20), start)) is not None and (
        front.group(1).rstrip(".").lower() not in NOT_NAME
    ):
        start = front.start(1)
    return start, a + sum(len(w) + 1 for w in words[:i])


def _title(word: str) -> bool:
    """A word that heads an office ("Minister", "Leader", "Secretary-General")."""
    lower = word.lower()
    return lower in TITLE_WORDS or (
        "-" in lower and all(p in TITLE_WORDS for p in lower.split("-"))
    )
