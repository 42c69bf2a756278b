"""Marks in a sentence whose only sayer is no one: "No one will say the club is “in trouble”
because it would make the coach “a target”." Nobody is reported saying the words; the writer
sets them off as what would be said, so they are no one's quote, whoever the reported clause
is about.

Nor are words someone in general would or might say ("Most people would think, “Why
bother?”"): hypothetical() reads the clause before the marks (split from speech.py).

Kept apart from speech.py (near its size limit) and from distanced_words.py (the writer's
names, terms and glosses, whoever speaks): here the sentence's sayer is missing by its grammar.
"""

from __future__ import annotations

import re

from app.core.analysis.attribution_rules import LocalAttribution
from app.core.analysis.cues import said_in
from app.core.analysis.mention import NAME, PRONOUN
from app.core.analysis.own_words import DEFINITE
from app.core.analysis.patterns import compile_guarded
from app.core.analysis.rough_sentences import rough_sentence_end, rough_sentence_start

# A sayer that is no one, and its verb of saying: "No one will say", "nobody dares to admit",
# "no-one is saying", "None of them would tell".
_NO_SAYER_RE = re.compile(
    r"\b(?:[Nn]o(?:\s|-)one|[Nn]obody|[Nn]one\s+of\s+(?:them|us|the\s+[a-z]+))\s+"
    r"(?:(?:will|would|can|could|dares?\s+to|wants?\s+to|is\s+going\s+to|is|was|ever|has|had)\s+)?"
    r"(?:say|says|said|saying|admit|admits|admitted|admitting|tell|tells|told|telling)\b"
)


def no_one_says(text: str, start: int, end: int) -> bool:
    """Is the passage text[start:end], a lower-case fragment of up to five words, in a sentence
    whose verb of saying has no one as its subject, with no other verb of saying before or
    after it in that sentence? ("Nobody said: “The ferry has to change.”" quotes a sentence
    as said, and is left to the other readings.)"""
    words = text[start:end].split()
    if not 1 <= len(words) <= 5 or not words[0][:1].islower():
        return False  # a fragment set off inside the sentence; a full sentence is quoted speech
    lo = rough_sentence_start(text, start)
    head = text[lo:start]
    if "o one" not in head and "obody" not in head and "o-one" not in head and "one of" not in head:
        return False  # cheap test first: most sentences have no such sayer (speed)
    found = _NO_SAYER_RE.search(text, lo, start)
    if found is None:
        return False
    stop = rough_sentence_end(text, end)  # its stop kept: no verb of saying is one
    # another sayer in the sentence owns the words: "No one said it would be easy, Ruiz said,
    # …", "Ruiz said no one had told her the site was “unsafe”"
    return not any(
        said_in(text, *span) for span in ((lo, found.start()), (found.end(), start), (end, stop))
    )


# Words nobody said: what someone would, might or could say, what you may ask, what people
# usually say, what a child asks whenever it asks; the quote follows within the same clause.
_HYPOTHETICAL_RE = compile_guarded(  # searched often: guarded (speed)
    r"\b(?:(?:would|might|may|could|can|will)\s+(?:[a-z]+\s+)?(?:think|say|ask|wonder|reply|"
    r"answer|respond|tell\s+\w+|go)"
    r"|(?:often|always|usually|sometimes|typically|just|tend\s+to)\s+(?:say|ask|tell\s+\w+|go)"
    # "Nobody wants to be the one who says ...", "people go, “...”" (how people in general talk)
    r"|(?:one|ones|person|people|those|someone|anyone)\s+who\s+(?:says?|asks?)"
    r"|(?:people|fans|kids|everyone|everybody|you)\s+(?:go|are\s+like|be\s+like)(?=\s*[,:])"
    r"|wants?\s+to\s+say|one\s+to\s+say|imagine|picture"
    r"|when\s+(?:a|an|your|you|someone|somebody|people|anyone)\s+[^.!?,]{0,30}?"
    r"(?:asks?|says?|tells?\s+\w+))\b[^.!?“”\"]{0,40}$",
    re.IGNORECASE,
)
_GENERIC_WORDS = frozenset(
    """you one we people most many some readers viewers anyone anybody someone somebody nobody
    no everyone everybody parents customers voters a an""".split()
)


def hypothetical(text: str, start: int, local: LocalAttribution) -> bool:
    """Is the quote what someone in general would or might say, not what anyone said?"""
    mention = local.mention
    if mention is not None:
        first = mention.text.split()[0].lower()
        if mention.kind is NAME:
            generic = first in _GENERIC_WORDS  # "Nobody wants to ... say"
        elif mention.kind is PRONOUN:
            generic = first in ("you", "one", "we")
        else:
            generic = first not in DEFINITE  # "a customer", "parents", not "the mayor"
        if not generic:
            return False  # cheap test first: most quotes have a definite speaker
    return _HYPOTHETICAL_RE.search(text, max(0, start - 90), max(0, start - 1)) is not None
