"""Small readings of a description's words: its head noun, its determiner, its number, and
whether a name owns it ("Ortiz’s campaign"). Shared by the resolver's halves."""

from __future__ import annotations

import re
from functools import lru_cache

from app.core.analysis.calendar_words import WEEKDAYS
from app.core.analysis.entities import PLURAL_PEOPLE


def owner_word(word: str) -> bool:
    """ "the woman's", "Ruiz’s": a possessive that opens a description."""
    return word.endswith(("’s", "'s"))


def strip_determiner(text: str) -> str:
    first, _, rest = text.partition(" ")
    # "The city council" stays "the city council": a description, not a name.
    return f"the {rest}" if first.lower() == "the" and rest else text


def head_noun(word: str) -> str:
    """ "spokesperson’s" -> "spokesperson" (only a possessive ending comes off)."""
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=16_384)  # pure, asked of the same words often (speed)
def is_plural(text: str) -> bool:
    head = re.split(r"\s+(?:of|for|at|on|in|from)\s+", text.lower(), maxsplit=1)[0].split()[-1:]
    return bool(head) and (
        head[0] in PLURAL_PEOPLE or (head[0].endswith("s") and not head[0].endswith("ss"))
    )


def owned_by_name(text: str) -> bool:
    first = text.split(" ", 1)[0]
    return first[:1].isupper() and first.endswith(("’s", "'s", "’", "'"))


def self_described(text: str) -> bool:
    """ "the Danish and Swedish transport ministries" names its own speaker; "the company", or
    "the Tarnside-based company" (a place made an adjective), refers back to one named before."""
    return any(w[:1].isupper() and not _PLACE_ADJECTIVE_RE.search(w) for w in text.split()[1:])


# "Tarnside-based", "London-listed", "Ohio-born": where a body is, said of it, not its name
_PLACE_ADJECTIVE_RE = re.compile(r"-(?:based|listed|headquartered|registered|born|owned|run)$")


# Where a described person comes from or whom they speak for, up to where the phrase ends (a
# comma, a verb of saying, the sentence's end: "“…,” said a spokeswoman for the port authority.",
# or the "that" of what they said: "was told by people familiar with the plan that the ...")
WHERE_FROM_RE = re.compile(
    r"\s+(?:at|from|with|of|for|outside|near|inside|close\s+to|familiar\s+with)\s+"
    # "close to the Aldine family": up to two modifiers, a name among them
    r"(?:the|a|an|this|that|its|his|her|their)\s+(?:[A-Za-z][\w’'-]*\s+){0,2}?"
    r"(?!(?:said|says|told|added|described)\b)[a-z][\w-]*"
    r"(?=\s*,|\s+(?:who|said|says|told|added|described)\b|[.;!?](?:\s|$)"
    # "that" opening what was said has a subject after it; a relative "that" a verb ("the
    # company that runs the port" goes on)
    r"|\s+that\s+(?:the|a|an|it|he|she|they|we|there|this|its|his|her|their|[A-Z])\b"
    # or the way or the day the words came, which says nothing of who they are: "said a friend
    # of the victim in an interview", "a cousin of the driver by phone", "on Friday"
    r"|\s+(?:in\s+(?:an?|the)\s+(?:interview|statement|email|e-mail|letter|post|video|call|"
    r"message|text|speech|briefing)|by\s+(?:phone|telephone|email|e-mail|text|video)|"
    rf"(?:on|last|this)\s+(?:{WEEKDAYS})|"
    r"yesterday|today|on\s+condition)\b)"
)
