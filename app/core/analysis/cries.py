"""Words cried out: chanted, shouted, yelled, or the name someone is greeted by.

A cry often looks like a name ("Up The Reds", "Dora, Dora") and often has no speaker a tag can
find ("many chanted ..."), so titles.py and speech.py would drop it; a verb of crying out right
before the marks, or a greeting that addresses someone "as" the quoted name, says it is words
someone said. Songs sung are titles ("sang “Blue Harbour”"): singing is not here.
"""

from __future__ import annotations

import re

from app.core.analysis.entities import PERSON
from app.core.analysis.headline_sayers import has_line_sayer
from app.core.analysis.mention import NAME, NOMINAL
from app.core.analysis.mentions import Mention

CRIES = frozenset(
    """chant chants chanted chanting shout shouts shouted shouting cry cries cried crying yell
    yells yelled yelling scream screams screamed screaming roar roared bellowed""".split()
)
_GREETED_AS_RE = re.compile(
    r"\b(?:greet|greets|greeted|greeting|address|addresses|addressed|addressing|hailed)"
    r"\b[^.;:!?\"“”]{0,60}?\bas\s+[\"“‘'`]$"
)


def cried_before(before: str) -> bool:
    """`before` (the text up to an opening mark) ends with a verb of crying out and a space."""
    if before[-1:] != " ":
        return False
    last = before[-12:].split()
    return bool(last) and last[-1] in CRIES


# "called out “…”", or "called “…!”" by someone just named or spoken of ("she called",
# "Dame Ida, who had heard it all, called"): a cry, not a name ("a musical called “Oliver!”"
# names a thing the noun before it is).
_CALLED_OUT_RE = re.compile(r"\b(?:call|calls|called|calling)[ \u00a0]+out[ \u00a0]+$")
_CALLED_CRY_RE = re.compile(
    r"(?:,|\b(?:he|she|they|I|we|then|again|and|also|simply))[ \u00a0]+called[ \u00a0]+$"
)


def called_out(before: str, words: str) -> bool:
    """Are the quoted `words` called out ("called out “Shame!”"), or a cry "called" by the
    clause's subject ("she called “Order!”")? `before` is the text up to the opening mark."""
    if before[-1:] != " ":
        return False
    if _CALLED_OUT_RE.search(before[-20:]):
        return True
    return words.rstrip()[-1:] == "!" and _CALLED_CRY_RE.search(before[-20:]) is not None


def cried_or_hailed(text: str, start: int) -> bool:
    """Words chanted, shouted or cried ("many chanted “Nadia, Nadia”"), or the name someone
    greets another by ("greeted the mayor as “Ed”"): the crowd's or the greeter's words, even
    with no verb of saying found for them and however much they look like a name. `start` is
    where the quoted words begin (the opening mark is right before it)."""
    last = text[max(0, start - 14) : start - 1].rsplit(None, 1)[-1:]  # the word before the mark
    if not last:
        return False
    if last[0] == "as":  # cheap test first: a greeting is searched for only after "as" (speed)
        return _GREETED_AS_RE.search(text, max(0, start - 90), start) is not None
    return last[0] in CRIES


# "with a section of the crowd chanting “…”", "fans shouting “…”": the ones crying out, right
# before the participle, after the word that opens their phrase ("with", "as", a comma).
_CRIER_RE = re.compile(
    r"(?:^|(?<=[\s,(]))(?P<np>(?:[\w’'-]+[ \u00a0]+){0,5}?[\w’'-]+)[ \u00a0]+"
    r"(?P<verb>chanting|shouting|yelling|screaming|heckling|jeering)[ \u00a0]+$"
)
_PHRASE_OPENERS = frozenset(
    "with as and after while by when where but then amid among including from".split()
)
_GROUP_STARTS = frozenset(
    """a an the some many several dozens hundreds thousands scores one two three four five
    six seven eight nine ten his her their its""".split()
)


def crier_before(
    masked: str, mentions: list[Mention], lo: int, mark: int
) -> tuple[Mention, str] | None:
    """ "ended with a section of the crowd chanting “…”": whoever is crying out, named right
    before the participle (a person's name, or the phrase as written: "a section of the
    crowd", "fans"), and the participle; None when no such phrase stands there."""
    m = _CRIER_RE.search(masked, max(lo, mark - 80), mark)
    if m is None:
        return None
    words = m.group("np").split()
    for i, word in enumerate(words):
        if word.lower() in _PHRASE_OPENERS:
            words = words[i + 1 :]  # "ended with a section ...": the phrase after "with"
            break
    if not words:
        return None
    start = m.end("np") - len(" ".join(words))
    for mention in mentions:
        if (
            mention.end == m.end("np")
            and mention.start >= start
            and mention.kind is NAME
            and mention.is_person_name
        ):
            return mention, m.group("verb")  # "Ana Ruiz shouting “…”"
    first = words[0]
    plural_alone = len(words) == 1 and first.islower() and first.endswith("s")
    if not (first.lower() in _GROUP_STARTS or plural_alone):
        return None  # "She stood shouting": the subject's, read as before
    if any(w[:1].isupper() for w in words[1:]) or first.lower() in ("his", "her", "their", "its"):
        return None  # a name or an owner inside: left to the readers of names
    text = " ".join(words)
    return Mention(start, start + len(text), text, NOMINAL, entity=PERSON), m.group("verb")


def said_untagged(text: str, start: int, end: int) -> bool:
    """Words someone said though no tag names them: cried out or hailed (above), or a headline's
    with its sayer on the line ("‘Heartbroken,’ says mayor", "‘…’: DC"), which
    headline_sayers.py names."""
    return cried_or_hailed(text, start) or has_line_sayer(text, start, end)
