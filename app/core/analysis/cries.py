"""Words cried out: chanted, shouted, yelled, or the name someone is greeted by.

A cry often looks like a name ("Up The Reds", "Dora, Dora") and often has no speaker a tag can
find ("many chanted ..."), so titles.py and speech.py would drop it; a verb of crying out right
before the marks, or a greeting that addresses someone "as" the quoted name, says it is words
someone said. Songs sung are titles ("sang “Blue Harbour”"): singing is not here.
"""

from __future__ import annotations

import re

from app.core.analysis.headline_sayers import has_line_sayer

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


def said_untagged(text: str, start: int, end: int) -> bool:
    """Words someone said though no tag names them: cried out or hailed (above), or a headline's
    with its sayer on the line ("‘Heartbroken,’ says mayor", "‘…’: DC"), which
    headline_sayers.py names."""
    return cried_or_hailed(text, start) or has_line_sayer(text, start, end)
